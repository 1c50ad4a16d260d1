package de.lotse.steering.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.lotse.directory.Departments;
import de.lotse.steering.internal.ReadModelQueries.MilestoneSpan;
import de.lotse.steering.internal.ReadModelQueries.MonthCount;
import de.lotse.steering.internal.ReadModelQueries.OfficeCount;
import de.lotse.steering.internal.ReadModelQueries.Spread;
import de.lotse.steering.internal.ReadModelQueries.StageCount;
import de.lotse.steering.internal.ReadModelQueries.WaitSpread;
import de.lotse.steering.internal.Suppression.Line;
import de.lotse.steering.internal.SteeringTables.BucketRow;
import de.lotse.steering.internal.SteeringTables.Filters;
import de.lotse.steering.internal.SteeringTables.Flow;
import de.lotse.steering.internal.SteeringTables.FlowRow;
import de.lotse.steering.internal.SteeringTables.Funnel;
import de.lotse.steering.internal.SteeringTables.FunnelRow;
import de.lotse.steering.internal.SteeringTables.Heatmap;
import de.lotse.steering.internal.SteeringTables.HeatmapElement;
import de.lotse.steering.internal.SteeringTables.LeadTimeRow;
import de.lotse.steering.internal.SteeringTables.LeadTimes;
import de.lotse.steering.internal.SteeringTables.NaturalisationBacklog;
import de.lotse.steering.internal.SteeringTables.OfficeBacklog;
import de.lotse.steering.internal.SteeringTables.OfficeRow;
import de.lotse.steering.internal.SteeringTables.Option;
import de.lotse.steering.internal.SteeringTables.Period;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * Builds the steering tables from the read model's aggregates and suppresses every figure
 * that stems from too few cases, in one place ({@link Suppression}). "Now" is the
 * engine's clock, the same clock that stamped the read model.
 */
@Service
@EnableConfigurationProperties(SteeringSettings.class)
class SteeringFigures {

	static final ZoneId MUNICIPALITY = ZoneId.of("Europe/Berlin");

	private static final double SECONDS_PER_DAY = 86_400;

	/** The KPIs between two milestones of the domain's KPI set (section 7). */
	static final List<Kpi> KPIS = List.of(
			new Kpi("P2", "Anmeldung innerhalb von 14 Tagen nach Einzug (§ 17 BMG)", Milestone.MOVE_IN,
					Milestone.REGISTRATION, 14),
			new Kpi("P3", "Tage von der Ankunft bis zur ersten Leistung", Milestone.ARRIVAL, Milestone.FIRST_BENEFIT,
					7),
			new Kpi("P8", "Kursanmeldung nach Ausstellung der Berechtigung (Ziel 4 Wochen)",
					Milestone.COURSE_ENTITLEMENT, Milestone.COURSE_REGISTRATION, 28),
			new Kpi("P9", "Kursbeginn innerhalb von 6 Wochen nach Anmeldung (§ 7 Abs. 3 IntV)",
					Milestone.COURSE_REGISTRATION, Milestone.COURSE_START, 42),
			new Kpi("P14", "Einbürgerung: Antrag bis Aushändigung der Urkunde (Ziel unter 12 Monaten)",
					Milestone.NATURALISATION_APPLICATION, Milestone.NATURALISATION_HANDOVER, 365),
			new Kpi("P14W", "Einbürgerung: Wartezeit auf den ersten Beratungstermin",
					Milestone.NATURALISATION_REQUESTED, Milestone.NATURALISATION_ADVICE, null));

	private final ReadModelQueries queries;

	private final ChainModels models;

	private final Suppression suppression;

	SteeringFigures(ReadModelQueries queries, ChainModels models, SteeringSettings settings) {
		this.queries = queries;
		this.models = models;
		this.suppression = new Suppression(settings.minimumCellSize());
	}

	int minimumCellSize() {
		return this.suppression.minimum();
	}

	/** Today in the municipality, by the engine's clock. */
	static LocalDate today() {
		return ClockUtil.getCurrentTime().toInstant().atZone(MUNICIPALITY).toLocalDate();
	}

	Filters filters() {
		return new Filters(districts(),
				Arrays.stream(StatusGroup.values()).map((group) -> new Option(group.name(), group.label())).toList(),
				minimumCellSize());
	}

	/** Districts with enough cases to be shown at all; no other may be asked for. */
	List<String> districts() {
		return this.queries.districts(minimumCellSize());
	}

	/**
	 * Whether a district may be asked for: one of {@link #districts()}.
	 * @param district a district
	 * @return {@code true} if it has enough cases
	 */
	boolean isKnownDistrict(String district) {
		return this.queries.casesIn(district) >= minimumCellSize();
	}

	Funnel funnel(SteeringQuery query) {
		Map<String, StageCount> counts = this.queries.funnel(query);
		List<FunnelRow> rows = new ArrayList<>();
		for (Stage stage : Stage.values()) {
			StageCount count = counts.getOrDefault(stage.id(), new StageCount(stage.id(), 0, 0));
			// entered = completed + open: a line with its total
			List<Cell> cells = this.suppression.table(List.of(Figure.count(count.entered()),
					Figure.count(count.completed()), Figure.count(count.entered() - count.completed())),
					List.of(new Line(0, 1, 2)));
			rows.add(new FunnelRow(stage.id(), stage.label(), cells.get(0), cells.get(1), cells.get(2)));
		}
		return new Funnel(Period.of(query), rows);
	}

	LeadTimes leadTimes(SteeringQuery query) {
		List<MilestoneSpan> spans = KPIS.stream()
			.map((kpi) -> new MilestoneSpan(kpi.id(), kpi.earlier(), kpi.later(), kpi.target()))
			.toList();
		Map<String, Spread> spreads = this.queries.leadTimes(query, spans);
		List<LeadTimeRow> rows = new ArrayList<>();
		for (Kpi kpi : KPIS) {
			Spread spread = spreads.get(kpi.id());
			rows.add(new LeadTimeRow(kpi.id(), kpi.label(), "days", this.suppression.cell(Figure.count(spread.cases())),
					this.suppression.cell(new Figure(round(spread.p50()), spread.cases())),
					this.suppression.cell(new Figure(round(spread.p90()), spread.cases())),
					(kpi.target() != null) ? this.suppression.share(spread.withinTarget(), spread.cases()) : null,
					kpi.target()));
		}
		for (Stage stage : Stage.values()) {
			Spread spread = spreads.get(stage.id());
			rows.add(new LeadTimeRow("stage:" + stage.id(), "Durchlaufzeit " + stage.label(), "days",
					this.suppression.cell(Figure.count(spread.cases())),
					this.suppression.cell(new Figure(round(spread.p50() / SECONDS_PER_DAY), spread.cases())),
					this.suppression.cell(new Figure(round(spread.p90() / SECONDS_PER_DAY), spread.cases())), null,
					null));
		}
		return new LeadTimes(Period.of(query), rows);
	}

	NaturalisationBacklog naturalisationBacklog(SteeringQuery query) {
		LocalDate asOf = asOf(query);
		long[] buckets = this.queries.naturalisationBacklog(query, asOf);
		List<Figure> figures = new ArrayList<>();
		figures.add(Figure.count(Arrays.stream(buckets).sum()));
		Arrays.stream(buckets).mapToObj(Figure::count).forEach(figures::add);
		List<Cell> cells = this.suppression.table(figures, List.of(new Line(0, 1, 2, 3, 4)));
		List<BucketRow> rows = List.of(new BucketRow("LT_6", "unter 6 Monaten", cells.get(1)),
				new BucketRow("M6_12", "6 bis 12 Monate", cells.get(2)),
				new BucketRow("M12_24", "12 bis 24 Monate", cells.get(3)),
				new BucketRow("GT_24", "über 24 Monate", cells.get(4)));
		return new NaturalisationBacklog(Period.of(query), asOf, rows, cells.get(0));
	}

	OfficeBacklog officeBacklog(SteeringQuery query) {
		Timestamp at = until(query);
		boolean now = !query.end().before(new Timestamp(ClockUtil.getCurrentTime().getTime()));
		Map<String, OfficeCount> open = this.queries.openTasks(query, at, now);
		Map<String, OfficeCount> breaches = this.queries.breaches(query, at);
		List<OfficeRow> rows = new ArrayList<>();
		for (String office : Departments.ids()) {
			OfficeCount openCount = open.getOrDefault(office, new OfficeCount(office, 0, 0, 0, 0));
			OfficeCount breachCount = breaches.getOrDefault(office, new OfficeCount(office, 0, 0, 0, 0));
			rows.add(new OfficeRow(office, Departments.name(office),
					this.suppression.cell(new Figure(openCount.tasks(), openCount.cases())),
					this.suppression.cell(new Figure(openCount.overdue(), openCount.overdueCases())),
					this.suppression.cell(new Figure(breachCount.tasks(), breachCount.cases()))));
		}
		return new OfficeBacklog(Period.of(query), asOf(query), rows);
	}

	Flow flow(SteeringQuery query) {
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth month = YearMonth.from(query.from()); !month.isAfter(YearMonth.from(query.to())); month = month
			.plusMonths(1)) {
			months.add(month);
		}
		Map<String, Figure> inflow = new HashMap<>();
		Map<String, Figure> outflow = new HashMap<>();
		for (MonthCount count : this.queries.flow(query, false)) {
			inflow.put(count.office() + "|" + count.month(), new Figure(count.tasks(), count.cases()));
		}
		for (MonthCount count : this.queries.flow(query, true)) {
			outflow.put(count.office() + "|" + count.month(), new Figure(count.tasks(), count.cases()));
		}
		List<FlowRow> rows = new ArrayList<>();
		for (String office : Departments.ids()) {
			List<Cell> in = new ArrayList<>();
			List<Cell> out = new ArrayList<>();
			for (YearMonth month : months) {
				in.add(this.suppression.cell(inflow.getOrDefault(office + "|" + month, Figure.count(0))));
				out.add(this.suppression.cell(outflow.getOrDefault(office + "|" + month, Figure.count(0))));
			}
			rows.add(new FlowRow(office, Departments.name(office), in, out));
		}
		return new Flow(Period.of(query), months.stream().map(YearMonth::toString).toList(), rows);
	}

	Heatmap heatmap(String processKey, SteeringQuery query) {
		Map<String, WaitSpread> waits = this.queries.waits(processKey, query);
		Map<String, String> elements = new java.util.LinkedHashMap<>(this.models.waitingElements(processKey));
		waits.keySet().forEach((elementId) -> elements.putIfAbsent(elementId, elementId));
		double now = ClockUtil.getCurrentTime().getTime() / 1000.0;
		List<HeatmapElement> rows = new ArrayList<>();
		elements.forEach((elementId, name) -> {
			WaitSpread spread = waits.getOrDefault(elementId, new WaitSpread(elementId, 0, 0, now, now));
			rows.add(new HeatmapElement(elementId, name,
					this.suppression.cell(new Figure(spread.waiting(), spread.cases())),
					this.suppression
						.cell(new Figure(round((now - spread.p50Start()) / SECONDS_PER_DAY), spread.cases())),
					this.suppression
						.cell(new Figure(round((now - spread.p10Start()) / SECONDS_PER_DAY), spread.cases()))));
		});
		return new Heatmap(processKey, rows);
	}

	/** The day backlogs are counted: the period's last day, or today if that is later. */
	private static LocalDate asOf(SteeringQuery query) {
		LocalDate today = today();
		return query.to().isAfter(today) ? today : query.to();
	}

	/** The end of the period, or now if the period reaches into the future. */
	private static Timestamp until(SteeringQuery query) {
		Timestamp now = new Timestamp(ClockUtil.getCurrentTime().getTime());
		return query.end().after(now) ? now : query.end();
	}

	private static double round(double days) {
		return Math.round(days * 10) / 10.0;
	}

	/**
	 * A lead time between two milestones.
	 *
	 * @param id the KPI's id in the domain's KPI set
	 * @param label German name
	 * @param earlier where it starts
	 * @param later where it ends; the cohort is the cases whose later milestone lies in
	 * the period
	 * @param target the target in days, or {@code null}
	 */
	record Kpi(String id, String label, Milestone earlier, Milestone later, Integer target) {

	}

}
