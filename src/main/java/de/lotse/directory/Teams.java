package de.lotse.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The teams inside a department. A team is a Camunda group of type {@code WORKFLOW} whose
 * id starts with its department's id ({@code sozialamt-nord}). The routing table
 * ({@code processes/task-routing.dmn}) offers a task to a team instead of the whole
 * department; the department's team lead may read and reassign the team's tasks as well.
 * Members of a team are members of their department too, so they see the department's
 * filters and its tasks that no team takes.
 */
public final class Teams {

	/** Sozialamt, Team Nord (districts north of the Ruhr). */
	public static final String SOZIALAMT_NORD = "sozialamt-nord";

	/** Sozialamt, Team Süd (districts south of the Ruhr and west of it). */
	public static final String SOZIALAMT_SUED = "sozialamt-sued";

	/** Integrationsmanagement, team of the Arabic-speaking integration managers. */
	public static final String INTEGRATIONSMANAGEMENT_ARABISCH = "integrationsmanagement-arabisch";

	/** Integrationsmanagement, team of the Ukrainian-speaking integration managers. */
	public static final String INTEGRATIONSMANAGEMENT_UKRAINISCH = "integrationsmanagement-ukrainisch";

	private static final Map<String, Team> TEAMS = teams();

	private Teams() {
	}

	/**
	 * Every team's group id, in a stable order.
	 * @return the group ids
	 */
	public static List<String> ids() {
		return List.copyOf(TEAMS.keySet());
	}

	/**
	 * Whether a group is a team.
	 * @param groupId the group id
	 * @return {@code true} for a team's group
	 */
	public static boolean isTeam(String groupId) {
		return TEAMS.containsKey(groupId);
	}

	/**
	 * The teams of a department.
	 * @param departmentId the department's group id
	 * @return the teams' group ids, empty if the department has none
	 */
	public static List<String> ofDepartment(String departmentId) {
		return TEAMS.entrySet()
			.stream()
			.filter((team) -> team.getValue().department().equals(departmentId))
			.map(Map.Entry::getKey)
			.toList();
	}

	/**
	 * The department a candidate group stands for: a department itself, or the department
	 * of a team.
	 * @param groupId the group id
	 * @return the department's group id, empty for any other group
	 */
	public static Optional<String> departmentOf(String groupId) {
		if (Departments.isDepartment(groupId)) {
			return Optional.of(groupId);
		}
		return Optional.ofNullable(TEAMS.get(groupId)).map(Team::department);
	}

	/**
	 * The German name of a team, as clerks read it.
	 * @param teamId the team's group id
	 * @return the name, e.g. {@code Sozialamt – Team Nord}
	 */
	public static String name(String teamId) {
		Team team = TEAMS.get(teamId);
		if (team == null) {
			throw new IllegalArgumentException("Unknown team '" + teamId + "'");
		}
		return Departments.name(team.department()) + " – " + team.name();
	}

	private static Map<String, Team> teams() {
		Map<String, Team> teams = new LinkedHashMap<>();
		teams.put(SOZIALAMT_NORD, new Team(Departments.SOZIALAMT, "Team Nord"));
		teams.put(SOZIALAMT_SUED, new Team(Departments.SOZIALAMT, "Team Süd"));
		teams.put(INTEGRATIONSMANAGEMENT_ARABISCH, new Team(Departments.INTEGRATIONSMANAGEMENT, "Team Arabisch"));
		teams.put(INTEGRATIONSMANAGEMENT_UKRAINISCH, new Team(Departments.INTEGRATIONSMANAGEMENT, "Team Ukrainisch"));
		teams.forEach((id, team) -> {
			if (!id.startsWith(team.department() + "-")) {
				throw new IllegalStateException("Team id '" + id + "' must start with its department's id");
			}
		});
		return teams;
	}

	private record Team(String department, String name) {
	}

}
