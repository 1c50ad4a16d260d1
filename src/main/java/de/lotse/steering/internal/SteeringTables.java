package de.lotse.steering.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures as the steering API returns them (JSON) and exports them (CSV). Every
 * figure is a {@link Cell}; nothing identifies a case.
 */
final class SteeringTables {

	private SteeringTables() {
	}

	/**
	 * The period a table covers.
	 *
	 * @param from first day
	 * @param to last day
	 */
	record Period(LocalDate from, LocalDate to) {

		static Period of(SteeringQuery query) {
			return new Period(query.from(), query.to());
		}

	}

	/**
	 * A choice of the filters.
	 *
	 * @param id the value to send
	 * @param label its German name
	 */
	record Option(String id, String label) {

	}

	/**
	 * What the filters offer.
	 *
	 * @param districts districts with at least the minimum number of cases
	 * @param statusGroups the status groups
	 * @param minimumCellSize figures from fewer cases are suppressed
	 */
	record Filters(List<String> districts, List<Option> statusGroups, int minimumCellSize) {

	}

	/**
	 * Cases that entered each stage in the period, and of those, how many completed it by
	 * the end of the period and how many are still in it (entered = completed + open).
	 *
	 * @param period the period
	 * @param rows one per stage, in the order of the chain
	 */
	record Funnel(Period period, List<FunnelRow> rows) implements CsvTable {

		@Override
		public String csvName() {
			return "trichter";
		}

		@Override
		public List<String> csvHeader() {
			return List.of("Station", "Eingetreten", "Abgeschlossen", "Offen");
		}

		@Override
		public List<List<Object>> csvRows() {
			return this.rows.stream()
				.<List<Object>>map((row) -> List.of(row.label(), row.entered(), row.completed(), row.open()))
				.toList();
		}

	}

	record FunnelRow(String stage, String label, Cell entered, Cell completed, Cell open) {

	}

	/**
	 * Lead times in days: the KPIs between two milestones (cohort: cases whose later
	 * milestone lies in the period) and each stage from entry to completion (cohort:
	 * stages completed in the period).
	 *
	 * @param period the period
	 * @param rows one per KPI
	 */
	record LeadTimes(Period period, List<LeadTimeRow> rows) implements CsvTable {

		@Override
		public String csvName() {
			return "durchlaufzeiten";
		}

		@Override
		public List<String> csvHeader() {
			return List.of("Kennzahl", "Bezeichnung", "Fälle", "Median (Tage)", "90. Perzentil (Tage)",
					"Anteil im Ziel", "Ziel (Tage)");
		}

		@Override
		public List<List<Object>> csvRows() {
			List<List<Object>> rows = new ArrayList<>();
			for (LeadTimeRow row : this.rows) {
				List<Object> line = new ArrayList<>();
				line.add(row.kpi());
				line.add(row.label());
				line.add(row.cases());
				line.add(row.median());
				line.add(row.p90());
				line.add(row.withinTarget());
				line.add(row.target());
				rows.add(line);
			}
			return rows;
		}

	}

	/**
	 * One lead time.
	 *
	 * @param kpi the KPI's id, e.g. {@code P2}, or {@code stage:<stage>}
	 * @param label German name
	 * @param unit always {@code days}
	 * @param cases the cases measured
	 * @param median median in days
	 * @param p90 90th percentile in days
	 * @param withinTarget share of the cases within the target (0..1), {@code null}
	 * without a target
	 * @param target the target in days, or {@code null}
	 */
	record LeadTimeRow(String kpi, String label, String unit, Cell cases, Cell median, Cell p90, Cell withinTarget,
			Integer target) {

	}

	/**
	 * P15: open naturalisation applications at the end of the period (or today), by the
	 * age of the application.
	 *
	 * @param period the period
	 * @param asOf the day the backlog is counted
	 * @param rows one per age bucket
	 * @param total all open applications
	 */
	record NaturalisationBacklog(Period period, LocalDate asOf, List<BucketRow> rows, Cell total) implements CsvTable {

		@Override
		public String csvName() {
			return "einbuergerung-rueckstand";
		}

		@Override
		public List<String> csvHeader() {
			return List.of("Alter des Antrags", "Offene Anträge");
		}

		@Override
		public List<List<Object>> csvRows() {
			List<List<Object>> rows = new ArrayList<>();
			this.rows.forEach((row) -> rows.add(List.of(row.label(), row.open())));
			rows.add(List.of("Insgesamt", this.total));
			return rows;
		}

	}

	record BucketRow(String bucket, String label, Cell open) {

	}

	/**
	 * P17: per office the open tasks and the overdue ones at the end of the period (or
	 * now), and the deadlines missed in the period.
	 *
	 * @param period the period
	 * @param asOf the day the open tasks are counted
	 * @param rows one per office
	 */
	record OfficeBacklog(Period period, LocalDate asOf, List<OfficeRow> rows) implements CsvTable {

		@Override
		public String csvName() {
			return "rueckstand-aemter";
		}

		@Override
		public List<String> csvHeader() {
			return List.of("Amt", "Offene Aufgaben", "Davon überfällig", "Fristüberschreitungen im Zeitraum");
		}

		@Override
		public List<List<Object>> csvRows() {
			return this.rows.stream()
				.<List<Object>>map((row) -> List.of(row.label(), row.open(), row.overdue(), row.breachesInPeriod()))
				.toList();
		}

	}

	record OfficeRow(String office, String label, Cell open, Cell overdue, Cell breachesInPeriod) {

	}

	/**
	 * Inflow (tasks offered to the office) and outflow (tasks completed) per office and
	 * month.
	 *
	 * @param period the period
	 * @param months the months of the period, {@code 2026-01}
	 * @param rows one per office, with one cell per month
	 */
	record Flow(Period period, List<String> months, List<FlowRow> rows) implements CsvTable {

		@Override
		public String csvName() {
			return "zu-und-abgang";
		}

		@Override
		public List<String> csvHeader() {
			return List.of("Amt", "Monat", "Zugang (neue Aufgaben)", "Abgang (erledigte Aufgaben)");
		}

		@Override
		public List<List<Object>> csvRows() {
			List<List<Object>> rows = new ArrayList<>();
			for (FlowRow row : this.rows) {
				for (int i = 0; i < this.months.size(); i++) {
					rows.add(List.of(row.label(), this.months.get(i), row.inflow().get(i), row.outflow().get(i)));
				}
			}
			return rows;
		}

	}

	record FlowRow(String office, String label, List<Cell> inflow, List<Cell> outflow) {

	}

	/**
	 * Where the cases of one process wait now, and since when.
	 *
	 * @param process the process key
	 * @param elements one per BPMN element where a case can wait
	 */
	record Heatmap(String process, List<HeatmapElement> elements) implements CsvTable {

		@Override
		public String csvName() {
			return "wartestellen-" + this.process;
		}

		@Override
		public List<String> csvHeader() {
			return List.of("Element", "Bezeichnung", "Wartende Fälle", "Median Wartezeit (Tage)",
					"90. Perzentil Wartezeit (Tage)");
		}

		@Override
		public List<List<Object>> csvRows() {
			List<List<Object>> rows = new ArrayList<>();
			for (HeatmapElement element : this.elements) {
				List<Object> line = new ArrayList<>();
				line.add(element.elementId());
				line.add(element.name());
				line.add(element.waiting());
				line.add(element.medianWaitDays());
				line.add(element.p90WaitDays());
				rows.add(line);
			}
			return rows;
		}

	}

	/**
	 * One BPMN element.
	 *
	 * @param elementId its id in the model
	 * @param name its German name in the model
	 * @param waiting cases waiting there now
	 * @param medianWaitDays how long they have waited, median
	 * @param p90WaitDays how long they have waited, 90th percentile
	 */
	record HeatmapElement(String elementId, String name, Cell waiting, Cell medianWaitDays, Cell p90WaitDays) {

	}

}
