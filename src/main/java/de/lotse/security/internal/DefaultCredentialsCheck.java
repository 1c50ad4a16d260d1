package de.lotse.security.internal;

import de.lotse.runtime.LotseProfiles;
import de.lotse.runtime.StartupRefusedException;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start outside the demo profile while the configuration asks Camunda to
 * create an administrator with a well-known password. Camunda falls back to the user id
 * as password when none is given, so that counts as well-known too.
 */
class DefaultCredentialsCheck implements EnvironmentPostProcessor, Ordered {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (LotseProfiles.isDemo(environment)) {
			return;
		}
		String adminId = environment.getProperty("camunda.bpm.admin-user.id");
		if (adminId == null) {
			return;
		}
		String password = environment.getProperty("camunda.bpm.admin-user.password", adminId);
		if (KnownPasswords.isKnown(password, adminId)) {
			throw new StartupRefusedException(
					"camunda.bpm.admin-user configures user '" + adminId
							+ "' with a well-known default password outside the demo profile.",
					"Give the administrator a strong password, or create administrators in the identity directory.");
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
