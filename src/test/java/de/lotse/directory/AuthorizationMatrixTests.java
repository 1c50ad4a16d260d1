package de.lotse.directory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.lotse.chain.ArrivalProcess;
import de.lotse.chain.ChainVariables;
import de.lotse.chain.IntegrationChainProcess;
import de.lotse.chain.RegistrationProcess;
import de.lotse.support.LotseTest;
import de.lotse.support.TestIntakes;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;

/**
 * Who may do what, as a matrix: every role (one demo user each) against every operation
 * on tasks, process instances, history, definitions, deployments, cases and the webapps,
 * through the REST API, Lotse's API and the webapps' API. Each cell runs on a fresh case:
 * a Sozialamt task (arrival) and a Meldebehörde task (registration) under one business
 * key, started by the administrator. A refused or empty cell must also leave the case
 * exactly as it was; an allowed write must change it.
 */
@LotseTest
// the Prometheus endpoint, which tests leave out unless asked
@AutoConfigureObservability(tracing = false)
class AuthorizationMatrixTests {

	/** The columns of the matrix: one demo user per role. */
	private static final List<String> USERS = List.of("sozialamt", "meldebehoerde", "teamleitung-sozialamt",
			"integrationsmanagement", "lenkungsgruppe", "prozessdesign", "admin");

	private static final String PASSWORD = "demo";

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final AtomicInteger CASES = new AtomicInteger();

	@Autowired
	TestRestTemplate rest;

	@Autowired
	ProcessEngine engine;

	@Autowired
	JdbcClient jdbc;

	private Fixture fixture;

	/** What a cell must answer. */
	enum Outcome {

		/** 2xx; a write changes the case. */
		ALLOWED,
		/** 403; nothing changes. */
		FORBIDDEN,
		/**
		 * 404: the engine's REST API looks the resource up first and finds nothing the
		 * user may read; nothing changes.
		 */
		HIDDEN,
		/** 200 with the case's items in the list. */
		LISTED,
		/** 200 with an empty list. */
		EMPTY

	}

	private static final Outcome A = Outcome.ALLOWED;

	private static final Outcome F = Outcome.FORBIDDEN;

	private static final Outcome H = Outcome.HIDDEN;

	private static final Outcome L = Outcome.LISTED;

	private static final Outcome E = Outcome.EMPTY;

	/**
	 * The matrix. Columns: sozialamt, meldebehoerde, teamleitung-sozialamt (also a member
	 * of sozialamt), integrationsmanagement, lenkungsgruppe, prozessdesign, admin.
	 */
	static Stream<Arguments> matrix() {
		List<Arguments> cells = new ArrayList<>();
		// @formatter:off
		//                                                    soz mel tl  im  lg  pd  adm
		row(cells, Operation.LIST_SOZIALAMT_TASK,             L,  E,  L,  E,  E,  E,  L);
		row(cells, Operation.LIST_MELDEBEHOERDE_TASK,         E,  L,  E,  E,  E,  E,  L);
		row(cells, Operation.READ_SOZIALAMT_TASK,             A,  H,  A,  H,  H,  H,  A);
		row(cells, Operation.READ_SOZIALAMT_TASK_VARIABLES,   A,  F,  A,  F,  F,  F,  A);
		row(cells, Operation.READ_MELDEBEHOERDE_TASK_VARIABLES, F, A, F,  F,  F,  F,  A);
		row(cells, Operation.CLAIM_SOZIALAMT_TASK,            A,  F,  A,  F,  F,  F,  A);
		row(cells, Operation.CLAIM_MELDEBEHOERDE_TASK,        F,  A,  F,  F,  F,  F,  A);
		row(cells, Operation.COMPLETE_SOZIALAMT_TASK,         A,  F,  A,  F,  F,  F,  A);
		row(cells, Operation.COMPLETE_MELDEBEHOERDE_TASK,     F,  A,  F,  F,  F,  F,  A);
		row(cells, Operation.REASSIGN_SOZIALAMT_TASK,         F,  F,  A,  F,  F,  F,  A);
		row(cells, Operation.REASSIGN_MELDEBEHOERDE_TASK,     F,  F,  F,  F,  F,  F,  A);
		row(cells, Operation.OFFER_SOZIALAMT_TASK_TO_MELDEBEHOERDE, F, F, A, F, F, F,  A);
		row(cells, Operation.OFFER_MELDEBEHOERDE_TASK_TO_SOZIALAMT, F, F, F, F, F, F,  A);
		row(cells, Operation.LIST_PROCESS_INSTANCES,          E,  E,  E,  E,  E,  E,  L);
		row(cells, Operation.SET_PROCESS_VARIABLE,            F,  F,  F,  F,  F,  F,  A);
		row(cells, Operation.SUSPEND_PROCESS_INSTANCE,        F,  F,  F,  F,  F,  F,  A);
		row(cells, Operation.MODIFY_PROCESS_INSTANCE,         F,  F,  F,  F,  F,  F,  A);
		row(cells, Operation.DELETE_PROCESS_INSTANCE,         F,  F,  F,  F,  F,  F,  A);
		row(cells, Operation.START_INTEGRATION_CHAIN,         F,  F,  F,  A,  H,  F,  A);
		row(cells, Operation.START_ARRIVAL,                   F,  F,  F,  F,  H,  F,  A);
		row(cells, Operation.OPEN_CASE,                       F,  F,  F,  A,  F,  F,  A);
		row(cells, Operation.LIST_HISTORIC_PROCESS_INSTANCES, E,  E,  E,  E,  E,  E,  L);
		row(cells, Operation.LIST_HISTORIC_TASKS,             E,  E,  E,  E,  E,  E,  L);
		row(cells, Operation.LIST_HISTORIC_ACTIVITIES,        E,  E,  E,  E,  E,  E,  L);
		row(cells, Operation.LIST_HISTORIC_VARIABLES,         E,  E,  E,  E,  E,  E,  L);
		row(cells, Operation.LIST_PROCESS_DEFINITIONS,        L,  L,  L,  L,  E,  L,  L);
		row(cells, Operation.LIST_DEPLOYMENTS,                E,  E,  E,  E,  E,  L,  L);
		row(cells, Operation.CREATE_DEPLOYMENT,               F,  F,  F,  F,  F,  A,  A);
		row(cells, Operation.DELETE_DEPLOYMENT,               H,  H,  H,  H,  H,  A,  A);
		row(cells, Operation.LOG_IN_TO_TASKLIST,              A,  A,  A,  A,  F,  F,  A);
		row(cells, Operation.LOG_IN_TO_COCKPIT,               F,  F,  F,  F,  F,  A,  A);
		row(cells, Operation.TASKLIST_SOZIALAMT_TASK,         L,  E,  L,  E,  F,  F,  L);
		row(cells, Operation.TASKLIST_MELDEBEHOERDE_TASK,     E,  L,  E,  E,  F,  F,  L);
		row(cells, Operation.READ_STEERING_FIGURES,           F,  F,  F,  F,  A,  F,  A);
		row(cells, Operation.EXPORT_STEERING_FIGURES,         F,  F,  F,  F,  A,  F,  A);
		row(cells, Operation.SCRAPE_METRICS,                  F,  F,  F,  F,  F,  F,  A);
		// @formatter:on
		return cells.stream();
	}

	private static void row(List<Arguments> cells, Operation operation, Outcome... outcomes) {
		assertThat(outcomes).as("one outcome per user in row %s", operation).hasSameSizeAs(USERS);
		for (int i = 0; i < outcomes.length; i++) {
			cells.add(Arguments.of(named(USERS.get(i), USERS.get(i)), operation, outcomes[i]));
		}
	}

	@BeforeEach
	void openFreshCase() {
		this.fixture = Fixture.open(this.engine, "MATRIX-" + CASES.incrementAndGet());
	}

	@ParameterizedTest(name = "{0} | {1} | {2}")
	@MethodSource("matrix")
	void cell(String user, Operation operation, Outcome expected) throws Exception {
		Map<String, Object> before = state();
		ResponseEntity<String> response = operation.perform(new Call(this.rest, user, this.fixture));
		Map<String, Object> after = state();
		String body = response.getBody();
		switch (expected) {
			case ALLOWED -> {
				assertThat(response.getStatusCode().is2xxSuccessful()).as("status, body %s", body).isTrue();
				if (operation.writes) {
					assertThat(after).as("an allowed write changes the case").isNotEqualTo(before);
				}
			}
			case FORBIDDEN -> assertThat(response.getStatusCode()).as("body %s", body).isEqualTo(HttpStatus.FORBIDDEN);
			case HIDDEN -> assertThat(response.getStatusCode()).as("body %s", body).isEqualTo(HttpStatus.NOT_FOUND);
			case LISTED -> {
				assertThat(response.getStatusCode()).as("body %s", body).isEqualTo(HttpStatus.OK);
				assertThat(JSON.readTree(body)).as("listed items").isNotEmpty();
			}
			case EMPTY -> {
				assertThat(response.getStatusCode()).as("body %s", body).isEqualTo(HttpStatus.OK);
				assertThat(JSON.readTree(body)).as("listed items").isEmpty();
			}
		}
		if (expected != Outcome.ALLOWED || !operation.writes) {
			assertThat(after).as("nothing changed").isEqualTo(before);
		}
	}

	@Test
	void aForgedCandidateGroupOpensNoTaskToTheForger() {
		TestRestTemplate meldebehoerde = this.rest.withBasicAuth("meldebehoerde", PASSWORD);
		ResponseEntity<String> forged = meldebehoerde.postForEntity("/engine-rest/task/{id}/identity-links",
				json(Map.of("groupId", Departments.MELDEBEHOERDE, "type", "candidate")), String.class,
				this.fixture.sozialamtTask());
		assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(candidateGroups(this.fixture.sozialamtTask())).containsExactly(Departments.SOZIALAMT);
		assertThat(meldebehoerde
			.postForEntity("/engine-rest/task/{id}/claim", json(Map.of("userId", "meldebehoerde")), String.class,
					this.fixture.sozialamtTask())
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.engine.getTaskService()
			.createTaskQuery()
			.taskId(this.fixture.sozialamtTask())
			.singleResult()
			.getAssignee()).isNull();
	}

	/**
	 * What a cell could change: the case's tasks and instances, deployments, case files.
	 */
	private Map<String, Object> state() {
		Map<String, Object> state = new LinkedHashMap<>();
		String key = this.fixture.businessKey();
		for (Task task : this.engine.getTaskService()
			.createTaskQuery()
			.processInstanceBusinessKey(key)
			.orderByTaskId()
			.asc()
			.list()) {
			state.put("task " + task.getId(), task.getTaskDefinitionKey() + " assignee=" + task.getAssignee()
					+ " candidates=" + candidateGroups(task.getId()));
		}
		state.put("instances", this.engine.getRuntimeService().createProcessInstanceQuery().count());
		state.put("active instances", this.engine.getRuntimeService().createProcessInstanceQuery().active().count());
		state.put("probe variable",
				this.engine.getRuntimeService()
					.createVariableInstanceQuery()
					.variableName(Operation.PROBE_VARIABLE)
					.count());
		state.put("deployments", this.engine.getRepositoryService().createDeploymentQuery().count());
		state.put("case files", this.jdbc.sql("select count(*) from case_file").query(Long.class).single());
		return state;
	}

	private List<String> candidateGroups(String taskId) {
		return this.engine.getTaskService()
			.getIdentityLinksForTask(taskId)
			.stream()
			.filter((link) -> IdentityLinkType.CANDIDATE.equals(link.getType()))
			.map(IdentityLink::getGroupId)
			.sorted()
			.toList();
	}

	static HttpEntity<Object> json(Object body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

	/**
	 * One case, started by the administrator: a Sozialamt task (admit to municipal
	 * accommodation) and a Meldebehörde task (confirm the registration), and a deployment
	 * that may be deleted.
	 */
	record Fixture(String businessKey, String arrivalInstance, String sozialamtTask, String meldebehoerdeTask,
			String probeDeployment) {

		static Fixture open(ProcessEngine engine, String businessKey) {
			engine.getIdentityService().setAuthentication("admin", List.of(Roles.ADMINISTRATION));
			try {
				ProcessInstance arrival = engine.getRuntimeService()
					.startProcessInstanceByKey(ArrivalProcess.KEY, businessKey,
							Map.of(ChainVariables.RESIDENCE_STATUS, "ASYL_SEEKER", ChainVariables.ARRIVAL_DATE,
									new java.util.Date(), IntegrationChainProcess.INTEGRATION_MANAGER,
									"integrationsmanagement"));
				engine.getRuntimeService()
					.createMessageCorrelation(ArrivalProcess.MESSAGE_ZUWEISUNG_RECEIVED)
					.processInstanceBusinessKey(businessKey)
					.correlate();
				engine.getRuntimeService()
					.startProcessInstanceByKey(RegistrationProcess.KEY, businessKey,
							Map.of(ChainVariables.RESIDENCE_STATUS, "EU", ChainVariables.MOVE_IN_DATE,
									new java.util.Date(), IntegrationChainProcess.INTEGRATION_MANAGER,
									"integrationsmanagement"));
				List<LockedExternalTask> register = engine.getExternalTaskService()
					.fetchAndLock(1, "matrix")
					.topic(RegistrationProcess.TOPIC_REGISTER, 60_000L)
					.businessKey(businessKey)
					.execute();
				assertThat(register).hasSize(1);
				engine.getExternalTaskService().complete(register.get(0).getId(), "matrix");
				String probe = engine.getRepositoryService()
					.createDeployment()
					.name("probe-" + businessKey)
					.addModelInstance("probe.bpmn", probeModel(businessKey))
					.deploy()
					.getId();
				return new Fixture(businessKey, arrival.getId(),
						task(engine, businessKey, ArrivalProcess.TASK_ADMIT_TO_ACCOMMODATION),
						task(engine, businessKey, RegistrationProcess.TASK_CONFIRM_REGISTRATION), probe);
			}
			finally {
				engine.getIdentityService().clearAuthentication();
			}
		}

		private static String task(ProcessEngine engine, String businessKey, String taskDefinitionKey) {
			Task task = engine.getTaskService()
				.createTaskQuery()
				.processInstanceBusinessKey(businessKey)
				.taskDefinitionKey(taskDefinitionKey)
				.singleResult();
			assertThat(task).as("open task %s", taskDefinitionKey).isNotNull();
			return task.getId();
		}

		static org.camunda.bpm.model.bpmn.BpmnModelInstance probeModel(String id) {
			return Bpmn.createExecutableProcess("probe-" + id.toLowerCase())
				.camundaHistoryTimeToLive(1)
				.startEvent()
				.endEvent()
				.done();
		}

	}

	/** One request of one user against the fixture. */
	record Call(TestRestTemplate rest, String user, Fixture fixture) {

		TestRestTemplate asUser() {
			return this.rest.withBasicAuth(this.user, PASSWORD);
		}

		ResponseEntity<String> get(String path, Object... variables) {
			return asUser().getForEntity(path, String.class, variables);
		}

		ResponseEntity<String> post(String path, Object body, Object... variables) {
			return asUser().postForEntity(path, json(body), String.class, variables);
		}

		ResponseEntity<String> exchange(HttpMethod method, String path, Object body, Object... variables) {
			return asUser().exchange(path, method, (body != null) ? json(body) : null, String.class, variables);
		}

		/** Logs in to a webapp with its CSRF token; the session cookies on success. */
		ResponseEntity<String> webappLogin(String app) {
			ResponseEntity<String> page = this.rest.getForEntity("/camunda/app/tasklist/default/", String.class);
			LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
			form.add("username", this.user);
			form.add("password", PASSWORD);
			HttpHeaders headers = new HttpHeaders();
			headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
			headers.set("X-XSRF-TOKEN", page.getHeaders().getFirst("X-XSRF-TOKEN"));
			headers.put(HttpHeaders.COOKIE, cookies(page.getHeaders().get(HttpHeaders.SET_COOKIE)));
			ResponseEntity<String> login = this.rest.postForEntity("/camunda/api/admin/auth/user/default/login/" + app,
					new HttpEntity<>(form, headers), String.class);
			if (!login.getStatusCode().is2xxSuccessful()) {
				return login;
			}
			Map<String, String> jar = new LinkedHashMap<>();
			for (List<String> set : List.of(page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE),
					login.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE))) {
				for (String cookie : cookies(set)) {
					jar.put(cookie.substring(0, cookie.indexOf('=')), cookie);
				}
			}
			HttpHeaders session = new HttpHeaders();
			session.put(HttpHeaders.COOKIE, List.copyOf(jar.values()));
			return ResponseEntity.ok().headers(session).body(login.getBody());
		}

		/** The webapps' own engine API, with the session of a Tasklist login. */
		ResponseEntity<String> tasklistGet(String path, Object... variables) {
			ResponseEntity<String> login = webappLogin("tasklist");
			if (!login.getStatusCode().is2xxSuccessful()) {
				return login;
			}
			HttpHeaders headers = new HttpHeaders();
			headers.put(HttpHeaders.COOKIE, login.getHeaders().get(HttpHeaders.COOKIE));
			return this.rest.exchange("/camunda/api/engine/engine/default" + path, HttpMethod.GET,
					new HttpEntity<>(headers), String.class, variables);
		}

		private static List<String> cookies(List<String> setCookies) {
			return (setCookies != null) ? setCookies.stream().map((cookie) -> cookie.split(";", 2)[0]).toList()
					: List.of();
		}

	}

	/** The operations, each the request that exercises one permission on one resource. */
	enum Operation {

		LIST_SOZIALAMT_TASK(false) {
			@Override
			ResponseEntity<String> perform(Call call) {
				return call.get("/engine-rest/task?processInstanceBusinessKey={key}&taskDefinitionKey={def}",
						call.fixture().businessKey(), ArrivalProcess.TASK_ADMIT_TO_ACCOMMODATION);
			}
		},
		LIST_MELDEBEHOERDE_TASK(false) {
			@Override
			ResponseEntity<String> perform(Call call) {
				return call.get("/engine-rest/task?processInstanceBusinessKey={key}&taskDefinitionKey={def}",
						call.fixture().businessKey(), RegistrationProcess.TASK_CONFIRM_REGISTRATION);
			}
		},
		READ_SOZIALAMT_TASK(false) {
			@Override
			ResponseEntity<String> perform(Call call) {
				return call.get("/engine-rest/task/{id}", call.fixture().sozialamtTask());
			}
		},
		READ_SOZIALAMT_TASK_VARIABLES(false) {
			@Override
			ResponseEntity<String> perform(Call call) {
				return call.get("/engine-rest/task/{id}/variables", call.fixture().sozialamtTask());
			}
		},
		READ_MELDEBEHOERDE_TASK_VARIABLES(false) {
			@Override
			ResponseEntity<String> perform(Call call) {
				return call.get("/engine-rest/task/{id}/variables", call.fixture().meldebehoerdeTask());
			}
		},
		CLAIM_SOZIALAMT_TASK(true) {
			@Override
			ResponseEntity<String> perform(Call call) {
				return call.post("/engine-rest/task/{id}/claim", Map.of("userId", call.user()),
						call.fixture().sozialamtTask());
			}
		},
		CLAIM_MELDEBEHOERDE_TASK(true) {
			@Override
			ResponseEntity<String> perform(Call call) {
				return call.post("/engine-rest/task/{id}/claim", Map.of("userId", call.user()),
						call.fixture().meldebehoerdeTask());
			}
		},
		COMPLETE_SOZIALAMT_TASK(true) {
			@Override
			ResponseEntity<String> perform(Call call) {
				return call.post("/engine-rest/task/{id}/complete",
						Map.of("variables", Map.of(ArrivalProcess.ACCOMMODATION_ARRIVAL_DATE,
								Map.of("value", "2026-03-02T00:00:00.000+0100", "type", "Date"),
								ArrivalProcess.ACCOMMODATION_NAME, Map.of("value", "Übergangswohnheim Styrum"))),
						call.fixture().sozialamtTask());
			}
		},
		COMPLETE_MELDEBEHOERDE_TASK(true) {
			@Override
			ResponseEntity<String> perform(Call call) {
				return call.post("/engine-rest/task/{id}/complete",
						Map.of("variables",
								Map.of(RegistrationProcess.REGISTRATION_DATE,
										Map.of("value", "2026-03-05T00:00:00.000+0100", "type", "Date"))),
						call.fixture().meldebehoerdeTask());
			}
		},
		REASSIGN_SOZIALAMT_TASK(true) {
			@Override
			ResponseEntity<String> perform(Call call) {
				return call.post("/engine-rest/task/{id}/assignee", Map.of("userId", "sozialamt"),
						call.fixture().sozialamtTask());
			}
		},
		REASSIGN_MELDEBEHOERDE_TASK(true) {
			@Override
			ResponseEntity<String> perform(Call call) {
				return call.post("/engine-rest/task/{id}/assignee", Map.of("userId", "meldebehoerde"),
						call.fixture().meldebehoerdeTask());
			}
		},
		OFFER_SOZIALAMT_TASK_TO_MELDEBEHOERDE(true) {
			@Override
			ResponseEntity<String> perform(Call call) {
				return call.post("/engine-rest/task/{id}/identity-links",
						Map.of("groupId", Departments.MELDEBEHOERDE, "type", "candidate"),
						call.fixture().sozialamtTask());
			}
		},
		OFFER_MELDEBEHOERDE_TASK_TO_SOZIALAMT(true) {
			@Override
			ResponseEntity<String> perform(Call call) {
				return call.post("/engine-rest/task/{id}/identity-links",
						Map.of("groupId", Departments.SOZIALAMT, "type", "candidate"),
						call.fixture().meldebehoerdeTask());
			}
		},
		LIST_PROCESS_INSTANCES(false) {
			@Override
			ResponseEntity<String> perform(Call call) {
				return call.get("/engine-rest/process-instance?businessKey={key}", call.fixture().businessKey());
			}
		},
		SET_PROCESS_VARIABLE(true) {
			@Override
			ResponseEntity<String> perform(Call call) {
				return call.exchange(HttpMethod.PUT, "/engine-rest/process-instance/{id}/variables/{name}",
						Map.of("value", "geändert"), call.fixture().arrivalInstance(), PROBE_VARIABLE);
			}
		},
		SUSPEND_PROCESS_INSTANCE(true) {
			@Override
			ResponseEntity<String> perform(Call call) {
				return call.exchange(HttpMethod.PUT, "/engine-rest/process-instance/{id}/suspended",
						Map.of("suspended", true), call.fixture().arrivalInstance());
			}
		},
		MODIFY_PROCESS_INSTANCE(true) {
			@Override
			ResponseEntity<String> perform(Call call) {
				return call.post("/engine-rest/process-instance/{id}/modification",
						Map.of("instructions",
								List.of(Map.of("type", "startBeforeActivity", "activityId",
										ArrivalProcess.TASK_ADMIT_TO_ACCOMMODATION))),
						call.fixture().arrivalInstance());
			}
		},
		DELETE_PROCESS_INSTANCE(true) {
			@Override
			ResponseEntity<String> perform(Call call) {
				return call.exchange(HttpMethod.DELETE, "/engine-rest/process-instance/{id}", null,
						call.fixture().arrivalInstance());
			}
		},
		START_INTEGRATION_CHAIN(true) {
			@Override
			ResponseEntity<String> perform(Call call) {
				Map<String, Object> variables = new HashMap<>();
				variables.put(ChainVariables.CASE_REFERENCE, Map.of("value", call.fixture().businessKey()));
				variables.put(ChainVariables.RESIDENCE_STATUS, Map.of("value", "ASYL_SEEKER"));
				variables.put(ChainVariables.DISTRICT, Map.of("value", "Styrum"));
				variables.put(ChainVariables.NATIONALITY, Map.of("value", "SYR"));
				variables.put(ChainVariables.BIRTH_DATE,
						Map.of("value", "1994-05-12T00:00:00.000+0200", "type", "Date"));
				variables.put(ChainVariables.ARRIVAL_DATE,
						Map.of("value", "2026-03-02T00:00:00.000+0100", "type", "Date"));
				return call.post("/engine-rest/process-definition/key/{key}/start",
						Map.of("businessKey", call.fixture().businessKey(), "variables", variables),
						IntegrationChainProcess.KEY);
			}
		},
		START_ARRIVAL(true) {
			@Override
			ResponseEntity<String> perform(Call call) {
				return call.post("/engine-rest/process-definition/key/{key}/start",
						Map.of("businessKey", call.fixture().businessKey(), "variables",
								Map.of(ChainVariables.RESIDENCE_STATUS, Map.of("value", "ASYL_SEEKER"),
										ChainVariables.ARRIVAL_DATE,
										Map.of("value", "2026-03-02T00:00:00.000+0100", "type", "Date"))),
						ArrivalProcess.KEY);
			}
		},
		OPEN_CASE(true) {
			@Override
			ResponseEntity<String> perform(Call call) {
				Map<String, Object> intake = TestIntakes.recognisedRefugee();
				return call.post("/api/cases", intake);
			}
		},
		LIST_HISTORIC_PROCESS_INSTANCES(false) {
			@Override
			ResponseEntity<String> perform(Call call) {
				return call.get("/engine-rest/history/process-instance?processInstanceBusinessKey={key}",
						call.fixture().businessKey());
			}
		},
		LIST_HISTORIC_TASKS(false) {
			@Override
			ResponseEntity<String> perform(Call call) {
				return call.get("/engine-rest/history/task?processInstanceBusinessKey={key}",
						call.fixture().businessKey());
			}
		},
		LIST_HISTORIC_ACTIVITIES(false) {
			@Override
			ResponseEntity<String> perform(Call call) {
				return call.get("/engine-rest/history/activity-instance?processInstanceId={id}",
						call.fixture().arrivalInstance());
			}
		},
		LIST_HISTORIC_VARIABLES(false) {
			@Override
			ResponseEntity<String> perform(Call call) {
				return call.get("/engine-rest/history/variable-instance?processInstanceId={id}",
						call.fixture().arrivalInstance());
			}
		},
		LIST_PROCESS_DEFINITIONS(false) {
			@Override
			ResponseEntity<String> perform(Call call) {
				return call.get("/engine-rest/process-definition?key={key}", ArrivalProcess.KEY);
			}
		},
		LIST_DEPLOYMENTS(false) {
			@Override
			ResponseEntity<String> perform(Call call) {
				return call.get("/engine-rest/deployment?id={id}", call.fixture().probeDeployment());
			}
		},
		CREATE_DEPLOYMENT(true) {
			@Override
			ResponseEntity<String> perform(Call call) {
				LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
				form.add("deployment-name", "matrix-" + call.user());
				String xml = Bpmn.convertToString(Fixture.probeModel(call.fixture().businessKey() + "-new"));
				form.add("data", new ByteArrayResource(xml.getBytes(StandardCharsets.UTF_8)) {
					@Override
					public String getFilename() {
						return "probe.bpmn";
					}
				});
				HttpHeaders headers = new HttpHeaders();
				headers.setContentType(MediaType.MULTIPART_FORM_DATA);
				return call.asUser()
					.postForEntity("/engine-rest/deployment/create", new HttpEntity<>(form, headers), String.class);
			}
		},
		DELETE_DEPLOYMENT(true) {
			@Override
			ResponseEntity<String> perform(Call call) {
				return call.exchange(HttpMethod.DELETE, "/engine-rest/deployment/{id}", null,
						call.fixture().probeDeployment());
			}
		},
		LOG_IN_TO_TASKLIST(false) {
			@Override
			ResponseEntity<String> perform(Call call) {
				return call.webappLogin("tasklist");
			}
		},
		LOG_IN_TO_COCKPIT(false) {
			@Override
			ResponseEntity<String> perform(Call call) {
				return call.webappLogin("cockpit");
			}
		},
		TASKLIST_SOZIALAMT_TASK(false) {
			@Override
			ResponseEntity<String> perform(Call call) {
				return call.tasklistGet("/task?processInstanceBusinessKey={key}&taskDefinitionKey={def}",
						call.fixture().businessKey(), ArrivalProcess.TASK_ADMIT_TO_ACCOMMODATION);
			}
		},
		TASKLIST_MELDEBEHOERDE_TASK(false) {
			@Override
			ResponseEntity<String> perform(Call call) {
				return call.tasklistGet("/task?processInstanceBusinessKey={key}&taskDefinitionKey={def}",
						call.fixture().businessKey(), RegistrationProcess.TASK_CONFIRM_REGISTRATION);
			}
		},
		READ_STEERING_FIGURES(false) {
			@Override
			ResponseEntity<String> perform(Call call) {
				return call.get("/api/steering/backlog");
			}
		},
		EXPORT_STEERING_FIGURES(false) {
			@Override
			ResponseEntity<String> perform(Call call) {
				return call.get("/api/steering/funnel.csv");
			}
		},
		SCRAPE_METRICS(false) {
			@Override
			ResponseEntity<String> perform(Call call) {
				return call.get("/actuator/prometheus");
			}
		};

		static final String PROBE_VARIABLE = "matrixProbe";

		/** Whether the operation changes something when it is allowed. */
		final boolean writes;

		Operation(boolean writes) {
			this.writes = writes;
		}

		abstract ResponseEntity<String> perform(Call call) throws Exception;

	}

}
