package de.lotse.agency.internal;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import de.lotse.agency.AgencyCall;
import de.lotse.agency.AgencyCalls;
import de.lotse.chain.LanguageCourseProcess;
import de.lotse.chain.NaturalisationProcess;
import de.lotse.chain.RegistrationProcess;
import de.lotse.support.LotseTest;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricExternalTaskLog;
import org.camunda.bpm.engine.runtime.Incident;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workers against the simulator of the default run over real HTTP, once in the
 * application (engine Java API) and once as a separate worker would run them (external
 * task client against {@code /engine-rest} with HTTP Basic).
 */
@LotseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = { "lotse.workers.enabled=false", "lotse.agencies.verfassungsschutz.retries=0" })
class WorkersAgainstSimulatorTests {

	@LocalServerPort
	int port;

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

	AgencyCallHarness harness;

	@BeforeAll
	void deploy() {
		this.harness = new AgencyCallHarness(this.repository, this.runtime, this.history);
		this.harness.deployAll();
	}

	@Test
	void inTheApplicationAnAnmeldungReachesTheSimulatorOnce() {
		AgencyCall call = AgencyCalls.forTopic(RegistrationProcess.TOPIC_REGISTER).orElseThrow();
		String caseReference = this.harness.start(call);

		withEnginePoller((poller) -> this.harness.awaitEnd(caseReference, AgencyCallHarness.DONE));

		assertThat(this.harness.variables(caseReference)).containsKey(RegisterResidenceWorker.REGISTRATION_NUMBER);
		assertThat(simulatorActions(caseReference)).singleElement()
			.satisfies((action) -> assertThat(action).containsEntry("operation", "Anmeldung")
				.containsEntry("requests", 1));
	}

	@Test
	void aSeparateWorkerCompletesATaskThroughTheRestApi() {
		AgencyCall call = AgencyCalls.forTopic(NaturalisationProcess.TOPIC_REQUEST_CRIMINAL_RECORD_EXTRACT)
			.orElseThrow();
		String caseReference = this.harness.start(call);

		String workerId = withRemoteWorkers(() -> this.harness.awaitEnd(caseReference, AgencyCallHarness.DONE));

		assertThat(this.harness.variables(caseReference))
			.containsEntry(NaturalisationProcess.CRIMINAL_RECORD_EXTRACT_RESULT, "NO_ENTRIES");
		assertThat(successfulWorkers(caseReference)).containsExactly(workerId);
		assertThat(simulatorActions(caseReference)).hasSize(1);
	}

	@Test
	void aSeparateWorkerRaisesTheBpmnErrorOfARefusal() {
		AgencyCall call = AgencyCalls.forTopic(LanguageCourseProcess.TOPIC_REGISTER_PARTICIPANT).orElseThrow();
		simulator().put()
			.uri("/simulator/agencies/kurstraeger/behaviour")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"rejectionRate\":1.0}")
			.retrieve()
			.toBodilessEntity();
		String caseReference = this.harness.start(call);

		withRemoteWorkers(() -> this.harness.awaitEnd(caseReference, AgencyCallHarness.REFUSED));

		assertThat(this.harness.variables(caseReference)).containsEntry(AgencyCallHarness.REFUSAL_MESSAGE,
				"Kurs ausgebucht (KURS_AUSGEBUCHT)");
	}

	@Test
	void aSeparateWorkerReportsAnOutageAsAnIncident() {
		AgencyCall call = AgencyCalls.forTopic(NaturalisationProcess.TOPIC_SECURITY_QUERY).orElseThrow();
		simulator().post().uri("/simulator/agencies/verfassungsschutz/outage").retrieve().toBodilessEntity();
		String caseReference = this.harness.start(call);
		try {
			withRemoteWorkers(() -> {
				Incident incident = this.harness.awaitIncident(caseReference);
				assertThat(incident.getIncidentMessage()).contains("HTTP 503", "Wartungsfenster");
			});
		}
		finally {
			simulator().delete().uri("/simulator/agencies/verfassungsschutz/outage").retrieve().toBodilessEntity();
		}
		assertThat(simulatorActions(caseReference)).isEmpty();
	}

	private void withEnginePoller(Consumer<EnginePoller> work) {
		WorkerSettings settings = new WorkerSettings(true, Duration.ofMinutes(1), 5, Duration.ofMillis(50),
				Duration.ofMillis(200), null);
		EnginePoller poller = new EnginePoller(this.externalTasks, this.handler, settings, "in-app-test",
				AgencyCalls.all());
		poller.start();
		try {
			work.accept(poller);
		}
		finally {
			poller.stop();
		}
	}

	private String withRemoteWorkers(Runnable work) {
		WorkerSettings settings = new WorkerSettings(true, Duration.ofMinutes(1), 5, Duration.ofMillis(50),
				Duration.ofMillis(200), new WorkerSettings.EngineRest(
						URI.create("http://localhost:" + this.port + "/engine-rest"), "admin", "demo"));
		String workerId = "remote-test-" + System.nanoTime();
		RemoteWorkers workers = new RemoteWorkers(settings, this.handler, workerId);
		workers.start();
		try {
			work.run();
		}
		finally {
			workers.stop();
		}
		return workerId;
	}

	private List<String> successfulWorkers(String caseReference) {
		return this.history.createHistoricExternalTaskLogQuery()
			.processInstanceId(this.harness.processInstanceId(caseReference))
			.successLog()
			.list()
			.stream()
			.map(HistoricExternalTaskLog::getWorkerId)
			.toList();
	}

	private RestClient simulator() {
		return RestClient.create("http://localhost:" + this.port);
	}

	private List<Map<String, Object>> simulatorActions(String caseReference) {
		return simulator().get()
			.uri("/simulator/actions?caseReference=" + caseReference)
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
	}

}
