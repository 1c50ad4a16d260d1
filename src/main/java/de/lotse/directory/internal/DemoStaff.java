package de.lotse.directory.internal;

import java.util.List;

import de.lotse.directory.Departments;
import de.lotse.directory.Roles;
import de.lotse.directory.Teams;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/**
 * One demo user per role, password {@code demo}, for the demo profile only. The
 * administrator {@code admin} comes from {@code camunda.bpm.admin-user}. The clerks of
 * the Sozialamt and the integration manager belong to every team of their department, so
 * they see all of its tasks; a second integration manager stands in for handovers.
 */
final class DemoStaff {

	static final String PASSWORD = "demo";

	/** A demo user and the groups they belong to. */
	record Member(String id, String firstName, String lastName, List<String> groups) {
	}

	static final List<Member> MEMBERS = List.of(
			new Member("auslaenderbehoerde", "Katrin", "Albrecht", List.of(Departments.AUSLAENDERBEHOERDE)),
			new Member("meldebehoerde", "Jonas", "Becker", List.of(Departments.MELDEBEHOERDE)),
			new Member("sozialamt", "Sabine", "Schulte",
					List.of(Departments.SOZIALAMT, Teams.SOZIALAMT_NORD, Teams.SOZIALAMT_SUED)),
			new Member("jobcenter", "Markus", "Hoffmann", List.of(Departments.JOBCENTER)),
			new Member("einbuergerung", "Petra", "Engel", List.of(Departments.EINBUERGERUNGSBEHOERDE)),
			new Member("jugendamt", "Thomas", "Jung", List.of(Departments.JUGENDAMT)),
			new Member("integrationsmanagement", "Miriam", "Ilgner",
					List.of(Departments.INTEGRATIONSMANAGEMENT, Teams.INTEGRATIONSMANAGEMENT_ARABISCH,
							Teams.INTEGRATIONSMANAGEMENT_UKRAINISCH)),
			new Member("integrationsmanagement-vertretung", "Ivo", "Vogt", List.of(Departments.INTEGRATIONSMANAGEMENT)),
			new Member("teamleitung-integrationsmanagement", "Ines", "Teuber",
					List.of(Roles.teamLead(Departments.INTEGRATIONSMANAGEMENT), Departments.INTEGRATIONSMANAGEMENT)),
			new Member("teamleitung-sozialamt", "Heike", "Lehmann",
					List.of(Roles.teamLead(Departments.SOZIALAMT), Departments.SOZIALAMT)),
			new Member("lenkungsgruppe", "Rainer", "Lenz", List.of(Roles.LENKUNGSGRUPPE)),
			new Member("prozessdesign", "Paula", "Dreher", List.of(Roles.PROZESSDESIGN)));

	private DemoStaff() {
	}

	/**
	 * Creates the missing demo users and memberships.
	 * @param identity the engine's identity service
	 * @return how many users were created
	 */
	static int ensure(IdentityService identity) {
		int created = 0;
		for (Member member : MEMBERS) {
			if (identity.createUserQuery().userId(member.id()).count() == 0) {
				User user = identity.newUser(member.id());
				user.setFirstName(member.firstName());
				user.setLastName(member.lastName());
				user.setEmail(member.id() + "@lotse.example");
				user.setPassword(PASSWORD);
				identity.saveUser(user);
				created++;
			}
			for (String group : member.groups()) {
				if (identity.createGroupQuery().groupId(group).groupMember(member.id()).count() == 0) {
					identity.createMembership(member.id(), group);
				}
			}
		}
		return created;
	}

}
