package de.lotse.steering.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V33 turns the read model of V30 (a row per case and stage, per case and milestone) into
 * one row per case, keeping what was recorded, on H2 and on PostgreSQL.
 */
class SteeringMigrationTests {

	private static final LocalDateTime ENTERED = LocalDateTime.of(2026, 3, 2, 10, 0);

	@Test
	void convertsTheRowsOfV30OnH2() {
		JdbcDataSource h2 = new JdbcDataSource();
		h2.setURL("jdbc:h2:mem:steering-migration;DB_CLOSE_DELAY=-1");
		convertsTheRowsOfV30(h2);
	}

	@Test
	void convertsTheRowsOfV30OnPostgresql() throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
			convertsTheRowsOfV30(postgres.getPostgresDatabase());
		}
	}

	private void convertsTheRowsOfV30(DataSource dataSource) {
		flyway(dataSource, "32").migrate();
		JdbcClient jdbc = JdbcClient.create(dataSource);
		jdbc.sql(
				"insert into steering_case (case_key, district, status_group, opened_at) values ('c1', 'Styrum', 'EU', :at)")
			.param("at", Timestamp.valueOf(ENTERED))
			.update();
		jdbc.sql(
				"""
						insert into steering_stage (case_key, stage, district, status_group, entered_at, completed_at, lead_seconds)
						values ('c1', 'arrival', 'Styrum', 'EU', :entered, :completed, 86400),
						       ('c1', 'registration', 'Styrum', 'EU', :completed, null, null)""")
			.param("entered", Timestamp.valueOf(ENTERED))
			.param("completed", Timestamp.valueOf(ENTERED.plusDays(1)))
			.update();
		jdbc.sql("""
				insert into steering_milestone (case_key, milestone, district, status_group, occurred_on, epoch_day)
				values ('c1', 'MOVE_IN', 'Styrum', 'EU', :moveIn, :moveInDay),
				       ('c1', 'REGISTRATION', 'Styrum', 'EU', :registered, :registeredDay)""")
			.params(Map.of("moveIn", java.sql.Date.valueOf(LocalDate.of(2026, 3, 2)), "moveInDay",
					LocalDate.of(2026, 3, 2).toEpochDay(), "registered",
					java.sql.Date.valueOf(LocalDate.of(2026, 3, 9)), "registeredDay",
					LocalDate.of(2026, 3, 9).toEpochDay()))
			.update();
		for (String[] task : new String[][] { { "t1", "sozialamt", "2026-03-04 09:00:00", "2026-03-05 09:00:00" },
				{ "t2", "sozialamt", "2026-03-20 09:00:00", null },
				{ "t3", "meldebehoerde", "2026-03-04 09:00:00", null }, { "w1", null, "2026-03-04 09:00:00", null } }) {
			jdbc.sql("""
					insert into steering_wait (activity_instance_id, case_key, process_key, element_id, district,
					    status_group, task_id, office, started_at, started_second, ended_at)
					values (:id, 'c1', 'registration', 'Task_X', 'Styrum', 'EU', :id, :office, :started, 0, :ended)""")
				.param("id", task[0])
				.param("office", task[1])
				.param("started", Timestamp.valueOf(task[2]))
				.param("ended", (task[3] != null) ? Timestamp.valueOf(task[3]) : null)
				.update();
		}

		flyway(dataSource, "latest").migrate();

		Map<String, Object> row = jdbc.sql("select * from steering_case where case_key = 'c1'").query().singleRow();
		long entered = ((Number) row.get("arrival_entered")).longValue();
		assertThat(entered).isCloseTo(ENTERED.toEpochSecond(ZoneOffset.UTC),
				org.assertj.core.data.Offset.offset(14 * 3600L));
		assertThat(((Number) row.get("arrival_completed")).longValue() - entered).isEqualTo(86_400);
		assertThat(((Number) row.get("registration_entered")).longValue() - entered).isEqualTo(86_400);
		assertThat(row.get("registration_completed")).isNull();
		assertThat(((Number) row.get("move_in_day")).longValue()).isEqualTo(LocalDate.of(2026, 3, 2).toEpochDay());
		assertThat(((Number) row.get("registration_day")).longValue()).isEqualTo(LocalDate.of(2026, 3, 9).toEpochDay());
		assertThat(row.get("case_no")).isNotNull();
		assertThat(row.get("district")).isEqualTo("Styrum");
		assertThat(jdbc
			.sql("""
					select activity_instance_id || ' ' || started_month || ' ' || coalesce(cast(ended_month as varchar(6)), '-')
					       || ' ' || coalesce(cast(first_in as varchar(1)), '-') || ' ' || coalesce(cast(first_out as varchar(1)), '-')
					from steering_wait order by activity_instance_id""")
			.query(String.class)
			.list()).containsExactly("t1 202603 202603 1 1", "t2 202603 - 0 -", "t3 202603 - 1 -", "w1 202603 - - -");
		// the new layout takes new cases
		jdbc.sql("insert into steering_case (case_key, opened_at) values ('c2', :at)")
			.param("at", Timestamp.valueOf(ENTERED))
			.update();
		assertThat(jdbc.sql("select count(distinct case_no) from steering_case").query(Long.class).single())
			.isEqualTo(2);
	}

	private static Flyway flyway(DataSource dataSource, String target) {
		return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(target).load();
	}

}
