package de.lotse.simulator.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The actions the simulated agencies performed, one per agency and idempotency key. A
 * repeated call with a known key gets the stored answer and performs nothing, as a real
 * agency's idempotent API would.
 */
class ActionLedger {

	private final Map<String, Action> actions = new ConcurrentHashMap<>();

	private final AtomicLong numbers = new AtomicLong(1000);

	/**
	 * The action for the key: performed now when the key is new, else the stored one.
	 */
	Action perform(String agency, String idempotencyKey, Supplier<Action> action) {
		Action stored = this.actions.computeIfAbsent(agency + " " + idempotencyKey, (key) -> action.get());
		stored.requests.incrementAndGet();
		return stored;
	}

	long nextNumber() {
		return this.numbers.incrementAndGet();
	}

	List<Action> find(String agency, String operationId, String caseReference, String idempotencyKey) {
		return this.actions.values()
			.stream()
			.filter((action) -> agency == null || action.agency.equals(agency))
			.filter((action) -> operationId == null || action.operationId.equals(operationId))
			.filter((action) -> caseReference == null || caseReference.equals(action.caseReference))
			.filter((action) -> idempotencyKey == null || action.idempotencyKey.equals(idempotencyKey))
			.sorted(Comparator.comparing((Action action) -> action.performedAt))
			.toList();
	}

	void clear() {
		this.actions.clear();
	}

	/**
	 * One performed action and its stored answer.
	 */
	static final class Action {

		final String agency;

		final String operationId;

		final String idempotencyKey;

		final String caseReference;

		final int requestHash;

		final int status;

		final Map<String, Object> answer;

		final Instant performedAt;

		final AtomicInteger requests = new AtomicInteger();

		Action(String agency, String operationId, String idempotencyKey, String caseReference, int requestHash,
				int status, Map<String, Object> answer, Instant performedAt) {
			this.agency = agency;
			this.operationId = operationId;
			this.idempotencyKey = idempotencyKey;
			this.caseReference = caseReference;
			this.requestHash = requestHash;
			this.status = status;
			this.answer = answer;
			this.performedAt = performedAt;
		}

		Map<String, Object> view() {
			return Map.of("agency", this.agency, "operation", this.operationId, "idempotencyKey", this.idempotencyKey,
					"caseReference", (this.caseReference != null) ? this.caseReference : "", "status", this.status,
					"performed", 1, "requests", this.requests.get(), "performedAt", this.performedAt.toString());
		}

	}

}
