package de.lotse.steering.internal;

import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.lotse.chain.CaseFacts;
import de.lotse.chain.ChainInstances;
import de.lotse.support.PostgresTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The steering figures on PostgreSQL, over a few thousand generated cases of ten years:
 * every endpoint answers, and the figures equal what a client computes from Camunda's own
 * history. The feed writes in the engine's transaction.
 */
@PostgresTest
@TestPropertySource(properties = "camunda.bpm.job-execution.enabled=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SteeringPostgresTests {

	static final ZonedDateTime NOW = ZonedDateTime.of(2026, 6, 30, 10, 0, 0, 0, SyntheticChainHistory.BERLIN);

	private static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	DataSource dataSource;

	@Autowired
	HistoryService history;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ChainInstances chains;

	@Autowired
	TransactionTemplate transactions;

	Map<String, Integer> generated;

	@BeforeAll
	void generateHistory() throws Exception {
		ClockUtil.setCurrentTime(Date.from(NOW.toInstant()));
		try (Connection connection = this.dataSource.getConnection()) {
			this.generated = new SyntheticChainHistory(connection, SyntheticChainHistory.definitionIds(this.dataSource),
					NOW.minusYears(10).toInstant(), NOW.toInstant(), 42)
				.generate(2_000);
		}
	}

	@AfterAll
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void funnelEqualsWhatCamundasHistoryShows() {
		NaiveHistoryFigures naive = new NaiveHistoryFigures(this.history);
		for (String period : List.of("", "?from=2016-07-01&to=2026-06-30", "?from=2025-01-01&to=2025-12-31")) {
			JsonNode answer = get("funnel" + period);
			JsonNode rows = answer.get("rows");
			Map<String, long[]> expected = naive.funnel(query(answer));
			int shown = 0;
			for (JsonNode row : rows) {
				long[] counts = expected.get(row.get("stage").asText());
				shown += assertCell(row.get("entered"), counts[0]);
				shown += assertCell(row.get("completed"), counts[1]);
				shown += assertCell(row.get("open"), counts[0] - counts[1]);
			}
			assertThat(shown).as("shown cells of %s", period).isGreaterThan(6);
		}
	}

	@Test
	void leadTimesEqualWhatCamundasHistoryShows() {
		NaiveHistoryFigures naive = new NaiveHistoryFigures(this.history);
		JsonNode answer = get("lead-times");
		Map<String, JsonNode> rows = new HashMap<>();
		answer.get("rows").forEach((row) -> rows.put(row.get("kpi").asText(), row));
		SteeringQuery query = query(answer);
		double[] stage = naive.stageLeadTime(Stage.REGISTRATION, query);
		JsonNode registration = rows.get("stage:registration");
		assertThat(registration.get("cases").get("value").asLong()).isEqualTo((long) stage[0]).isGreaterThan(50);
		assertThat(registration.get("median").get("value").asDouble()).isEqualTo(stage[1]);
		assertThat(registration.get("p90").get("value").asDouble()).isEqualTo(stage[2]);
		double[] p2 = naive.registrationWithinFourteenDays(query);
		JsonNode kpi = rows.get("P2");
		assertThat(kpi.get("cases").get("value").asLong()).isEqualTo((long) p2[0]).isGreaterThan(50);
		assertThat(kpi.get("median").get("value").asDouble()).isEqualTo(p2[1]);
		assertThat(kpi.get("p90").get("value").asDouble()).isEqualTo(p2[2]);
		assertThat(kpi.get("withinTarget").get("value").asDouble())
			.isEqualTo(Math.round(1000.0 * p2[3] / p2[0]) / 1000.0);
	}

	@Test
	void everyTableAnswersOnPostgresql() {
		assertThat(this.generated.get("completed cases")).isEqualTo(2_000);
		JsonNode filters = get("filters");
		assertThat(filters.get("districts")).isNotEmpty();
		String district = filters.get("districts").get(0).asText();
		for (String table : List.of("funnel", "lead-times", "naturalisation-backlog", "backlog", "flow", "heatmap",
				"heatmap?process=naturalisation")) {
			for (String filter : List.of("", "district=" + district + "&statusGroup=PROTECTED",
					"from=2016-07-01&to=2026-06-30")) {
				String path = table + (filter.isEmpty() ? "" : (table.contains("?") ? "&" : "?") + filter);
				assertThat(get(path)).as(path).isNotEmpty();
				String csv = path.contains("?") ? path.replaceFirst("\\?", ".csv?") : path + ".csv";
				ResponseEntity<String> response = admin().getForEntity("/api/steering/" + csv, String.class);
				assertThat(response.getStatusCode()).as(csv).isEqualTo(HttpStatus.OK);
			}
		}
		JsonNode backlog = get("naturalisation-backlog");
		assertThat(backlog.get("total").get("value").asLong()).isPositive();
		JsonNode heatmap = get("heatmap");
		assertThat(heatmap.get("elements")).anySatisfy((element) -> {
			assertThat(element.get("elementId").asText()).isEqualTo("Timer_ResidencePeriodFulfilled");
			assertThat(element.get("waiting").get("value").asLong()).isPositive();
		});
	}

	@Test
	void theFeedWritesInTheEnginesTransaction() {
		CaseFacts facts = new CaseFacts("LT-2026-PGFEED", "PROTECTED_GFK", "Saarn", "SYR", LocalDate.of(1990, 1, 1),
				LocalDate.of(2026, 6, 29), null, null);
		String rolledBack = this.transactions.execute((status) -> {
			String id = this.chains.start(facts);
			status.setRollbackOnly();
			return id;
		});
		assertThat(count("steering_case where case_key = :key", rolledBack)).isZero();
		assertThat(count("steering_wait where case_key = :key", rolledBack)).isZero();
		String committed = this.transactions.execute((status) -> this.chains.start(new CaseFacts("LT-2026-PGFEE2",
				"PROTECTED_GFK", "Saarn", "SYR", LocalDate.of(1990, 1, 1), LocalDate.of(2026, 6, 29), null, null)));
		assertThat(this.jdbc.sql("select district, status_group from steering_case where case_key = :key")
			.param("key", committed)
			.query((rs, row) -> rs.getString(1) + "/" + rs.getString(2))
			.single()).isEqualTo("Saarn/PROTECTED");
		assertThat(count("steering_case where case_key = :key and arrival_entered is not null"
				+ " and arrival_completed is null and registration_entered is null", committed))
			.isOne();
		assertThat(this.jdbc.sql("select element_id from steering_wait where case_key = :key and ended_at is null")
			.param("key", committed)
			.query(String.class)
			.list()).contains("CallActivity_Arrival", "Event_ZuweisungReceived");
		assertThat(
				count("steering_case where case_key = :key and arrival_day = " + LocalDate.of(2026, 6, 29).toEpochDay(),
						committed))
			.isOne();
	}

	private long count(String from, String key) {
		return this.jdbc.sql("select count(*) from " + from).param("key", key).query(Long.class).single();
	}

	private static SteeringQuery query(JsonNode answerOrRows) {
		return new SteeringQuery(LocalDate.parse(periodOf(answerOrRows).get("from").asText()),
				LocalDate.parse(periodOf(answerOrRows).get("to").asText()), null, null);
	}

	private static JsonNode periodOf(JsonNode node) {
		return node.get("period");
	}

	private static int assertCell(JsonNode cell, long expected) {
		if (cell.get("suppressed").asBoolean()) {
			return 0;
		}
		assertThat(cell.get("value").asLong()).isEqualTo(expected);
		return 1;
	}

	private JsonNode get(String path) {
		ResponseEntity<String> response = admin().getForEntity("/api/steering/" + path, String.class);
		assertThat(response.getStatusCode()).as("%s: %s", path, response.getBody()).isEqualTo(HttpStatus.OK);
		try {
			return JSON.readTree(response.getBody());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private TestRestTemplate admin() {
		return this.rest.withBasicAuth(PostgresTest.ADMIN, PostgresTest.ADMIN_PASSWORD);
	}

}
