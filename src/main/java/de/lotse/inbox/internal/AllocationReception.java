package de.lotse.inbox.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.lotse.casefile.CaseFileManagement;
import de.lotse.casefile.CaseIntake;
import de.lotse.casefile.OpenedCase;
import de.lotse.chain.ArrivalProcess;
import de.lotse.inbox.internal.AgencyCatalogue.Agency;
import de.lotse.inbox.internal.AgencyReplies.NewReply;
import de.lotse.inbox.internal.AgencyReplies.StoredReply;
import de.lotse.inbox.internal.ReplyReception.UnknownAgencyException;
import de.lotse.runtime.InvalidRequestException;
import de.lotse.runtime.InvalidRequestException.FieldProblem;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives a Zuweisung: opens the person's case and keeps the Zuweisung as a message of
 * the Bezirksregierung, in one transaction. The Zuweisung is correlated afterwards like
 * any reply, so the case's arrival moves on to the admission to the accommodation.
 */
@Component
class AllocationReception {

	private static final int MAX_ALLOCATION_ID_LENGTH = 90;

	private static final String IDEMPOTENCY_PREFIX = "zuweisung:";

	private final AgencyCallers callers;

	private final AgencyReplies replies;

	private final CaseFileManagement cases;

	private final TechnicalEngineCalls engine;

	private final ObjectMapper json;

	private final Clock clock;

	AllocationReception(AgencyCallers callers, AgencyReplies replies, CaseFileManagement cases,
			TechnicalEngineCalls engine, ObjectMapper json, Clock clock) {
		this.callers = callers;
		this.replies = replies;
		this.cases = cases;
		this.engine = engine;
		this.json = json;
		this.clock = clock;
	}

	@Transactional
	Allocation receive(String agencyId, AllocationNotice notice) {
		Agency agency = AgencyCatalogue.agency(agencyId)
			.filter((known) -> known.id().equals(AgencyCatalogue.BEZIRKSREGIERUNG))
			.orElseThrow(() -> new UnknownAgencyException(agencyId));
		String caller = this.callers.requireMemberOf(agency);
		validate(notice);
		Optional<StoredReply> earlier = this.replies.find(agency.id(), notice.allocationId());
		if (earlier.isPresent()) {
			return new Allocation(earlier.get(), true);
		}
		String status = (notice.residenceStatus() != null) ? notice.residenceStatus() : AllocationNotice.DEFAULT_STATUS;
		LocalDate arrival = (notice.arrivalDate() != null) ? notice.arrivalDate() : notice.allocationDate();
		CaseIntake intake = new CaseIntake(notice.givenName(), notice.familyName(), notice.birthDate(),
				notice.nationality(), status, arrival, null, notice.district(), null);
		// opening the case starts the chain: a technical step of the inbox, not a right
		// of
		// the agency's user on process instances
		OpenedCase opened = this.engine
			.run(() -> this.cases.open(intake, IDEMPOTENCY_PREFIX + notice.allocationId(), caller));
		String payload = this.json.createObjectNode()
			.put(ArrivalProcess.ALLOCATION_DATE, notice.allocationDate().toString())
			.toString();
		StoredReply stored = this.replies
			.insert(new NewReply(agency.id(), notice.allocationId(), opened.caseReference(), AgencyCatalogue.ZUWEISUNG,
					ArrivalProcess.MESSAGE_ZUWEISUNG_RECEIVED, payload, this.clock.instant(), caller));
		return new Allocation(stored, false);
	}

	private void validate(AllocationNotice notice) {
		if (notice == null) {
			throw new InvalidRequestException(List.of(new FieldProblem("body", "Die Angaben fehlen.")));
		}
		List<FieldProblem> problems = new ArrayList<>();
		if (notice.allocationId() == null || notice.allocationId().isBlank()) {
			problems.add(new FieldProblem("allocationId", "Die Kennung der Zuweisung fehlt."));
		}
		else if (notice.allocationId().length() > MAX_ALLOCATION_ID_LENGTH
				|| !ReplyRequests.REPLY_ID.matcher(notice.allocationId()).matches()) {
			problems.add(new FieldProblem("allocationId", "Die Kennung muss 1 bis " + MAX_ALLOCATION_ID_LENGTH
					+ " Zeichen aus Buchstaben, Ziffern und . _ : - haben."));
		}
		if (notice.allocationDate() == null) {
			problems.add(new FieldProblem("allocationDate", "Das Datum der Zuweisung fehlt."));
		}
		else if (notice.allocationDate().isAfter(LocalDate.now(this.clock))) {
			problems.add(new FieldProblem("allocationDate", "Das Datum der Zuweisung liegt in der Zukunft."));
		}
		if (notice.residenceStatus() != null
				&& !ArrivalProcess.STATUSES_AWAITING_ZUWEISUNG.contains(notice.residenceStatus())) {
			problems.add(new FieldProblem("residenceStatus",
					"Zuweisungen gibt es nur für Personen im Asylweg; erlaubt: "
							+ String.join(", ", ArrivalProcess.STATUSES_AWAITING_ZUWEISUNG.stream().sorted().toList())
							+ "."));
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
	}

	/**
	 * A received Zuweisung.
	 *
	 * @param zuweisung the Zuweisung as stored message of the Bezirksregierung
	 * @param duplicate whether it was received before
	 */
	record Allocation(StoredReply zuweisung, boolean duplicate) {

	}

}
