package de.lotse.security.internal;

import java.util.Set;

import de.lotse.directory.Roles;
import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.IdentityService;

import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what over HTTP.
 * <ul>
 * <li>{@code /engine-rest/**} and {@code /api/**}: HTTP Basic against the engine's users;
 * the engine then checks its authorizations for that user. Lotse's pages call the API
 * with the session of their login (or of a Tasklist login); a request that changes
 * something on the strength of a session cookie needs the CSRF token, one with HTTP Basic
 * does not.</li>
 * <li>Lotse's own pages ({@code /cases/**}, {@code /steering/**}): a German login page at
 * {@code /anmelden}, a session, CSRF protection; a Tasklist login counts too. The
 * steering dashboard is for the Lenkungsgruppe (and administrators) only.</li>
 * <li>{@code /camunda/**}: Tasklist, Cockpit and Admin, which bring their own login,
 * session and CSRF protection; their API answers 401 without a session.</li>
 * <li>{@code /actuator/health}: open, without details. {@code /actuator/prometheus}:
 * administrators only. Everything else needs a login.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

	private static final String ENGINE_NAME = "default";

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private final ProblemAuthenticationEntryPoint problems = new ProblemAuthenticationEntryPoint();

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, IdentityService identityService) throws Exception {
		http.securityMatcher(new OrRequestMatcher(path("/engine-rest/**"), path("/api/**")))
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.httpBasic((basic) -> basic.authenticationEntryPoint(this.problems))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(this.problems)
				.accessDeniedHandler(this.problems))
			// HTTP Basic never creates a session; a page's existing session is used
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.securityContext((context) -> context.securityContextRepository(SessionContexts.readOnly()))
			.csrf((csrf) -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::changesStateWithSessionCookie))
			.addFilterBefore(new WebappSessionBridgeFilter(identityService, ENGINE_NAME),
					BasicAuthenticationFilter.class)
			.addFilterAfter(new EngineAuthenticationFilter(identityService), BasicAuthenticationFilter.class);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageSecurity(HttpSecurity http, IdentityService identityService) throws Exception {
		http.securityMatcher(new OrRequestMatcher(path(LoginPageController.LOGIN_PATH),
				path(LoginPageController.LOGOUT_PATH), path("/cases/**"), path("/case-view/**"), path("/steering"),
				path("/steering/**"), path("/webjars/**")))
			.authorizeHttpRequests((requests) -> requests.requestMatchers(path(LoginPageController.LOGIN_PATH))
				.permitAll()
				.requestMatchers(path("/steering"), path("/steering/**"))
				.hasAnyAuthority(group(Roles.LENKUNGSGRUPPE), group(Roles.ADMINISTRATION))
				.anyRequest()
				.authenticated())
			// scripts may fetch a page with HTTP Basic; a browser is sent to the login
			// page
			.httpBasic(Customizer.withDefaults())
			.formLogin((login) -> login.loginPage(LoginPageController.LOGIN_PATH)
				.failureUrl(LoginPageController.LOGIN_PATH + "?fehler")
				.permitAll())
			.logout((logout) -> logout.logoutRequestMatcher(path(HttpMethod.POST, LoginPageController.LOGOUT_PATH))
				.logoutSuccessHandler(loggedOut()))
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(LoginPageController.LOGIN_PATH))
				.accessDeniedHandler(new PageAccessDeniedHandler()))
			.securityContext((context) -> context.securityContextRepository(SessionContexts.ownLoginsOnly()))
			.addFilterBefore(new WebappSessionBridgeFilter(identityService, ENGINE_NAME),
					UsernamePasswordAuthenticationFilter.class)
			.addFilterAfter(new EngineAuthenticationFilter(identityService), AnonymousAuthenticationFilter.class);
		return http.build();
	}

	@Bean
	@Order(3)
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
	@Order(4)
	SecurityFilterChain defaultSecurity(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(EndpointRequest.to(HealthEndpoint.class))
			.permitAll()
			// aggregated operational figures: administrators (and their scraper) only
			.requestMatchers(EndpointRequest.to("prometheus"))
			.hasAuthority(group(Roles.ADMINISTRATION))
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
	 * A request that would change something and is authenticated only by the session
	 * cookie, which a forged request from another site could carry.
	 */
	private static boolean changesStateWithSessionCookie(HttpServletRequest request) {
		return !SAFE_METHODS.contains(request.getMethod()) && request.getHeader(HttpHeaders.AUTHORIZATION) == null
				&& request.getSession(false) != null;
	}

	/**
	 * Always back to the login page, whoever asks (also without an HTML Accept header).
	 */
	private static LogoutSuccessHandler loggedOut() {
		SimpleUrlLogoutSuccessHandler handler = new SimpleUrlLogoutSuccessHandler();
		handler.setDefaultTargetUrl(LoginPageController.LOGIN_PATH + "?abgemeldet");
		return handler;
	}

	private static String group(String groupId) {
		return CamundaUserAuthenticationProvider.GROUP_PREFIX + groupId;
	}

	private static RequestMatcher path(HttpMethod method, String pattern) {
		return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
	}

	/**
	 * Matches on the request path itself. The REST API is a servlet of its own (Jersey),
	 * so Spring MVC's handler mappings cannot decide for it.
	 */
	private static RequestMatcher path(String pattern) {
		return PathPatternRequestMatcher.withDefaults().matcher(pattern);
	}

}
