package de.lotse.worklist.internal;

import de.lotse.worklist.internal.IntegrationManagerHandover.Result;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/integration-managers/{userId}/handover} with the JSON field
 * {@code to}: the team lead of the Integrationsmanagement hands all cases and open tasks
 * of one integration manager to another. 200 with what moved; 400 (German) for a missing,
 * unknown or ineligible target; 403 for everybody but the team lead and the
 * administrators.
 */
@RestController
@RequestMapping("/api/integration-managers")
class HandoverController {

	private final IntegrationManagerHandover handover;

	HandoverController(IntegrationManagerHandover handover) {
		this.handover = handover;
	}

	@PostMapping(path = "/{userId}/handover", consumes = MediaType.APPLICATION_JSON_VALUE)
	Result handOver(@PathVariable String userId, @RequestBody HandoverRequest request) {
		return this.handover.handOver(userId, request.to());
	}

	/**
	 * The request body.
	 *
	 * @param to the user id of the integration manager who takes over
	 */
	record HandoverRequest(String to) {
	}

}
