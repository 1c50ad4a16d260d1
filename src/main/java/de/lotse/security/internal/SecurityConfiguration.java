package de.lotse.security.internal;

import de.lotse.directory.Roles;
import org.camunda.bpm.engine.IdentityService;

import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what over HTTP.
 * <ul>
 * <li>{@code /engine-rest/**} and {@code /api/**}: HTTP Basic against the engine's users,
 * stateless; the engine then checks its authorizations for that user.</li>
 * <li>{@code /camunda/**}: Tasklist, Cockpit and Admin, which bring their own login,
 * session and CSRF protection; their API answers 401 without a session.</li>
 * <li>{@code /actuator/health}: open, without details. {@code /actuator/prometheus}:
 * administrators only. Everything else needs a login.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

	private final ProblemAuthenticationEntryPoint problems = new ProblemAuthenticationEntryPoint();

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, IdentityService identityService) throws Exception {
		http.securityMatcher(new OrRequestMatcher(path("/engine-rest/**"), path("/api/**")))
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.httpBasic((basic) -> basic.authenticationEntryPoint(this.problems))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(this.problems)
				.accessDeniedHandler(this.problems))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// stateless HTTP Basic: no cookie a forged request could ride on
			.csrf(AbstractHttpConfigurer::disable)
			.addFilterAfter(new EngineAuthenticationFilter(identityService), BasicAuthenticationFilter.class);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webappSecurity(HttpSecurity http) throws Exception {
		// Camunda's webapps authenticate, protect against CSRF and set security headers
		// themselves (see camunda.bpm.webapp.*).
		http.securityMatcher(path("/camunda/**"))
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf(AbstractHttpConfigurer::disable)
			.headers(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.securityContext(AbstractHttpConfigurer::disable)
			.sessionManagement(AbstractHttpConfigurer::disable);
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain defaultSecurity(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(EndpointRequest.to(HealthEndpoint.class))
			.permitAll()
			// aggregated operational figures: administrators (and their scraper) only
			.requestMatchers(EndpointRequest.to("prometheus"))
			.hasAuthority(CamundaUserAuthenticationProvider.GROUP_PREFIX + Roles.ADMINISTRATION)
			.requestMatchers(path("/"), path("/error"))
			.permitAll()
			.anyRequest()
			.authenticated())
			.httpBasic((basic) -> basic.authenticationEntryPoint(this.problems))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(this.problems)
				.accessDeniedHandler(this.problems))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(AbstractHttpConfigurer::disable);
		return http.build();
	}

	/**
	 * Matches on the request path itself. The REST API is a servlet of its own (Jersey),
	 * so Spring MVC's handler mappings cannot decide for it.
	 */
	private static RequestMatcher path(String pattern) {
		return PathPatternRequestMatcher.withDefaults().matcher(pattern);
	}

}
