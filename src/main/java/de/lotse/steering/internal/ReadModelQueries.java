package de.lotse.steering.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of the steering figures: aggregates over the read model, one statement per
 * table, portable between PostgreSQL and H2 (both know {@code percentile_cont ... within
 * group}). Returns raw counts; suppression is {@link SteeringFigures}'s business.
 */
@Component
class ReadModelQueries {

	private final JdbcClient jdbc;

	ReadModelQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Per stage: cases that entered it in the period, and of those completed by its end.
	 */
	Map<String, StageCount> funnel(SteeringQuery query) {
		Map<String, Object> params = period(query);
		String sql = """
				select stage, count(*) as entered,
				       sum(case when completed_at < :end then 1 else 0 end) as completed
				from steering_stage
				where entered_at >= :start and entered_at < :end""" + filters(query, "", params) + " group by stage";
		Map<String, StageCount> counts = new HashMap<>();
		this.jdbc.sql(sql)
			.params(params)
			.query((rs, row) -> new StageCount(rs.getString("stage"), rs.getLong("entered"), rs.getLong("completed")))
			.list()
			.forEach((count) -> counts.put(count.stage(), count));
		return counts;
	}

	/** Per stage completed in the period: lead time in seconds, median and p90. */
	Map<String, Spread> stageLeadTimes(SteeringQuery query) {
		Map<String, Object> params = period(query);
		String sql = """
				select stage, count(*) as cases,
				       percentile_cont(0.5) within group (order by lead_seconds) as p50,
				       percentile_cont(0.9) within group (order by lead_seconds) as p90
				from steering_stage
				where completed_at >= :start and completed_at < :end and lead_seconds is not null"""
				+ filters(query, "", params) + " group by stage";
		Map<String, Spread> spreads = new HashMap<>();
		this.jdbc.sql(sql)
			.params(params)
			.query((rs, row) -> new Spread(rs.getString("stage"), rs.getLong("cases"), rs.getDouble("p50"),
					rs.getDouble("p90"), 0))
			.list()
			.forEach((spread) -> spreads.put(spread.key(), spread));
		return spreads;
	}

	/**
	 * Days between two milestones of the same case, for the cases whose later milestone
	 * lies in the period: count, median, p90 and how many within the target. One
	 * statement for all KPIs.
	 */
	Map<String, Spread> milestoneLeadTimes(SteeringQuery query, List<MilestoneSpan> spans) {
		Map<String, Object> params = new HashMap<>();
		params.put("fromDay", java.sql.Date.valueOf(query.from()));
		params.put("toDay", java.sql.Date.valueOf(query.to()));
		String filters = filters(query, "b.", params);
		StringBuilder sql = new StringBuilder();
		for (int i = 0; i < spans.size(); i++) {
			MilestoneSpan span = spans.get(i);
			params.put("kpi" + i, span.kpi());
			params.put("earlier" + i, span.earlier().name());
			params.put("later" + i, span.later().name());
			params.put("target" + i, (span.target() != null) ? span.target() : Integer.MAX_VALUE);
			if (i > 0) {
				sql.append(" union all ");
			}
			sql.append("""
					select cast(:kpi%1$d as varchar(20)) as kpi, count(*) as cases,
					       percentile_cont(0.5) within group (order by b.epoch_day - a.epoch_day) as p50,
					       percentile_cont(0.9) within group (order by b.epoch_day - a.epoch_day) as p90,
					       sum(case when b.epoch_day - a.epoch_day <= :target%1$d then 1 else 0 end) as within_target
					from steering_milestone b
					join steering_milestone a on a.case_key = b.case_key and a.milestone = :earlier%1$d
					where b.milestone = :later%1$d and b.occurred_on >= :fromDay and b.occurred_on <= :toDay"""
				.formatted(i)).append(filters);
		}
		Map<String, Spread> spreads = new HashMap<>();
		this.jdbc.sql(sql.toString())
			.params(params)
			.query((rs, row) -> new Spread(rs.getString("kpi"), rs.getLong("cases"), rs.getDouble("p50"),
					rs.getDouble("p90"), rs.getLong("within_target")))
			.list()
			.forEach((spread) -> spreads.put(spread.key(), spread));
		return spreads;
	}

	/**
	 * Naturalisation applications open at the end of a day, counted by the day they were
	 * filed: younger than 6, 6 to 12, 12 to 24 and over 24 months.
	 */
	long[] naturalisationBacklog(SteeringQuery query, LocalDate asOf) {
		Map<String, Object> params = new HashMap<>();
		params.put("asOf", java.sql.Date.valueOf(asOf));
		params.put("asOfEnd", Timestamp.valueOf(asOf.plusDays(1).atStartOfDay()));
		params.put("b6", asOf.minusMonths(6).toEpochDay());
		params.put("b12", asOf.minusMonths(12).toEpochDay());
		params.put("b24", asOf.minusMonths(24).toEpochDay());
		params.put("application", Milestone.NATURALISATION_APPLICATION.name());
		params.put("stage", Stage.NATURALISATION.id());
		String sql = """
				select sum(case when m.epoch_day > :b6 then 1 else 0 end) as lt6,
				       sum(case when m.epoch_day <= :b6 and m.epoch_day > :b12 then 1 else 0 end) as m6to12,
				       sum(case when m.epoch_day <= :b12 and m.epoch_day > :b24 then 1 else 0 end) as m12to24,
				       sum(case when m.epoch_day <= :b24 then 1 else 0 end) as gt24
				from steering_milestone m
				join steering_stage s on s.case_key = m.case_key and s.stage = :stage
				where m.milestone = :application and m.occurred_on <= :asOf
				  and (s.completed_at is null or s.completed_at >= :asOfEnd)""" + filters(query, "m.", params);
		return this.jdbc.sql(sql)
			.params(params)
			.query((rs,
					row) -> new long[] { rs.getLong("lt6"), rs.getLong("m6to12"), rs.getLong("m12to24"),
							rs.getLong("gt24") })
			.single();
	}

	/** Per office: tasks open at an instant, and of those overdue, with their cases. */
	Map<String, OfficeCount> openTasks(SteeringQuery query, Timestamp at) {
		Map<String, Object> params = new HashMap<>();
		params.put("at", at);
		String sql = """
				select office, count(*) as tasks, count(distinct case_key) as cases,
				       sum(case when due_at < :at then 1 else 0 end) as overdue,
				       count(distinct case when due_at < :at then case_key end) as overdue_cases
				from steering_wait
				where office is not null and started_at <= :at and (ended_at is null or ended_at > :at)"""
				+ filters(query, "", params) + " group by office";
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
				select office, count(*) as tasks, count(distinct case_key) as cases
				from steering_wait
				where office is not null and due_at >= :start and due_at < :until
				  and (ended_at is null or ended_at > due_at)""" + filters(query, "", params) + " group by office";
		Map<String, OfficeCount> counts = new HashMap<>();
		this.jdbc.sql(sql)
			.params(params)
			.query((rs, row) -> new OfficeCount(rs.getString("office"), rs.getLong("tasks"), rs.getLong("cases"), 0, 0))
			.list()
			.forEach((count) -> counts.put(count.office(), count));
		return counts;
	}

	/**
	 * Per office and month: tasks created ({@code started_at}) or completed
	 * ({@code ended_at}) in the period.
	 */
	List<MonthCount> flow(SteeringQuery query, boolean outflow) {
		Map<String, Object> params = period(query);
		String column = outflow ? "ended_at" : "started_at";
		String sql = """
				select office, extract(year from %1$s) as y, extract(month from %1$s) as m,
				       count(*) as tasks, count(distinct case_key) as cases
				from steering_wait
				where office is not null and %1$s >= :start and %1$s < :end""".formatted(column)
				+ filters(query, "", params)
				+ " group by office, extract(year from %1$s), extract(month from %1$s)".formatted(column);
		return this.jdbc.sql(sql)
			.params(params)
			.query((rs, row) -> new MonthCount(rs.getString("office"), YearMonth.of(rs.getInt("y"), rs.getInt("m")),
					rs.getLong("tasks"), rs.getLong("cases")))
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
				select element_id, count(*) as waiting, count(distinct case_key) as cases,
				       percentile_cont(0.5) within group (order by started_second) as p50,
				       percentile_cont(0.1) within group (order by started_second) as p10
				from steering_wait
				where ended_at is null and process_key = :process""" + filters(query, "", params)
				+ " group by element_id";
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
				select office, count(*) as open_tasks, sum(case when due_at < :now then 1 else 0 end) as overdue
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

	/** Districts with at least the given number of cases, in alphabetical order. */
	List<String> districts(int minimumCases) {
		return this.jdbc.sql("""
				select district from steering_case where district is not null
				group by district having count(*) >= :minimum order by district""")
			.param("minimum", minimumCases)
			.query(String.class)
			.list();
	}

	private static Map<String, Object> period(SteeringQuery query) {
		Map<String, Object> params = new HashMap<>();
		params.put("start", query.start());
		params.put("end", query.end());
		return params;
	}

	private static String filters(SteeringQuery query, String alias, Map<String, Object> params) {
		StringBuilder sql = new StringBuilder();
		if (query.district() != null) {
			sql.append(" and ").append(alias).append("district = :district");
			params.put("district", query.district());
		}
		if (query.statusGroup() != null) {
			sql.append(" and ").append(alias).append("status_group = :statusGroup");
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
