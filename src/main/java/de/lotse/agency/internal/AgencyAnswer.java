package de.lotse.agency.internal;

import java.util.Map;

/**
 * What an agency answered to one call.
 */
sealed interface AgencyAnswer {

	/** Longest part of an agency's answer kept in an incident message. */
	int EXCERPT = 500;

	/**
	 * The agency performed the action.
	 *
	 * @param body the agency's JSON answer
	 */
	record Accepted(Map<String, Object> body) implements AgencyAnswer {

	}

	/**
	 * The agency refused on the merits (HTTP 409 or 422).
	 *
	 * @param reasonCode the agency's reason code
	 * @param message the agency's reason, for the clerk
	 */
	record Refused(String reasonCode, String message) implements AgencyAnswer {

	}

	/**
	 * The call failed technically: no answer, a timeout or an answer that is no decision.
	 *
	 * @param message what happened, with the agency's status and the start of its answer
	 * @param details more detail for the operator (e.g. the exception)
	 */
	record Failed(String message, String details) implements AgencyAnswer {

	}

	static String excerpt(String body) {
		String text = (body != null) ? body.strip() : "";
		return (text.length() > EXCERPT) ? text.substring(0, EXCERPT) : text;
	}

}
