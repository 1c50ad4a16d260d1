package de.lotse.worklist.internal;

import java.io.IOException;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.lotse.chain.ArrivalProcess;
import de.lotse.chain.ChainVariables;
import de.lotse.chain.IntegrationChainProcess;
import de.lotse.chain.JobcentreReferralProcess;
import de.lotse.chain.RegistrationProcess;
import de.lotse.directory.Departments;
import de.lotse.directory.Roles;
import de.lotse.directory.Teams;
import de.lotse.support.PostgresTest;
import de.lotse.support.TestIntakes;
import de.lotse.support.WebappSession;
import de.lotse.worklist.WorklistDecisions;
import de.lotse.worklist.WorklistVariables;
import de.lotse.support.OpenTasks;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The work lists on a real PostgreSQL, without demo users: the filters exist once and a
 * restart changes nothing, a case's tasks are routed by district and language, Tasklist
 * shows the columns while the history tables never hold the person's name, and the team
 * lead's handover is written in one transaction.
 */
@PostgresTest
@TestPropertySource(properties = "camunda.bpm.job-execution.enabled=false")
class PostgresWorklistTests {

	private static final String PASSWORD = "Arbeitsliste-2026-Stark!";

	private static final String CLERK = "pg-sozialamt";

	private static final String MANAGER = "pg-im";

	private static final String STAND_IN = "pg-im-vertretung";

	private static final String TEAM_LEAD = "pg-teamleitung-im";

	private static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	TestRestTemplate rest;

	@Autowired
	ProcessEngine engine;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void staff() {
		user(CLERK, Departments.SOZIALAMT, Teams.SOZIALAMT_NORD);
		user(MANAGER, Departments.INTEGRATIONSMANAGEMENT, Teams.INTEGRATIONSMANAGEMENT_UKRAINISCH);
		user(STAND_IN, Departments.INTEGRATIONSMANAGEMENT);
		user(TEAM_LEAD, Roles.teamLead(Departments.INTEGRATIONSMANAGEMENT), Departments.INTEGRATIONSMANAGEMENT);
	}

	@Test
	void everyDepartmentHasItsFourFiltersOnceAndARestartChangesNothing() throws IOException {
		assertThat(lotseFilters()).hasSize(4 * Departments.ids().size());
		assertThat(lotseFilters()).extracting((filter) -> filter.getProperties().get(DepartmentFilters.KEY_PROPERTY))
			.doesNotHaveDuplicates();

		assertThat(DepartmentFilters.ensure(this.engine)).isZero();

		assertThat(lotseFilters()).hasSize(4 * Departments.ids().size());
		ResponseEntity<String> visible = this.rest.withBasicAuth(CLERK, PASSWORD)
			.getForEntity("/engine-rest/filter?resourceType=Task", String.class);
		assertThat(JSON.readTree(visible.getBody())).extracting((filter) -> filter.path("name").asText())
			.containsExactlyInAnyOrder("Meine Aufgaben", "Meine Abteilung", "Überfällig", "Wiedervorlage heute");
	}

	@Test
	void aCaseIsRoutedByDistrictAndLanguageAndItsNameStaysOutOfTheHistory() throws IOException {
		Map<String, Object> intake = TestIntakes.recognisedRefugee();
		intake.put("givenName", "Olena");
		intake.put("familyName", "Kovalenko");
		intake.put("nationality", "UKR");
		intake.put("interpreterLanguage", "uk");
		String reference = allocatedCase(intake);
		Task admit = task(reference, ArrivalProcess.TASK_ADMIT_TO_ACCOMMODATION);
		assertThat(candidateGroups(admit)).containsExactly(Teams.SOZIALAMT_NORD);

		WebappSession tasklist = WebappSession.tasklist(this.rest, CLERK, PASSWORD);
		String filterId = null;
		for (JsonNode filter : JSON
			.readTree(tasklist.get("/filter?resourceType=Task", MediaType.APPLICATION_JSON).getBody())) {
			if (filter.path("name").asText().equals("Meine Abteilung")) {
				filterId = filter.path("id").asText();
			}
		}
		ResponseEntity<String> list = tasklist.exchange(HttpMethod.POST,
				"/filter/{id}/list?firstResult=0&maxResults=15",
				"{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],\"active\":true}",
				MediaType.parseMediaType("application/hal+json"), filterId);
		assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(list.getBody()).contains("\"value\":\"Kovalenko, Olena\"")
			.contains("\"value\":\"" + reference + "\"");

		ResponseEntity<String> admitted = post(CLERK, "/engine-rest/task/{id}/complete",
				Map.of("variables",
						Map.of(ArrivalProcess.ACCOMMODATION_ARRIVAL_DATE,
								Map.of("value", "2026-03-02T00:00:00.000+0100", "type", "Date"),
								ArrivalProcess.ACCOMMODATION_NAME, Map.of("value", "Übergangswohnheim Styrum"))),
				admit.getId());
		assertThat(admitted.getStatusCode()).as(admitted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

		Task appointment = task(reference, IntegrationChainProcess.TASK_INTAKE_APPOINTMENT);
		assertThat(candidateGroups(appointment)).containsExactly(Teams.INTEGRATIONSMANAGEMENT_UKRAINISCH);
		assertThat(this.engine.getTaskService().getVariableLocal(appointment.getId(), WorklistVariables.STAGE))
			.isEqualTo("Integrationskette");
		assertThat(count("select count(*) from act_hi_varinst where text_ = 'Kovalenko, Olena'")).isZero();
		assertThat(count("select count(*) from act_hi_detail where text_ = 'Kovalenko, Olena'")).isZero();
		assertThat(count("select count(*) from act_hi_decinst where dec_def_key_ = '" + WorklistDecisions.TASK_ROUTING
				+ "' and proc_inst_id_ = '" + admit.getProcessInstanceId() + "'"))
			.as("why the task went to Team Nord")
			.isOne();
	}

	@Test
	void theTeamLeadsHandoverIsWrittenInOneTransaction() {
		Map<String, Object> intake = TestIntakes.recognisedRefugee();
		intake.put("interpreterLanguage", "uk");
		String reference = allocatedCase(intake);
		this.engine.getTaskService()
			.complete(task(reference, ArrivalProcess.TASK_ADMIT_TO_ACCOMMODATION).getId(),
					Map.of(ArrivalProcess.ACCOMMODATION_ARRIVAL_DATE, new Date(), ArrivalProcess.ACCOMMODATION_NAME,
							"Übergangswohnheim Styrum"));
		Task appointment = task(reference, IntegrationChainProcess.TASK_INTAKE_APPOINTMENT);
		assertThat(post(MANAGER, "/engine-rest/task/{id}/claim", Map.of("userId", MANAGER), appointment.getId())
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		Map<String, Object> variables = new HashMap<>();
		variables.put(ChainVariables.MOVE_IN_DATE, Map.of("value", "2026-03-09T00:00:00.000+0100", "type", "Date"));
		variables.put(JobcentreReferralProcess.LABOUR_MARKET_REFERRAL,
				Map.of("value", JobcentreReferralProcess.REFERRAL_NONE));
		assertThat(post(MANAGER, "/engine-rest/task/{id}/complete", Map.of("variables", variables), appointment.getId())
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(managerCopies(reference)).isNotEmpty().containsOnly(MANAGER);
		// the registration deadline (two weeks after moving in) has passed long ago
		String registration = this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceBusinessKey(reference)
			.processDefinitionKey(RegistrationProcess.KEY)
			.singleResult()
			.getId();
		this.engine.getManagementService()
			.executeJob(this.engine.getManagementService()
				.createJobQuery()
				.processInstanceId(registration)
				.timers()
				.singleResult()
				.getId());
		Task escalation = task(reference, RegistrationProcess.TASK_ESCALATE_DEADLINE);
		assertThat(escalation.getAssignee()).isEqualTo(MANAGER);

		ResponseEntity<Map> handover = this.rest.withBasicAuth(TEAM_LEAD, PASSWORD)
			.postForEntity("/api/integration-managers/{id}/handover", json(Map.of("to", STAND_IN)), Map.class, MANAGER);

		assertThat(handover.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(handover.getBody()).containsEntry("cases", 1).containsEntry("tasks", 1);
		assertThat(task(reference, RegistrationProcess.TASK_ESCALATE_DEADLINE).getAssignee()).isEqualTo(STAND_IN);
		assertThat(managerCopies(reference)).isNotEmpty().containsOnly(STAND_IN);
		assertThat(count("select count(*) from act_hi_op_log where operation_type_ = 'Assign' and user_id_ = '"
				+ TEAM_LEAD + "'"))
			.as("reassignments are logged as the team lead's")
			.isOne();
	}

	private void user(String userId, String... groups) {
		IdentityService identity = this.engine.getIdentityService();
		if (identity.createUserQuery().userId(userId).count() == 0) {
			User user = identity.newUser(userId);
			user.setPassword(PASSWORD);
			identity.saveUser(user);
			for (String group : groups) {
				identity.createMembership(userId, group);
			}
		}
	}

	private String allocatedCase(Map<String, Object> intake) {
		ResponseEntity<Map> opened = this.rest.withBasicAuth(PostgresTest.ADMIN, PostgresTest.ADMIN_PASSWORD)
			.postForEntity("/api/cases", json(intake), Map.class);
		assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String reference = (String) opened.getBody().get("caseReference");
		this.engine.getRuntimeService()
			.createMessageCorrelation(ArrivalProcess.MESSAGE_ZUWEISUNG_RECEIVED)
			.processInstanceBusinessKey(reference)
			.correlate();
		return reference;
	}

	private Task task(String reference, String taskDefinitionKey) {
		return OpenTasks.of(this.engine, reference, taskDefinitionKey);
	}

	private List<String> candidateGroups(Task task) {
		return OpenTasks.candidateGroups(this.engine, task.getId());
	}

	/** The integration manager as every running process of the case holds it. */
	private List<Object> managerCopies(String reference) {
		return this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceBusinessKey(reference)
			.list()
			.stream()
			.map((instance) -> this.engine.getRuntimeService()
				.getVariableLocal(instance.getId(), IntegrationChainProcess.INTEGRATION_MANAGER))
			.filter((manager) -> manager != null)
			.toList();
	}

	private List<Filter> lotseFilters() {
		return this.engine.getFilterService()
			.createTaskFilterQuery()
			.list()
			.stream()
			.filter((filter) -> filter.getProperties() != null
					&& filter.getProperties().containsKey(DepartmentFilters.KEY_PROPERTY))
			.toList();
	}

	private ResponseEntity<String> post(String user, String path, Object body, Object... variables) {
		return this.rest.withBasicAuth(user, PASSWORD).postForEntity(path, json(body), String.class, variables);
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private static <T> HttpEntity<T> json(T body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

}
