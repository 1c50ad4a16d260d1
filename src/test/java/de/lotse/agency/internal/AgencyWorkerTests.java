package de.lotse.agency.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import de.lotse.agency.AgencyCall;
import de.lotse.agency.AgencyCalls;
import de.lotse.chain.ChainVariables;
import de.lotse.chain.RegistrationProcess;
import de.lotse.support.LotseTest;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricExternalTaskLog;
import org.camunda.bpm.engine.runtime.Incident;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every agency worker against a stub agency (WireMock) on the application's real engine:
 * its own pollers fetch and lock the tasks, and retries, incidents and BPMN errors are
 * the engine's.
 */
@LotseTest
@TestPropertySource(properties = "lotse.workers.enabled=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgencyWorkerTests {

	static final WireMockServer agencies = new WireMockServer(options().dynamicPort());

	/** Retries per agency in this test: three attempts in all. */
	static final int RETRIES = 2;

	@Autowired
	RepositoryService repository;

	@Autowired
	RuntimeService runtime;

	@Autowired
	HistoryService history;

	@Autowired
	ExternalTaskService externalTasks;

	@Autowired
	AgencyTaskHandler handler;

	@Autowired
	WorkerSettings workerSettings;

	AgencyCallHarness harness;

	@DynamicPropertySource
	static void agencies(DynamicPropertyRegistry registry) {
		if (!agencies.isRunning()) {
			agencies.start();
		}
		registry.add("lotse.workers.poll-interval", () -> "50ms");
		registry.add("lotse.workers.max-idle-interval", () -> "200ms");
		for (String agency : AgencyCalls.all().stream().map(AgencyCall::agency).distinct().toList()) {
			String prefix = "lotse.agencies." + agency;
			registry.add(prefix + ".base-url", () -> agencies.baseUrl() + "/" + agency);
			registry.add(prefix + ".read-timeout", () -> "700ms");
			registry.add(prefix + ".retries", () -> RETRIES);
			registry.add(prefix + ".retry-backoff.initial", () -> "100ms");
			registry.add(prefix + ".retry-backoff.multiplier", () -> "2");
		}
		registry.add("lotse.agencies.sozialamt.username", () -> "lotse-kommune");
		registry.add("lotse.agencies.sozialamt.password", () -> "geheim");
		registry.add("lotse.agencies.verfassungsschutz.token", () -> "token-der-kommune");
	}

	@BeforeAll
	void deploy() {
		this.harness = new AgencyCallHarness(this.repository, this.runtime, this.history);
		this.harness.deployAll();
	}

	@BeforeEach
	void resetAgencies() {
		agencies.resetAll();
	}

	@AfterAll
	void stopAgencies() {
		agencies.stop();
	}

	static List<AgencyCall> calls() {
		return AgencyCallHarness.calls();
	}

	@ParameterizedTest
	@MethodSource("calls")
	void anAcceptedCallCompletesTheTaskWithTheAgencysAnswer(AgencyCall call) {
		agencies.stubFor(operation(call).willReturn(json(201, AgencyCallHarness.ANSWER)));

		String caseReference = this.harness.start(call);

		this.harness.awaitEnd(caseReference, AgencyCallHarness.DONE);
		Map<String, Object> variables = this.harness.variables(caseReference);
		call.outputs().forEach((output) -> assertThat(variables).as(output).containsKey(output));
		List<LoggedRequest> requests = requests(call, caseReference);
		assertThat(requests).hasSize(1);
		assertThat(requests.get(0).getHeader("Idempotency-Key"))
			.startsWith(caseReference + "/" + AgencyCallHarness.TASK + "/");
		agencies.verify(postRequestedFor(urlPathEqualTo(path(call)))
			.withRequestBody(matchingJsonPath("$." + ChainVariables.CASE_REFERENCE, equalTo(caseReference))));
		String authorization = requests.get(0).getHeader("Authorization");
		switch (call.agency()) {
			case "sozialamt" -> assertThat(authorization).isEqualTo("Basic "
					+ Base64.getEncoder().encodeToString("lotse-kommune:geheim".getBytes(StandardCharsets.UTF_8)));
			case "verfassungsschutz" -> assertThat(authorization).isEqualTo("Bearer token-der-kommune");
			default -> assertThat(authorization).isNull();
		}
	}

	@ParameterizedTest
	@MethodSource("calls")
	void aRefusalRaisesTheModelledBpmnErrorOrAnIncident(AgencyCall call) {
		agencies.stubFor(operation(call)
			.willReturn(json(422, "{\"reasonCode\":\"ZWEIFEL\",\"message\":\"Zweifel an der Wohnanschrift\"}")));

		String caseReference = this.harness.start(call);

		if (call.errorCode() != null) {
			this.harness.awaitEnd(caseReference, AgencyCallHarness.REFUSED);
			assertThat(this.harness.variables(caseReference).get(AgencyCallHarness.REFUSAL_MESSAGE))
				.isEqualTo("Zweifel an der Wohnanschrift (ZWEIFEL)");
		}
		else {
			Incident incident = this.harness.awaitIncident(caseReference);
			assertThat(incident.getIncidentMessage()).contains("lehnt ab", "Zweifel an der Wohnanschrift");
		}
		assertThat(requests(call, caseReference)).hasSize(1);
	}

	@ParameterizedTest
	@MethodSource("calls")
	void aServerErrorIsRetriedWithTheSameIdempotencyKey(AgencyCall call) {
		agencies.stubFor(operation(call).inScenario("500")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(json(500, "{\"message\":\"interner Fehler\"}"))
			.willSetStateTo("recovered"));
		agencies.stubFor(operation(call).inScenario("500")
			.whenScenarioStateIs("recovered")
			.willReturn(json(201, AgencyCallHarness.ANSWER)));

		String caseReference = this.harness.start(call);

		this.harness.awaitEnd(caseReference, AgencyCallHarness.DONE);
		assertThat(idempotencyKeys(call, caseReference)).hasSize(2)
			.containsOnly(idempotencyKeys(call, caseReference).get(0));
	}

	@ParameterizedTest
	@MethodSource("calls")
	void aTimeoutIsRetriedWithTheSameIdempotencyKey(AgencyCall call) {
		agencies.stubFor(operation(call).inScenario("timeout")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(json(201, AgencyCallHarness.ANSWER).withFixedDelay(1500))
			.willSetStateTo("fast again"));
		agencies.stubFor(operation(call).inScenario("timeout")
			.whenScenarioStateIs("fast again")
			.willReturn(json(201, AgencyCallHarness.ANSWER)));

		String caseReference = this.harness.start(call);

		this.harness.awaitEnd(caseReference, AgencyCallHarness.DONE);
		List<String> keys = idempotencyKeys(call, caseReference);
		assertThat(keys).hasSize(2).containsOnly(keys.get(0));
	}

	@ParameterizedTest
	@MethodSource("calls")
	void exhaustedRetriesBecomeAnIncidentWithTheAgencysAnswerAndACockpitRetryFinishes(AgencyCall call) {
		agencies.stubFor(operation(call).willReturn(json(503, "{\"message\":\"Wartung bis 18 Uhr\"}")));

		String caseReference = this.harness.start(call);

		Incident incident = this.harness.awaitIncident(caseReference);
		assertThat(incident.getIncidentMessage()).contains("HTTP 503", "Wartung bis 18 Uhr");
		assertThat(requests(call, caseReference)).hasSize(RETRIES + 1);

		agencies.stubFor(operation(call).willReturn(json(201, AgencyCallHarness.ANSWER)));
		// what Cockpit's "retry" does
		this.externalTasks.setRetries(incident.getConfiguration(), 1);

		this.harness.awaitEnd(caseReference, AgencyCallHarness.DONE);
		assertThat(this.runtime.createIncidentQuery().processInstanceId(incident.getProcessInstanceId()).count())
			.isZero();
		assertThat(idempotencyKeys(call, caseReference)).hasSize(RETRIES + 2)
			.containsOnly(idempotencyKeys(call, caseReference).get(0));
	}

	@Test
	void theWaitBetweenRetriesGrows() {
		List<LoggedRequest> requests;
		AgencyCall call = AgencyCalls.forTopic(RegistrationProcess.TOPIC_REGISTER).orElseThrow();
		agencies.stubFor(operation(call).willReturn(json(503, "{}")));

		String caseReference = this.harness.start(call);

		this.harness.awaitIncident(caseReference);
		requests = requests(call, caseReference);
		long firstWait = requests.get(1).getLoggedDate().getTime() - requests.get(0).getLoggedDate().getTime();
		long secondWait = requests.get(2).getLoggedDate().getTime() - requests.get(1).getLoggedDate().getTime();
		assertThat(firstWait).isGreaterThanOrEqualTo(100);
		assertThat(secondWait).isGreaterThanOrEqualTo(200);
	}

	@Test
	void twoPollersOnOneTopicNeverExecuteATaskTwice() {
		AgencyCall call = AgencyCalls.forTopic(RegistrationProcess.TOPIC_REGISTER).orElseThrow();
		agencies.stubFor(operation(call).willReturn(json(201, AgencyCallHarness.ANSWER).withFixedDelay(50)));
		List<String> cases = IntStream.range(0, 30).mapToObj((i) -> this.harness.start(call)).toList();
		EnginePoller first = new EnginePoller(this.externalTasks, this.handler, this.workerSettings, "test-first",
				List.of(call));
		EnginePoller second = new EnginePoller(this.externalTasks, this.handler, this.workerSettings, "test-second",
				List.of(call));
		first.start();
		second.start();
		try {
			cases.forEach((caseReference) -> this.harness.awaitEnd(caseReference, AgencyCallHarness.DONE));
		}
		finally {
			first.stop();
			second.stop();
		}

		List<String> keys = agencies.findAll(postRequestedFor(urlPathEqualTo(path(call))))
			.stream()
			.map((request) -> request.getHeader("Idempotency-Key"))
			.toList();
		assertThat(keys).hasSize(30).doesNotHaveDuplicates();
		Set<String> instances = cases.stream().map(this.harness::processInstanceId).collect(Collectors.toSet());
		Set<String> workers = this.history.createHistoricExternalTaskLogQuery()
			.topicName(call.topic())
			.successLog()
			.list()
			.stream()
			.filter((log) -> instances.contains(log.getProcessInstanceId()))
			.map(HistoricExternalTaskLog::getWorkerId)
			.collect(Collectors.toSet());
		assertThat(workers).as("workers that completed tasks").hasSizeGreaterThanOrEqualTo(2);
	}

	private static MappingBuilder operation(AgencyCall call) {
		return request(call.method().name(), urlPathEqualTo(path(call)));
	}

	private static String path(AgencyCall call) {
		return "/" + call.agency() + call.path();
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
	}

	private static List<LoggedRequest> requests(AgencyCall call, String caseReference) {
		return agencies.findAll(postRequestedFor(urlPathEqualTo(path(call))).withHeader("Idempotency-Key",
				matching(caseReference + "/.*")));
	}

	private static List<String> idempotencyKeys(AgencyCall call, String caseReference) {
		return requests(call, caseReference).stream().map((request) -> request.getHeader("Idempotency-Key")).toList();
	}

}
