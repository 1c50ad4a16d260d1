package de.lotse.runtime.internal;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock every date check uses: calendar days in the municipality's time zone.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	static final ZoneId MUNICIPALITY = ZoneId.of("Europe/Berlin");

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.system(MUNICIPALITY);
	}

}
