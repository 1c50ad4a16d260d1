package de.lotse.inbox.internal;

import java.time.Clock;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.lotse.inbox.internal.AgencyCatalogue.Agency;
import de.lotse.inbox.internal.AgencyReplies.StoredReply;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Correlates a stored reply to the message event its case waits for. Marking the reply as
 * correlated and the correlation itself happen in one transaction: either the process
 * moved on and the reply is done, or neither. When no process waits yet, the reply stays
 * pending and the attempt is recorded.
 */
@Component
class ReplyCorrelation {

	private static final Logger log = LoggerFactory.getLogger(ReplyCorrelation.class);

	private final AgencyReplies replies;

	private final RuntimeService runtimeService;

	private final TechnicalEngineCalls engine;

	private final TransactionTemplate transaction;

	private final ObjectMapper json;

	private final Clock clock;

	ReplyCorrelation(AgencyReplies replies, RuntimeService runtimeService, TechnicalEngineCalls engine,
			PlatformTransactionManager transactionManager, ObjectMapper json, Clock clock) {
		this.replies = replies;
		this.runtimeService = runtimeService;
		this.engine = engine;
		this.transaction = new TransactionTemplate(transactionManager);
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Try to correlate a stored reply.
	 * @param reply the reply
	 * @return {@code true} when the reply is correlated now (by this call or, at the same
	 * moment, by another node), {@code false} when it is still pending
	 */
	boolean correlate(StoredReply reply) {
		try {
			Map<String, Object> variables = variables(reply);
			this.transaction.executeWithoutResult((status) -> {
				if (this.replies.claim(reply.id(), this.clock.instant())) {
					this.engine.run(() -> this.runtimeService.createMessageCorrelation(reply.messageName())
						.processInstanceBusinessKey(reply.caseReference())
						.setVariables(variables)
						.correlateWithResult());
				}
			});
			log.info("Correlated reply {} of agency {} as {} to case {}", reply.replyId(), reply.agency(),
					reply.messageName(), reply.caseReference());
			return true;
		}
		catch (MismatchingMessageCorrelationException ex) {
			log.debug("Reply {} of agency {} waits: {}", reply.replyId(), reply.agency(), ex.getMessage());
			this.replies.recordFailedAttempt(reply.id(), this.clock.instant(), ex.getMessage());
			return false;
		}
		catch (RuntimeException ex) {
			log.warn("Reply {} of agency {} could not be correlated to case {}", reply.replyId(), reply.agency(),
					reply.caseReference(), ex);
			this.replies.recordFailedAttempt(reply.id(), this.clock.instant(),
					ex.getClass().getSimpleName() + ": " + ex.getMessage());
			return false;
		}
	}

	private Map<String, Object> variables(StoredReply reply) {
		MessageType type = AgencyCatalogue.agency(reply.agency())
			.flatMap((Agency agency) -> agency.messageType(reply.messageType()))
			.orElseThrow(() -> new IllegalStateException(
					"Agency " + reply.agency() + " no longer sends message type " + reply.messageType()));
		try {
			return type.variables(this.json.readTree(reply.payload()));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Stored payload of reply " + reply.id() + " is not JSON", ex);
		}
	}

}
