package de.lotse.steering.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of the steering figures: aggregates over the read model, one statement per
 * table, portable between PostgreSQL and H2 (both know {@code percentile_cont ... within
 * group} and {@code filter (where ...)}). Every statement starts from an index on the
 * period (a stage's entry or exit, a milestone, a month, a due date) or from the open
 * rows, so a year's figures read a year's rows however many years the read model holds.
 * Returns raw counts; suppression is {@link SteeringFigures}'s business.
 */
@Component
class ReadModelQueries {

	private final JdbcClient jdbc;

	ReadModelQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Per stage: cases that entered it in the period, and of those completed by its end.
	 * One subquery per stage, each reading only the cases that entered that stage in the
	 * period (index on {@code <stage>_entered}).
	 */
	Map<String, StageCount> funnel(SteeringQuery query) {
		Map<String, Object> params = seconds(query);
		String filters = filters(query, params);
		List<String> selects = new ArrayList<>();
		for (Stage stage : Stage.values()) {
			String entered = stage.column() + "_entered";
			selects.add("select '" + stage.id() + "' as stage, count(*) as entered, count(*) filter (where "
					+ stage.column() + "_completed < :end) as completed from steering_case where " + entered
					+ " >= :start and " + entered + " < :end" + filters);
		}
		Map<String, StageCount> counts = new HashMap<>();
		this.jdbc.sql(String.join(" union all ", selects))
			.params(params)
			.query((rs, row) -> new StageCount(rs.getString("stage"), rs.getLong("entered"), rs.getLong("completed")))
			.list()
			.forEach((count) -> counts.put(count.stage(), count));
		return counts;
	}

	/**
	 * Per stage completed in the period its duration in seconds; per KPI the days between
	 * its two milestones for the cases whose later milestone lies in the period. Count,
	 * median, p90 and (for the KPIs) how many lie within the target. One subquery per
	 * figure, each reading only its cohort (index on {@code <stage>_completed} or on the
	 * later milestone).
	 */
	Map<String, Spread> leadTimes(SteeringQuery query, List<MilestoneSpan> spans) {
		Map<String, Object> params = seconds(query);
		params.put("fromDay", query.from().toEpochDay());
		params.put("toDay", query.to().toEpochDay());
		String filters = filters(query, params);
		List<String> selects = new ArrayList<>();
		for (Stage stage : Stage.values()) {
			String completed = stage.column() + "_completed";
			String entered = stage.column() + "_entered";
			selects.add(spread(stage.id(), completed + " - " + entered,
					completed + " >= :start and " + completed + " < :end and " + entered + " is not null" + filters,
					"0"));
		}
		for (int i = 0; i < spans.size(); i++) {
			MilestoneSpan span = spans.get(i);
			String later = span.later().column();
			String earlier = span.earlier().column();
			params.put("target" + i, (span.target() != null) ? span.target() : Integer.MAX_VALUE);
			selects.add(spread(span.kpi(), later + " - " + earlier,
					later + " >= :fromDay and " + later + " <= :toDay and " + earlier + " is not null" + filters,
					"count(*) filter (where " + later + " - " + earlier + " <= :target" + i + ")"));
		}
		Map<String, Spread> spreads = new HashMap<>();
		this.jdbc.sql(String.join(" union all ", selects))
			.params(params)
			.query((rs, row) -> new Spread(rs.getString("figure"), rs.getLong("cases"), rs.getDouble("p50"),
					rs.getDouble("p90"), rs.getLong("within_target")))
			.list()
			.forEach((spread) -> spreads.put(spread.key(), spread));
		return spreads;
	}

	/** Count, median, p90 and the number within a target of a value over a cohort. */
	private static String spread(String figure, String value, String cohort, String withinTarget) {
		return "select '" + figure + "' as figure, count(*) as cases, percentile_cont(0.5) within group (order by "
				+ value + ") as p50, percentile_cont(0.9) within group (order by " + value + ") as p90, " + withinTarget
				+ " as within_target from steering_case where " + cohort;
	}

	/**
	 * Naturalisation applications open at the end of a day, counted by the day they were
	 * filed: younger than 6, 6 to 12, 12 to 24 and over 24 months.
	 */
	long[] naturalisationBacklog(SteeringQuery query, LocalDate asOf) {
		Map<String, Object> params = new HashMap<>();
		params.put("asOf", asOf.toEpochDay());
		params.put("asOfEnd", asOf.plusDays(1).atStartOfDay(SteeringFigures.MUNICIPALITY).toEpochSecond());
		params.put("b6", asOf.minusMonths(6).toEpochDay());
		params.put("b12", asOf.minusMonths(12).toEpochDay());
		params.put("b24", asOf.minusMonths(24).toEpochDay());
		String sql = """
				select count(*) filter (where naturalisation_application_day > :b6) as lt6,
				       count(*) filter (where naturalisation_application_day <= :b6
				                          and naturalisation_application_day > :b12) as m6to12,
				       count(*) filter (where naturalisation_application_day <= :b12
				                          and naturalisation_application_day > :b24) as m12to24,
				       count(*) filter (where naturalisation_application_day <= :b24) as gt24
				from steering_case
				where naturalisation_application_day <= :asOf
				  and (naturalisation_completed is null or naturalisation_completed >= :asOfEnd)"""
				+ filters(query, params);
		return this.jdbc.sql(sql)
			.params(params)
			.query((rs,
					row) -> new long[] { rs.getLong("lt6"), rs.getLong("m6to12"), rs.getLong("m12to24"),
							rs.getLong("gt24") })
			.single();
	}

	/**
	 * Per office: tasks open at an instant, and of those overdue, with their cases. Open
	 * now means not ended at all, which the index of the open rows answers alone.
	 */
	Map<String, OfficeCount> openTasks(SteeringQuery query, Timestamp at, boolean now) {
		Map<String, Object> params = new HashMap<>();
		params.put("at", at);
		params.put("atSecond", at.getTime() / 1000);
		String open = now ? "ended_at is null" : "(ended_at is null or ended_at > :at) and started_second <= :atSecond";
		String sql = """
				select office, count(*) as tasks, count(distinct case_no) as cases,
				       count(*) filter (where due_at < :at) as overdue,
				       count(distinct case when due_at < :at then case_no end) as overdue_cases
				from steering_wait
				where""" + " " + open + " and office is not null" + filters(query, params) + " group by office";
		Map<String, OfficeCount> counts = new HashMap<>();
		this.jdbc.sql(sql)
			.params(params)
			.query((rs, row) -> new OfficeCount(rs.getString("office"), rs.getLong("tasks"), rs.getLong("cases"),
					rs.getLong("overdue"), rs.getLong("overdue_cases")))
			.list()
			.forEach((count) -> counts.put(count.office(), count));
		return counts;
	}

	/**
	 * Per office: tasks whose due date passed in the period (up to an instant) before
	 * they were completed.
	 */
	Map<String, OfficeCount> breaches(SteeringQuery query, Timestamp until) {
		Map<String, Object> params = new HashMap<>();
		params.put("start", query.start());
		params.put("until", until);
		String sql = """
				select office, count(*) as tasks, count(distinct case_no) as cases
				from steering_wait
				where office is not null and due_at >= :start and due_at < :until
				  and (ended_at is null or ended_at > due_at)""" + filters(query, params) + " group by office";
		Map<String, OfficeCount> counts = new HashMap<>();
		this.jdbc.sql(sql)
			.params(params)
			.query((rs, row) -> new OfficeCount(rs.getString("office"), rs.getLong("tasks"), rs.getLong("cases"), 0, 0))
			.list()
			.forEach((count) -> counts.put(count.office(), count));
		return counts;
	}

	/**
	 * Per office and month of the period: tasks received ({@code started_month}) or
	 * completed ({@code ended_month}), and the cases behind them (each case's first task
	 * of that office and month is marked).
	 */
	List<MonthCount> flow(SteeringQuery query, boolean outflow) {
		Map<String, Object> params = new HashMap<>();
		params.put("first", month(YearMonth.from(query.from())));
		params.put("last", month(YearMonth.from(query.to())));
		String month = outflow ? "ended_month" : "started_month";
		String first = outflow ? "first_out" : "first_in";
		String sql = """
				select office, %1$s as flow_month, count(*) as tasks, sum(%2$s) as cases
				from steering_wait
				where office is not null and %1$s >= :first and %1$s <= :last""".formatted(month, first)
				+ filters(query, params) + " group by office, " + month;
		return this.jdbc.sql(sql)
			.params(params)
			.query((rs, row) -> new MonthCount(rs.getString("office"),
					YearMonth.of(rs.getInt("flow_month") / 100, rs.getInt("flow_month") % 100), rs.getLong("tasks"),
					rs.getLong("cases")))
			.list();
	}

	/**
	 * Per element of a process: activity instances open now, their cases, and the median
	 * and 10th percentile of their start (the 10th percentile of the start is the 90th of
	 * the time waited).
	 */
	Map<String, WaitSpread> waits(String processKey, SteeringQuery query) {
		Map<String, Object> params = new HashMap<>();
		params.put("process", processKey);
		String sql = """
				select element_id, count(*) as waiting, count(distinct case_no) as cases,
				       percentile_cont(0.5) within group (order by started_second) as p50,
				       percentile_cont(0.1) within group (order by started_second) as p10
				from steering_wait
				where ended_at is null and process_key = :process""" + filters(query, params) + " group by element_id";
		Map<String, WaitSpread> spreads = new HashMap<>();
		this.jdbc.sql(sql)
			.params(params)
			.query((rs, row) -> new WaitSpread(rs.getString("element_id"), rs.getLong("waiting"), rs.getLong("cases"),
					rs.getDouble("p50"), rs.getDouble("p10")))
			.list()
			.forEach((spread) -> spreads.put(spread.elementId(), spread));
		return spreads;
	}

	/**
	 * Per office, for the metrics: user tasks open now and those of them past their due
	 * date, over all districts and status groups.
	 */
	Map<String, long[]> openTasksNow(Timestamp now) {
		Map<String, long[]> counts = new HashMap<>();
		this.jdbc.sql("""
				select office, count(*) as open_tasks, count(*) filter (where due_at < :now) as overdue
				from steering_wait where ended_at is null and office is not null group by office""")
			.param("now", now)
			.query((rs, row) -> Map.entry(rs.getString("office"),
					new long[] { rs.getLong("open_tasks"), rs.getLong("overdue") }))
			.list()
			.forEach((entry) -> counts.put(entry.getKey(), entry.getValue()));
		return counts;
	}

	/** Cases opened since the read model began. */
	long casesOpened() {
		return this.jdbc.sql("select count(*) from steering_case").query(Long.class).single();
	}

	/** How many cases live in a district. */
	long casesIn(String district) {
		return this.jdbc.sql("select count(*) from steering_case where district = :district")
			.param("district", district)
			.query(Long.class)
			.single();
	}

	/** Districts with at least the given number of cases, in alphabetical order. */
	List<String> districts(int minimumCases) {
		return this.jdbc.sql("""
				select district from steering_case where district is not null
				group by district having count(*) >= :minimum order by district""")
			.param("minimum", minimumCases)
			.query(String.class)
			.list();
	}

	/** The period as seconds since 1970, as steering_case keeps its instants. */
	private static Map<String, Object> seconds(SteeringQuery query) {
		Map<String, Object> params = new HashMap<>();
		params.put("start", query.start().getTime() / 1000);
		params.put("end", query.end().getTime() / 1000);
		return params;
	}

	static int month(YearMonth month) {
		return month.getYear() * 100 + month.getMonthValue();
	}

	private static String filters(SteeringQuery query, Map<String, Object> params) {
		StringBuilder sql = new StringBuilder();
		if (query.district() != null) {
			sql.append(" and district = :district");
			params.put("district", query.district());
		}
		if (query.statusGroup() != null) {
			sql.append(" and status_group = :statusGroup");
			params.put("statusGroup", query.statusGroup().name());
		}
		return sql.toString();
	}

	record StageCount(String stage, long entered, long completed) {

	}

	/** Count, median, p90 and the number within the target of one KPI or stage. */
	record Spread(String key, long cases, double p50, double p90, long withinTarget) {

	}

	/** A lead time between two milestones with its target in days. */
	record MilestoneSpan(String kpi, Milestone earlier, Milestone later, Integer target) {

	}

	record OfficeCount(String office, long tasks, long cases, long overdue, long overdueCases) {

	}

	record MonthCount(String office, YearMonth month, long tasks, long cases) {

	}

	record WaitSpread(String elementId, long waiting, long cases, double p50Start, double p10Start) {

	}

}
