package de.lotse.steering.internal;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.sql.DataSource;

import de.lotse.chain.IntegrationChainProcess;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Years of cases of the integration chain, written straight into PostgreSQL with COPY:
 * Camunda's history ({@code ACT_HI_PROCINST}, {@code ACT_HI_ACTINST},
 * {@code ACT_HI_TASKINST}, {@code ACT_HI_VARINST}) and the steering read model, both from
 * the same simulated timeline of each case, so that figures computed from either agree.
 * Running the cases through the engine would take hours.
 * <p>
 * Each case arrives at a random time of the last ten years; its stages, tasks and
 * milestones follow with random but plausible durations; whatever lies after "now" has
 * not happened yet (open stages, tasks and timers). The history holds the chain's
 * activity instances, one process instance per stage, the user tasks and four variables
 * per case (district, residence status, move-in date, registration date).
 */
final class SyntheticChainHistory {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final long DAY = 86_400;

	private static final int CHUNK = 2_000;

	static final List<String> DISTRICTS = List.of("Altstadt I", "Altstadt II", "Broich", "Dümpten", "Eppinghofen",
			"Heißen", "Holthausen", "Menden-Holthausen", "Raadt", "Saarn", "Selbeck", "Speldorf", "Styrum",
			"Winkhausen", "Ickten");

	private static final String[] STATUSES = { "ASYL_SEEKER", "ASYL_SEEKER", "ASYL_SEEKER", "ASYL_SEEKER",
			"ASYL_SEEKER", "TOLERATED", "PROTECTED_GFK", "PROTECTED_GFK", "PROTECTED_GFK", "PROTECTED_SUB",
			"PROTECTED_SUB", "PROTECTED_ASYL", "UKR_24", "UKR_24", "UKR_24", "EU", "EU", "EU", "SKILLED", "SKILLED",
			"FAMILY", "FAMILY", "UMA", "MINOR_ACC" };

	private final CopyManager copy;

	private final Map<String, String> definitions;

	private final long start;

	private final long now;

	private final Random random;

	private final Map<String, Table> tables = new LinkedHashMap<>();

	private int cases;

	private int completed;

	SyntheticChainHistory(Connection connection, Map<String, String> definitionIds, Instant start, Instant now,
			long seed) throws SQLException {
		this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
		this.definitions = definitionIds;
		this.start = start.getEpochSecond();
		this.now = now.getEpochSecond();
		this.random = new Random(seed);
		StringBuilder caseColumns = new StringBuilder(
				"case_key, case_no, district, status_group, opened_at, closed_at");
		for (Stage stage : Stage.values()) {
			caseColumns.append(", ")
				.append(stage.column())
				.append("_entered, ")
				.append(stage.column())
				.append("_completed");
		}
		for (Milestone milestone : Milestone.values()) {
			caseColumns.append(", ").append(milestone.column());
		}
		table("steering_case", caseColumns.toString());
		table("steering_wait",
				"activity_instance_id, case_key, case_no, process_key, element_id, district, status_group, "
						+ "task_id, office, started_at, started_second, started_month, due_at, ended_at, ended_month, "
						+ "first_in, first_out");
		table("act_hi_procinst", "id_, proc_inst_id_, business_key_, proc_def_key_, proc_def_id_, start_time_, "
				+ "end_time_, duration_, start_act_id_, end_act_id_, super_process_instance_id_, root_proc_inst_id_, state_");
		table("act_hi_actinst", "id_, parent_act_inst_id_, proc_def_key_, proc_def_id_, root_proc_inst_id_, "
				+ "proc_inst_id_, execution_id_, act_id_, call_proc_inst_id_, act_name_, act_type_, start_time_, "
				+ "end_time_, duration_, act_inst_state_, sequence_counter_");
		table("act_hi_taskinst", "id_, task_def_key_, proc_def_key_, proc_def_id_, root_proc_inst_id_, proc_inst_id_, "
				+ "execution_id_, act_inst_id_, name_, assignee_, start_time_, end_time_, duration_, priority_, "
				+ "due_date_, task_state_");
		table("act_hi_varinst", "id_, proc_def_key_, proc_def_id_, root_proc_inst_id_, proc_inst_id_, execution_id_, "
				+ "act_inst_id_, name_, var_type_, create_time_, rev_, long_, text_, state_");
	}

	/** The latest definition id of each chain process, as Camunda's history needs it. */
	static Map<String, String> definitionIds(DataSource dataSource) throws SQLException {
		Map<String, String> ids = new LinkedHashMap<>();
		try (Connection connection = dataSource.getConnection();
				var statement = connection.prepareStatement(
						"select key_, id_ from act_re_procdef d where version_ = (select max(version_) from act_re_procdef where key_ = d.key_)");
				var rows = statement.executeQuery()) {
			while (rows.next()) {
				ids.put(rows.getString(1), rows.getString(2));
			}
		}
		return ids;
	}

	/**
	 * Generates cases until the given number of them have completed the chain.
	 * @param completedCases how many completed cases
	 * @return what was written
	 */
	Map<String, Integer> generate(int completedCases) throws SQLException {
		while (this.completed < completedCases) {
			simulate(this.cases++);
			if (this.cases % CHUNK == 0) {
				flush();
			}
		}
		flush();
		Map<String, Integer> counts = new LinkedHashMap<>();
		counts.put("cases", this.cases);
		counts.put("completed cases", this.completed);
		counts.put("open cases", this.cases - this.completed);
		this.tables.forEach((name, table) -> counts.put(name, table.total));
		return counts;
	}

	private void simulate(int n) {
		String chain = "bm-" + n;
		String status = STATUSES[this.random.nextInt(STATUSES.length)];
		String group = StatusGroup.of(status).orElseThrow().name();
		String district = DISTRICTS
			.get((int) Math.min(DISTRICTS.size() - 1, Math.abs(this.random.nextGaussian()) * DISTRICTS.size() / 2.5));
		long opened = this.start + (long) (this.random.nextDouble() * (this.now - this.start - DAY));
		opened -= opened % 60;
		Case c = new Case(chain, 1_000_000_000L + n, district, group, opened);
		LocalDate arrivalDay = day(opened);
		boolean asylumRoute = group.equals("ASYLUM") || (group.equals("PROTECTED") && !status.equals("UKR_24"))
				|| status.equals("UMA");
		c.milestone(Milestone.ARRIVAL, arrivalDay, opened);
		c.variable("district", "string", null, district, opened);
		c.variable("residenceStatus", "string", null, status, opened);
		LocalDate moveIn = arrivalDay.plusDays(this.random.nextInt(30));
		c.milestone(Milestone.MOVE_IN, moveIn, opened);
		c.variable("moveInDate", "date", millis(moveIn), null, opened);

		c.activity("StartEvent_CaseOpened", "startEvent", opened, opened);
		long arrivalEnd = opened + (asylumRoute ? days(1, 40) : days(0, 2));
		Stage arrivalStage = Stage.ARRIVAL;
		c.stage(arrivalStage, opened, arrivalEnd);
		if (status.equals("UMA")) {
			c.task(arrivalStage, "Task_ProvisionalCare", "jugendamt", opened, arrivalEnd, null);
		}
		else if (asylumRoute) {
			c.task(arrivalStage, "Task_AdmitToMunicipalAccommodation", "sozialamt", arrivalEnd - days(0, 1), arrivalEnd,
					null);
		}
		if (this.random.nextInt(100) < 3) {
			c.activity("EndEvent_CaseHandedOver", "noneEndEvent", arrivalEnd, arrivalEnd);
			c.close(arrivalEnd);
			return;
		}
		long intakeEnd = arrivalEnd + days(1, 14);
		c.chainTask("Task_IntakeAppointment", "integrationsmanagement", arrivalEnd, intakeEnd);
		if (intakeEnd > this.now) {
			c.close(null);
			return;
		}
		// registration
		long registrationStart = intakeEnd;
		LocalDate earliest = moveIn.isAfter(day(intakeEnd)) ? moveIn : day(intakeEnd);
		int late = (this.random.nextInt(10) < 7) ? this.random.nextInt(12) : 12 + this.random.nextInt(40);
		LocalDate registered = earliest.plusDays(late);
		long confirmed = at(registered) + days(0, 1);
		c.stage(Stage.REGISTRATION, registrationStart, confirmed + this.random.nextInt(3600));
		c.task(Stage.REGISTRATION, "Task_ConfirmRegistration", "meldebehoerde", registrationStart + days(0, 1),
				confirmed, at(moveIn.plusDays(14)));
		c.milestone(Milestone.REGISTRATION, registered, confirmed);
		c.variable("registrationDate", "date", millis(registered), null, confirmed);
		long registrationEnd = confirmed + this.random.nextInt(3600);
		// benefit claim
		boolean jobcentre = group.equals("PROTECTED") || (group.equals("SKILLED") && this.random.nextBoolean());
		String benefitOffice = jobcentre ? "jobcenter" : "sozialamt";
		long facts = intakeEnd + days(1, 10);
		long confirmedRegime = facts + days(1, 5);
		long decided = confirmedRegime + days(2, 20);
		c.task(Stage.BENEFIT_CLAIM, "Task_RecordBenefitFacts", "sozialamt", intakeEnd, facts, null);
		c.task(Stage.BENEFIT_CLAIM, "Task_ConfirmBenefitRegime", benefitOffice, facts, confirmedRegime, null);
		if (!group.equals("EU")) {
			c.task(Stage.BENEFIT_CLAIM, jobcentre ? "Task_ApproveSgb2" : "Task_DecideAsylblg", benefitOffice,
					confirmedRegime, decided, null);
			c.milestone(Milestone.FIRST_BENEFIT, arrivalDay.plusDays(2 + this.random.nextInt(25)));
		}
		long benefitEnd = group.equals("ASYLUM") ? decided + days(30, 700) : decided;
		c.stage(Stage.BENEFIT_CLAIM, intakeEnd, benefitEnd);
		// job centre
		long referralEnd = intakeEnd;
		if (jobcentre) {
			long analysis = intakeEnd + days(5, 40);
			long plan = analysis + days(5, 30);
			c.task(Stage.JOBCENTRE_REFERRAL, "Task_ConductPotentialAnalysis", "jobcenter", intakeEnd, analysis, null);
			c.task(Stage.JOBCENTRE_REFERRAL, "Task_AgreeCooperationPlan", "jobcenter", analysis, plan, null);
			referralEnd = plan + days(0, 200);
		}
		c.stage(Stage.JOBCENTRE_REFERRAL, intakeEnd, referralEnd);
		// language course after the registration
		long courseEnd = registrationEnd;
		if (!group.equals("EU") && !group.equals("MINOR") && this.random.nextInt(100) < 75) {
			long entitlement = registrationEnd + days(1, 20);
			c.task(Stage.LANGUAGE_COURSE, "Task_ConfirmEntitlement", "auslaenderbehoerde", registrationEnd, entitlement,
					null);
			LocalDate entitled = day(entitlement);
			LocalDate courseRegistration = entitled.plusDays(3 + this.random.nextInt(80));
			LocalDate courseStart = courseRegistration.plusDays(7 + this.random.nextInt(80));
			c.milestone(Milestone.COURSE_ENTITLEMENT, entitled);
			c.milestone(Milestone.COURSE_REGISTRATION, courseRegistration);
			c.milestone(Milestone.COURSE_START, courseStart);
			long resultsDue = at(courseStart) + days(150, 300);
			courseEnd = resultsDue + days(1, 30);
			c.task(Stage.LANGUAGE_COURSE, "Task_RecordCourseResults", "auslaenderbehoerde", resultsDue, courseEnd,
					null);
		}
		c.stage(Stage.LANGUAGE_COURSE, registrationEnd, courseEnd);
		long stagesDone = Math.max(Math.max(courseEnd, benefitEnd), referralEnd);
		boolean eligible = (group.equals("PROTECTED") && !status.equals("UKR_24")) || group.equals("EU")
				|| group.equals("SKILLED");
		if (!eligible || this.random.nextInt(100) >= 70) {
			c.activity("EndEvent_NotEligible", "noneEndEvent", stagesDone, stagesDone);
			c.close(stagesDone);
			return;
		}
		// the residence period: five years after the arrival
		long eligibleAt = Math.max(stagesDone, at(arrivalDay.plusYears(5)) + 3600);
		c.chainWait(IntegrationChainProcess.TIMER_RESIDENCE_PERIOD_FULFILLED, "intermediateTimer", stagesDone,
				eligibleAt);
		if (eligibleAt > this.now) {
			c.close(null);
			return;
		}
		c.milestone(Milestone.NATURALISATION_REQUESTED, day(eligibleAt));
		long advised = eligibleAt + days(7, 180);
		long applied = advised + days(0, 60);
		long checked = applied + days(5, 60);
		long decidedApplication = checked + days(30, 600);
		long handedOver = decidedApplication + days(7, 60);
		boolean granted = this.random.nextInt(100) < 85;
		c.task(Stage.NATURALISATION, "Task_AdviseApplicant", "einbuergerungsbehoerde", eligibleAt, advised, null);
		c.milestone(Milestone.NATURALISATION_ADVICE, day(advised));
		c.task(Stage.NATURALISATION, "Task_RecordApplication", "einbuergerungsbehoerde", advised, applied, null);
		c.milestone(Milestone.NATURALISATION_APPLICATION, day(applied));
		c.task(Stage.NATURALISATION, "Task_CheckCompleteness", "einbuergerungsbehoerde", applied, checked,
				applied + 30 * DAY);
		c.task(Stage.NATURALISATION, "Task_DecideApplication", "einbuergerungsbehoerde", checked, decidedApplication,
				applied + 365 * DAY);
		long naturalisationEnd = decidedApplication;
		if (granted) {
			c.task(Stage.NATURALISATION, "Task_HandOverCertificate", "einbuergerungsbehoerde", decidedApplication,
					handedOver, null);
			c.milestone(Milestone.NATURALISATION_HANDOVER, day(handedOver));
			naturalisationEnd = handedOver;
		}
		c.stage(Stage.NATURALISATION, eligibleAt, naturalisationEnd);
		if (naturalisationEnd > this.now) {
			c.close(null);
			return;
		}
		c.activity(IntegrationChainProcess.END_EVENT_CHAIN_COMPLETED, "noneEndEvent", naturalisationEnd,
				naturalisationEnd);
		c.close(naturalisationEnd);
	}

	/** One case while it is generated; everything after "now" is left out or open. */
	private final class Case {

		private final String key;

		private final String district;

		private final String group;

		private final Map<Stage, String> subProcesses = new LinkedHashMap<>();

		private final Map<Stage, Long[]> stages = new java.util.EnumMap<>(Stage.class);

		private final Map<Milestone, Long> milestones = new java.util.EnumMap<>(Milestone.class);

		private final java.util.Set<String> firsts = new java.util.HashSet<>();

		private int sequence;

		private final long openedAt;

		private final long number;

		Case(String key, long number, String district, String group, long openedAt) {
			this.key = key;
			this.number = number;
			this.district = district;
			this.group = group;
			this.openedAt = openedAt;
		}

		void milestone(Milestone milestone, LocalDate date) {
			milestone(milestone, date, at(date));
		}

		/**
		 * A milestone the process records when it sets the date, at {@code recordedAt}.
		 */
		void milestone(Milestone milestone, LocalDate date, long recordedAt) {
			if (recordedAt > SyntheticChainHistory.this.now) {
				return;
			}
			this.milestones.put(milestone, date.toEpochDay());
		}

		void variable(String name, String type, Long longValue, String text, long created) {
			if (created > SyntheticChainHistory.this.now) {
				return;
			}
			String process = name.equals("registrationDate") ? this.subProcesses.get(Stage.REGISTRATION) : this.key;
			String processKey = name.equals("registrationDate") ? Stage.REGISTRATION.id() : IntegrationChainProcess.KEY;
			row("act_hi_varinst", process + ":" + name, processKey, definition(processKey), this.key, process, process,
					process, name, type, timestamp(created), 1, longValue, text, "CREATED");
		}

		void activity(String activityId, String type, long started, long ended) {
			if (started > SyntheticChainHistory.this.now) {
				return;
			}
			Long end = (ended > SyntheticChainHistory.this.now) ? null : ended;
			row("act_hi_actinst", this.key + ":" + activityId, this.key, IntegrationChainProcess.KEY,
					definition(IntegrationChainProcess.KEY), this.key, this.key, this.key, activityId, null, null, type,
					timestamp(started), timestamp(end), (end != null) ? (end - started) * 1000 : null,
					type.endsWith("EndEvent") ? 1 : 0, ++this.sequence);
		}

		/** A stage: the chain's call activity and the stage's process instance. */
		void stage(Stage stage, long entered, long completed) {
			if (entered > SyntheticChainHistory.this.now) {
				return;
			}
			String sub = subProcess(stage);
			Long end = (completed > SyntheticChainHistory.this.now) ? null : completed;
			String activityInstance = this.key + ":" + stage.callActivity();
			row("act_hi_actinst", activityInstance, this.key, IntegrationChainProcess.KEY,
					definition(IntegrationChainProcess.KEY), this.key, this.key, this.key, stage.callActivity(), sub,
					stage.label(), "callActivity", timestamp(entered), timestamp(end),
					(end != null) ? (end - entered) * 1000 : null, 0, ++this.sequence);
			row("act_hi_procinst", sub, sub, businessKey(), stage.id(), definition(stage.id()), timestamp(entered),
					timestamp(end), (end != null) ? (end - entered) * 1000 : null, "StartEvent", null, this.key,
					this.key, (end != null) ? "COMPLETED" : "ACTIVE");
			this.stages.put(stage, new Long[] { entered, end });
			if (end == null) {
				wait(activityInstance, IntegrationChainProcess.KEY, stage.callActivity(), null, null, entered, null,
						null);
			}
		}

		void chainWait(String elementId, String type, long started, long ended) {
			activity(elementId, type, started, ended);
			if (started <= SyntheticChainHistory.this.now && ended > SyntheticChainHistory.this.now) {
				wait(this.key + ":" + elementId, IntegrationChainProcess.KEY, elementId, null, null, started, null,
						null);
			}
		}

		void chainTask(String taskId, String office, long created, long done) {
			activity(taskId, "userTask", created, done);
			taskRow(IntegrationChainProcess.KEY, this.key, taskId, office, created, done, null);
		}

		void task(Stage stage, String taskId, String office, long created, long done, Long due) {
			taskRow(stage.id(), subProcess(stage), taskId, office, created, done, due);
		}

		private void taskRow(String processKey, String processInstance, String taskDefinition, String office,
				long created, long done, Long due) {
			if (created > SyntheticChainHistory.this.now) {
				return;
			}
			Long end = (done > SyntheticChainHistory.this.now) ? null : done;
			String id = processInstance + ":" + taskDefinition;
			row("act_hi_taskinst", id, taskDefinition, processKey, definition(processKey), this.key, processInstance,
					processInstance, id, taskDefinition, null, timestamp(created), timestamp(end),
					(end != null) ? (end - created) * 1000 : null, 50, timestamp(due),
					(end != null) ? "Completed" : "Created");
			wait(id, processKey, taskDefinition, id, office, created, due, end);
		}

		private void wait(String activityInstance, String processKey, String elementId, String taskId, String office,
				long started, Long due, Long ended) {
			Integer endedMonth = (ended != null) ? month(ended) : null;
			Integer firstIn = (office != null) ? (this.firsts.add("in " + office + " " + month(started)) ? 1 : 0)
					: null;
			Integer firstOut = (office != null && ended != null)
					? (this.firsts.add("out " + office + " " + endedMonth) ? 1 : 0) : null;
			row("steering_wait", activityInstance, this.key, this.number, processKey, elementId, this.district,
					this.group, taskId, office, timestamp(started), started, month(started), timestamp(due),
					timestamp(ended), endedMonth, firstIn, firstOut);
		}

		void close(Long closed) {
			Long end = (closed != null && closed <= SyntheticChainHistory.this.now) ? closed : null;
			long opened = this.openedAt;
			List<Object> values = new ArrayList<>(
					List.of(this.key, this.number, this.district, this.group, timestamp(opened)));
			values.add(timestamp(end));
			for (Stage stage : Stage.values()) {
				Long[] times = this.stages.get(stage);
				values.add((times != null) ? times[0] : null);
				values.add((times != null) ? times[1] : null);
			}
			for (Milestone milestone : Milestone.values()) {
				values.add(this.milestones.get(milestone));
			}
			row("steering_case", values.toArray());
			row("act_hi_procinst", this.key, this.key, businessKey(), IntegrationChainProcess.KEY,
					definition(IntegrationChainProcess.KEY), timestamp(opened), timestamp(end),
					(end != null) ? (end - opened) * 1000 : null, IntegrationChainProcess.START_EVENT, null, null,
					this.key, (end != null) ? "COMPLETED" : "ACTIVE");
			if (end != null) {
				SyntheticChainHistory.this.completed++;
			}
		}

		private String subProcess(Stage stage) {
			return this.subProcesses.computeIfAbsent(stage, (s) -> this.key + "-" + s.id());
		}

		private String businessKey() {
			return "BM-" + this.key;
		}

	}

	private void row(String table, Object... values) {
		this.tables.get(table).row(values);
	}

	private void table(String name, String columns) {
		this.tables.put(name, new Table("copy " + name + " (" + columns + ") from stdin"));
	}

	private void flush() throws SQLException {
		for (Table table : this.tables.values()) {
			table.flush(this.copy);
		}
	}

	private String definition(String processKey) {
		String id = this.definitions.get(processKey);
		if (id == null) {
			throw new IllegalStateException("Process " + processKey + " is not deployed");
		}
		return id;
	}

	private long days(int min, int max) {
		return min * DAY + (long) (this.random.nextDouble() * (max - min) * DAY);
	}

	private static LocalDate day(long epochSecond) {
		return Instant.ofEpochSecond(epochSecond).atZone(BERLIN).toLocalDate();
	}

	/** 09:00 on the day, when offices open. */
	private static long at(LocalDate date) {
		return date.atTime(9, 0).atZone(BERLIN).toEpochSecond();
	}

	/** The month in the municipality's calendar, as {@code yyyymm}. */
	private static int month(long epochSecond) {
		LocalDate day = day(epochSecond);
		return day.getYear() * 100 + day.getMonthValue();
	}

	private static long millis(LocalDate date) {
		return date.atStartOfDay(BERLIN).toInstant().toEpochMilli();
	}

	/** As JDBC writes a timestamp without time zone: the JVM's local time. */
	private static String timestamp(Long epochSecond) {
		if (epochSecond == null) {
			return null;
		}
		return LocalDateTime.ofInstant(Instant.ofEpochSecond(epochSecond), ZoneId.systemDefault()).format(TIMESTAMP);
	}

	/** Rows of one table in COPY's text format, sent in chunks. */
	private static final class Table {

		private final String sql;

		private final StringBuilder rows = new StringBuilder();

		private int total;

		Table(String sql) {
			this.sql = sql;
		}

		void row(Object... values) {
			for (int i = 0; i < values.length; i++) {
				if (i > 0) {
					this.rows.append('\t');
				}
				this.rows.append((values[i] != null) ? values[i].toString() : "\\N");
			}
			this.rows.append('\n');
			this.total++;
		}

		void flush(CopyManager copy) throws SQLException {
			if (this.rows.isEmpty()) {
				return;
			}
			try {
				copy.copyIn(this.sql, new StringReader(this.rows.toString()));
			}
			catch (java.io.IOException ex) {
				throw new SQLException(ex);
			}
			this.rows.setLength(0);
		}

	}

}
