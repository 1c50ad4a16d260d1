package de.lotse.steering.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.Statement;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import de.lotse.directory.Roles;
import de.lotse.runtime.LotseProfiles;
import de.lotse.support.EmbeddedPostgresConfiguration;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How fast the steering dashboard answers over years of history on PostgreSQL: generates
 * 100,000 completed cases (and the cases still open at "now", 30 June 2026) over ten
 * years, as Camunda history rows and steering read-model rows (see
 * {@link SyntheticChainHistory}), then requests every dashboard table through HTTP as a
 * member of the Lenkungsgruppe, 50 times each after a warm-up, and prints p50 and p95 per
 * request. Then it computes the funnel and two lead times the naive way through Camunda's
 * history API, checks that they equal the dashboard's figures and prints how much slower
 * that is. Prints figures and asserts only that both ways agree. Not part of the normal
 * build (Surefire does not pick up the name); run it with
 * {@code ./mvnw test -Dtest=SteeringBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * (fewer cases: {@code -Dsteering.benchmark.completed=20000}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "camunda.bpm.admin-user.id=benchadmin", "camunda.bpm.admin-user.password=Verwaltung-2026-Stark!",
				"camunda.bpm.job-execution.enabled=false", "logging.level.org.camunda=WARN" })
@ActiveProfiles(LotseProfiles.POSTGRES)
@DirtiesContext
class SteeringBenchmark {

	static final ZonedDateTime NOW = ZonedDateTime.of(2026, 6, 30, 10, 0, 0, 0, SyntheticChainHistory.BERLIN);

	private static final int COMPLETED = Integer.getInteger("steering.benchmark.completed", 100_000);

	private static final int WARM_UP = 10;

	private static final int RUNS = Integer.getInteger("steering.benchmark.runs", 50);

	/** Prints the slowest statements (PostgreSQL's pg_stat_statements). */
	private static final boolean EXPLAIN = Boolean.getBoolean("steering.benchmark.explain");

	private static final int NAIVE_RUNS = 3;

	private static final double TARGET_MILLIS = 300;

	private static final String USER = "lenkung-benchmark";

	private static final String PASSWORD = "Lenkung-2026-Benchmark!";

	private static final ObjectMapper JSON = new ObjectMapper();

	/** The dashboard's requests: each table as the page loads it, and a few variants. */
	private static final List<String> REQUESTS = List.of("filters", "funnel", "lead-times", "naturalisation-backlog",
			"backlog", "flow", "heatmap", "heatmap?process=naturalisation",
			"funnel?district=Styrum&statusGroup=PROTECTED", "lead-times?district=Styrum", "backlog?statusGroup=ASYLUM",
			"funnel?from=2016-07-01&to=2026-06-30", "lead-times?from=2016-07-01&to=2026-06-30",
			"flow?from=2016-07-01&to=2026-06-30", "funnel.csv", "flow.csv");

	@Autowired
	DataSource dataSource;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	HistoryService history;

	@Autowired
	IdentityService identity;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SteeringFigures figures;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void dashboardOverYearsOfHistory() throws Exception {
		ClockUtil.setCurrentTime(Date.from(NOW.toInstant()));
		User user = this.identity.newUser(USER);
		user.setPassword(PASSWORD);
		this.identity.saveUser(user);
		this.identity.createMembership(USER, Roles.LENKUNGSGRUPPE);

		if (EXPLAIN) {
			this.jdbc.sql("create extension if not exists pg_stat_statements").update();
		}
		long began = System.nanoTime();
		Map<String, Integer> generated;
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			// a bulk load is faster into tables without their secondary indexes, which
			// are
			// built once afterwards (unique and primary keys stay)
			List<String> indexes = this.jdbc.sql("""
					select indexdef from pg_indexes
					where tablename in ('act_hi_procinst', 'act_hi_actinst', 'act_hi_taskinst', 'act_hi_varinst',
					                    'steering_case', 'steering_wait')
					  and indexname not in (select conname from pg_constraint)""").query(String.class).list();
			for (String index : indexes) {
				statement
					.execute("drop index " + index.replaceFirst("(?i)^create (unique )?index (\\S+) on .*$", "$2"));
			}
			generated = new SyntheticChainHistory(connection, SyntheticChainHistory.definitionIds(this.dataSource),
					NOW.minusYears(10).toInstant(), NOW.toInstant(), 2026)
				.generate(COMPLETED);
			for (String index : indexes) {
				statement.execute(index);
			}
			statement.execute("vacuum analyze");
		}
		double generationSeconds = (System.nanoTime() - began) / 1e9;
		long historyRows = count("act_hi_procinst") + count("act_hi_actinst") + count("act_hi_taskinst")
				+ count("act_hi_varinst");
		long readModelRows = count("steering_case") + count("steering_wait");

		StringBuilder report = new StringBuilder();
		report.append("%nSteering benchmark on PostgreSQL, now = %s%n".formatted(NOW.toLocalDate()));
		report.append("  %,d completed and %,d open cases over ten years, generated in %.0f s%n"
			.formatted(generated.get("completed cases"), generated.get("open cases"), generationSeconds));
		report.append("  Camunda history rows: %,d (procinst %,d, actinst %,d, taskinst %,d, varinst %,d)%n".formatted(
				historyRows, count("act_hi_procinst"), count("act_hi_actinst"), count("act_hi_taskinst"),
				count("act_hi_varinst")));
		report.append("  steering read model rows: %,d (case %,d, wait %,d)%n%n".formatted(readModelRows,
				count("steering_case"), count("steering_wait")));

		report.append("  %-52s %9s %9s  %-14s %s%n".formatted("dashboard request (HTTP, " + RUNS + " runs)", "p50 ms",
				"p95 ms", "p95 < " + (int) TARGET_MILLIS + " ms", "of which figures p50"));
		Map<String, double[]> dashboard = new LinkedHashMap<>();
		for (String request : REQUESTS) {
			for (int i = 0; i < WARM_UP; i++) {
				fetch(request);
			}
			double[] millis = new double[RUNS];
			for (int i = 0; i < RUNS; i++) {
				long start = System.nanoTime();
				fetch(request);
				millis[i] = (System.nanoTime() - start) / 1e6;
			}
			Arrays.sort(millis);
			double[] percentiles = { percentile(millis, 50), percentile(millis, 95) };
			dashboard.put(request, percentiles);
			report.append("  %-52s %9.1f %9.1f  %-14s %.1f%n".formatted("/api/steering/" + request, percentiles[0],
					percentiles[1], (percentiles[1] < TARGET_MILLIS) ? "yes" : "NO", direct(request)));
		}

		NaiveHistoryFigures naive = new NaiveHistoryFigures(this.history);
		JsonNode funnel = json(fetch("funnel"));
		SteeringQuery query = new SteeringQuery(java.time.LocalDate.parse(funnel.get("period").get("from").asText()),
				java.time.LocalDate.parse(funnel.get("period").get("to").asText()), null, null);
		Map<String, long[]> naiveFunnel = timed(report, "funnel", dashboard.get("funnel"), () -> naive.funnel(query));
		for (JsonNode row : funnel.get("rows")) {
			long[] counts = naiveFunnel.get(row.get("stage").asText());
			assertSame(row.get("entered"), counts[0]);
			assertSame(row.get("completed"), counts[1]);
		}
		Map<String, JsonNode> leadTimes = new LinkedHashMap<>();
		json(fetch("lead-times")).get("rows").forEach((row) -> leadTimes.put(row.get("kpi").asText(), row));
		double[] stage = timed(report, "lead time of the Anmeldung stage", dashboard.get("lead-times"),
				() -> naive.stageLeadTime(Stage.REGISTRATION, query));
		assertSame(leadTimes.get("stage:registration").get("cases"), (long) stage[0]);
		assertThat(leadTimes.get("stage:registration").get("median").get("value").asDouble()).isEqualTo(stage[1]);
		assertThat(leadTimes.get("stage:registration").get("p90").get("value").asDouble()).isEqualTo(stage[2]);
		double[] p2 = timed(report, "P2 Anmeldung within 14 days", dashboard.get("lead-times"),
				() -> naive.registrationWithinFourteenDays(query));
		assertSame(leadTimes.get("P2").get("cases"), (long) p2[0]);
		assertThat(leadTimes.get("P2").get("median").get("value").asDouble()).isEqualTo(p2[1]);
		assertThat(leadTimes.get("P2").get("p90").get("value").asDouble()).isEqualTo(p2[2]);
		report.append("  (the naive figures equal the dashboard's)%n".formatted());
		if (EXPLAIN) {
			report.append("%n  slowest statements (mean ms, calls):%n".formatted());
			this.jdbc
				.sql("""
						select round(mean_exec_time::numeric, 1) || ' ms, ' || calls || 'x: ' || left(regexp_replace(query, '\\s+', ' ', 'g'), 300)
						from pg_stat_statements where query ilike 'select%' and query not ilike '%act_hi_%' order by mean_exec_time desc limit 20""")
				.query(String.class)
				.list()
				.forEach((line) -> report.append("    ").append(line).append("%n".formatted()));
		}
		System.out.println(report);
	}

	/** The same figures without HTTP: the read model's queries and the suppression. */
	private double direct(String request) {
		String path = request.replace(".csv", "");
		String table = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
		Map<String, String> params = new LinkedHashMap<>();
		if (path.contains("?")) {
			for (String pair : path.substring(path.indexOf('?') + 1).split("&")) {
				params.put(pair.split("=")[0], pair.split("=")[1]);
			}
		}
		SteeringQuery query = SteeringQuery.parse(params.get("from"), params.get("to"), params.get("district"),
				params.get("statusGroup"), SteeringFigures.today(), (district) -> true);
		Runnable call = switch (table) {
			case "filters" -> this.figures::filters;
			case "funnel" -> () -> this.figures.funnel(query);
			case "lead-times" -> () -> this.figures.leadTimes(query);
			case "naturalisation-backlog" -> () -> this.figures.naturalisationBacklog(query);
			case "backlog" -> () -> this.figures.officeBacklog(query);
			case "flow" -> () -> this.figures.flow(query);
			case "heatmap" -> () -> this.figures.heatmap(params.getOrDefault("process", "integration-chain"), query);
			default -> throw new IllegalArgumentException(table);
		};
		double[] millis = new double[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			call.run();
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		return percentile(millis, 50);
	}

	private <T> T timed(StringBuilder report, String label, double[] dashboard, Supplier<T> naive) {
		if (!report.toString().contains("Camunda history API")) {
			report.append("%n  %-52s %9s %9s  %s%n".formatted(
					"Camunda history API, the naive way (" + NAIVE_RUNS + " runs)", "p50 ms", "", "x dashboard p50"));
		}
		T result = naive.get();
		double[] millis = new double[NAIVE_RUNS];
		for (int i = 0; i < NAIVE_RUNS; i++) {
			long start = System.nanoTime();
			result = naive.get();
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		double p50 = percentile(millis, 50);
		report.append("  %-52s %9.1f %9s  %.0f x%n".formatted(label, p50, "", p50 / dashboard[0]));
		return result;
	}

	private String fetch(String request) {
		ResponseEntity<String> response = this.rest.withBasicAuth(USER, PASSWORD)
			.getForEntity("/api/steering/" + request, String.class);
		assertThat(response.getStatusCode()).as("%s: %s", request, response.getBody()).isEqualTo(HttpStatus.OK);
		return response.getBody();
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private static void assertSame(JsonNode cell, long expected) {
		if (!cell.get("suppressed").asBoolean()) {
			assertThat(cell.get("value").asLong()).isEqualTo(expected);
		}
	}

	private static JsonNode json(String body) throws IOException {
		return JSON.readTree(body);
	}

	private static double percentile(double[] sorted, int percent) {
		int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, index)];
	}

	/**
	 * A PostgreSQL server configured like a small production one (512 MB shared buffers);
	 * durability is off only to load the history quickly, which does not change how
	 * queries run.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class BenchmarkPostgres {

		@Bean(destroyMethod = "close")
		EmbeddedPostgres embeddedPostgres() throws IOException {
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
			if (EXPLAIN) {
				builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
			}
			return builder.setServerConfig("shared_buffers", "512MB")
				.setServerConfig("work_mem", "16MB")
				.setServerConfig("maintenance_work_mem", "256MB")
				.setServerConfig("fsync", "off")
				.setServerConfig("synchronous_commit", "off")
				.setServerConfig("full_page_writes", "off")
				.setServerConfig("max_wal_size", "8GB")
				.start();
		}

		@Bean(destroyMethod = "close")
		HikariDataSource dataSource(EmbeddedPostgres postgres) {
			HikariDataSource dataSource = new HikariDataSource();
			dataSource.setJdbcUrl(EmbeddedPostgresConfiguration.jdbcUrl(postgres));
			dataSource.setUsername("postgres");
			dataSource.setPassword("postgres");
			dataSource.setMaximumPoolSize(20);
			return dataSource;
		}

	}

}
