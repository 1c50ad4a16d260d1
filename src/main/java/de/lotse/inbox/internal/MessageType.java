package de.lotse.inbox.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import de.lotse.runtime.InvalidRequestException.FieldProblem;

/**
 * One kind of message an agency may send: its code, the BPMN message it is correlated as,
 * and the data it carries into the process.
 *
 * @param code the code the agency sends as {@code messageType}
 * @param messageName the BPMN message name the process waits for
 * @param fields the data fields, each a process variable of the same name
 */
record MessageType(String code, String messageName, List<DataField> fields) {

	/** Dates are calendar days in the municipality's time zone, as in the chain. */
	static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final int MAX_TEXT_LENGTH = 200;

	/**
	 * Check the data of a message field by field.
	 * @param data the {@code data} object of the request, may be {@code null}
	 * @param problems where each wrong field is added, named {@code data.<field>}
	 */
	void validate(JsonNode data, List<FieldProblem> problems) {
		if (data == null || data.isNull()) {
			for (DataField field : this.fields) {
				problems.add(new FieldProblem("data." + field.name(), "Die Angabe fehlt."));
			}
			return;
		}
		if (!data.isObject()) {
			problems.add(new FieldProblem("data", "Erwartet wird ein JSON-Objekt."));
			return;
		}
		for (DataField field : this.fields) {
			field.validate(data.get(field.name()), problems);
		}
		for (Iterator<String> names = data.fieldNames(); names.hasNext();) {
			String name = names.next();
			if (this.fields.stream().noneMatch((field) -> field.name().equals(name))) {
				problems.add(new FieldProblem("data." + name, "Unbekanntes Feld."));
			}
		}
	}

	/**
	 * The process variables of valid data.
	 * @param data the data, validated before
	 * @return the variables, dates as {@link Date}
	 */
	Map<String, Object> variables(JsonNode data) {
		Map<String, Object> variables = new HashMap<>();
		for (DataField field : this.fields) {
			JsonNode value = data.get(field.name());
			if (value != null && !value.isNull()) {
				variables.put(field.name(), field.type().toVariable(value.asText()));
			}
		}
		return variables;
	}

	/**
	 * One data field of a message; all fields are required.
	 *
	 * @param name the field's name, also the process variable's name
	 * @param type its type
	 * @param allowedValues the codes allowed for a {@link FieldType#CODE}, else empty
	 */
	record DataField(String name, FieldType type, Set<String> allowedValues) {

		static DataField date(String name) {
			return new DataField(name, FieldType.DATE, Set.of());
		}

		static DataField text(String name) {
			return new DataField(name, FieldType.TEXT, Set.of());
		}

		static DataField code(String name, String... allowedValues) {
			return new DataField(name, FieldType.CODE, Set.of(allowedValues));
		}

		void validate(JsonNode value, List<FieldProblem> problems) {
			String path = "data." + this.name;
			if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
				problems.add(new FieldProblem(path, "Die Angabe fehlt."));
				return;
			}
			if (!value.isTextual()) {
				problems.add(new FieldProblem(path, this.type.expected()));
				return;
			}
			String text = value.asText();
			switch (this.type) {
				case DATE -> {
					if (!DATE.matcher(text).matches() || !isDate(text)) {
						problems.add(new FieldProblem(path, this.type.expected()));
					}
				}
				case TEXT -> {
					if (text.length() > MAX_TEXT_LENGTH) {
						problems
							.add(new FieldProblem(path, "Der Text ist länger als " + MAX_TEXT_LENGTH + " Zeichen."));
					}
				}
				case CODE -> {
					if (!this.allowedValues.contains(text)) {
						problems.add(new FieldProblem(path, "Unbekannter Wert; erlaubt: "
								+ String.join(", ", this.allowedValues.stream().sorted().toList()) + "."));
					}
				}
			}
		}

		private static boolean isDate(String text) {
			try {
				LocalDate.parse(text);
				return true;
			}
			catch (DateTimeParseException ex) {
				return false;
			}
		}

	}

	/**
	 * The types of data fields and how each becomes a process variable.
	 */
	enum FieldType {

		/** Free text, up to 200 characters ({@code String}). */
		TEXT("Bitte einen Text angeben."),
		/** A calendar day {@code yyyy-MM-dd} ({@code java.util.Date}). */
		DATE("Bitte ein Datum in der Form JJJJ-MM-TT angeben."),
		/** One of a list of codes ({@code String}). */
		CODE("Bitte einen der erlaubten Werte als Text angeben.");

		private final String expected;

		FieldType(String expected) {
			this.expected = expected;
		}

		String expected() {
			return this.expected;
		}

		Object toVariable(String text) {
			return (this == DATE) ? Date.from(LocalDate.parse(text).atStartOfDay(ZONE).toInstant()) : text;
		}

	}

}
