package de.lotse.worklist;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.lotse.chain.ArrivalProcess;
import de.lotse.chain.ChainVariables;
import de.lotse.chain.IntegrationChainProcess;
import de.lotse.chain.JobcentreReferralProcess;
import de.lotse.chain.RegistrationProcess;
import de.lotse.directory.Departments;
import de.lotse.support.LotseTest;
import de.lotse.support.TestIntakes;
import de.lotse.support.OpenTasks;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The integration manager who takes a person's case keeps all of that person's
 * Integrationsmanagement tasks, and the team lead hands all cases of an absent manager to
 * a colleague in one step ({@code POST /api/integration-managers/{userId}/handover}),
 * through real HTTP as the demo users. The registration deadline of each case has passed,
 * so firing its timer creates an Integrationsmanagement task (the escalation) at will.
 */
@LotseTest
@TestPropertySource(properties = "camunda.bpm.job-execution.enabled=false")
class IntegrationManagerContinuityTests {

	private static final String PASSWORD = "demo";

	private static final String TEAM_LEAD = "teamleitung-integrationsmanagement";

	@Autowired
	TestRestTemplate rest;

	@Autowired
	ProcessEngine engine;

	@BeforeEach
	void staff() {
		for (String manager : List.of("im-anna", "im-ben", "im-carla", "im-dora")) {
			IdentityService identity = this.engine.getIdentityService();
			if (identity.createUserQuery().userId(manager).count() == 0) {
				User user = identity.newUser(manager);
				user.setPassword(PASSWORD);
				identity.saveUser(user);
				identity.createMembership(manager, Departments.INTEGRATIONSMANAGEMENT);
			}
		}
	}

	@Test
	void theManagerWhoCompletesTheIntakeAppointmentGetsEveryLaterTaskOfTheCase() {
		String reference = caseAtIntakeAppointment();
		attendIntakeAppointment(reference, "im-anna");

		assertThat(manager(reference, IntegrationChainProcess.KEY)).isEqualTo("im-anna");
		assertThat(manager(reference, RegistrationProcess.KEY)).as("the stage's copy").isEqualTo("im-anna");

		Task escalation = registrationDeadlinePasses(reference);
		assertThat(escalation.getAssignee()).isEqualTo("im-anna");
		assertThat(candidateGroups(escalation)).containsExactly(Departments.INTEGRATIONSMANAGEMENT);
		assertThat(post("im-anna", "/engine-rest/task/{id}/complete",
				Map.of("variables", Map.of(RegistrationProcess.ESCALATION_NOTE, Map.of("value", "Termin vereinbart"))),
				escalation.getId())
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
	}

	@Test
	void theTeamLeadHandsAllCasesOfAnAbsentManagerToAColleagueInOneStep() {
		String escalated = caseAtIntakeAppointment();
		attendIntakeAppointment(escalated, "im-ben");
		Task open = registrationDeadlinePasses(escalated);
		String quiet = caseAtIntakeAppointment();
		attendIntakeAppointment(quiet, "im-ben");

		ResponseEntity<Map> handover = handOver(TEAM_LEAD, "im-ben", Map.of("to", "im-carla"));

		assertThat(handover.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(handover.getBody()).containsEntry("from", "im-ben")
			.containsEntry("to", "im-carla")
			.containsEntry("tasks", 1)
			.containsEntry("cases", 2);
		assertThat(this.engine.getTaskService().createTaskQuery().taskId(open.getId()).singleResult().getAssignee())
			.isEqualTo("im-carla");
		assertThat(myTasks("im-carla")).as("in her Meine Aufgaben").contains(open.getId());
		assertThat(myTasks("im-ben")).doesNotContain(open.getId());
		for (String reference : List.of(escalated, quiet)) {
			assertThat(manager(reference, IntegrationChainProcess.KEY)).isEqualTo("im-carla");
			assertThat(manager(reference, RegistrationProcess.KEY)).isEqualTo("im-carla");
		}
		assertThat(registrationDeadlinePasses(quiet).getAssignee()).as("a later task of a handed-over case")
			.isEqualTo("im-carla");
		assertThat(handOver(TEAM_LEAD, "im-ben", Map.of("to", "im-carla")).getBody()).as("nothing left to hand over")
			.containsEntry("tasks", 0)
			.containsEntry("cases", 0);
	}

	@Test
	void onlyTheTeamLeadOfTheIntegrationsmanagementOrAnAdministratorHandsOver() {
		for (String user : List.of("integrationsmanagement", "sozialamt", "teamleitung-sozialamt", "lenkungsgruppe")) {
			ResponseEntity<Map> refused = handOver(user, "im-anna", Map.of("to", "im-carla"));
			assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(refused.getBody()).containsEntry("title", "Keine Berechtigung");
		}
		assertThat(this.rest
			.postForEntity("/api/integration-managers/{id}/handover", json(Map.of("to", "im-carla")), Map.class,
					"im-anna")
			.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(handOver("admin", "im-ehemalig", Map.of("to", "im-carla")).getStatusCode())
			.as("also for a manager no longer in the directory")
			.isEqualTo(HttpStatus.OK);
	}

	@Test
	void aHandoverToSomeoneWhoCannotTakeTheCasesIsRefusedInGermanAndChangesNothing() {
		String reference = caseAtIntakeAppointment();
		attendIntakeAppointment(reference, "im-dora");
		Task open = registrationDeadlinePasses(reference);

		assertThat(refusal(Map.of("to", "sozialamt"))).contains("Nur Mitglieder des Integrationsmanagements")
			.contains("sozialamt gehört nicht dazu");
		assertThat(refusal(Map.of("to", "gibt-es-nicht")))
			.contains("Keine Benutzerin und kein Benutzer mit dieser Kennung bekannt.");
		assertThat(refusal(Map.of())).contains("Die Benutzerkennung der übernehmenden Person fehlt.");
		assertThat(refusal(Map.of("to", "im-dora"))).contains("Übergabe an dieselbe Person ist nicht möglich.");
		assertThat(refusal(Map.of("to", "im-anna", "reason", "Urlaub"))).contains("Unbekanntes Feld");

		assertThat(this.engine.getTaskService().createTaskQuery().taskId(open.getId()).singleResult().getAssignee())
			.isEqualTo("im-dora");
		assertThat(manager(reference, IntegrationChainProcess.KEY)).isEqualTo("im-dora");
	}

	@Test
	void anAdministratorStandingInForTheIntakeDoesNotBecomeTheManager() {
		String reference = caseAtIntakeAppointment();
		attendIntakeAppointment(reference, "admin");

		assertThat(manager(reference, IntegrationChainProcess.KEY)).isNull();
		Task escalation = registrationDeadlinePasses(reference);
		assertThat(escalation.getAssignee()).as("open to the whole department").isNull();
		assertThat(candidateGroups(escalation)).containsExactly(Departments.INTEGRATIONSMANAGEMENT);
	}

	@Test
	void aManagerWhoLeftTheIntegrationsmanagementGetsNoNewTasks() {
		String reference = caseAtIntakeAppointment();
		attendIntakeAppointment(reference, "im-anna");
		this.engine.getIdentityService().deleteMembership("im-anna", Departments.INTEGRATIONSMANAGEMENT);
		try {
			assertThat(registrationDeadlinePasses(reference).getAssignee()).isNull();
		}
		finally {
			this.engine.getIdentityService().createMembership("im-anna", Departments.INTEGRATIONSMANAGEMENT);
		}
	}

	/** A new case whose person has been admitted to the municipal accommodation. */
	private String caseAtIntakeAppointment() {
		ResponseEntity<Map> opened = this.rest.withBasicAuth("integrationsmanagement", PASSWORD)
			.postForEntity("/api/cases", json(TestIntakes.recognisedRefugee()), Map.class);
		assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String reference = (String) opened.getBody().get("caseReference");
		this.engine.getRuntimeService()
			.createMessageCorrelation(ArrivalProcess.MESSAGE_ZUWEISUNG_RECEIVED)
			.processInstanceBusinessKey(reference)
			.correlate();
		this.engine.getTaskService()
			.complete(task(reference, ArrivalProcess.TASK_ADMIT_TO_ACCOMMODATION).getId(),
					Map.of(ArrivalProcess.ACCOMMODATION_ARRIVAL_DATE, new Date(), ArrivalProcess.ACCOMMODATION_NAME,
							"Übergangswohnheim Styrum"));
		return reference;
	}

	/** The user claims the intake appointment in Tasklist and completes its form. */
	private void attendIntakeAppointment(String reference, String user) {
		Task appointment = task(reference, IntegrationChainProcess.TASK_INTAKE_APPOINTMENT);
		assertThat(
				post(user, "/engine-rest/task/{id}/claim", Map.of("userId", user), appointment.getId()).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
		Map<String, Object> variables = new HashMap<>();
		variables.put(ChainVariables.MOVE_IN_DATE, Map.of("value", "2026-03-09T00:00:00.000+0100", "type", "Date"));
		variables.put(JobcentreReferralProcess.LABOUR_MARKET_REFERRAL,
				Map.of("value", JobcentreReferralProcess.REFERRAL_NONE));
		ResponseEntity<String> completed = post(user, "/engine-rest/task/{id}/complete", Map.of("variables", variables),
				appointment.getId());
		assertThat(completed.getStatusCode()).as(completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
	}

	/**
	 * The case's registration deadline (two weeks after moving in, long past) fires: the
	 * Integrationsmanagement gets the escalation.
	 */
	private Task registrationDeadlinePasses(String reference) {
		ProcessInstance registration = instance(reference, RegistrationProcess.KEY);
		Job timer = this.engine.getManagementService()
			.createJobQuery()
			.processInstanceId(registration.getId())
			.timers()
			.singleResult();
		this.engine.getManagementService().executeJob(timer.getId());
		return task(reference, RegistrationProcess.TASK_ESCALATE_DEADLINE);
	}

	/** The task ids in the user's filter Meine Aufgaben. */
	private List<String> myTasks(String user) {
		TestRestTemplate client = this.rest.withBasicAuth(user, PASSWORD);
		List<Map<String, Object>> filters = client.getForObject("/engine-rest/filter?resourceType=Task", List.class);
		Object filterId = filters.stream()
			.filter((filter) -> "Meine Aufgaben".equals(filter.get("name")))
			.map((filter) -> filter.get("id"))
			.findFirst()
			.orElseThrow();
		List<Map<String, Object>> tasks = client.getForObject("/engine-rest/filter/{id}/list", List.class, filterId);
		return tasks.stream().map((task) -> (String) task.get("id")).toList();
	}

	private String manager(String reference, String processKey) {
		return (String) this.engine.getRuntimeService()
			.getVariableLocal(instance(reference, processKey).getId(), IntegrationChainProcess.INTEGRATION_MANAGER);
	}

	private ProcessInstance instance(String reference, String processKey) {
		return this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceBusinessKey(reference)
			.processDefinitionKey(processKey)
			.singleResult();
	}

	private Task task(String reference, String taskDefinitionKey) {
		return OpenTasks.of(this.engine, reference, taskDefinitionKey);
	}

	private List<String> candidateGroups(Task task) {
		return OpenTasks.candidateGroups(this.engine, task.getId());
	}

	private ResponseEntity<Map> handOver(String user, String from, Map<String, Object> body) {
		return this.rest.withBasicAuth(user, PASSWORD)
			.postForEntity("/api/integration-managers/{id}/handover", json(body), Map.class, from);
	}

	private String refusal(Map<String, Object> body) {
		ResponseEntity<Map> response = handOver(TEAM_LEAD, "im-dora", body);
		assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
		return String.valueOf(response.getBody());
	}

	private ResponseEntity<String> post(String user, String path, Object body, Object... variables) {
		return this.rest.withBasicAuth(user, PASSWORD).postForEntity(path, json(body), String.class, variables);
	}

	private static <T> HttpEntity<T> json(T body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

}
