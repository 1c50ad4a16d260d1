package de.lotse.directory;

/**
 * The roles beside the departments, each a Camunda group of type {@code SYSTEM}.
 */
public final class Roles {

	/** Lenkungsgruppe: the steering group; sees no task and no case. */
	public static final String LENKUNGSGRUPPE = "lenkungsgruppe";

	/** Prozessdesign: the process designers, who deploy models. */
	public static final String PROZESSDESIGN = "prozessdesign";

	/** Administration: Camunda's own administrators' group, with every permission. */
	public static final String ADMINISTRATION = "camunda-admin";

	private static final String TEAM_LEAD_PREFIX = "teamleitung-";

	private Roles() {
	}

	/**
	 * The team lead group of a department, which may read and reassign the department's
	 * tasks.
	 * @param departmentId the department's group id
	 * @return e.g. {@code teamleitung-sozialamt}
	 */
	public static String teamLead(String departmentId) {
		if (!Departments.isDepartment(departmentId)) {
			throw new IllegalArgumentException("Unknown department '" + departmentId + "'");
		}
		return TEAM_LEAD_PREFIX + departmentId;
	}

}
