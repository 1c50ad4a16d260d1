package de.lotse.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import de.lotse.runtime.LotseProfiles;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A full Lotse on a real PostgreSQL server in the {@code postgres} profile. All such
 * tests share one application context and one server.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "camunda.bpm.process-engine-name=postgres")
@ActiveProfiles(LotseProfiles.POSTGRES)
@Import(EmbeddedPostgresConfiguration.class)
public @interface PostgresTest {

}
