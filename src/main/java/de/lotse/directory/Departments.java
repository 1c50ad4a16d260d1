package de.lotse.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The departments that work Lotse's user tasks. Each is a Camunda group of type
 * {@code WORKFLOW}; its id is the candidate group the process models offer tasks to.
 */
public final class Departments {

	/** Ausländerbehörde (immigration office). */
	public static final String AUSLAENDERBEHOERDE = "auslaenderbehoerde";

	/** Meldebehörde (residence registration office). */
	public static final String MELDEBEHOERDE = "meldebehoerde";

	/** Sozialamt (social welfare office). */
	public static final String SOZIALAMT = "sozialamt";

	/** Jobcenter. */
	public static final String JOBCENTER = "jobcenter";

	/** Einbürgerungsbehörde (naturalisation office). */
	public static final String EINBUERGERUNGSBEHOERDE = "einbuergerungsbehoerde";

	/** Jugendamt (youth welfare office). */
	public static final String JUGENDAMT = "jugendamt";

	/** Integrationsmanagement: the personal integration managers. */
	public static final String INTEGRATIONSMANAGEMENT = "integrationsmanagement";

	private static final Map<String, String> NAMES = names();

	private Departments() {
	}

	/**
	 * Every department's group id, in a stable order.
	 * @return the group ids
	 */
	public static List<String> ids() {
		return List.copyOf(NAMES.keySet());
	}

	/**
	 * Whether a group is a department.
	 * @param groupId the group id
	 * @return {@code true} for a department's group
	 */
	public static boolean isDepartment(String groupId) {
		return NAMES.containsKey(groupId);
	}

	/**
	 * The German name of a department, as clerks read it.
	 * @param departmentId the department's group id
	 * @return the name, e.g. {@code Ausländerbehörde}
	 */
	public static String name(String departmentId) {
		String name = NAMES.get(departmentId);
		if (name == null) {
			throw new IllegalArgumentException("Unknown department '" + departmentId + "'");
		}
		return name;
	}

	private static Map<String, String> names() {
		Map<String, String> names = new LinkedHashMap<>();
		names.put(AUSLAENDERBEHOERDE, "Ausländerbehörde");
		names.put(MELDEBEHOERDE, "Meldebehörde");
		names.put(SOZIALAMT, "Sozialamt");
		names.put(JOBCENTER, "Jobcenter");
		names.put(EINBUERGERUNGSBEHOERDE, "Einbürgerungsbehörde");
		names.put(JUGENDAMT, "Jugendamt");
		names.put(INTEGRATIONSMANAGEMENT, "Integrationsmanagement");
		return names;
	}

}
