package de.lotse.runtime;

import de.lotse.support.PostgresTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine, Flyway and the HTTP security on a real PostgreSQL server.
 */
@PostgresTest
class PostgresRuntimeTests {

	@Autowired
	ProcessEngine engine;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestRestTemplate rest;

	@Test
	void engineRunsOnPostgres() {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) this.engine
			.getProcessEngineConfiguration();
		assertThat(configuration.getDatabaseType()).isEqualTo("postgres");
		assertThat(this.jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL 17");
		assertThat(this.jdbc.queryForObject("select count(*) from act_ge_property", Integer.class)).isPositive();
	}

	@Test
	void flywayOwnsTheProjectTables() {
		Integer failed = this.jdbc.queryForObject("select count(*) from flyway_schema_history where not success",
				Integer.class);
		assertThat(failed).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from flyway_schema_history", Integer.class)).isPositive();
	}

	@Test
	void restApiNeedsCredentialsOnPostgresToo() {
		assertThat(this.rest.getForEntity("/engine-rest/engine", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		String userId = "pgprobe";
		createUser(userId, "Sehr-Lang-und-Geheim-2026");
		try {
			assertThat(this.rest.withBasicAuth(userId, "Sehr-Lang-und-Geheim-2026")
				.getForEntity("/engine-rest/engine", String.class)
				.getStatusCode()).isEqualTo(HttpStatus.OK);
		}
		finally {
			this.engine.getIdentityService().deleteUser(userId);
		}
	}

	private void createUser(String userId, String password) {
		IdentityService identity = this.engine.getIdentityService();
		User user = identity.newUser(userId);
		user.setPassword(password);
		identity.saveUser(user);
	}

}
