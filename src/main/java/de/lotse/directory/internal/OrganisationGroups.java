package de.lotse.directory.internal;

import java.util.ArrayList;
import java.util.List;

import de.lotse.directory.Departments;
import de.lotse.directory.Roles;
import de.lotse.directory.Teams;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;

/**
 * The groups of the organisation: departments and their teams ({@code WORKFLOW}) and
 * roles ({@code SYSTEM}), with German names.
 */
final class OrganisationGroups {

	static final String WORKFLOW = "WORKFLOW";

	static final String SYSTEM = "SYSTEM";

	private OrganisationGroups() {
	}

	/** A group as it should exist. */
	record GroupSpec(String id, String name, String type) {
	}

	/**
	 * Every group of the organisation.
	 * @return departments first, then the teams, then the roles
	 */
	static List<GroupSpec> all() {
		List<GroupSpec> groups = new ArrayList<>();
		for (String department : Departments.ids()) {
			groups.add(new GroupSpec(department, Departments.name(department), WORKFLOW));
		}
		for (String team : Teams.ids()) {
			groups.add(new GroupSpec(team, Teams.name(team), WORKFLOW));
		}
		for (String department : Departments.ids()) {
			groups
				.add(new GroupSpec(Roles.teamLead(department), "Teamleitung " + Departments.name(department), SYSTEM));
		}
		groups.add(new GroupSpec(Roles.LENKUNGSGRUPPE, "Lenkungsgruppe", SYSTEM));
		groups.add(new GroupSpec(Roles.PROZESSDESIGN, "Prozessdesign", SYSTEM));
		groups.add(new GroupSpec(Roles.ADMINISTRATION, "Administration", SYSTEM));
		return groups;
	}

	/**
	 * Creates the groups that are missing; existing groups are left as they are, so an
	 * administrator may rename them.
	 * @param identity the engine's identity service
	 * @return how many groups were created
	 */
	static int ensure(IdentityService identity) {
		int created = 0;
		for (GroupSpec spec : all()) {
			if (identity.createGroupQuery().groupId(spec.id()).count() == 0) {
				Group group = identity.newGroup(spec.id());
				group.setName(spec.name());
				group.setType(spec.type());
				identity.saveGroup(group);
				created++;
			}
		}
		return created;
	}

}
