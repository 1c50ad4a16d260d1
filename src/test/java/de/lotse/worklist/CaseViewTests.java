package de.lotse.worklist;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.lotse.chain.BenefitClaimProcess;
import de.lotse.chain.ChainVariables;
import de.lotse.chain.IntegrationChainProcess;
import de.lotse.chain.JobcentreReferralProcess;
import de.lotse.chain.LanguageCourseProcess;
import de.lotse.chain.RegistrationProcess;
import de.lotse.support.LotseTest;
import de.lotse.support.TestIntakes;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/cases/{caseReference}} as each role sees it, on one case worked through
 * the REST API by the demo clerks: an EU citizen, intake appointment
 * (Integrationsmanagement), registration (Meldebehörde), benefit claim excluded
 * (Sozialamt), integration course as a self-payer (Ausländerbehörde). The Jobcenter has
 * no task in it.
 */
@LotseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseViewTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	TestRestTemplate rest;

	@Autowired
	ProcessEngine engine;

	private String reference;

	@BeforeAll
	void workTheCase() {
		LocalDate arrival = LocalDate.now().minusDays(3);
		Map<String, Object> intake = TestIntakes.recognisedRefugee();
		intake.put("givenName", "Marek");
		intake.put("familyName", "Nowak");
		intake.put("nationality", "POL");
		intake.put("residenceStatus", "EU");
		intake.put("arrivalDate", arrival.toString());
		intake.put("moveInDate", arrival.toString());
		intake.put("district", "Eppinghofen");
		ResponseEntity<Map> opened = this.rest.withBasicAuth("admin", "demo")
			.postForEntity("/api/cases", json(intake), Map.class);
		assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		this.reference = (String) opened.getBody().get("caseReference");

		clerkCompletes("integrationsmanagement", IntegrationChainProcess.TASK_INTAKE_APPOINTMENT,
				Map.of(ChainVariables.MOVE_IN_DATE, arrival.toString(), JobcentreReferralProcess.LABOUR_MARKET_REFERRAL,
						JobcentreReferralProcess.REFERRAL_NONE));
		agencyCompletes(RegistrationProcess.TOPIC_REGISTER);
		clerkCompletes("meldebehoerde", RegistrationProcess.TASK_CONFIRM_REGISTRATION,
				Map.of(RegistrationProcess.REGISTRATION_DATE, arrival.plusDays(1).toString()));
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put(BenefitClaimProcess.RESIDENCE_DOC_TYPE, "EU_FREEDOM");
		facts.put(BenefitClaimProcess.EU_STATUS, "JOBSEEKER_ONLY");
		facts.put(BenefitClaimProcess.EMPLOYABLE, true);
		facts.put(BenefitClaimProcess.STAY_MONTHS, 0);
		facts.put(BenefitClaimProcess.MONTHS_SINCE_ENTRY, 0);
		facts.put(BenefitClaimProcess.HABITUAL_RESIDENCE_YEARS, 0);
		facts.put(BenefitClaimProcess.ABUSIVE_PROLONGATION, false);
		facts.put(BenefitClaimProcess.ANALOGUE_BENEFITS_ON20240226, false);
		facts.put(BenefitClaimProcess.EXISTING_SGB2_AWARD, false);
		clerkCompletes("sozialamt", BenefitClaimProcess.TASK_RECORD_FACTS, facts);
		clerkCompletes("sozialamt", BenefitClaimProcess.TASK_CONFIRM_REGIME, Map.of(BenefitClaimProcess.BENEFIT_REGIME,
				"EXCLUDED", BenefitClaimProcess.BENEFIT_REGIME_NOTE, "Arbeitsuche in den ersten drei Monaten."));
		clerkCompletes("auslaenderbehoerde", LanguageCourseProcess.TASK_CONFIRM_ENTITLEMENT,
				Map.of(LanguageCourseProcess.ENTITLEMENT, "ADMISSION_SUSPENDED_SELF_PAY", LanguageCourseProcess.OBLIGED,
						false, LanguageCourseProcess.SELF_PAYER_REQUESTED, true));
	}

	@Test
	void theSozialamtSeesItsDecisionsButNotThoseOfTheAuslaenderbehoerde() throws Exception {
		JsonNode view = view("sozialamt");

		JsonNode benefitClaim = stage(view, "BENEFIT_CLAIM");
		assertThat(benefitClaim.path("visibility").asText()).isEqualTo("DETAIL");
		assertThat(benefitClaim.path("state").asText()).isEqualTo("DONE");
		assertThat(benefitClaim.path("decisions").get(0).path("label").asText())
			.isEqualTo("Entschiedenes Leistungssystem");
		assertThat(benefitClaim.path("decisions").get(0).path("value").asText()).isEqualTo("Leistungsausschluss");
		assertThat(benefitClaim.path("decisions").get(0).path("decidedAt").asText()).isNotBlank();
		assertThat(benefitClaim.path("tasks")).hasSize(2);

		JsonNode course = stage(view, "LANGUAGE_COURSE");
		assertThat(course.path("visibility").asText()).isEqualTo("OUTLINE");
		assertThat(course.path("state").asText()).isEqualTo("OPEN");
		assertThat(course.has("decisions")).isFalse();
		assertThat(course.has("tasks")).isFalse();
		assertThat(view.toString()).doesNotContain("ADMISSION_SUSPENDED_SELF_PAY", "Selbstzahl",
				"Teilnahmeberechtigung");

		assertThat(view.path("person").path("familyName").asText()).isEqualTo("Nowak");
		assertThat(view.path("person").path("district").asText()).isEqualTo("Eppinghofen");
		assertThat(view.path("viewer").path("access").asText()).isEqualTo("DEPARTMENT");
		assertThat(stage(view, "NATURALISATION").path("state").asText()).isEqualTo("NOT_REACHED");
	}

	@Test
	void theAuslaenderbehoerdeSeesItsEntitlementDecisionButNotTheBenefitDecision() throws Exception {
		JsonNode view = view("auslaenderbehoerde");

		JsonNode course = stage(view, "LANGUAGE_COURSE");
		assertThat(course.path("visibility").asText()).isEqualTo("DETAIL");
		assertThat(course.path("decisions").findValuesAsText("label")).contains("Teilnahmeberechtigung (Entscheidung)",
				"Zur Teilnahme verpflichtet (§ 44a AufenthG)");
		assertThat(course.path("waitingFor").asText()).startsWith("wartet auf die Antwort einer anderen Stelle");
		JsonNode benefitClaim = stage(view, "BENEFIT_CLAIM");
		assertThat(benefitClaim.path("visibility").asText()).isEqualTo("OUTLINE");
		assertThat(benefitClaim.has("decisions")).isFalse();
		assertThat(view.toString()).doesNotContain("Leistungsausschluss", "EXCLUDED", "Arbeitsuche");
		assertThat(view.path("person").has("district")).as("no address for the Ausländerbehörde").isFalse();
		assertThat(view.path("person").path("residenceStatusLabel").asText())
			.isEqualTo("Unionsbürgerin oder Unionsbürger");
	}

	@Test
	void theMeldebehoerdeReadsNoResidenceStatus() throws Exception {
		JsonNode view = view("meldebehoerde");

		assertThat(stage(view, "REGISTRATION").path("decisions").get(0).path("label").asText())
			.isEqualTo("Anmeldedatum");
		assertThat(view.path("person").has("residenceStatus")).isFalse();
		assertThat(view.path("person").path("birthDate").asText()).isEqualTo("1994-05-12");
	}

	@Test
	void theIntegrationManagerSeesTheWholeTimelineWithoutOtherOfficesDecisions() throws Exception {
		JsonNode view = view("integrationsmanagement");

		assertThat(view.path("viewer").path("access").asText()).isEqualTo("INTEGRATION_MANAGER");
		assertThat(stage(view, "INTAKE_APPOINTMENT").path("visibility").asText()).isEqualTo("DETAIL");
		assertThat(stage(view, "BENEFIT_CLAIM").has("decisions")).isFalse();
		assertThat(view.path("stages")).hasSize(7);
	}

	@Test
	void theAdministrationSeesEverything() throws Exception {
		JsonNode view = view("admin");

		assertThat(view.path("stages").findValuesAsText("visibility")).containsOnly("DETAIL", "OUTLINE");
		assertThat(stage(view, "BENEFIT_CLAIM").path("decisions")).isNotEmpty();
		assertThat(stage(view, "LANGUAGE_COURSE").path("decisions")).isNotEmpty();
		assertThat(view.path("person").path("moveInDate").asText()).isNotBlank();
	}

	@Test
	void aDepartmentWithoutTaskInTheCaseDoesNotLearnThatItExists() {
		ResponseEntity<String> jobcenter = get("jobcenter", this.reference);
		ResponseEntity<String> unknown = get("sozialamt", "LT-2026-ZZZZZZ");

		assertThat(jobcenter.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(jobcenter.getBody()).isEqualTo(unknown.getBody().replace("LT-2026-ZZZZZZ", this.reference))
			.contains("Kein Fall mit diesem Aktenzeichen bekannt");
	}

	@Test
	void rolesWithoutCasesAreRefused() {
		for (String user : List.of("lenkungsgruppe", "prozessdesign")) {
			ResponseEntity<String> response = get(user, this.reference);
			assertThat(response.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(response.getBody()).contains("Keine Berechtigung").doesNotContain("Nowak");
		}
		assertThat(this.rest.getForEntity("/api/cases/{ref}", String.class, this.reference).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void aGarbledReferenceIsRefusedInGerman() {
		ResponseEntity<String> response = get("sozialamt", "nicht-gültig");

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody()).contains("Das Aktenzeichen hat nicht die erwartete Form");
	}

	@Test
	void thePageIsServedToLoggedInUsers() {
		ResponseEntity<String> page = this.rest.withBasicAuth("sozialamt", "demo")
			.getForEntity("/cases/{ref}", String.class, this.reference);
		ResponseEntity<String> script = this.rest.withBasicAuth("sozialamt", "demo")
			.getForEntity("/case-view/case-view.js", String.class);

		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(page.getBody()).contains("Fallübersicht", "/case-view/case-view.js");
		assertThat(script.getBody()).contains("/api/cases/");
		ResponseEntity<String> anonymous = this.rest.getForEntity("/cases/{ref}", String.class, this.reference);
		// without a login the browser lands on the login page
		assertThat(anonymous.getBody()).contains("Benutzername", "Passwort").doesNotContain("Fallübersicht");
	}

	private JsonNode view(String user) throws Exception {
		ResponseEntity<String> response = get(user, this.reference);
		assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
		assertThat(response.getHeaders().getCacheControl()).contains("no-store");
		return JSON.readTree(response.getBody());
	}

	private ResponseEntity<String> get(String user, String reference) {
		return this.rest.withBasicAuth(user, "demo").getForEntity("/api/cases/{ref}", String.class, reference);
	}

	private static JsonNode stage(JsonNode view, String key) {
		for (JsonNode stage : view.path("stages")) {
			if (key.equals(stage.path("key").asText())) {
				return stage;
			}
		}
		throw new AssertionError("no stage " + key + " in " + view);
	}

	private void clerkCompletes(String user, String taskDefinitionKey, Map<String, Object> values) {
		Task task = this.engine.getTaskService()
			.createTaskQuery()
			.processInstanceBusinessKey(this.reference)
			.taskDefinitionKey(taskDefinitionKey)
			.singleResult();
		assertThat(task).as("open task %s; waiting at %s", taskDefinitionKey, waitingAt()).isNotNull();
		Map<String, Object> variables = new LinkedHashMap<>();
		values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
		ResponseEntity<String> response = this.rest.withBasicAuth(user, "demo")
			.postForEntity("/engine-rest/task/{id}/submit-form", json(Map.of("variables", variables)), String.class,
					task.getId());
		assertThat(response.getStatusCode()).as("%s: %s", taskDefinitionKey, response.getBody())
			.isEqualTo(HttpStatus.NO_CONTENT);
	}

	private List<String> waitingAt() {
		return this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceBusinessKey(this.reference)
			.list()
			.stream()
			.map((instance) -> instance.getProcessDefinitionId() + " "
					+ this.engine.getRuntimeService().getActiveActivityIds(instance.getId()) + " incidents "
					+ this.engine.getRuntimeService()
						.createIncidentQuery()
						.processInstanceId(instance.getId())
						.list()
						.stream()
						.map((incident) -> incident.getIncidentMessage())
						.toList())
			.toList();
	}

	private void agencyCompletes(String topic) {
		List<LockedExternalTask> tasks = this.engine.getExternalTaskService()
			.fetchAndLock(1, "case-view")
			.topic(topic, 60_000L)
			.businessKey(this.reference)
			.execute();
		assertThat(tasks).as("external task %s", topic).hasSize(1);
		this.engine.getExternalTaskService().complete(tasks.get(0).getId(), "case-view");
	}

	private static <T> HttpEntity<T> json(T body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

}
