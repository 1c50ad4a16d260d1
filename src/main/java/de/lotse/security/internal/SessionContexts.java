package de.lotse.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Where a login lives between requests. Only Lotse's own login page puts one into the
 * session; a login borrowed from the webapps' session and an HTTP Basic login are never
 * written there, so they end with the webapp logout or with the request.
 */
final class SessionContexts {

	private SessionContexts() {
	}

	/**
	 * For the API: reads a page's session, never writes one.
	 * @return the repository
	 */
	static SecurityContextRepository readOnly() {
		HttpSessionSecurityContextRepository session = new HttpSessionSecurityContextRepository() {

			@Override
			public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
				// the API never keeps a login in the session
			}

		};
		session.setAllowSessionCreation(false);
		return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(), session);
	}

	/**
	 * For the pages: keeps the login of the login page, not a borrowed one.
	 * @return the repository
	 */
	static SecurityContextRepository ownLoginsOnly() {
		HttpSessionSecurityContextRepository session = new HttpSessionSecurityContextRepository() {

			@Override
			public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
				if (!(context.getAuthentication() instanceof BorrowedLogin)) {
					super.saveContext(context, request, response);
				}
			}

		};
		return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(), session);
	}

	/** A login taken over from the webapps' session for one request. */
	static final class BorrowedLogin extends UsernamePasswordAuthenticationToken {

		private static final long serialVersionUID = 1L;

		BorrowedLogin(String userId, java.util.Collection<? extends GrantedAuthority> authorities) {
			super(userId, null, authorities);
		}

	}

}
