package de.lotse.simulator.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves every simulated agency's API under {@code /simulator/agencies/<agency>}: checks
 * the agency's credential, answers 503 in an outage, waits the agency's latency, and
 * performs each action once per idempotency key.
 */
@RestController
@ConditionalOnProperty(name = "lotse.simulator.enabled", havingValue = "true")
class AgencySimulatorController {

	static final String PREFIX = "/simulator/agencies/";

	private final SimulatorSettings settings;

	private final SimulatorState state;

	private final ActionLedger ledger;

	private final Clock clock;

	private final ReplySender replies;

	AgencySimulatorController(SimulatorSettings settings, SimulatorState state, ActionLedger ledger,
			ObjectProvider<Clock> clock, ReplySender replies) {
		this.replies = replies;
		this.settings = settings;
		this.state = state;
		this.ledger = ledger;
		this.clock = clock.getIfAvailable(() -> Clock.system(SimulatorClock.ZONE));
	}

	@RequestMapping(PREFIX + "{agency}/**")
	ResponseEntity<Map<String, Object>> serve(@PathVariable String agency, HttpServletRequest request,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
			@RequestBody(required = false) Map<String, Object> body) throws InterruptedException {
		String path = request.getRequestURI()
			.substring(request.getContextPath().length() + PREFIX.length())
			.substring(agency.length());
		SimulatedOperation operation = SimulatedOperation.find(agency, request.getMethod(), path).orElse(null);
		if (operation == null) {
			return problem(HttpStatus.NOT_FOUND,
					"Unbekannte Operation " + request.getMethod() + " " + path + " der Behörde " + agency);
		}
		if (!authorized(agency, authorization)) {
			return problem(HttpStatus.UNAUTHORIZED, "Zugangsdaten der Behörde " + agency + " fehlen oder sind falsch");
		}
		if (idempotencyKey == null || idempotencyKey.isBlank()) {
			return problem(HttpStatus.BAD_REQUEST, "Der Header Idempotency-Key fehlt");
		}
		Duration latency = this.state.latency(agency);
		if (!latency.isZero()) {
			Thread.sleep(latency.toMillis());
		}
		if (this.state.inOutage(agency)) {
			return problem(HttpStatus.SERVICE_UNAVAILABLE,
					"Wartungsfenster: Das Verfahren der Behörde " + agency + " ist vorübergehend nicht erreichbar");
		}
		Map<String, Object> content = (body != null) ? body : Map.of();
		ActionLedger.Action action = this.ledger.perform(agency, idempotencyKey,
				() -> perform(operation, idempotencyKey, content));
		if (action.requestHash != content.hashCode()) {
			return problem(HttpStatus.UNPROCESSABLE_ENTITY,
					"Idempotency-Key " + idempotencyKey + " wurde bereits für eine andere Anfrage verwendet");
		}
		return ResponseEntity.status(action.status).body(action.answer);
	}

	private ActionLedger.Action perform(SimulatedOperation operation, String idempotencyKey,
			Map<String, Object> request) {
		Object caseReference = request.get("caseReference");
		boolean refused = this.state.refuses(operation.agency(), idempotencyKey);
		int status = refused ? HttpStatus.UNPROCESSABLE_ENTITY.value() : operation.status();
		Map<String, Object> answer = refused ? operation.refusal().body()
				: operation.answer().of(request, this.ledger.nextNumber());
		if (!refused && operation.reply() != null && caseReference != null) {
			// the reply id derives from the action's key: a real agency answers once per
			// action
			this.replies.later(operation.agency(), Map.of("replyId",
					"reply-" + UUID.nameUUIDFromBytes(
							(idempotencyKey + operation.reply().messageType()).getBytes(StandardCharsets.UTF_8)),
					"caseReference", caseReference, "messageType", operation.reply().messageType(), "data",
					operation.reply().data().apply(request)));
		}
		return new ActionLedger.Action(operation.agency(), operation.operationId(), idempotencyKey,
				(caseReference != null) ? caseReference.toString() : null, request.hashCode(), status, answer,
				this.clock.instant());
	}

	private boolean authorized(String agency, String authorization) {
		SimulatorSettings.Behaviour behaviour = this.settings.of(agency);
		if (behaviour.username() == null || behaviour.username().isBlank()) {
			return true;
		}
		String expected = "Basic " + Base64.getEncoder()
			.encodeToString((behaviour.username() + ":" + Objects.requireNonNullElse(behaviour.password(), ""))
				.getBytes(StandardCharsets.UTF_8));
		return expected.equals(authorization);
	}

	static ResponseEntity<Map<String, Object>> problem(HttpStatus status, String detail) {
		return ResponseEntity.status(status).body(Map.of("status", status.value(), "message", detail));
	}

}
