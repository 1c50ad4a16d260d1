package de.lotse.runtime;

import java.util.List;
import java.util.Set;

import org.springframework.core.env.Environment;

/**
 * The Spring profiles Lotse knows. Any other active profile stops the start, because a
 * typo in a profile name would otherwise silently run the wrong configuration.
 */
public final class LotseProfiles {

	/** Demo data and demo users with password {@code demo}; on in the default run. */
	public static final String DEMO = "demo";

	/**
	 * PostgreSQL from {@code LOTSE_DB_URL}, {@code LOTSE_DB_USER},
	 * {@code LOTSE_DB_PASSWORD}.
	 */
	public static final String POSTGRES = "postgres";

	/**
	 * Users, groups and passwords from the organisation's LDAP directory (for instance
	 * Active Directory) instead of the engine's database, from {@code LOTSE_LDAP_URL},
	 * {@code LOTSE_LDAP_MANAGER_DN}, {@code LOTSE_LDAP_MANAGER_PASSWORD},
	 * {@code LOTSE_LDAP_BASE_DN} and more (see {@code application-ldap.properties}).
	 */
	public static final String LDAP = "ldap";

	/**
	 * A separate agency-worker process against the engine's REST API, without an engine
	 * of its own (main class {@code de.lotse.agency.AgencyWorkerApplication}).
	 */
	public static final String WORKER = "worker";

	/**
	 * The agency simulator alone, without an engine (main class
	 * {@code de.lotse.simulator.SimulatorApplication}).
	 */
	public static final String SIMULATOR = "simulator";

	/** Every profile Lotse accepts. */
	public static final Set<String> KNOWN = Set.of(DEMO, POSTGRES, LDAP, WORKER, SIMULATOR);

	private LotseProfiles() {
	}

	/**
	 * The profiles in effect: the active ones, or the default ones when none is active.
	 * @param environment the environment
	 * @return the profiles in effect
	 */
	public static List<String> effective(Environment environment) {
		String[] active = environment.getActiveProfiles();
		return List.of((active.length > 0) ? active : environment.getDefaultProfiles());
	}

	/**
	 * Whether the demo profile is in effect.
	 * @param environment the environment
	 * @return {@code true} in the default run and wherever demo is switched on
	 */
	public static boolean isDemo(Environment environment) {
		return effective(environment).contains(DEMO);
	}

}
