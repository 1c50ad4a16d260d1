package de.lotse.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that drives a real headless Chromium. Such classes run only in the
 * Maven profile {@code browser} ({@code ./mvnw verify -Pbrowser}); there a missing
 * Chromium fails them. Test methods receive a started {@link Browser} as a parameter; it
 * is closed after the class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag(BrowserTest.TAG)
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {

	/** The JUnit tag. */
	String TAG = "browser";

}
