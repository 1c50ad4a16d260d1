package de.lotse.directory;

import java.util.List;

import de.lotse.support.PostgresTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Outside the demo profile the organisation's groups and authorizations exist as well,
 * but no demo user does.
 */
@PostgresTest
class PostgresDirectoryTests {

	private static final List<String> DEMO_USERS = List.of("auslaenderbehoerde", "meldebehoerde", "sozialamt",
			"jobcenter", "einbuergerung", "jugendamt", "integrationsmanagement", "integrationsmanagement-vertretung",
			"teamleitung-sozialamt", "teamleitung-integrationsmanagement", "lenkungsgruppe", "prozessdesign", "admin");

	@Autowired
	ProcessEngine engine;

	@Test
	void groupsAndAuthorizationsExistWithoutDemoUsers() {
		assertThat(this.engine.getIdentityService().createGroupQuery().groupType("WORKFLOW").list())
			.extracting(Group::getId)
			.containsExactlyInAnyOrderElementsOf(
					java.util.stream.Stream.concat(Departments.ids().stream(), Teams.ids().stream()).toList());
		assertThat(this.engine.getIdentityService().createGroupQuery().groupId(Roles.LENKUNGSGRUPPE).count()).isOne();
		assertThat(this.engine.getAuthorizationService()
			.isUserAuthorized("anyone", List.of(Departments.SOZIALAMT), Permissions.ACCESS, Resources.APPLICATION,
					"tasklist"))
			.isTrue();
		assertThat(this.engine.getAuthorizationService()
			.isUserAuthorized("anyone", List.of(Roles.PROZESSDESIGN), Permissions.CREATE, Resources.DEPLOYMENT))
			.isTrue();
		for (String user : DEMO_USERS) {
			assertThat(this.engine.getIdentityService().createUserQuery().userId(user).count()).as(user).isZero();
		}
	}

}
