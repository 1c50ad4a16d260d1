package de.lotse.inbox.internal;

import de.lotse.inbox.internal.AgencyCatalogue.Agency;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

import org.springframework.stereotype.Component;

/**
 * Checks that the authenticated caller speaks for the agency named in the path: an
 * agency's technical user is a member of the engine group {@code agency-<agency>}.
 */
@Component
class AgencyCallers {

	private final IdentityService identityService;

	AgencyCallers(IdentityService identityService) {
		this.identityService = identityService;
	}

	/**
	 * @param agency the agency named in the path
	 * @return the caller's user id
	 * @throws ForeignAgencyException when the caller does not speak for the agency
	 */
	String requireMemberOf(Agency agency) {
		Authentication caller = this.identityService.getCurrentAuthentication();
		if (caller == null || caller.getGroupIds() == null || !caller.getGroupIds().contains(agency.group())) {
			throw new ForeignAgencyException(agency);
		}
		return caller.getUserId();
	}

	/**
	 * The caller may not send messages in this agency's name.
	 */
	static class ForeignAgencyException extends RuntimeException {

		private final Agency agency;

		ForeignAgencyException(Agency agency) {
			super("Caller is not a member of group " + agency.group());
			this.agency = agency;
		}

		Agency agency() {
			return this.agency;
		}

	}

}
