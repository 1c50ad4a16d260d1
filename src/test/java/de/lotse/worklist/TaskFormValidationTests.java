package de.lotse.worklist;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.lotse.chain.ArrivalProcess;
import de.lotse.chain.ChainVariables;
import de.lotse.chain.IntegrationChainProcess;
import de.lotse.chain.NaturalisationProcess;
import de.lotse.chain.RegistrationProcess;
import de.lotse.directory.Roles;
import de.lotse.support.LotseTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
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
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server checks every task form again: a task completed through the REST API or
 * Tasklist's API with missing, wrong or undeclared values is refused with 400 and a
 * German message naming the field, and stays open with nothing written. Tasks of three
 * processes and three departments: the Sozialamt's admission to accommodation (arrival),
 * the Meldebehörde's confirmation of the registration and the Einbürgerungsbehörde's
 * naturalisation application.
 */
@LotseTest
class TaskFormValidationTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final AtomicInteger CASES = new AtomicInteger();

	@Autowired
	TestRestTemplate rest;

	@Autowired
	ProcessEngine engine;

	private String businessKey;

	@BeforeEach
	void openCase() {
		this.businessKey = "FORMS-" + CASES.incrementAndGet();
	}

	@Test
	void missingRequiredFieldIsRefusedNamingItsLabelAndTheTaskStaysOpen() throws Exception {
		String task = admissionTask();

		ResponseEntity<String> response = complete("sozialamt", task,
				Map.of(ArrivalProcess.ACCOMMODATION_NAME, value("Übergangswohnheim Styrum")));

		assertRefused(response, "Das Feld „Ankunft in der Unterkunft“ ist ein Pflichtfeld.");
		assertOpenAndUnwritten(task, ArrivalProcess.ACCOMMODATION_NAME);
	}

	@Test
	void tooLongAndTooShortTextsAreRefused() throws Exception {
		String task = admissionTask();

		assertRefused(
				complete("sozialamt", task,
						Map.of(ArrivalProcess.ACCOMMODATION_ARRIVAL_DATE, value("2026-03-02"),
								ArrivalProcess.ACCOMMODATION_NAME, value("x".repeat(201)))),
				"Das Feld „Unterkunft“ darf höchstens 200 Zeichen lang sein.");
		assertRefused(
				complete("sozialamt", task,
						Map.of(ArrivalProcess.ACCOMMODATION_ARRIVAL_DATE, value("2026-03-02"),
								ArrivalProcess.ACCOMMODATION_NAME, value("x"))),
				"Das Feld „Unterkunft“ muss mindestens 2 Zeichen lang sein.");
		assertOpenAndUnwritten(task, ArrivalProcess.ACCOMMODATION_NAME);
	}

	@Test
	void aValueOfTheWrongTypeIsRefused() throws Exception {
		String task = admissionTask();

		assertRefused(
				complete("sozialamt", task,
						Map.of(ArrivalProcess.ACCOMMODATION_ARRIVAL_DATE, value("2. März 2026"),
								ArrivalProcess.ACCOMMODATION_NAME, value("Übergangswohnheim Styrum"))),
				"Das Feld „Ankunft in der Unterkunft“ muss ein Datum (JJJJ-MM-TT) sein.");
		assertRefused(
				complete("sozialamt", task,
						Map.of(ArrivalProcess.ACCOMMODATION_ARRIVAL_DATE, value("2026-03-02"),
								ArrivalProcess.ACCOMMODATION_NAME, Map.of("value", 42, "type", "Integer"))),
				"Das Feld „Unterkunft“ muss ein Text sein.");
		assertOpenAndUnwritten(task, ArrivalProcess.ACCOMMODATION_NAME);
	}

	@Test
	void aForgedVariableTheFormDoesNotDeclareIsRefused() throws Exception {
		String task = admissionTask();

		ResponseEntity<String> response = complete("sozialamt", task,
				Map.of(ArrivalProcess.ACCOMMODATION_ARRIVAL_DATE, value("2026-03-02"),
						ArrivalProcess.ACCOMMODATION_NAME, value("Übergangswohnheim Styrum"), "candidateGroups",
						value("meldebehoerde"), IntegrationChainProcess.INTEGRATION_MANAGER, value("sozialamt")));

		assertRefused(response, "Das Feld „candidateGroups“ gehört nicht zu diesem Formular.",
				"Das Feld „integrationManager“ gehört nicht zu diesem Formular.");
		assertOpenAndUnwritten(task, ArrivalProcess.ACCOMMODATION_NAME);
		assertThat(
				this.engine.getRuntimeService().createVariableInstanceQuery().variableName("candidateGroups").count())
			.isZero();
		assertThat(this.engine.getTaskService().getVariable(task, IntegrationChainProcess.INTEGRATION_MANAGER))
			.isEqualTo("integrationsmanagement");
	}

	@Test
	void aValidSubmissionCompletesTheTaskWithDatesAsTasklistSendsThem() {
		String task = admissionTask();

		ResponseEntity<String> response = complete("sozialamt", task, Map.of(ArrivalProcess.ACCOMMODATION_ARRIVAL_DATE,
				value("2026-03-02"), ArrivalProcess.ACCOMMODATION_NAME, value("Übergangswohnheim Styrum")));

		assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(this.engine.getTaskService().createTaskQuery().taskId(task).count()).isZero();
	}

	@Test
	void aFieldTheFormOnlyShowsCannotBeChanged() throws Exception {
		String task = registrationTask();
		Object dueDate = this.engine.getTaskService().getVariable(task, RegistrationProcess.REGISTRATION_DUE_DATE);

		ResponseEntity<String> response = complete("meldebehoerde", task, Map.of(RegistrationProcess.REGISTRATION_DATE,
				value("2026-03-05"), RegistrationProcess.REGISTRATION_DUE_DATE, value("2027-01-01")));

		assertRefused(response,
				"Das Feld „Anmeldung spätestens am“ ist nur zur Ansicht und kann nicht geändert werden.");
		assertOpenAndUnwritten(task, RegistrationProcess.REGISTRATION_DATE);
		assertThat(this.engine.getTaskService().getVariable(task, RegistrationProcess.REGISTRATION_DUE_DATE))
			.isEqualTo(dueDate);
	}

	@Test
	void aClerkOfAnotherDepartmentIsRefusedBeforeTheFormIsLookedAt() {
		String task = registrationTask();

		ResponseEntity<String> wrong = complete("sozialamt", task, Map.of("anything", value("x")));
		ResponseEntity<String> right = complete("sozialamt", task,
				Map.of(RegistrationProcess.REGISTRATION_DATE, value("2026-03-05")));

		assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(wrong.getBody()).doesNotContain("Formular");
		assertThat(right.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertOpenAndUnwritten(task, RegistrationProcess.REGISTRATION_DATE);
	}

	@Test
	void selectValuesNumbersAndConditionalFieldsAreChecked() throws Exception {
		String task = naturalisationApplicationTask();
		Map<String, Object> application = application();

		application.put(NaturalisationProcess.APPLICATION_PATH, value("EXPRESS"));
		application.put(NaturalisationProcess.FULL_TIME_MONTHS_LAST_24, Map.of("value", 30, "type", "Integer"));
		application.put(NaturalisationProcess.KNOWLEDGE_TEST_SCORE, Map.of("value", 17.5, "type", "Double"));
		assertRefused(complete("einbuergerung", task, application),
				"Das Feld „Einbürgerungsweg“ hat einen Wert, der nicht zur Auswahl gehört.",
				"Das Feld „Monate in Vollzeit in den letzten 24 Monaten“ darf höchstens 24 sein.");

		// the date of marriage is hidden, and so not required, unless the spouse route is
		// chosen
		application = application();
		application.put(NaturalisationProcess.APPLICATION_PATH, value("SPOUSE_OF_GERMAN"));
		assertRefused(complete("einbuergerung", task, application),
				"Das Feld „Datum der Eheschließung“ ist ein Pflichtfeld.");
		assertOpenAndUnwritten(task, NaturalisationProcess.APPLICATION_PATH);

		ResponseEntity<String> valid = complete("einbuergerung", task, application());
		assertThat(valid.getStatusCode()).as(valid.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
	}

	@Test
	void tasklistShowsTheGermanMessageAndTheTaskStaysOpen() throws Exception {
		String task = admissionTask();
		HttpHeaders session = tasklistSession("sozialamt");

		ResponseEntity<String> refused = this.rest.exchange("/camunda/api/engine/engine/default/task/{id}/submit-form",
				HttpMethod.POST,
				new HttpEntity<>(Map.of("variables",
						Map.of(ArrivalProcess.ACCOMMODATION_NAME, value("Übergangswohnheim Styrum"))), session),
				String.class, task);

		assertRefused(refused, "Das Feld „Ankunft in der Unterkunft“ ist ein Pflichtfeld.");
		assertOpenAndUnwritten(task, ArrivalProcess.ACCOMMODATION_NAME);

		ResponseEntity<String> valid = this.rest.exchange("/camunda/api/engine/engine/default/task/{id}/submit-form",
				HttpMethod.POST,
				new HttpEntity<>(
						Map.of("variables",
								Map.of(ArrivalProcess.ACCOMMODATION_ARRIVAL_DATE, value("2026-03-02"),
										ArrivalProcess.ACCOMMODATION_NAME, value("Übergangswohnheim Styrum"))),
						session),
				String.class, task);
		assertThat(valid.getStatusCode()).as(valid.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
	}

	@Test
	void malformedAndOversizedBodiesAreRefusedAndChangeNothing() throws Exception {
		String task = admissionTask();
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		TestRestTemplate clerk = this.rest.withBasicAuth("sozialamt", "demo");

		ResponseEntity<String> malformed = clerk.postForEntity("/engine-rest/task/{id}/complete",
				new HttpEntity<>("{\"variables\": {\"accommodationName\": ", headers), String.class, task);
		String huge = "{\"variables\":{\"accommodationName\":{\"value\":\"" + "x".repeat(70_000) + "\"}}}";
		ResponseEntity<String> oversized = clerk.postForEntity("/engine-rest/task/{id}/complete",
				new HttpEntity<>(huge, headers), String.class, task);

		assertThat(malformed.getStatusCode()).as(malformed.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(oversized.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
		assertThat(oversized.getBody()).contains("Der Inhalt ist größer als 64 KB.");
		assertThat(chunked(task, huge).statusCode()).as("streamed without Content-Length").isEqualTo(413);
		assertOpenAndUnwritten(task, ArrivalProcess.ACCOMMODATION_NAME);
	}

	private HttpResponse<String> chunked(String taskId, String body) throws Exception {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(this.rest.getRootUri() + "/engine-rest/task/" + taskId + "/complete"))
			.header("Content-Type", "application/json")
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString("sozialamt:demo".getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers
				.ofInputStream(() -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	private void assertRefused(ResponseEntity<String> response, String... messages) throws Exception {
		assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
		JsonNode body = JSON.readTree(response.getBody());
		assertThat(body.path("message").asText()).as("German message alone").doesNotContain("Cannot");
		for (String message : messages) {
			assertThat(body.path("message").asText()).contains(message);
		}
		assertThat(body.path("errors")).hasSize(messages.length);
	}

	private void assertOpenAndUnwritten(String taskId, String variable) {
		Task task = this.engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
		assertThat(task).as("task still open").isNotNull();
		assertThat(this.engine.getTaskService().getVariable(taskId, variable)).as("%s written", variable).isNull();
	}

	private ResponseEntity<String> complete(String user, String taskId, Map<String, Object> variables) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return this.rest.withBasicAuth(user, "demo")
			.postForEntity("/engine-rest/task/{id}/complete", new HttpEntity<>(Map.of("variables", variables), headers),
					String.class, taskId);
	}

	/** A value as Tasklist submits it: without a type. */
	private static Map<String, Object> value(Object value) {
		return Map.of("value", value);
	}

	private static Map<String, Object> application() {
		Map<String, Object> application = new LinkedHashMap<>();
		application.put(NaturalisationProcess.APPLICATION_DATE, value("2026-03-02"));
		application.put(NaturalisationProcess.APPLICATION_PATH, value("STANDARD"));
		application.put(NaturalisationProcess.RECEIVES_SGB2_OR_SGB12, value(false));
		application.put(NaturalisationProcess.GUEST_WORKER, value(false));
		application.put(NaturalisationProcess.GUEST_WORKER_NOT_RESPONSIBLE, value(false));
		application.put(NaturalisationProcess.FULL_TIME_NOW, value(true));
		application.put(NaturalisationProcess.FULL_TIME_MONTHS_LAST_24, value(24));
		application.put(NaturalisationProcess.SPOUSE_OF_FULL_TIME_WORKER_WITH_MINOR_CHILD, value(false));
		application.put(NaturalisationProcess.LANGUAGE_PROOF, value("DTZ"));
		application.put(NaturalisationProcess.WRITTEN_GERMAN_LEVEL, value("B1"));
		application.put(NaturalisationProcess.ORAL_GERMAN_LEVEL, value("B1"));
		application.put(NaturalisationProcess.KNOWLEDGE_PROOF, value("EINBUERGERUNGSTEST"));
		application.put(NaturalisationProcess.KNOWLEDGE_TEST_SCORE, value(28));
		application.put(NaturalisationProcess.ILLNESS_DISABILITY_OR_AGE_EXEMPTION, value(false));
		application.put(NaturalisationProcess.PENDING_INVESTIGATION, value(false));
		application.put(NaturalisationProcess.HATE_MOTIVE_ESTABLISHED, value(false));
		application.put(NaturalisationProcess.UNSUSPENDED_PRISON_SENTENCE, value(false));
		application.put(NaturalisationProcess.TOTAL_SENTENCE_DAYS, value(0));
		application.put(NaturalisationProcess.CO_NATURALISED_WITH_PARENT, value(false));
		application.put(NaturalisationProcess.OWN_INCOME, value(true));
		return application;
	}

	/** The Sozialamt's task to admit the person to municipal accommodation. */
	private String admissionTask() {
		return asAdmin(() -> {
			this.engine.getRuntimeService()
				.startProcessInstanceByKey(ArrivalProcess.KEY, this.businessKey,
						Map.of(ChainVariables.RESIDENCE_STATUS, "ASYL_SEEKER", ChainVariables.ARRIVAL_DATE, new Date(),
								IntegrationChainProcess.INTEGRATION_MANAGER, "integrationsmanagement"));
			this.engine.getRuntimeService()
				.createMessageCorrelation(ArrivalProcess.MESSAGE_ZUWEISUNG_RECEIVED)
				.processInstanceBusinessKey(this.businessKey)
				.correlate();
			return task(ArrivalProcess.TASK_ADMIT_TO_ACCOMMODATION);
		});
	}

	/** The Meldebehörde's task to confirm the registration. */
	private String registrationTask() {
		return asAdmin(() -> {
			this.engine.getRuntimeService()
				.startProcessInstanceByKey(RegistrationProcess.KEY, this.businessKey,
						Map.of(ChainVariables.RESIDENCE_STATUS, "EU", ChainVariables.MOVE_IN_DATE, new Date(),
								IntegrationChainProcess.INTEGRATION_MANAGER, "integrationsmanagement"));
			List<LockedExternalTask> register = this.engine.getExternalTaskService()
				.fetchAndLock(1, "forms")
				.topic(RegistrationProcess.TOPIC_REGISTER, 60_000L)
				.businessKey(this.businessKey)
				.execute();
			this.engine.getExternalTaskService().complete(register.get(0).getId(), "forms");
			return task(RegistrationProcess.TASK_CONFIRM_REGISTRATION);
		});
	}

	/** The Einbürgerungsbehörde's task to record the application, after the advice. */
	private String naturalisationApplicationTask() {
		return asAdmin(() -> {
			Map<String, Object> variables = new HashMap<>();
			variables.put(ChainVariables.CASE_REFERENCE, this.businessKey);
			variables.put(ChainVariables.RESIDENCE_STATUS, "PROTECTED_GFK");
			variables.put(ChainVariables.NATIONALITY, "SYR");
			variables.put(ChainVariables.BIRTH_DATE, new Date(0));
			variables.put(NaturalisationProcess.COUNTED_RESIDENCE_START, new Date(0));
			variables.put(NaturalisationProcess.TITLE_PARAGRAPH, "25_2");
			variables.put(NaturalisationProcess.RESIDENCE_RIGHT_TYPE, "RESIDENCE_PERMIT");
			variables.put(NaturalisationProcess.INTEGRATION_MANAGER, "integrationsmanagement");
			this.engine.getRuntimeService()
				.startProcessInstanceByKey(NaturalisationProcess.PROCESS_KEY, this.businessKey, variables);
			this.engine.getTaskService()
				.complete(task(NaturalisationProcess.TASK_ADVISE_APPLICANT),
						Map.of(NaturalisationProcess.ADVICE_DATE, new Date()));
			return task(NaturalisationProcess.TASK_RECORD_APPLICATION);
		});
	}

	private String task(String taskDefinitionKey) {
		Task task = this.engine.getTaskService()
			.createTaskQuery()
			.processInstanceBusinessKey(this.businessKey)
			.taskDefinitionKey(taskDefinitionKey)
			.singleResult();
		assertThat(task).as("open task %s", taskDefinitionKey).isNotNull();
		return task.getId();
	}

	private <T> T asAdmin(java.util.function.Supplier<T> call) {
		this.engine.getIdentityService().setAuthentication("admin", List.of(Roles.ADMINISTRATION));
		try {
			return call.get();
		}
		finally {
			this.engine.getIdentityService().clearAuthentication();
		}
	}

	/** Logs in to Tasklist like a browser; the session cookie and CSRF token. */
	private HttpHeaders tasklistSession(String user) {
		ResponseEntity<String> page = this.rest.getForEntity("/camunda/app/tasklist/default/", String.class);
		LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("username", user);
		form.add("password", "demo");
		HttpHeaders login = new HttpHeaders();
		login.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		login.set("X-XSRF-TOKEN", page.getHeaders().getFirst("X-XSRF-TOKEN"));
		login.put(HttpHeaders.COOKIE, cookies(page.getHeaders()));
		ResponseEntity<String> loggedIn = this.rest.postForEntity("/camunda/api/admin/auth/user/default/login/tasklist",
				new HttpEntity<>(form, login), String.class);
		assertThat(loggedIn.getStatusCode()).isEqualTo(HttpStatus.OK);
		HttpHeaders session = new HttpHeaders();
		session.put(HttpHeaders.COOKIE, cookies(loggedIn.getHeaders()));
		// the token belongs to the new session: fetch it with a first request
		ResponseEntity<String> probe = this.rest.exchange("/camunda/api/engine/engine/default/task/count",
				HttpMethod.GET, new HttpEntity<>(session), String.class);
		session.setContentType(MediaType.APPLICATION_JSON);
		session.set("X-XSRF-TOKEN", probe.getHeaders().getFirst("X-XSRF-TOKEN"));
		List<String> all = new java.util.ArrayList<>(cookies(loggedIn.getHeaders()));
		all.addAll(cookies(probe.getHeaders()));
		session.put(HttpHeaders.COOKIE, all);
		return session;
	}

	static List<String> cookies(HttpHeaders headers) {
		return headers.getOrEmpty(HttpHeaders.SET_COOKIE).stream().map((cookie) -> cookie.split(";", 2)[0]).toList();
	}

}
