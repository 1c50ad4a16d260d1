package de.lotse.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import de.lotse.runtime.LotseProfiles;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A full Lotse on a real PostgreSQL server in the {@code postgres} profile. All such
 * tests share one application context and one server, as long as they run one after the
 * other (the test context cache holds one context at a time).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "camunda.bpm.admin-user.id=" + PostgresTest.ADMIN,
				"camunda.bpm.admin-user.password=" + PostgresTest.ADMIN_PASSWORD })
@ActiveProfiles(LotseProfiles.POSTGRES)
@Import(EmbeddedPostgresConfiguration.class)
@DirtiesContext
public @interface PostgresTest {

	/** An administrator created the production way, with a strong password. */
	String ADMIN = "pgadmin";

	/** The administrator's password. */
	String ADMIN_PASSWORD = "Verwaltung-2026-Stark!";

}
