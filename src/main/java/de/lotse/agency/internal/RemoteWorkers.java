package de.lotse.agency.internal;

import java.util.HashMap;

import de.lotse.agency.AgencyCall;
import de.lotse.agency.AgencyCalls;
import org.camunda.bpm.client.ExternalTaskClient;
import org.camunda.bpm.client.backoff.ExponentialBackoffStrategy;
import org.camunda.bpm.client.interceptor.auth.BasicAuthProvider;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The same agency workers in a process of their own: the Camunda external task client
 * fetches and locks through the engine's REST API ({@code /engine-rest}, HTTP Basic). The
 * engine locks each task for one worker id, so these workers and the engine nodes' own
 * never execute one task twice.
 */
class RemoteWorkers {

	private static final Logger log = LoggerFactory.getLogger(RemoteWorkers.class);

	private final ExternalTaskClient client;

	private final AgencyTaskHandler handler;

	RemoteWorkers(WorkerSettings settings, AgencyTaskHandler handler, String workerId) {
		this.handler = handler;
		WorkerSettings.EngineRest engine = settings.engineRest();
		var builder = ExternalTaskClient.create()
			.baseUrl(engine.url().toString())
			.workerId(workerId)
			.maxTasks(settings.maxTasks())
			.lockDuration(settings.lockDuration().toMillis())
			.backoffStrategy(new ExponentialBackoffStrategy(settings.pollInterval().toMillis(), 2,
					settings.maxIdleInterval().toMillis()))
			.disableAutoFetching();
		if (engine.username() != null && !engine.username().isBlank()) {
			builder.addInterceptor(new BasicAuthProvider(engine.username(), engine.password()));
		}
		this.client = builder.build();
		for (AgencyCall call : AgencyCalls.all()) {
			this.client.subscribe(call.topic())
				.lockDuration(settings.lockDuration().toMillis())
				.variables(call.inputs().toArray(String[]::new))
				.handler(this::execute)
				.open();
		}
		log.info("Agency worker {} polls {} for {} topics", workerId, engine.url(), AgencyCalls.all().size());
	}

	void start() {
		this.client.start();
	}

	void stop() {
		this.client.stop();
	}

	private void execute(ExternalTask locked, ExternalTaskService service) {
		AgencyTask task = new AgencyTask(locked.getId(), locked.getTopicName(), locked.getBusinessKey(),
				locked.getProcessInstanceId(), locked.getActivityId(), locked.getActivityInstanceId(),
				locked.getRetries(), new HashMap<>(locked.getAllVariables()));
		Outcome outcome = this.handler.handle(task);
		if (outcome instanceof Outcome.Complete complete) {
			service.complete(locked, complete.variables(), null);
		}
		else if (outcome instanceof Outcome.BpmnError error) {
			service.handleBpmnError(locked, error.errorCode(), error.message());
		}
		else if (outcome instanceof Outcome.Failure failure) {
			service.handleFailure(locked, failure.message(), failure.details(), failure.retries(),
					failure.retryTimeoutMillis());
		}
	}

}
