package de.lotse.steering;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.lotse.chain.ChainDriver;
import de.lotse.chain.ChainVariables;
import de.lotse.chain.IntegrationChainProcess;
import de.lotse.chain.JobcentreReferralProcess;
import de.lotse.chain.RegistrationProcess;
import de.lotse.support.LotseTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

import static de.lotse.chain.ChainDriver.day;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The steering figures of real cases driven through the chain by clerks and agencies:
 * twelve EU citizens (ten in Styrum, two in Broich) open their cases on 2 March 2026 and
 * move in the same day. Six are registered on 6 March, six on 20 March after the deadline
 * escalated; one escalation is closed with a note. Today is 20 March 2026.
 */
@LotseTest
// the Prometheus endpoint, which tests leave out unless asked
@AutoConfigureObservability(tracing = false)
// the test fires the due timers itself (ChainDriver), the job executor would race it
@TestPropertySource(properties = "camunda.bpm.job-execution.enabled=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SteeringApiTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String ESCALATION_NOTE = "Notiz Geheimsache 4711";

	/** Every table of the API, with the parameters that change what it shows. */
	private static final List<String> TABLES = List.of("funnel", "lead-times", "naturalisation-backlog", "backlog",
			"flow", "heatmap", "heatmap?process=registration", "heatmap?process=language-course",
			"heatmap?process=benefit-claim", "heatmap?process=arrival", "heatmap?process=jobcentre-referral",
			"heatmap?process=naturalisation");

	private static final List<String> FILTERS = List.of("", "district=Styrum",
			"from=2016-04-01&to=2026-03-31&district=Styrum&statusGroup=EU");

	@Autowired
	ProcessEngine engine;

	@Autowired
	TestRestTemplate rest;

	final List<String> references = new ArrayList<>();

	final List<Map<String, Object>> intakes = new ArrayList<>();

	@BeforeAll
	void driveCases() {
		ChainDriver.staffDepartments(this.engine);
		ClockUtil.setCurrentTime(day("2026-03-02"));
		for (int i = 0; i < 12; i++) {
			this.references.add(openCase(i, (i < 10) ? "Styrum" : "Broich"));
		}
		ClockUtil.setCurrentTime(day("2026-03-04"));
		for (String reference : this.references) {
			ChainDriver driver = driver(reference);
			driver.clerkCompletes(IntegrationChainProcess.TASK_INTAKE_APPOINTMENT, "integrationsmanagement",
					Map.of(ChainVariables.MOVE_IN_DATE, day("2026-03-02"),
							JobcentreReferralProcess.LABOUR_MARKET_REFERRAL, JobcentreReferralProcess.REFERRAL_NONE));
			driver.agencyCompletes(RegistrationProcess.TOPIC_REGISTER);
		}
		ClockUtil.setCurrentTime(day("2026-03-06"));
		this.references.subList(0, 6).forEach((reference) -> register(reference, "2026-03-06"));
		for (String reference : this.references.subList(6, 12)) {
			driver(reference).timePassesUntil("2026-03-20");
			register(reference, "2026-03-20");
		}
		driver(this.references.get(6)).clerkCompletes(RegistrationProcess.TASK_ESCALATE_DEADLINE,
				"integrationsmanagement", Map.of(RegistrationProcess.ESCALATION_NOTE, ESCALATION_NOTE));
	}

	@AfterAll
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void funnelCountsTheCasesThatEnteredAndCompletedEachStage() {
		JsonNode rows = get("funnel").get("rows");
		assertThat(rows).extracting((row) -> row.get("stage").asText())
			.containsExactly("arrival", "registration", "benefit-claim", "jobcentre-referral", "language-course",
					"naturalisation");
		// six registered early, one escalation closed; five still wait for theirs
		assertRow(rows.get(1), "entered", 12, "completed", 7, "open", 5);
		// all twelve passed the arrival: 0 still open, and 12 completed would reveal it
		assertRow(rows.get(0), "entered", 12, "completed", null, "open", null);
		assertRow(rows.get(2), "entered", 12, "completed", null, "open", null);
		assertRow(rows.get(4), "entered", 7, "completed", null, "open", null);
		assertRow(rows.get(5), "entered", null, "completed", null, "open", null);
	}

	@Test
	void leadTimesMeasureDaysBetweenMilestonesAndStageDurations() {
		Map<String, JsonNode> rows = new HashMap<>();
		get("lead-times").get("rows").forEach((row) -> rows.put(row.get("kpi").asText(), row));
		assertThat(rows).containsKeys("P2", "P3", "P8", "P9", "P14", "P14W", "stage:arrival", "stage:naturalisation");
		// moved in on 2 March; six registered after 4 days, six after 18
		assertRow(rows.get("P2"), "cases", 12, "median", 11.0, "p90", 18.0);
		assertThat(rows.get("P2").get("withinTarget").get("value").asDouble()).isEqualTo(0.5);
		assertThat(rows.get("P2").get("target").asInt()).isEqualTo(14);
		// registration stage from the intake appointment (4 March): 6 x 2 days, 1 x 16
		assertRow(rows.get("stage:registration"), "cases", 7, "median", 2.0, "p90", 7.6);
		assertThat(rows.get("stage:registration").get("withinTarget").isNull()).isTrue();
		assertRow(rows.get("P3"), "cases", null, "median", null, "p90", null);
		assertThat(rows.get("P3").get("withinTarget").get("suppressed").asBoolean()).isTrue();
	}

	@Test
	void backlogCountsOpenAndOverdueTasksAndMissedDeadlinesPerOffice() {
		Map<String, JsonNode> rows = new HashMap<>();
		get("backlog").get("rows").forEach((row) -> rows.put(row.get("office").asText(), row));
		assertThat(rows).hasSize(7);
		// the language course's confirmation of the entitlement, no due date
		assertRow(rows.get("auslaenderbehoerde"), "open", 7, "overdue", null, "breachesInPeriod", null);
		// six Anmeldungen confirmed after their deadline of 16 March
		assertRow(rows.get("meldebehoerde"), "open", null, "overdue", null, "breachesInPeriod", 6);
		// recording the benefit facts has the service level's due date, passed by now;
		// the
		// routing offers the Styrum cases' tasks to a team, which counts for its office
		assertThat(this.engine.getTaskService()
			.createTaskQuery()
			.taskDefinitionKey("Task_RecordBenefitFacts")
			.taskCandidateGroup("sozialamt-nord")
			.count()).isEqualTo(10);
		assertRow(rows.get("sozialamt"), "open", 12, "overdue", 12, "breachesInPeriod", 12);
		// escalations created after the deadline they escalate
		assertRow(rows.get("integrationsmanagement"), "open", 5, "overdue", 5, "breachesInPeriod", 6);
		// at the end of 4 March, before any Anmeldung was confirmed
		JsonNode before = get("backlog?from=2026-03-01&to=2026-03-04");
		assertThat(before.get("asOf").asText()).isEqualTo("2026-03-04");
		Map<String, JsonNode> then = new HashMap<>();
		before.get("rows").forEach((row) -> then.put(row.get("office").asText(), row));
		assertRow(then.get("meldebehoerde"), "open", 12, "overdue", null, "breachesInPeriod", null);
		assertRow(then.get("sozialamt"), "open", 12, "overdue", null, "breachesInPeriod", null);
		assertRow(then.get("integrationsmanagement"), "open", null, "overdue", null, "breachesInPeriod", null);
	}

	@Test
	void flowCountsTasksOfferedAndCompletedPerOfficeAndMonth() {
		JsonNode flow = get("flow?from=2026-01-01&to=2026-04-30");
		assertThat(flow.get("months")).extracting(JsonNode::asText)
			.containsExactly("2026-01", "2026-02", "2026-03", "2026-04");
		Map<String, JsonNode> rows = new HashMap<>();
		flow.get("rows").forEach((row) -> rows.put(row.get("office").asText(), row));
		assertThat(value(rows.get("meldebehoerde").get("inflow").get(2))).isEqualTo(12);
		assertThat(value(rows.get("meldebehoerde").get("outflow").get(2))).isEqualTo(12);
		// twelve intake appointments and six escalations; twelve plus one done
		assertThat(value(rows.get("integrationsmanagement").get("inflow").get(2))).isEqualTo(18);
		assertThat(value(rows.get("integrationsmanagement").get("outflow").get(2))).isEqualTo(13);
		assertThat(value(rows.get("sozialamt").get("outflow").get(2))).isNull();
		assertThat(value(rows.get("meldebehoerde").get("inflow").get(1))).isNull();
	}

	@Test
	void heatmapShowsWhereCasesWaitNowAndForHowLong() {
		JsonNode heatmap = get("heatmap");
		assertThat(heatmap.get("process").asText()).isEqualTo(IntegrationChainProcess.KEY);
		Map<String, JsonNode> elements = new HashMap<>();
		heatmap.get("elements").forEach((element) -> elements.put(element.get("elementId").asText(), element));
		assertThat(elements).containsKeys(IntegrationChainProcess.CALL_ACTIVITY_ARRIVAL,
				IntegrationChainProcess.TASK_INTAKE_APPOINTMENT,
				IntegrationChainProcess.TIMER_RESIDENCE_PERIOD_FULFILLED);
		assertRow(elements.get(IntegrationChainProcess.CALL_ACTIVITY_LANGUAGE_COURSE), "waiting", 7, "medianWaitDays",
				14.0, "p90WaitDays", 14.0);
		assertRow(elements.get(IntegrationChainProcess.CALL_ACTIVITY_REGISTRATION), "waiting", 5, "medianWaitDays",
				16.0, "p90WaitDays", 16.0);
		assertRow(elements.get(IntegrationChainProcess.CALL_ACTIVITY_ARRIVAL), "waiting", null, "medianWaitDays", null,
				"p90WaitDays", null);
		assertThat(elements.get(IntegrationChainProcess.CALL_ACTIVITY_REGISTRATION).get("name").asText())
			.isEqualTo("Anmeldung");
		JsonNode registration = get("heatmap?process=registration");
		assertThat(registration.get("elements")).anySatisfy((element) -> {
			assertThat(element.get("elementId").asText()).isEqualTo(RegistrationProcess.TASK_ESCALATE_DEADLINE);
			assertThat(value(element.get("waiting"))).isEqualTo(5);
		});
	}

	@Test
	void naturalisationBacklogOfTooFewApplicationsShowsNothing() {
		JsonNode backlog = get("naturalisation-backlog");
		assertThat(backlog.get("rows")).extracting((row) -> row.get("bucket").asText())
			.containsExactly("LT_6", "M6_12", "M12_24", "GT_24");
		assertThat(backlog.get("total").get("suppressed").asBoolean()).isTrue();
		assertThat(backlog.get("asOf").asText()).isEqualTo("2026-03-20");
	}

	@Test
	void filtersNarrowTheCasesAndOfferOnlyDistrictsWithEnoughCases() {
		JsonNode filters = get("filters");
		assertThat(filters.get("districts")).extracting(JsonNode::asText).containsExactly("Styrum");
		assertThat(filters.get("statusGroups")).extracting((group) -> group.get("id").asText())
			.containsExactly("ASYLUM", "PROTECTED", "EU", "SKILLED", "MINOR");
		assertThat(filters.get("minimumCellSize").asInt()).isEqualTo(5);
		assertThat(value(get("funnel?district=Styrum").get("rows").get(0).get("entered"))).isEqualTo(10);
		assertThat(value(get("funnel?statusGroup=EU").get("rows").get(0).get("entered"))).isEqualTo(12);
		assertThat(value(get("funnel?statusGroup=ASYLUM").get("rows").get(0).get("entered"))).isNull();
		assertThat(value(get("funnel?from=2026-03-21&to=2026-12-31").get("rows").get(0).get("entered"))).isNull();
		JsonNode period = get("funnel?from=2026-01-01&to=2026-03-31").get("period");
		assertThat(period.get("from").asText()).isEqualTo("2026-01-01");
		assertThat(period.get("to").asText()).isEqualTo("2026-03-31");
	}

	@Test
	void wrongParametersAreRefusedInGermanNamingTheParameter() throws Exception {
		assertRefused("funnel?from=2026-13-01", "from", "Bitte ein Datum in der Form JJJJ-MM-TT angeben.");
		assertRefused("funnel?from=2026-04-01&to=2026-03-01", "from", "Der Beginn liegt nach dem Ende des Zeitraums.");
		assertRefused("funnel?from=2010-01-01&to=2026-03-01", "to", "Der Zeitraum darf höchstens 10 Jahre umfassen.");
		// two cases live in Broich: too few to be asked for
		assertRefused("funnel?district=Broich", "district", "Unbekannter Stadtteil.");
		assertRefused("backlog?statusGroup=REFUGEE", "statusGroup",
				"Unbekannte Statusgruppe. Erlaubt: ASYLUM, PROTECTED, EU, SKILLED, MINOR.");
		assertRefused("heatmap?process=probe", "process", null);
		assertThat(steering().getForEntity("/api/steering/diagram/probe", String.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void everyTableIsAlsoACsvFileForExcel() {
		ResponseEntity<byte[]> csv = steering().getForEntity("/api/steering/funnel.csv?from=2026-01-01&to=2026-12-31",
				byte[].class);
		assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(csv.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(csv.getHeaders().getContentDisposition().getFilename())
			.isEqualTo("lotse-trichter-2026-01-01-2026-12-31.csv");
		assertThat(new String(csv.getBody(), StandardCharsets.UTF_8)).isEqualTo("\uFEFF" + """
				Station;Eingetreten;Abgeschlossen;Offen\r
				Ankunft;12;< 5;< 5\r
				Anmeldung;12;7;5\r
				Leistungsantrag;12;< 5;< 5\r
				Jobcenter-Zuweisung;12;< 5;< 5\r
				Integrationskurs;7;< 5;< 5\r
				Einbürgerung;< 5;< 5;< 5\r
				""");
		HttpHeaders accept = new HttpHeaders();
		accept.setAccept(List.of(MediaType.parseMediaType("text/csv")));
		ResponseEntity<String> leadTimes = steering().exchange("/api/steering/lead-times", HttpMethod.GET,
				new HttpEntity<>(accept), String.class);
		assertThat(leadTimes.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/csv")))
			.isTrue();
		assertThat(leadTimes.getBody())
			.contains("P2;Anmeldung innerhalb von 14 Tagen nach Einzug (§ 17 BMG);12;11;18;0,5;14");
		assertThat(leadTimes.getBody()).contains("stage:registration;Durchlaufzeit Anmeldung;7;2;7,6;;");
		for (String table : TABLES) {
			String path = table.contains("?") ? table.replace("?", ".csv?") : table + ".csv";
			ResponseEntity<String> response = steering().getForEntity("/api/steering/" + path, String.class);
			assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
			assertThat(response.getBody()).as(path).startsWith("\uFEFF").contains(";");
		}
	}

	@Test
	void diagramIsTheModelTheHeatmapColours() {
		ResponseEntity<String> diagram = steering().getForEntity("/api/steering/diagram/integration-chain",
				String.class);
		assertThat(diagram.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(diagram.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_XML)).isTrue();
		assertThat(diagram.getBody()).contains("id=\"" + IntegrationChainProcess.CALL_ACTIVITY_REGISTRATION + "\"");
	}

	@Test
	void onlyTheLenkungsgruppeAndAdministratorsReadTheFigures() {
		for (String user : List.of("sozialamt", "meldebehoerde", "teamleitung-sozialamt", "integrationsmanagement",
				"prozessdesign", "agency-bamf")) {
			for (String path : List.of("filters", "funnel.csv", "diagram/integration-chain")) {
				ResponseEntity<String> response = this.rest.withBasicAuth(user, "demo")
					.getForEntity("/api/steering/" + path, String.class);
				assertThat(response.getStatusCode()).as("%s %s", user, path).isEqualTo(HttpStatus.FORBIDDEN);
				assertThat(response.getBody()).as("%s %s", user, path)
					.contains("Lenkungsgruppe vorbehalten")
					.doesNotContain("Styrum");
			}
		}
		assertThat(this.rest.getForEntity("/api/steering/funnel", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(this.rest.withBasicAuth("admin", "demo")
			.getForEntity("/api/steering/funnel", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void prometheusShowsAggregatedFiguresPerOfficeToAdministratorsOnly() {
		ResponseEntity<String> scrape = this.rest.withBasicAuth("admin", "demo")
			.getForEntity("/actuator/prometheus", String.class);
		assertThat(scrape.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(scrape.getBody()).contains("lotse_tasks_open{office=\"sozialamt\"} 12.0")
			.contains("lotse_tasks_open{office=\"jugendamt\"} 0.0")
			.contains("lotse_tasks_overdue{office=\"integrationsmanagement\"} 5.0")
			.contains("lotse_cases_opened_total 12.0");
		assertThat(leaks(scrape.getBody(), forbiddenStrings())).isEmpty();
		assertThat(this.rest.withBasicAuth("lenkungsgruppe", "demo")
			.getForEntity("/actuator/prometheus", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.rest.getForEntity("/actuator/prometheus", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(this.rest.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	/**
	 * Scans every answer of the API, JSON and CSV, for anything that belongs to the
	 * people or to the engine's records of them.
	 */
	@Test
	void noAnswerContainsPersonalDataOrIdentifiers() {
		Set<String> forbidden = forbiddenStrings();
		assertThat(forbidden).hasSizeGreaterThan(100);
		// the scan finds what it looks for
		assertThat(leaks(JSON.valueToTree(this.intakes.get(0)).toString(), forbidden)).isNotEmpty();
		List<String> answers = new ArrayList<>();
		answers.add(steering().getForObject("/api/steering/filters", String.class));
		answers.add(steering().getForObject("/api/steering/diagram/integration-chain", String.class));
		for (String table : TABLES) {
			for (String filter : FILTERS) {
				String query = filter.isEmpty() ? "" : (table.contains("?") ? "&" : "?") + filter;
				String csv = table.contains("?") ? table.replace("?", ".csv?") : table + ".csv";
				for (String path : List.of(table + query, csv + query)) {
					ResponseEntity<String> response = steering().getForEntity("/api/steering/" + path, String.class);
					assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
					answers.add(response.getBody());
				}
			}
		}
		assertThat(answers).hasSize(2 + TABLES.size() * FILTERS.size() * 2);
		for (String answer : answers) {
			assertThat(leaks(answer, forbidden)).as("personal data or identifiers in %s", answer).isEmpty();
		}
	}

	/**
	 * Names, birth dates, case references, ids of the cases' processes and tasks, users.
	 */
	private Set<String> forbiddenStrings() {
		Set<String> forbidden = new LinkedHashSet<>();
		for (Map<String, Object> intake : this.intakes) {
			forbidden.add((String) intake.get("givenName"));
			forbidden.add((String) intake.get("familyName"));
			String birthDate = (String) intake.get("birthDate");
			forbidden.add(birthDate);
			String[] parts = birthDate.split("-");
			forbidden.add(parts[2] + "." + parts[1] + "." + parts[0]);
		}
		forbidden.addAll(this.references);
		forbidden.add(ESCALATION_NOTE);
		for (String reference : this.references) {
			for (HistoricProcessInstance instance : this.engine.getHistoryService()
				.createHistoricProcessInstanceQuery()
				.processInstanceBusinessKey(reference)
				.list()) {
				forbidden.add(instance.getId());
			}
			for (HistoricTaskInstance task : this.engine.getHistoryService()
				.createHistoricTaskInstanceQuery()
				.processInstanceBusinessKey(reference)
				.list()) {
				forbidden.add(task.getId());
				forbidden.add(task.getExecutionId());
			}
		}
		// the clerks who worked the cases and the administrator who opened them (the
		// demo users named like their department, e.g. "sozialamt", share the id of the
		// office the figures are about, so they are not searched for)
		ChainDriverClerks.ALL.forEach(forbidden::add);
		forbidden.add("\"admin\"");
		return forbidden;
	}

	private static List<String> leaks(String answer, Set<String> forbidden) {
		return forbidden.stream().filter(answer::contains).toList();
	}

	private JsonNode get(String path) {
		ResponseEntity<String> response = steering().getForEntity("/api/steering/" + path, String.class);
		assertThat(response.getStatusCode()).as("%s: %s", path, response.getBody()).isEqualTo(HttpStatus.OK);
		try {
			return JSON.readTree(response.getBody());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void assertRefused(String path, String field, String message) throws Exception {
		ResponseEntity<String> response = steering().getForEntity("/api/steering/" + path, String.class);
		assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.BAD_REQUEST);
		JsonNode error = JSON.readTree(response.getBody()).get("errors").get(0);
		assertThat(error.get("field").asText()).isEqualTo(field);
		if (message != null) {
			assertThat(error.get("message").asText()).isEqualTo(message);
		}
	}

	/** Asserts three cells of a row: a number is the shown value, null a hidden cell. */
	private static void assertRow(JsonNode row, String first, Number firstValue, String second, Number secondValue,
			String third, Number thirdValue) {
		assertThat(row).as("row").isNotNull();
		assertCell(row, first, firstValue);
		assertCell(row, second, secondValue);
		assertCell(row, third, thirdValue);
	}

	private static void assertCell(JsonNode row, String name, Number expected) {
		JsonNode cell = row.get(name);
		if (expected == null) {
			assertThat(cell.get("suppressed").asBoolean()).as("%s hidden in %s", name, row).isTrue();
			assertThat(cell.get("value").isNull()).as("%s carries no value in %s", name, row).isTrue();
		}
		else {
			assertThat(cell.get("suppressed").asBoolean()).as("%s shown in %s", name, row).isFalse();
			assertThat(cell.get("value").asDouble()).as("%s in %s", name, row).isEqualTo(expected.doubleValue());
		}
	}

	private static Number value(JsonNode cell) {
		return cell.get("suppressed").asBoolean() ? null : cell.get("value").numberValue();
	}

	private TestRestTemplate steering() {
		return this.rest.withBasicAuth("lenkungsgruppe", "demo");
	}

	private ChainDriver driver(String reference) {
		return new ChainDriver(this.engine, this.rest, reference);
	}

	private void register(String reference, String date) {
		driver(reference).clerkCompletes(RegistrationProcess.TASK_CONFIRM_REGISTRATION, "meldebehoerde",
				Map.of(RegistrationProcess.REGISTRATION_DATE, day(date)));
	}

	private String openCase(int i, String district) {
		Map<String, Object> intake = new HashMap<>();
		intake.put("givenName", "Vorname" + (char) ('A' + i));
		intake.put("familyName", "Zuname" + (char) ('A' + i));
		intake.put("birthDate", "19%02d-%02d-%02d".formatted(70 + i, 1 + i, 10 + i));
		intake.put("nationality", "POL");
		intake.put("residenceStatus", "EU");
		intake.put("arrivalDate", "2026-03-02");
		intake.put("moveInDate", "2026-03-02");
		intake.put("district", district);
		this.intakes.add(intake);
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		ResponseEntity<String> response = this.rest.withBasicAuth("admin", "demo")
			.postForEntity("/api/cases", new HttpEntity<>(intake, headers), String.class);
		assertThat(response.getStatusCode()).as("intake: %s", response.getBody()).isEqualTo(HttpStatus.CREATED);
		try {
			return JSON.readTree(response.getBody()).get("caseReference").asText();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The user ids of the clerks {@link ChainDriver} works the tasks as. */
	private static final class ChainDriverClerks {

		static final List<String> ALL = List
			.of("auslaenderbehoerde", "meldebehoerde", "sozialamt", "jobcenter", "einbuergerungsbehoerde", "jugendamt",
					"integrationsmanagement")
			.stream()
			.map(ChainDriver::clerk)
			.toList();

	}

}
