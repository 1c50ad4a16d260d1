package de.lotse.worklist.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.lotse.directory.Departments;
import de.lotse.directory.Roles;
import de.lotse.directory.Teams;
import de.lotse.worklist.WorklistVariables;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The four Tasklist filters of every department, created at every start: Meine Aufgaben,
 * Meine Abteilung, Überfällig and Wiedervorlage heute. Each covers the tasks offered to
 * the department or one of its teams, sorted by due date, and shows the case reference,
 * the person's name and the stage. Only the department, its teams and its team lead may
 * read a department's filters. A filter is recognised by the property
 * {@value #KEY_PROPERTY}: a restart changes what differs and creates nothing twice; a
 * filter of a department that no longer exists, or a second copy, is deleted.
 */
final class DepartmentFilters {

	/**
	 * Filter property that marks a filter as Lotse's and names it, e.g.
	 * {@code sozialamt/overdue}.
	 */
	static final String KEY_PROPERTY = "lotseFilter";

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final List<Map<String, String>> COLUMNS = List.of(
			column(WorklistVariables.CASE_REFERENCE, "Aktenzeichen"), column(WorklistVariables.PERSON_NAME, "Name"),
			column(WorklistVariables.STAGE, "Phase"));

	private static final Map<String, String> COLOURS = Map.of(Departments.AUSLAENDERBEHOERDE, "#1f77b4",
			Departments.MELDEBEHOERDE, "#2ca02c", Departments.SOZIALAMT, "#d62728", Departments.JOBCENTER, "#9467bd",
			Departments.EINBUERGERUNGSBEHOERDE, "#8c564b", Departments.JUGENDAMT, "#e377c2",
			Departments.INTEGRATIONSMANAGEMENT, "#ff7f0e");

	private DepartmentFilters() {
	}

	/** The kinds of filter every department gets, in the order Tasklist lists them. */
	enum Kind {

		MY_TASKS("my-tasks", "Meine Aufgaben", "mir zugewiesene Aufgaben") {
			@Override
			TaskQuery restrict(TaskQuery query) {
				return query.taskAssigneeExpression("${currentUser()}");
			}
		},
		DEPARTMENT("department", "Meine Abteilung", "alle offenen Aufgaben der Abteilung und ihrer Teams") {
			@Override
			TaskQuery restrict(TaskQuery query) {
				return query;
			}
		},
		OVERDUE("overdue", "Überfällig", "Aufgaben, deren Frist vor heute abgelaufen ist") {
			@Override
			TaskQuery restrict(TaskQuery query) {
				return query.dueBeforeExpression("${" + MunicipalDays.START_OF_TODAY + "()}");
			}
		},
		FOLLOW_UP_TODAY("follow-up-today", "Wiedervorlage heute",
				"Aufgaben mit Wiedervorlage heute oder früher, noch nicht erledigt") {
			@Override
			TaskQuery restrict(TaskQuery query) {
				return query.followUpBeforeExpression("${" + MunicipalDays.START_OF_TOMORROW + "()}")
					.orderByFollowUpDate()
					.asc();
			}
		};

		final String id;

		final String name;

		final String description;

		Kind(String id, String name, String description) {
			this.id = id;
			this.name = name;
			this.description = description;
		}

		abstract TaskQuery restrict(TaskQuery query);

	}

	/**
	 * A filter as it should be.
	 *
	 * @param key the value of {@value #KEY_PROPERTY}
	 * @param name the name Tasklist shows
	 * @param query the task query
	 * @param properties Tasklist's properties of the filter
	 * @param readers the groups that may read it
	 */
	record FilterSpec(String key, String name, TaskQuery query, Map<String, Object> properties, List<String> readers) {
	}

	/**
	 * Every filter of every department.
	 * @param engine the engine, for new queries
	 * @return the filters
	 */
	static List<FilterSpec> all(ProcessEngine engine) {
		List<FilterSpec> filters = new ArrayList<>();
		List<String> departments = Departments.ids();
		for (int d = 0; d < departments.size(); d++) {
			String department = departments.get(d);
			List<String> groups = new ArrayList<>(List.of(department));
			groups.addAll(Teams.ofDepartment(department));
			List<String> readers = new ArrayList<>(groups);
			readers.add(Roles.teamLead(department));
			for (Kind kind : Kind.values()) {
				TaskQuery query = kind
					.restrict(engine.getTaskService()
						.createTaskQuery()
						.taskCandidateGroupIn(groups)
						.includeAssignedTasks()
						.active())
					.orderByDueDate()
					.asc()
					.orderByTaskCreateTime()
					.asc();
				Map<String, Object> properties = new LinkedHashMap<>();
				properties.put(KEY_PROPERTY, department + "/" + kind.id);
				properties.put("description", Departments.name(department) + ": " + kind.description);
				properties.put("priority", d * 10 + kind.ordinal());
				properties.put("color", COLOURS.getOrDefault(department, "#555555"));
				properties.put("refresh", true);
				properties.put("showUndefinedVariable", false);
				properties.put("variables", COLUMNS);
				filters.add(
						new FilterSpec(department + "/" + kind.id, kind.name, query, properties, List.copyOf(readers)));
			}
		}
		return filters;
	}

	/**
	 * Creates the missing filters, brings existing ones up to date and deletes Lotse's
	 * filters that are not wanted any more; grants each filter's readers READ.
	 * @param engine the engine
	 * @return how many filters were created, changed or deleted
	 */
	static int ensure(ProcessEngine engine) {
		FilterService filters = engine.getFilterService();
		Map<String, Filter> existing = new LinkedHashMap<>();
		int changed = 0;
		for (Filter filter : filters.createTaskFilterQuery().orderByFilterId().asc().list()) {
			Object key = (filter.getProperties() != null) ? filter.getProperties().get(KEY_PROPERTY) : null;
			if (key == null) {
				continue;
			}
			if (existing.putIfAbsent(key.toString(), filter) != null) {
				filters.deleteFilter(filter.getId());
				changed++;
			}
		}
		Set<String> wanted = new HashSet<>();
		for (FilterSpec spec : all(engine)) {
			wanted.add(spec.key());
			Filter filter = existing.get(spec.key());
			if (filter == null) {
				filter = filters.newTaskFilter(spec.name()).setQuery(spec.query()).setProperties(spec.properties());
				filters.saveFilter(filter);
				changed++;
			}
			else if (!sameAs(filter, spec, filters)) {
				filter.setName(spec.name()).setQuery(spec.query()).setProperties(spec.properties());
				filters.saveFilter(filter);
				changed++;
			}
			grantRead(engine.getAuthorizationService(), filter.getId(), spec.readers());
		}
		for (Map.Entry<String, Filter> filter : existing.entrySet()) {
			if (!wanted.contains(filter.getKey())) {
				filters.deleteFilter(filter.getValue().getId());
				changed++;
			}
		}
		return changed;
	}

	private static boolean sameAs(Filter filter, FilterSpec spec, FilterService filters) {
		FilterEntity wanted = (FilterEntity) filters.newTaskFilter(spec.name())
			.setQuery(spec.query())
			.setProperties(spec.properties());
		FilterEntity actual = (FilterEntity) filter;
		try {
			return spec.name().equals(actual.getName()) && actual.getOwner() == null
					&& JSON.readTree(wanted.getQueryInternal()).equals(JSON.readTree(actual.getQueryInternal()))
					&& JSON.readTree(wanted.getPropertiesInternal())
						.equals(JSON.readTree(actual.getPropertiesInternal()));
		}
		catch (JsonProcessingException ex) {
			return false;
		}
	}

	private static void grantRead(AuthorizationService authorizations, String filterId, List<String> groups) {
		for (String group : groups) {
			Authorization authorization = authorizations.createAuthorizationQuery()
				.authorizationType(Authorization.AUTH_TYPE_GRANT)
				.groupIdIn(group)
				.resourceType(Resources.FILTER)
				.resourceId(filterId)
				.singleResult();
			if (authorization == null) {
				authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
				authorization.setGroupId(group);
				authorization.setResource(Resources.FILTER);
				authorization.setResourceId(filterId);
			}
			else if (authorization.isPermissionGranted(Permissions.READ)) {
				continue;
			}
			authorization.addPermission(Permissions.READ);
			authorizations.saveAuthorization(authorization);
		}
	}

	private static Map<String, String> column(String name, String label) {
		Map<String, String> column = new LinkedHashMap<>();
		column.put("name", name);
		column.put("label", label);
		return column;
	}

}
