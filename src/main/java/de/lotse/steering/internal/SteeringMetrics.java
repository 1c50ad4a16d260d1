package de.lotse.steering.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import de.lotse.directory.Departments;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.springframework.stereotype.Component;

/**
 * A few figures for Prometheus ({@code /actuator/prometheus}, administrators only): open
 * and overdue user tasks per office and the cases opened. Aggregates only, labelled by
 * office, never by case. Read from the steering read model at most every
 * {@link #MAX_AGE}, however often Prometheus scrapes.
 */
@Component
class SteeringMetrics implements MeterBinder {

	static final Duration MAX_AGE = Duration.ofSeconds(15);

	private final ReadModelQueries queries;

	private final Clock clock;

	private Snapshot snapshot;

	SteeringMetrics(ReadModelQueries queries, Clock clock) {
		this.queries = queries;
		this.clock = clock;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (String office : Departments.ids()) {
			gauge(registry, "lotse.tasks.open", "User tasks offered to the office and not yet done", office,
					(metrics) -> metrics.snapshot().open(office, 0));
			gauge(registry, "lotse.tasks.overdue", "Open user tasks of the office past their due date", office,
					(metrics) -> metrics.snapshot().open(office, 1));
		}
		FunctionCounter.builder("lotse.cases.opened", this, (metrics) -> metrics.snapshot().casesOpened())
			.description("Cases (integration chains) opened")
			.register(registry);
	}

	private void gauge(MeterRegistry registry, String name, String description, String office,
			ToDoubleFunction<SteeringMetrics> value) {
		Gauge.builder(name, this, value).description(description).tag("office", office).register(registry);
	}

	synchronized Snapshot snapshot() {
		Instant now = this.clock.instant();
		if (this.snapshot == null || this.snapshot.taken().plus(MAX_AGE).isBefore(now)) {
			this.snapshot = new Snapshot(now,
					this.queries.openTasksNow(new Timestamp(ClockUtil.getCurrentTime().getTime())),
					this.queries.casesOpened());
		}
		return this.snapshot;
	}

	record Snapshot(Instant taken, Map<String, long[]> openTasks, long casesOpened) {

		double open(String office, int column) {
			long[] counts = this.openTasks.get(office);
			return (counts != null) ? counts[column] : 0;
		}

	}

}
