package de.lotse.security.internal;

import java.util.List;

import de.lotse.runtime.LotseProfiles;
import de.lotse.runtime.StartupRefusedException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.digest.PasswordManager;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start outside the demo profile while a user in the engine's identity store
 * still has a well-known password, for instance a demo user left in a database that is
 * now run in production. Runs as soon as the engine is built, before anything is served.
 */
@Component
class StoredCredentialsCheck extends AbstractProcessEnginePlugin {

	private static final int PAGE = 500;

	private final Environment environment;

	StoredCredentialsCheck(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		if (LotseProfiles.isDemo(this.environment)) {
			return;
		}
		IdentityService identity = engine.getIdentityService();
		if (identity.isReadOnly()) {
			// a directory (LDAP) owns the passwords; there is nothing stored to check
			return;
		}
		PasswordManager passwords = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
			.getPasswordManager();
		int first = 0;
		List<User> page;
		do {
			page = identity.createUserQuery().orderByUserId().asc().listPage(first, PAGE);
			for (User user : page) {
				refuseKnownPassword(passwords, user);
			}
			first += PAGE;
		}
		while (page.size() == PAGE);
	}

	private static void refuseKnownPassword(PasswordManager passwords, User user) {
		if (!(user instanceof UserEntity stored) || stored.getPassword() == null) {
			return;
		}
		for (String candidate : KnownPasswords.candidates(user.getId())) {
			if (passwords.check(EncryptionUtil.saltPassword(candidate, stored.getSalt()), stored.getPassword())) {
				throw new StartupRefusedException(
						"User '" + user.getId() + "' has a well-known default password (for example a demo user) "
								+ "and the demo profile is not active.",
						"Remove the user from the database (tables ACT_ID_MEMBERSHIP, ACT_ID_USER) or give it a strong password, then start again.");
			}
		}
	}

}
