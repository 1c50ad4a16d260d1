package de.lotse.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * Marks a test class that starts whole Lotse applications itself (for instance to see a
 * start fail). Camunda keeps JVM-wide state (engine registry, webapp filters), so such a
 * class runs in a JVM of its own (see the {@code own-jvm} Surefire execution).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag(OwnJvm.TAG)
public @interface OwnJvm {

	/** The JUnit tag. */
	String TAG = "own-jvm";

}
