package de.lotse.steering.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import de.lotse.directory.Roles;
import org.camunda.bpm.engine.IdentityService;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Only the Lenkungsgruppe and the administrators read the steering figures. The groups
 * are looked up in the engine's identity service at every request, so a membership
 * withdrawn in Camunda Admin takes effect at once.
 */
@Component
class SteeringAccess implements HandlerInterceptor {

	private final IdentityService identity;

	SteeringAccess(IdentityService identity) {
		this.identity = identity;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated() || !mayRead(authentication.getName())) {
			throw new SteeringAccessDeniedException();
		}
		return true;
	}

	boolean mayRead(String userId) {
		if (userId == null) {
			return false;
		}
		// a technical lookup: the Lenkungsgruppe may not read groups in the engine
		org.camunda.bpm.engine.impl.identity.Authentication caller = this.identity.getCurrentAuthentication();
		this.identity.clearAuthentication();
		try {
			return this.identity.createGroupQuery()
				.groupMember(userId)
				.groupIdIn(Roles.LENKUNGSGRUPPE, Roles.ADMINISTRATION)
				.count() > 0;
		}
		finally {
			if (caller != null) {
				this.identity.setAuthentication(caller);
			}
		}
	}

	/** The user is not a member of the Lenkungsgruppe. */
	static class SteeringAccessDeniedException extends RuntimeException {

		SteeringAccessDeniedException() {
			super("Steering figures are for the Lenkungsgruppe only");
		}

	}

}
