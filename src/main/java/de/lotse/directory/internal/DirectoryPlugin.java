package de.lotse.directory.internal;

import java.util.ArrayList;
import java.util.List;

import de.lotse.runtime.LotseProfiles;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantCommandChecker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Sets up the organisation in the engine as soon as it is built, before anything is
 * served: groups and their authorizations in every profile, demo users in the demo
 * profile only. Every step creates only what is missing, so a restart duplicates nothing.
 * <p>
 * Candidate groups get TASK_WORK instead of Camunda's default UPDATE on the tasks offered
 * to them: a clerk may claim, fill in and complete a task and set its follow-up date, but
 * not hand it to someone else or add candidate groups to it (which would open the task to
 * another department).
 */
@Component
class DirectoryPlugin extends AbstractProcessEnginePlugin {

	private static final Logger log = LoggerFactory.getLogger(DirectoryPlugin.class);

	private final Environment environment;

	DirectoryPlugin(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setResourceAuthorizationProvider(new DepartmentTaskAuthorizationProvider());
		configuration.setDefaultUserPermissionNameForTask(Permissions.TASK_WORK.getName());
		configuration
			.setCommandCheckers(new ArrayList<>(List.of(new TenantCommandChecker(), new FollowUpDateCommandChecker())));
	}

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		if (engine.getIdentityService().isReadOnly()) {
			// a directory (LDAP) owns users and groups; the authorizations still apply
			int authorizations = OrganisationAuthorizations.ensure(engine.getAuthorizationService());
			log.info("Organisation: groups come from the directory, {} authorizations created or completed",
					authorizations);
			return;
		}
		int groups = OrganisationGroups.ensure(engine.getIdentityService());
		int authorizations = OrganisationAuthorizations.ensure(engine.getAuthorizationService());
		log.info("Organisation: {} groups created, {} authorizations created or completed", groups, authorizations);
		if (LotseProfiles.isDemo(this.environment)) {
			int users = DemoStaff.ensure(engine.getIdentityService());
			log.info("Demo profile: {} demo users created (password '{}')", users, DemoStaff.PASSWORD);
		}
	}

}
