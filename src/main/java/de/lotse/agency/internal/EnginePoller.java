package de.lotse.agency.internal;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import de.lotse.agency.AgencyCall;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.externaltask.ExternalTaskQueryBuilder;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches agency tasks through the engine's Java API and executes them. The engine locks
 * each fetched task for this worker id alone, so several pollers (on one node or on
 * several) never execute one task twice. When there is no work the pause between fetches
 * doubles up to {@link WorkerSettings#maxIdleInterval()}.
 */
class EnginePoller {

	private static final Logger log = LoggerFactory.getLogger(EnginePoller.class);

	private final ExternalTaskService externalTasks;

	private final AgencyTaskHandler handler;

	private final WorkerSettings settings;

	private final String workerId;

	private final List<AgencyCall> calls;

	private final ScheduledExecutorService scheduler;

	private final ExecutorService executor;

	private volatile boolean running;

	private Duration idle;

	EnginePoller(ExternalTaskService externalTasks, AgencyTaskHandler handler, WorkerSettings settings, String workerId,
			List<AgencyCall> calls) {
		this.externalTasks = externalTasks;
		this.handler = handler;
		this.settings = settings;
		this.workerId = workerId;
		this.calls = List.copyOf(calls);
		this.scheduler = Executors.newSingleThreadScheduledExecutor((task) -> thread(task, "poller"));
		this.executor = Executors.newFixedThreadPool(Math.max(1, settings.maxTasks()),
				(task) -> thread(task, "executor"));
		this.idle = settings.pollInterval();
	}

	String workerId() {
		return this.workerId;
	}

	void start() {
		this.running = true;
		this.scheduler.schedule(this::poll, 0, TimeUnit.MILLISECONDS);
		log.info("Agency worker {} polls the engine for {} topics", this.workerId, this.calls.size());
	}

	void stop() {
		this.running = false;
		this.scheduler.shutdownNow();
		this.executor.shutdown();
		try {
			this.executor.awaitTermination(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void poll() {
		Duration next = this.settings.pollInterval();
		try {
			int executed = pollOnce();
			if (executed == 0) {
				this.idle = min(this.idle.multipliedBy(2), this.settings.maxIdleInterval());
				next = this.idle;
			}
			else {
				this.idle = this.settings.pollInterval();
				// a full batch means more work is waiting: fetch again at once
				next = (executed >= this.settings.maxTasks()) ? Duration.ZERO : this.settings.pollInterval();
			}
		}
		catch (RuntimeException ex) {
			log.warn("Agency worker {} could not fetch tasks: {}", this.workerId, ex.toString());
			next = this.settings.maxIdleInterval();
		}
		if (this.running) {
			this.scheduler.schedule(this::poll, next.toMillis(), TimeUnit.MILLISECONDS);
		}
	}

	/**
	 * Fetches, locks and executes the tasks that are due.
	 * @return how many tasks were executed
	 */
	int pollOnce() {
		ExternalTaskQueryBuilder fetch = this.externalTasks.fetchAndLock(this.settings.maxTasks(), this.workerId);
		for (AgencyCall call : this.calls) {
			fetch = fetch.topic(call.topic(), this.settings.lockDuration().toMillis()).variables(call.inputs());
		}
		List<LockedExternalTask> tasks = fetch.execute();
		CompletableFuture
			.allOf(tasks.stream()
				.map((task) -> CompletableFuture.runAsync(() -> execute(task), this.executor))
				.toArray(CompletableFuture[]::new))
			.join();
		return tasks.size();
	}

	private void execute(LockedExternalTask locked) {
		AgencyTask task = new AgencyTask(locked.getId(), locked.getTopicName(), locked.getBusinessKey(),
				locked.getProcessInstanceId(), locked.getActivityId(), locked.getActivityInstanceId(),
				locked.getRetries(), new HashMap<>(locked.getVariables()));
		try {
			Outcome outcome = this.handler.handle(task);
			if (outcome instanceof Outcome.Complete complete) {
				this.externalTasks.complete(task.id(), this.workerId, complete.variables());
			}
			else if (outcome instanceof Outcome.BpmnError error) {
				this.externalTasks.handleBpmnError(task.id(), this.workerId, error.errorCode(), error.message());
			}
			else if (outcome instanceof Outcome.Failure failure) {
				this.externalTasks.handleFailure(task.id(), this.workerId, failure.message(), failure.details(),
						failure.retries(), failure.retryTimeoutMillis());
			}
		}
		catch (ProcessEngineException ex) {
			// e.g. the task was cancelled by a boundary event or its lock expired
			// meanwhile
			log.warn("Agency task {} on {} could not be reported: {}", task.id(), task.topic(), ex.getMessage());
		}
	}

	private static Duration min(Duration a, Duration b) {
		return (a.compareTo(b) <= 0) ? a : b;
	}

	private Thread thread(Runnable task, String role) {
		Thread thread = new Thread(task, "agency-" + role + "-" + this.workerId);
		thread.setDaemon(true);
		return thread;
	}

}
