package de.lotse.agency.internal;

import java.util.HashMap;

import de.lotse.agency.AgencyCall;
import de.lotse.agency.AgencyCalls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Executes one agency task, independent of how it was fetched: calls the agency with an
 * idempotency key and turns the answer into an {@link Outcome} for the engine.
 */
class AgencyTaskHandler {

	private static final Logger log = LoggerFactory.getLogger(AgencyTaskHandler.class);

	private final AgencyClients clients;

	private final AgencySettings settings;

	AgencyTaskHandler(AgencyClients clients, AgencySettings settings) {
		this.clients = clients;
		this.settings = settings;
	}

	Outcome handle(AgencyTask task) {
		AgencyCall call = AgencyCalls.forTopic(task.topic())
			.orElseThrow(() -> new IllegalArgumentException("No worker for topic " + task.topic()));
		String key = IdempotencyKeys.of(task);
		AgencyAnswer answer;
		try {
			answer = this.clients.of(call.agency()).call(call, key, call.request(task.variables()));
		}
		catch (RuntimeException ex) {
			answer = new AgencyAnswer.Failed("Aufruf der Behörde " + call.agency() + " fehlgeschlagen: " + ex,
					ex.toString());
		}
		Outcome outcome = outcome(call, task, answer);
		log.info("{} task {} (key {}): {}", call.topic(), task.id(), key, outcome.getClass().getSimpleName());
		return outcome;
	}

	private Outcome outcome(AgencyCall call, AgencyTask task, AgencyAnswer answer) {
		if (answer instanceof AgencyAnswer.Accepted accepted) {
			return new Outcome.Complete(new HashMap<>(call.variables(accepted.body())));
		}
		if (answer instanceof AgencyAnswer.Refused refused) {
			String message = refused.message() + " (" + refused.reasonCode() + ")";
			if (call.errorCode() != null) {
				return new Outcome.BpmnError(call.errorCode(), message);
			}
			// no process models this refusal: a person has to look at it
			return new Outcome.Failure("Behörde " + call.agency() + " lehnt ab: " + message, message, 0, 0);
		}
		AgencyAnswer.Failed failed = (AgencyAnswer.Failed) answer;
		AgencySettings.Agency agency = this.settings.of(call.agency());
		int retriesLeft = (task.retries() != null) ? task.retries() - 1 : agency.retries();
		// the n-th failure of the task waits initial × multiplier^(n-1)
		int failuresBefore = agency.retries() - retriesLeft;
		return new Outcome.Failure(failed.message(), failed.details(), Math.max(0, retriesLeft),
				agency.retryBackoff().after(failuresBefore).toMillis());
	}

}
