package de.lotse.chain;

import java.io.IOException;
import java.io.InputStream;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.lotse.directory.Teams;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plays the people and agencies around one case of a running Lotse: clerks of each
 * department complete their user tasks through the REST API as themselves, agencies
 * answer external tasks and send messages, and time passes on the engine clock.
 */
public final class ChainDriver {

	/** The department groups that own user tasks. */
	static final List<String> DEPARTMENTS = List.of("auslaenderbehoerde", "meldebehoerde", "sozialamt", "jobcenter",
			"einbuergerungsbehoerde", "jugendamt", "integrationsmanagement");

	static final TimeZone MUNICIPALITY = TimeZone.getTimeZone("Europe/Berlin");

	private static final String WORKER = "agency-test-worker";

	private static final ObjectMapper JSON = new ObjectMapper();

	private final ProcessEngine engine;

	private final TestRestTemplate rest;

	private final String caseReference;

	public ChainDriver(ProcessEngine engine, TestRestTemplate rest, String caseReference) {
		this.engine = engine;
		this.rest = rest;
		this.caseReference = caseReference;
	}

	/**
	 * One clerk per department (user id {@code sb-<group>}), member of the group. Each
	 * group may read and complete the tasks of the processes in which it has tasks; the
	 * engine itself grants each candidate group READ and UPDATE on the single task it is
	 * offered (default task permission), so no department gets every task.
	 * @param engine the engine of the running Lotse
	 */
	public static void staffDepartments(ProcessEngine engine) {
		IdentityService identity = engine.getIdentityService();
		for (String group : DEPARTMENTS) {
			if (identity.createGroupQuery().groupId(group).count() == 0) {
				Group newGroup = identity.newGroup(group);
				newGroup.setName(group);
				newGroup.setType("WORKFLOW");
				identity.saveGroup(newGroup);
			}
			if (identity.createUserQuery().userId(clerk(group)).count() == 0) {
				User user = identity.newUser(clerk(group));
				user.setPassword(password(group));
				identity.saveUser(user);
				identity.createMembership(clerk(group), group);
			}
		}
		AuthorizationService authorizations = engine.getAuthorizationService();
		for (ProcessDefinition definition : engine.getRepositoryService()
			.createProcessDefinitionQuery()
			.latestVersion()
			.list()) {
			for (String group : departmentsWithTasks(engine, definition.getId())) {
				if (authorizations.createAuthorizationQuery()
					.groupIdIn(group)
					.resourceType(Resources.PROCESS_DEFINITION)
					.resourceId(definition.getKey())
					.count() == 0) {
					grant(authorizations, group, Resources.PROCESS_DEFINITION, definition.getKey(),
							ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.UPDATE_TASK);
				}
			}
		}
	}

	/** The departments named as candidates of a user task of the process. */
	private static Set<String> departmentsWithTasks(ProcessEngine engine, String processDefinitionId) {
		Set<String> groups = new HashSet<>();
		for (UserTask task : engine.getRepositoryService()
			.getBpmnModelInstance(processDefinitionId)
			.getModelElementsByType(UserTask.class)) {
			String candidates = String.valueOf(task.getCamundaCandidateGroups());
			DEPARTMENTS.stream().filter(candidates::contains).forEach(groups::add);
		}
		return groups;
	}

	/** The clerk of a department. */
	public static String clerk(String group) {
		return "sb-" + group;
	}

	private static String password(String group) {
		return "Dienst-2026-" + group + "-Stark!";
	}

	private static void grant(AuthorizationService authorizations, String group, Resource resource, String resourceId,
			Permission... permissions) {
		Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		authorization.setGroupId(group);
		authorization.setResource(resource);
		authorization.setResourceId(resourceId);
		for (Permission permission : permissions) {
			authorization.addPermission(permission);
		}
		authorizations.saveAuthorization(authorization);
	}

	/** The start of a calendar day in the municipality. */
	public static Date day(String isoDate) {
		return Date.from(LocalDate.parse(isoDate).atStartOfDay(MUNICIPALITY.toZoneId()).toInstant());
	}

	/** The day after the given one. */
	static Date nextDay(Date date) {
		return Date.from(date.toInstant().atZone(MUNICIPALITY.toZoneId()).plusDays(1).toInstant());
	}

	/**
	 * A clerk of the department completes the case's open task, as a form would submit
	 * it: the task must be offered to the department or one of its teams (the routing
	 * table decides), the variables must be fields of the task's form.
	 * @param taskDefinitionKey the BPMN id of the user task
	 * @param department the candidate group expected on the task
	 * @param variables the form's values
	 */
	public void clerkCompletes(String taskDefinitionKey, String department, Map<String, Object> variables) {
		Task task = openTask(taskDefinitionKey);
		List<String> candidateGroups = this.engine.getTaskService()
			.getIdentityLinksForTask(task.getId())
			.stream()
			.filter((link) -> IdentityLinkType.CANDIDATE.equals(link.getType()))
			.map(IdentityLink::getGroupId)
			.toList();
		assertThat(candidateGroups).as("candidate groups of %s: the department or one of its teams", taskDefinitionKey)
			.anyMatch((group) -> Teams.departmentOf(group).filter(department::equals).isPresent());
		assertThat(formFields(task)).as("fields of the form of %s", taskDefinitionKey).containsAll(variables.keySet());
		ResponseEntity<String> response = this.rest.withBasicAuth(clerk(department), password(department))
			.postForEntity("/engine-rest/task/{id}/complete", json(Map.of("variables", typed(variables))), String.class,
					task.getId());
		assertThat(response.getStatusCode()).as("completing %s: %s", taskDefinitionKey, response.getBody())
			.isEqualTo(HttpStatus.NO_CONTENT);
	}

	private ResponseEntity<String> complete(Task task, String department, Map<String, Object> variables) {
		return this.rest.withBasicAuth(clerk(department), password(department))
			.postForEntity("/engine-rest/task/{id}/complete", json(Map.of("variables", typed(variables))), String.class,
					task.getId());
	}

	/** The case's one open task with this id. */
	public Task openTask(String taskDefinitionKey) {
		List<Task> tasks = this.engine.getTaskService()
			.createTaskQuery()
			.processInstanceBusinessKey(this.caseReference)
			.taskDefinitionKey(taskDefinitionKey)
			.list();
		assertThat(tasks).as("open tasks %s of %s", taskDefinitionKey, this.caseReference).hasSize(1);
		return tasks.get(0);
	}

	/** The agency behind the topic answers the case's open external task. */
	public void agencyCompletes(String topic, Map<String, Object> variables) {
		List<LockedExternalTask> tasks = this.engine.getExternalTaskService()
			.fetchAndLock(10, WORKER)
			.topic(topic, 60_000L)
			.businessKey(this.caseReference)
			.execute();
		assertThat(tasks).as("open external tasks of %s for %s", topic, this.caseReference).hasSize(1);
		this.engine.getExternalTaskService().complete(tasks.get(0).getId(), WORKER, variables);
	}

	/** The agency answers without data. */
	public void agencyCompletes(String topic) {
		agencyCompletes(topic, Map.of());
	}

	/** An agency's asynchronous answer, correlated by the case reference. */
	public void agencyReports(String messageName, Map<String, Object> variables) {
		this.engine.getRuntimeService()
			.createMessageCorrelation(messageName)
			.processInstanceBusinessKey(this.caseReference)
			.setVariables(variables)
			.correlate();
	}

	/**
	 * Time passes until the given day: the engine clock moves there and every timer of
	 * the case that is due by then fires.
	 */
	public void timePassesUntil(String isoDate) {
		ClockUtil.setCurrentTime(day(isoDate));
		List<Job> due;
		do {
			due = new ArrayList<>();
			for (ProcessInstance instance : this.engine.getRuntimeService()
				.createProcessInstanceQuery()
				.processInstanceBusinessKey(this.caseReference)
				.list()) {
				due.addAll(this.engine.getManagementService()
					.createJobQuery()
					.processInstanceId(instance.getId())
					.executable()
					.list());
			}
			due.forEach((job) -> this.engine.getManagementService().executeJob(job.getId()));
		}
		while (!due.isEmpty());
	}

	/** The case's running instance of a process. */
	public ProcessInstance instance(String processKey) {
		return this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceBusinessKey(this.caseReference)
			.processDefinitionKey(processKey)
			.singleResult();
	}

	private Set<String> formFields(Task task) {
		UserTask userTask = this.engine.getRepositoryService()
			.getBpmnModelInstance(task.getProcessDefinitionId())
			.getModelElementById(task.getTaskDefinitionKey());
		Set<String> keys = new HashSet<>();
		try (InputStream form = new ClassPathResource("forms/" + userTask.getCamundaFormRef() + ".form")
			.getInputStream()) {
			collectKeys(JSON.readTree(form), keys);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Form of " + task.getTaskDefinitionKey() + " not readable", ex);
		}
		return keys;
	}

	private static void collectKeys(JsonNode component, Set<String> keys) {
		if (component.hasNonNull("key")) {
			keys.add(component.get("key").asText());
		}
		component.path("components").forEach((child) -> collectKeys(child, keys));
	}

	private static Map<String, Object> typed(Map<String, Object> variables) {
		Map<String, Object> typed = new LinkedHashMap<>();
		variables.forEach((name, value) -> typed.put(name, typedValue(value)));
		return typed;
	}

	private static Map<String, Object> typedValue(Object value) {
		if (value instanceof Date date) {
			SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
			format.setTimeZone(MUNICIPALITY);
			return Map.of("value", format.format(date), "type", "Date");
		}
		return Map.of("value", value, "type", value.getClass().getSimpleName());
	}

	private static <T> HttpEntity<T> json(T body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

}
