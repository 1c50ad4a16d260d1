package de.lotse.inbox.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import de.lotse.inbox.internal.AgencyCatalogue.Agency;
import de.lotse.runtime.InvalidRequestException;
import de.lotse.runtime.InvalidRequestException.FieldProblem;

/**
 * Checks the body of a reply field by field against the agency's message types and
 * reports every wrong field at once, in German.
 */
final class ReplyRequests {

	static final Pattern REPLY_ID = Pattern.compile("[A-Za-z0-9._:\\-]{1,100}");

	static final Pattern CASE_REFERENCE = Pattern.compile("[A-Za-z0-9\\-]{1,20}");

	private static final Set<String> FIELDS = Set.of("replyId", "caseReference", "messageType", "data");

	private ReplyRequests() {
	}

	/**
	 * Read a reply.
	 * @param agency the agency that sends it
	 * @param body the request body
	 * @return the valid reply
	 * @throws InvalidRequestException naming every wrong field
	 */
	static ValidReply read(Agency agency, JsonNode body) {
		if (body == null || !body.isObject()) {
			throw new InvalidRequestException(List.of(new FieldProblem("body", "Erwartet wird ein JSON-Objekt.")));
		}
		List<FieldProblem> problems = new ArrayList<>();
		for (Iterator<String> names = body.fieldNames(); names.hasNext();) {
			String name = names.next();
			if (!FIELDS.contains(name)) {
				problems.add(new FieldProblem(name, "Unbekanntes Feld."));
			}
		}
		String replyId = text(body, "replyId", REPLY_ID,
				"Die Kennung muss 1 bis 100 Zeichen aus Buchstaben, Ziffern und . _ : - haben.", problems);
		String caseReference = text(body, "caseReference", CASE_REFERENCE,
				"Das Aktenzeichen hat nicht die Form eines Lotse-Aktenzeichens, z. B. LT-2026-K7Q3XP.", problems);
		Optional<MessageType> type = messageType(agency, body, problems);
		JsonNode data = body.get("data");
		type.ifPresent((known) -> known.validate(data, problems));
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
		return new ValidReply(replyId, caseReference, type.get(),
				(data != null && !data.isNull()) ? data : JsonNodeFactory.instance.objectNode());
	}

	private static Optional<MessageType> messageType(Agency agency, JsonNode body, List<FieldProblem> problems) {
		JsonNode value = body.get("messageType");
		if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
			problems.add(new FieldProblem("messageType", "Der Nachrichtentyp fehlt."));
			return Optional.empty();
		}
		Optional<MessageType> type = value.isTextual() ? agency.messageType(value.asText()) : Optional.empty();
		if (type.isEmpty()) {
			problems.add(new FieldProblem("messageType", "Unbekannter Nachrichtentyp für diese Behörde; erlaubt: "
					+ String.join(", ", agency.messageTypeCodes()) + "."));
		}
		return type;
	}

	private static String text(JsonNode body, String field, Pattern pattern, String wrongForm,
			List<FieldProblem> problems) {
		JsonNode value = body.get(field);
		if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
			problems.add(new FieldProblem(field, "Die Angabe fehlt."));
			return null;
		}
		if (!value.isTextual() || !pattern.matcher(value.asText()).matches()) {
			problems.add(new FieldProblem(field, wrongForm));
			return null;
		}
		return value.asText();
	}

	/**
	 * A reply whose every field was checked.
	 *
	 * @param replyId the agency's id of this reply
	 * @param caseReference the case it belongs to
	 * @param type its message type
	 * @param data its data, checked against the message type
	 */
	record ValidReply(String replyId, String caseReference, MessageType type, JsonNode data) {

	}

}
