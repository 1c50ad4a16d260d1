package de.lotse.agency.internal;

import java.time.Duration;
import java.util.Date;
import java.util.List;

import de.lotse.agency.AgencyCall;
import de.lotse.agency.AgencyCalls;
import de.lotse.chain.RegistrationProcess;
import de.lotse.support.LotseTest;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * How fast the in-app agency workers get through a burst of Anmeldungen against the
 * simulator (no latency): per task the time from its creation to its completion (median,
 * p95) and tasks per second, for several worker settings. Prints figures and asserts only
 * that every task was done. Not part of the normal build (Surefire does not pick up the
 * name); run it with
 * {@code ./mvnw test -Dtest=WorkerBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@LotseTest
class WorkerBenchmark {

	private static final int TASKS = 300;

	private static final AgencyCall CALL = AgencyCalls.forTopic(RegistrationProcess.TOPIC_REGISTER).orElseThrow();

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

	@Test
	void burstOfAnmeldungen() {
		AgencyCallHarness harness = new AgencyCallHarness(this.repository, this.runtime, this.history);
		harness.deployAll();
		run(harness, "warm-up", 1, Duration.ofMillis(50));
		StringBuilder report = new StringBuilder(
				"%nAgency worker benchmark: %d tasks %s against the simulator%n".formatted(TASKS, CALL.topic()));
		report.append(run(harness, "1 thread, poll interval 50ms", 1, Duration.ofMillis(50)));
		report.append(run(harness, "4 threads, poll interval 50ms", 4, Duration.ofMillis(50)));
		report.append(run(harness, "defaults: 10 threads, poll interval 500ms", 10, Duration.ofMillis(500)));
		System.out.println(report);
	}

	private String run(AgencyCallHarness harness, String label, int threads, Duration pollInterval) {
		WorkerSettings settings = new WorkerSettings(true, Duration.ofMinutes(2), threads, pollInterval,
				Duration.ofMillis(200), null);
		EnginePoller poller = new EnginePoller(this.externalTasks, this.handler, settings, "benchmark-" + threads,
				List.of(CALL));
		Date began = new Date(System.currentTimeMillis() - 1);
		poller.start();
		try {
			for (int i = 0; i < TASKS; i++) {
				harness.start(CALL);
			}
			await().atMost(Duration.ofMinutes(3))
				.pollInterval(Duration.ofMillis(100))
				.until(() -> done(began) == TASKS);
		}
		finally {
			poller.stop();
		}
		List<HistoricActivityInstance> tasks = this.history.createHistoricActivityInstanceQuery()
			.processDefinitionId(definitionId())
			.activityId(AgencyCallHarness.TASK)
			.startedAfter(began)
			.finished()
			.list();
		assertThat(tasks).hasSize(TASKS);
		long[] millis = tasks.stream()
			.mapToLong((task) -> task.getEndTime().getTime() - task.getStartTime().getTime())
			.sorted()
			.toArray();
		long first = tasks.stream().mapToLong((task) -> task.getStartTime().getTime()).min().orElseThrow();
		long last = tasks.stream().mapToLong((task) -> task.getEndTime().getTime()).max().orElseThrow();
		double perSecond = TASKS * 1000.0 / Math.max(1, last - first);
		return "  %-42s median %5d ms, p95 %5d ms, %6.1f tasks/s%n".formatted(label, percentile(millis, 50),
				percentile(millis, 95), perSecond);
	}

	private long done(Date began) {
		return this.history.createHistoricActivityInstanceQuery()
			.processDefinitionId(definitionId())
			.activityId(AgencyCallHarness.TASK)
			.startedAfter(began)
			.finished()
			.count();
	}

	private String definitionId() {
		return this.repository.createProcessDefinitionQuery()
			.processDefinitionKey(AgencyCallHarness.processKey(CALL))
			.latestVersion()
			.singleResult()
			.getId();
	}

	private static long percentile(long[] sorted, int percent) {
		int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

}
