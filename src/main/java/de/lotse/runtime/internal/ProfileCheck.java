package de.lotse.runtime.internal;

import java.util.List;

import de.lotse.runtime.LotseProfiles;
import de.lotse.runtime.StartupRefusedException;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Stops the start before anything touches a database when the active profiles are unknown
 * or contradict each other.
 */
class ProfileCheck implements EnvironmentPostProcessor, Ordered {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		List<String> active = LotseProfiles.effective(environment);
		for (String profile : active) {
			if (!LotseProfiles.KNOWN.contains(profile)) {
				throw new StartupRefusedException(
						"Unknown profile '" + profile + "'. Known profiles: "
								+ String.join(", ", LotseProfiles.KNOWN.stream().sorted().toList()) + ".",
						"Correct spring.profiles.active / SPRING_PROFILES_ACTIVE.");
			}
		}
		if (active.contains(LotseProfiles.DEMO) && active.contains(LotseProfiles.POSTGRES)) {
			throw new StartupRefusedException(
					"The demo profile creates users with the password 'demo' and must not run on the production database (profile 'postgres').",
					"Remove 'demo' from the active profiles.");
		}
		if (active.contains(LotseProfiles.DEMO) && active.contains(LotseProfiles.LDAP)) {
			throw new StartupRefusedException(
					"The demo profile creates demo users in the engine's database, but the 'ldap' profile takes users from a read-only directory.",
					"Remove 'demo' from the active profiles.");
		}
	}

	@Override
	public int getOrder() {
		// after the config data has been loaded, so that profiles set in files count too
		return Ordered.LOWEST_PRECEDENCE;
	}

}
