package de.lotse.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A full Lotse as in the default run (demo profile), on an in-memory H2 database and a
 * random port. The context is closed after the test class: Camunda registers its engine
 * and its webapp filters JVM-wide by name, so two live Lotse contexts would step on each
 * other.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
public @interface LotseTest {

}
