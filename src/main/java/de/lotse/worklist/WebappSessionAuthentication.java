package de.lotse.worklist;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a clerk who is logged in to Tasklist open the case view (the page and
 * {@code GET /api/cases/…}) without logging in again: Camunda's webapps keep their login
 * in the HTTP session ({@link Authentications}, one entry per engine), and the session
 * cookie is sent to the whole application.
 * <p>
 * Only for reading ({@code GET}, {@code HEAD}): Lotse's API has no CSRF protection, so a
 * session cookie must never authorize a change. The user's groups are read from the
 * engine on every request, so a membership removed in Admin counts at once, and a user
 * deleted since the login is not let in. A request that brings its own
 * {@code Authorization} header, or is authenticated already, is left alone.
 * <p>
 * The filter sets Spring Security's authentication (authorities {@code GROUP_<id>}, as
 * the HTTP Basic login does) and the engine's authentication for the rest of the request.
 * To use it, add it before {@code BasicAuthenticationFilter} in the security filter
 * chains of {@code /api/**} and of the case pages.
 */
public class WebappSessionAuthentication extends OncePerRequestFilter {

	/** The authority prefix of Lotse's HTTP login for the user's groups. */
	public static final String GROUP_PREFIX = "GROUP_";

	private final IdentityService identityService;

	private final String engineName;

	/**
	 * @param identityService the engine's identity service
	 * @param engineName the engine whose webapp login counts, usually {@code default}
	 */
	public WebappSessionAuthentication(IdentityService identityService, String engineName) {
		this.identityService = identityService;
		this.engineName = engineName;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String userId = webappUser(request);
		if (userId == null) {
			chain.doFilter(request, response);
			return;
		}
		List<String> groupIds = this.identityService.createGroupQuery()
			.groupMember(userId)
			.list()
			.stream()
			.map(Group::getId)
			.toList();
		List<String> tenantIds = this.identityService.createTenantQuery()
			.userMember(userId)
			.includingGroupsOfUser(true)
			.list()
			.stream()
			.map(Tenant::getId)
			.toList();
		List<GrantedAuthority> authorities = groupIds.stream()
			.<GrantedAuthority>map((groupId) -> new SimpleGrantedAuthority(GROUP_PREFIX + groupId))
			.toList();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities));
		SecurityContextHolder.setContext(context);
		this.identityService.setAuthentication(userId, groupIds, tenantIds);
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.identityService.clearAuthentication();
			SecurityContextHolder.clearContext();
		}
	}

	/** The user logged in to the webapps in this request's session, if it may count. */
	private String webappUser(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
			return null;
		}
		if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
			return null;
		}
		org.springframework.security.core.Authentication current = SecurityContextHolder.getContext()
			.getAuthentication();
		if (current != null && current.isAuthenticated()) {
			return null;
		}
		HttpSession session = request.getSession(false);
		if (session == null) {
			return null;
		}
		Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
		Authentication login = authentications.getAuthenticationForProcessEngine(this.engineName);
		if (login == null || login.getName() == null) {
			return null;
		}
		// a user deleted since the login no longer counts
		return (this.identityService.createUserQuery().userId(login.getName()).count() == 1) ? login.getName() : null;
	}

}
