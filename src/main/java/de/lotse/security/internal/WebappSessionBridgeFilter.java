package de.lotse.security.internal;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a user who is logged into Tasklist, Cockpit or Admin open Lotse's own pages (the
 * case view linked from a task) and their API without logging in a second time. The
 * webapps keep their login in the HTTP session; this filter reads it for the request only
 * and never writes to the session, so logging out of the webapps ends it here too. The
 * user's groups are read anew on every request, so a membership removed after the login
 * counts at once.
 */
class WebappSessionBridgeFilter extends OncePerRequestFilter {

	private final IdentityService identityService;

	private final String engineName;

	WebappSessionBridgeFilter(IdentityService identityService, String engineName) {
		this.identityService = identityService;
		this.engineName = engineName;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		SecurityContext current = SecurityContextHolder.getContext();
		HttpSession session = request.getSession(false);
		if (session == null || (current.getAuthentication() != null && current.getAuthentication().isAuthenticated())
				|| request.getHeader("Authorization") != null) {
			chain.doFilter(request, response);
			return;
		}
		Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
		Authentication webappLogin = authentications.getAuthenticationForProcessEngine(this.engineName);
		if (!(webappLogin instanceof UserAuthentication user)) {
			chain.doFilter(request, response);
			return;
		}
		// the groups as they are now, not as they were at the webapp login
		List<GrantedAuthority> authorities = this.identityService.createGroupQuery()
			.groupMember(user.getIdentityId())
			.list()
			.stream()
			.<GrantedAuthority>map((group) -> new SimpleGrantedAuthority(
					CamundaUserAuthenticationProvider.GROUP_PREFIX + group.getId()))
			.toList();
		SecurityContext bridged = SecurityContextHolder.createEmptyContext();
		bridged.setAuthentication(new SessionContexts.BorrowedLogin(user.getIdentityId(), authorities));
		SecurityContextHolder.setContext(bridged);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.setContext(current);
		}
	}

}
