package de.lotse.worklist.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What {@code GET /api/cases/{caseReference}} answers: one case as a timeline across
 * offices, cut to what the caller may see. Fields the caller may not see are left out,
 * not sent empty.
 *
 * @param caseReference the case reference
 * @param person the personal data the caller's departments need
 * @param currentlyWith the offices that hold the case now, with since when
 * @param stages the stages of the chain in their order
 * @param deadlines the open deadlines of the stages the caller may see in detail,
 * earliest first
 * @param viewer who asks, and as what
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CaseView(String caseReference, Person person, List<Holder> currentlyWith, List<Stage> stages,
		List<Deadline> deadlines, Viewer viewer) {

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Person(String givenName, String familyName, LocalDate birthDate, String nationality, String residenceStatus,
			String residenceStatusLabel, LocalDate arrivalDate, LocalDate moveInDate, String district) {

	}

	/**
	 * One stage. {@code visibility} is {@code DETAIL} for the stages the caller's
	 * department works on (tasks, decisions, deadlines shown) and {@code OUTLINE} for the
	 * others (state, who holds it, since when).
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Stage(String key, String name, String state, String stateLabel, OffsetDateTime started, OffsetDateTime ended,
			String visibility, List<Holder> holders, String waitingFor, List<TaskEntry> tasks,
			List<Decision> decisions) {

	}

	/** An office that holds a stage now, with since when. */
	record Holder(String office, String officeName, OffsetDateTime since) {

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record TaskEntry(String name, List<String> offices, String state, OffsetDateTime created, OffsetDateTime ended,
			OffsetDateTime due) {

	}

	/** A decision a clerk signed off, with its value as the form shows it. */
	record Decision(String label, String value, OffsetDateTime decidedAt) {

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Deadline(String stage, String label, OffsetDateTime due, boolean overdue) {

	}

	record Viewer(String userId, List<String> departments, String access) {

	}

}
