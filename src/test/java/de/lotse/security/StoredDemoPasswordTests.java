package de.lotse.security;

import java.io.IOException;

import de.lotse.LotseApplication;
import de.lotse.runtime.StartupRefusedException;
import de.lotse.support.OwnJvm;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Outside the demo profile, Lotse refuses to start on a PostgreSQL database that still
 * holds a user with a well-known password, and starts once that user is gone.
 */
@OwnJvm
class StoredDemoPasswordTests {

	@Test
	void startIsRefusedWhileTheDatabaseHoldsAUserWithTheDemoPassword() throws IOException {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
			String url = postgres.getJdbcUrl("postgres", "postgres");
			try (ConfigurableApplicationContext first = start(url)) {
				IdentityService identity = first.getBean(IdentityService.class);
				User user = identity.newUser("meldebehoerde");
				user.setPassword("demo");
				identity.saveUser(user);
			}

			Throwable refused = catchThrowable(() -> start(url).close());
			assertThat(NestedExceptionUtils.getMostSpecificCause(refused)).isInstanceOf(StartupRefusedException.class)
				.hasMessageContaining("User 'meldebehoerde' has a well-known default password");

			try (ConfigurableApplicationContext repaired = startAndDeleteUserFirst(url)) {
				assertThat(repaired.getBean(IdentityService.class).createUserQuery().count()).isZero();
			}
		}
	}

	private static ConfigurableApplicationContext start(String url) {
		SpringApplication application = new SpringApplication(LotseApplication.class);
		return application.run("--spring.profiles.active=postgres", "--LOTSE_DB_URL=" + url, "--LOTSE_DB_USER=postgres",
				"--LOTSE_DB_PASSWORD=postgres", "--camunda.bpm.job-execution.enabled=false");
	}

	private static ConfigurableApplicationContext startAndDeleteUserFirst(String url) {
		try (var connection = java.sql.DriverManager.getConnection(url, "postgres", "postgres");
				var statement = connection.createStatement()) {
			statement.executeUpdate("delete from act_ru_authorization where user_id_ = 'meldebehoerde'");
			statement.executeUpdate("delete from act_id_user where id_ = 'meldebehoerde'");
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return start(url);
	}

}
