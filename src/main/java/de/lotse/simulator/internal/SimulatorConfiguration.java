package de.lotse.simulator.internal;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The agency simulator, inside the application (default run) or alone
 * ({@link de.lotse.simulator.SimulatorApplication}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SimulatorSettings.class)
@ConditionalOnProperty(name = "lotse.simulator.enabled", havingValue = "true")
class SimulatorConfiguration {

	@Bean
	ActionLedger actionLedger() {
		return new ActionLedger();
	}

	@Bean
	SimulatorState simulatorState(SimulatorSettings settings, ObjectProvider<Clock> clock) {
		return new SimulatorState(settings, clock.getIfAvailable(() -> Clock.system(SimulatorClock.ZONE)));
	}

	@Bean(destroyMethod = "stop")
	ReplySender replySender(SimulatorSettings settings) {
		return new ReplySender(settings.replies());
	}

	/**
	 * The simulated agencies check their own credentials, as real agencies would, not the
	 * engine's users.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain simulatorSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/simulator/**"))
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

}
