package de.lotse.inbox.internal;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

import org.springframework.stereotype.Component;

/**
 * Runs an engine call as a technical step, without the engine authentication of the HTTP
 * caller. An agency's credential allows it to deliver messages, which Lotse checks
 * itself; it grants no rights on process instances. The caller's authentication is
 * restored afterwards.
 */
@Component
class TechnicalEngineCalls {

	private final IdentityService identityService;

	TechnicalEngineCalls(IdentityService identityService) {
		this.identityService = identityService;
	}

	<T> T run(Supplier<T> call) {
		Authentication caller = this.identityService.getCurrentAuthentication();
		this.identityService.clearAuthentication();
		try {
			return call.get();
		}
		finally {
			if (caller != null) {
				this.identityService.setAuthentication(caller);
			}
		}
	}

}
