package de.lotse.inbox.internal;

import java.time.Clock;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import de.lotse.casefile.CaseFileManagement;
import de.lotse.inbox.internal.AgencyCatalogue.Agency;
import de.lotse.inbox.internal.AgencyReplies.NewReply;
import de.lotse.inbox.internal.AgencyReplies.StoredReply;
import de.lotse.inbox.internal.ReplyRequests.ValidReply;
import org.camunda.bpm.engine.RuntimeService;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Receives a reply: checks the caller and the body, stores the reply and then correlates
 * it. Nothing is stored for a refused reply, and a reply delivered twice is stored and
 * correlated once.
 */
@Component
class ReplyReception {

	private final AgencyCallers callers;

	private final AgencyReplies replies;

	private final ReplyCorrelation correlation;

	private final CaseFileManagement cases;

	private final RuntimeService runtimeService;

	private final TechnicalEngineCalls engine;

	private final Clock clock;

	ReplyReception(AgencyCallers callers, AgencyReplies replies, ReplyCorrelation correlation, CaseFileManagement cases,
			RuntimeService runtimeService, TechnicalEngineCalls engine, Clock clock) {
		this.callers = callers;
		this.replies = replies;
		this.correlation = correlation;
		this.cases = cases;
		this.runtimeService = runtimeService;
		this.engine = engine;
		this.clock = clock;
	}

	Receipt receive(String agencyId, JsonNode body) {
		Agency agency = AgencyCatalogue.agency(agencyId).orElseThrow(() -> new UnknownAgencyException(agencyId));
		String caller = this.callers.requireMemberOf(agency);
		ValidReply reply = ReplyRequests.read(agency, body);
		Optional<StoredReply> earlier = this.replies.find(agency.id(), reply.replyId());
		if (earlier.isPresent()) {
			return new Receipt(earlier.get(), Receipt.Status.DUPLICATE);
		}
		if (!this.cases.exists(reply.caseReference())) {
			throw new UnknownCaseException(reply.caseReference());
		}
		if (!this.engine.run(() -> this.runtimeService.createProcessInstanceQuery()
			.processInstanceBusinessKey(reply.caseReference())
			.count() > 0)) {
			// nothing of the case runs any more, so no process could ever take the reply
			throw new ClosedCaseException(reply.caseReference());
		}
		StoredReply stored;
		try {
			stored = this.replies
				.insert(new NewReply(agency.id(), reply.replyId(), reply.caseReference(), reply.type().code(),
						reply.type().messageName(), reply.data().toString(), this.clock.instant(), caller));
		}
		catch (DuplicateKeyException concurrentDuplicate) {
			// the same reply arrived twice at the same moment; the other request stored
			// it
			return new Receipt(this.replies.find(agency.id(), reply.replyId()).orElseThrow(), Receipt.Status.DUPLICATE);
		}
		boolean correlated = this.correlation.correlate(stored);
		return new Receipt(stored, correlated ? Receipt.Status.CORRELATED : Receipt.Status.PENDING);
	}

	/**
	 * What became of a received reply.
	 *
	 * @param reply the stored reply
	 * @param status correlated now, pending, or a duplicate of an earlier delivery
	 */
	record Receipt(StoredReply reply, Status status) {

		enum Status {

			CORRELATED, PENDING, DUPLICATE

		}

	}

	/**
	 * The path names no agency Lotse knows.
	 */
	static class UnknownAgencyException extends RuntimeException {

		UnknownAgencyException(String agency) {
			super("Unknown agency '" + agency + "'");
		}

	}

	/**
	 * The reply names a case that does not exist.
	 */
	static class UnknownCaseException extends RuntimeException {

		private final String caseReference;

		UnknownCaseException(String caseReference) {
			super("Unknown case '" + caseReference + "'");
			this.caseReference = caseReference;
		}

		String caseReference() {
			return this.caseReference;
		}

	}

	/**
	 * The reply names a case whose processes have all ended.
	 */
	static class ClosedCaseException extends RuntimeException {

		private final String caseReference;

		ClosedCaseException(String caseReference) {
			super("Case '" + caseReference + "' has no running process");
			this.caseReference = caseReference;
		}

		String caseReference() {
			return this.caseReference;
		}

	}

}
