package de.lotse.steering.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;

/**
 * The same figures computed the way a client of Camunda's history API would without a
 * read model: list the historic activity instances and variables and aggregate in Java.
 * The benchmark compares both in speed, a test compares them in value.
 */
final class NaiveHistoryFigures {

	private final HistoryService history;

	NaiveHistoryFigures(HistoryService history) {
		this.history = history;
	}

	/** Per stage id: entered in the period, and of those completed by its end. */
	Map<String, long[]> funnel(SteeringQuery query) {
		Date start = query.start();
		Date lastMoment = new Date(query.end().getTime() - 1);
		List<HistoricActivityInstance> calls = this.history.createHistoricActivityInstanceQuery()
			.activityType("callActivity")
			.startedAfter(start)
			.startedBefore(lastMoment)
			.list();
		Map<String, long[]> funnel = new LinkedHashMap<>();
		for (Stage stage : Stage.values()) {
			funnel.put(stage.id(), new long[2]);
		}
		for (HistoricActivityInstance call : calls) {
			Stage.ofCallActivity(call.getActivityId()).ifPresent((stage) -> {
				long[] counts = funnel.get(stage.id());
				counts[0]++;
				if (call.getEndTime() != null && call.getEndTime().before(query.end())) {
					counts[1]++;
				}
			});
		}
		return funnel;
	}

	/**
	 * A stage's lead time in days for the stages completed in the period: n, p50, p90.
	 */
	double[] stageLeadTime(Stage stage, SteeringQuery query) {
		List<HistoricActivityInstance> calls = this.history.createHistoricActivityInstanceQuery()
			.activityId(stage.callActivity())
			.finishedAfter(query.start())
			.finishedBefore(new Date(query.end().getTime() - 1))
			.list();
		double[] days = calls.stream()
			.filter((call) -> call.getDurationInMillis() != null)
			.mapToDouble((call) -> (call.getDurationInMillis() / 1000) / 86_400.0)
			.sorted()
			.toArray();
		return new double[] { days.length, round(percentile(days, 0.5)), round(percentile(days, 0.9)) };
	}

	/**
	 * P2: days from moving in to the Anmeldung for the Anmeldungen in the period: n, p50,
	 * p90, within 14 days.
	 */
	double[] registrationWithinFourteenDays(SteeringQuery query) {
		Map<String, LocalDate> movedIn = new HashMap<>();
		for (HistoricVariableInstance variable : this.history.createHistoricVariableInstanceQuery()
			.processDefinitionKey("integration-chain")
			.variableName("moveInDate")
			.list()) {
			if (variable.getValue() instanceof Date date) {
				movedIn.put(variable.getProcessInstanceId(), day(date));
			}
		}
		double[] days = this.history.createHistoricVariableInstanceQuery()
			.processDefinitionKey(Stage.REGISTRATION.id())
			.variableName("registrationDate")
			.list()
			.stream()
			.filter((variable) -> variable.getValue() instanceof Date)
			.filter((variable) -> {
				LocalDate registered = day((Date) variable.getValue());
				return !registered.isBefore(query.from()) && !registered.isAfter(query.to())
						&& movedIn.containsKey(variable.getRootProcessInstanceId());
			})
			.mapToDouble((variable) -> day((Date) variable.getValue()).toEpochDay()
					- movedIn.get(variable.getRootProcessInstanceId()).toEpochDay())
			.sorted()
			.toArray();
		long within = Arrays.stream(days).filter((d) -> d <= 14).count();
		return new double[] { days.length, round(percentile(days, 0.5)), round(percentile(days, 0.9)), within };
	}

	/** {@code percentile_cont}: linear between the two nearest ranks. */
	static double percentile(double[] sorted, double fraction) {
		if (sorted.length == 0) {
			return 0;
		}
		double position = fraction * (sorted.length - 1);
		int lower = (int) Math.floor(position);
		int upper = Math.min(lower + 1, sorted.length - 1);
		return sorted[lower] + (position - lower) * (sorted[upper] - sorted[lower]);
	}

	private static double round(double days) {
		return Math.round(days * 10) / 10.0;
	}

	private static LocalDate day(Date date) {
		return ((date instanceof Timestamp) ? new Date(date.getTime()) : date).toInstant()
			.atZone(SyntheticChainHistory.BERLIN)
			.toLocalDate();
	}

}
