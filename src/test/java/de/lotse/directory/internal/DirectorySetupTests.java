package de.lotse.directory.internal;

import java.util.List;
import java.util.stream.Stream;

import de.lotse.directory.Departments;
import de.lotse.directory.Roles;
import de.lotse.directory.Teams;
import de.lotse.support.LotseTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organisation's groups, authorizations and demo users as the default run creates
 * them, and that running the setup again creates nothing twice.
 */
@LotseTest
class DirectorySetupTests {

	@Autowired
	ProcessEngine engine;

	@Test
	void everyDepartmentAndRoleIsAGroupWithItsGermanName() {
		Group auslaenderbehoerde = group(Departments.AUSLAENDERBEHOERDE);
		assertThat(auslaenderbehoerde.getName()).isEqualTo("Ausländerbehörde");
		assertThat(auslaenderbehoerde.getType()).isEqualTo("WORKFLOW");
		assertThat(group(Departments.EINBUERGERUNGSBEHOERDE).getName()).isEqualTo("Einbürgerungsbehörde");
		Group teamLead = group(Roles.teamLead(Departments.SOZIALAMT));
		assertThat(teamLead.getName()).isEqualTo("Teamleitung Sozialamt");
		assertThat(teamLead.getType()).isEqualTo("SYSTEM");
		assertThat(group(Roles.LENKUNGSGRUPPE).getType()).isEqualTo("SYSTEM");
		assertThat(group(Roles.PROZESSDESIGN).getName()).isEqualTo("Prozessdesign");
		assertThat(this.engine.getIdentityService().createGroupQuery().groupType("WORKFLOW").list())
			.extracting(Group::getId)
			.containsExactlyInAnyOrderElementsOf(
					Stream.concat(Departments.ids().stream(), Teams.ids().stream()).toList());
		Group team = group(Teams.SOZIALAMT_SUED);
		assertThat(team.getName()).isEqualTo("Sozialamt – Team Süd");
		assertThat(team.getType()).isEqualTo("WORKFLOW");
		assertThat(this.engine.getIdentityService().createGroupQuery().groupId(Roles.ADMINISTRATION).count()).isOne();
	}

	@Test
	void demoUsersBelongToTheirGroups() {
		assertThat(groupsOf("sozialamt")).containsExactlyInAnyOrder(Departments.SOZIALAMT, Teams.SOZIALAMT_NORD,
				Teams.SOZIALAMT_SUED);
		assertThat(groupsOf("teamleitung-integrationsmanagement")).containsExactlyInAnyOrder(
				Departments.INTEGRATIONSMANAGEMENT, Roles.teamLead(Departments.INTEGRATIONSMANAGEMENT));
		assertThat(groupsOf("integrationsmanagement-vertretung")).containsExactly(Departments.INTEGRATIONSMANAGEMENT);
		assertThat(groupsOf("einbuergerung")).containsExactly(Departments.EINBUERGERUNGSBEHOERDE);
		assertThat(groupsOf("teamleitung-sozialamt")).containsExactlyInAnyOrder(Departments.SOZIALAMT,
				Roles.teamLead(Departments.SOZIALAMT));
		assertThat(groupsOf("lenkungsgruppe")).containsExactly(Roles.LENKUNGSGRUPPE);
		assertThat(groupsOf("admin")).contains(Roles.ADMINISTRATION);
		assertThat(this.engine.getIdentityService().checkPassword("sozialamt", "demo")).isTrue();
		assertThat(this.engine.getIdentityService().createUserQuery().userId("sozialamt").singleResult().getLastName())
			.isEqualTo("Schulte");
	}

	@Test
	void theLenkungsgruppeMayOnlySeeItsOwnGroup() {
		// the engine lets the members of every new group read that group
		assertThat(
				this.engine.getAuthorizationService().createAuthorizationQuery().groupIdIn(Roles.LENKUNGSGRUPPE).list())
			.singleElement()
			.satisfies((authorization) -> {
				assertThat(authorization.getResourceType()).isEqualTo(Resources.GROUP.resourceType());
				assertThat(authorization.getResourceId()).isEqualTo(Roles.LENKUNGSGRUPPE);
			});
	}

	@Test
	void noDepartmentMayReadOrWorkAllTasksOfAProcess() {
		for (String department : Departments.ids()) {
			assertThat(this.engine.getAuthorizationService()
				.createAuthorizationQuery()
				.groupIdIn(department, Roles.teamLead(department))
				.resourceType(Resources.PROCESS_DEFINITION)
				.hasPermission(Permissions.READ_TASK)
				.count()).as(department).isZero();
			assertThat(this.engine.getAuthorizationService()
				.createAuthorizationQuery()
				.groupIdIn(department, Roles.teamLead(department))
				.resourceType(Resources.TASK)
				.resourceId("*")
				.count()).as(department).isZero();
		}
	}

	@Test
	void noDepartmentOrTeamLeadMayReadEveryFilter() {
		for (String department : Departments.ids()) {
			assertThat(this.engine.getAuthorizationService()
				.createAuthorizationQuery()
				.groupIdIn(department, Roles.teamLead(department))
				.resourceType(Resources.FILTER)
				.resourceId("*")
				.count()).as(department).isZero();
		}
	}

	@Test
	void aFilterGrantOfAnEarlierVersionIsWithdrawnAtTheNextStart() {
		Authorization everyFilter = this.engine.getAuthorizationService()
			.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		everyFilter.setGroupId(Departments.JOBCENTER);
		everyFilter.setResource(Resources.FILTER);
		everyFilter.setResourceId("*");
		everyFilter.addPermission(Permissions.READ);
		this.engine.getAuthorizationService().saveAuthorization(everyFilter);

		assertThat(OrganisationAuthorizations.ensure(this.engine.getAuthorizationService())).isOne();

		assertThat(this.engine.getAuthorizationService()
			.createAuthorizationQuery()
			.groupIdIn(Departments.JOBCENTER)
			.resourceType(Resources.FILTER)
			.resourceId("*")
			.count()).isZero();
		assertThat(OrganisationAuthorizations.ensure(this.engine.getAuthorizationService())).isZero();
	}

	@Test
	void aWithdrawnGrantKeepsWhatAnAdministratorAddedToIt() {
		Authorization everyFilter = this.engine.getAuthorizationService()
			.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		everyFilter.setGroupId(Departments.JUGENDAMT);
		everyFilter.setResource(Resources.FILTER);
		everyFilter.setResourceId("*");
		everyFilter.addPermission(Permissions.READ);
		everyFilter.addPermission(Permissions.UPDATE);
		this.engine.getAuthorizationService().saveAuthorization(everyFilter);

		OrganisationAuthorizations.ensure(this.engine.getAuthorizationService());

		Authorization kept = this.engine.getAuthorizationService()
			.createAuthorizationQuery()
			.groupIdIn(Departments.JUGENDAMT)
			.resourceType(Resources.FILTER)
			.resourceId("*")
			.singleResult();
		assertThat(kept.isPermissionGranted(Permissions.READ)).isFalse();
		assertThat(kept.isPermissionGranted(Permissions.UPDATE)).isTrue();
		this.engine.getAuthorizationService().deleteAuthorization(kept.getId());
	}

	@Test
	void runningTheSetupAgainCreatesNothingTwice() {
		long authorizations = this.engine.getAuthorizationService().createAuthorizationQuery().count();
		long groups = this.engine.getIdentityService().createGroupQuery().count();
		long users = this.engine.getIdentityService().createUserQuery().count();
		List<String> memberships = groupsOf("teamleitung-sozialamt");

		DirectoryPlugin demo = new DirectoryPlugin(
				new MockEnvironment().withProperty("spring.profiles.default", "demo"));
		demo.postProcessEngineBuild(this.engine);
		demo.postProcessEngineBuild(this.engine);

		assertThat(this.engine.getAuthorizationService().createAuthorizationQuery().count()).isEqualTo(authorizations);
		assertThat(this.engine.getIdentityService().createGroupQuery().count()).isEqualTo(groups);
		assertThat(this.engine.getIdentityService().createUserQuery().count()).isEqualTo(users);
		assertThat(groupsOf("teamleitung-sozialamt")).containsExactlyInAnyOrderElementsOf(memberships);
		assertThat(OrganisationAuthorizations.ensure(this.engine.getAuthorizationService())).isZero();
	}

	@Test
	void outsideTheDemoProfileTheSetupCreatesNoUser() {
		this.engine.getIdentityService().deleteUser("jugendamt");
		try {
			MockEnvironment production = new MockEnvironment();
			production.setActiveProfiles("postgres");
			new DirectoryPlugin(production).postProcessEngineBuild(this.engine);
			assertThat(this.engine.getIdentityService().createUserQuery().userId("jugendamt").count()).isZero();
			assertThat(group(Departments.JUGENDAMT)).isNotNull();
		}
		finally {
			DemoStaff.ensure(this.engine.getIdentityService());
		}
	}

	private Group group(String id) {
		return this.engine.getIdentityService().createGroupQuery().groupId(id).singleResult();
	}

	private List<String> groupsOf(String userId) {
		return this.engine.getIdentityService()
			.createGroupQuery()
			.groupMember(userId)
			.list()
			.stream()
			.map(Group::getId)
			.toList();
	}

}
