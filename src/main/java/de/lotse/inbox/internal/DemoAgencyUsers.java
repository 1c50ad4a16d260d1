package de.lotse.inbox.internal;

import de.lotse.runtime.LotseProfiles;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * In the demo profile, gives every agency its technical user {@code agency-<agency>} in
 * the group {@code agency-<agency>}, with the password {@code lotse.inbox.demo-password}.
 * Outside the demo profile the administrator creates agency users in Camunda Admin.
 */
@Component
class DemoAgencyUsers {

	private static final Logger log = LoggerFactory.getLogger(DemoAgencyUsers.class);

	private final IdentityService identityService;

	private final InboxSettings settings;

	private final Environment environment;

	DemoAgencyUsers(IdentityService identityService, InboxSettings settings, Environment environment) {
		this.identityService = identityService;
		this.settings = settings;
		this.environment = environment;
	}

	@EventListener(ApplicationStartedEvent.class)
	void createAgencyUsers() {
		if (!LotseProfiles.isDemo(this.environment) || this.settings.demoPassword() == null) {
			return;
		}
		AgencyCatalogue.agencyIds().stream().sorted().forEach((agencyId) -> {
			AgencyCatalogue.Agency agency = AgencyCatalogue.agency(agencyId).orElseThrow();
			String id = agency.group();
			if (this.identityService.createGroupQuery().groupId(id).count() == 0) {
				Group group = this.identityService.newGroup(id);
				group.setName(agency.name());
				group.setType("SYSTEM");
				this.identityService.saveGroup(group);
			}
			if (this.identityService.createUserQuery().userId(id).count() == 0) {
				User user = this.identityService.newUser(id);
				user.setFirstName(agency.name());
				user.setLastName("(Schnittstelle)");
				user.setPassword(this.settings.demoPassword());
				this.identityService.saveUser(user);
				this.identityService.createMembership(id, id);
				log.info("Created demo agency user {}", id);
			}
		});
	}

}
