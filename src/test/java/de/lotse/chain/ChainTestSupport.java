package de.lotse.chain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.externaltask.LockedExternalTask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.externalTaskService;

/**
 * Helpers of the process tests: dates and the agency side of external tasks.
 */
final class ChainTestSupport {

	static final String WORKER = "test-worker";

	/** The one user task of every stub process in {@code src/test/resources/stubs/}. */
	static final String STUB_TASK = "Task_Stub";

	private ChainTestSupport() {
	}

	/** The start of the given ISO day in the default time zone, as the DMN returns it. */
	static Date date(String isoDate) {
		return Date.from(LocalDate.parse(isoDate).atStartOfDay(ZoneId.systemDefault()).toInstant());
	}

	/** Completes the one open external task of the topic, as an agency worker would. */
	static void completeExternalTask(String topic, Map<String, Object> variables) {
		externalTaskService().complete(lock(topic).getId(), WORKER, variables);
	}

	/** Completes the one open external task of the topic without variables. */
	static void completeExternalTask(String topic) {
		completeExternalTask(topic, Map.of());
	}

	/** Reports a business rejection by the agency for the one open task of the topic. */
	static void rejectExternalTask(String topic, String errorCode, String message) {
		externalTaskService().handleBpmnError(lock(topic).getId(), WORKER, errorCode, message);
	}

	private static LockedExternalTask lock(String topic) {
		List<LockedExternalTask> tasks = externalTaskService().fetchAndLock(1, WORKER).topic(topic, 60_000L).execute();
		assertThat(tasks).as("open external tasks of topic %s", topic).hasSize(1);
		return tasks.get(0);
	}

}
