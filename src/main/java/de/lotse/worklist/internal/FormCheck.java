package de.lotse.worklist.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.LocalDateTime;
import java.time.OffsetTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Checks the values submitted for a task against the task's form, the way form-js checks
 * them in the browser, and reports every problem in German, naming the field by its
 * label.
 * <ul>
 * <li>Only the form's editable fields may be submitted: a variable the form does not
 * declare (for instance a forged {@code candidateGroups}) is refused, and so is a changed
 * value for a field the form only shows.</li>
 * <li>Required fields must have a value after the submission, unless a condition of the
 * form hides them; a required checkbox must be ticked.</li>
 * <li>Submitted values must have the field's type (text, number, yes/no, a date as
 * form-js submits it, {@code YYYY-MM-DD}, or a date variable) and meet its limits:
 * minimum, maximum, decimal digits, length, pattern, one of the listed options.</li>
 * </ul>
 */
final class FormCheck {

	private final FormSchema form;

	FormCheck(FormSchema form) {
		this.form = form;
	}

	/**
	 * Checks one submission.
	 * @param submitted the submitted variables and their values ({@code null} values
	 * allowed)
	 * @param current the value each variable has before the submission
	 * @param hides whether a hide condition (FEEL) is true for the data after the
	 * submission
	 * @return every problem, empty when the submission is valid
	 */
	List<Problem> check(Map<String, Object> submitted, Function<String, Object> current, Predicate<String> hides) {
		List<Problem> problems = new ArrayList<>();
		for (Map.Entry<String, Object> entry : submitted.entrySet()) {
			FormField field = this.form.field(entry.getKey());
			if (field == null) {
				problems.add(new Problem(entry.getKey(), entry.getKey(),
						"Das Feld „" + entry.getKey() + "“ gehört nicht zu diesem Formular."));
			}
			else if (field.viewOnly() && !sameValue(entry.getValue(), current.apply(field.key()))) {
				problems.add(problem(field, "ist nur zur Ansicht und kann nicht geändert werden."));
			}
		}
		for (FormField field : this.form.fields()) {
			if (field.viewOnly()) {
				continue;
			}
			boolean isSubmitted = submitted.containsKey(field.key());
			Object value = isSubmitted ? submitted.get(field.key()) : current.apply(field.key());
			if (isSubmitted && !isMissing(value)) {
				String wrong = wrongValue(field, value);
				if (wrong != null) {
					problems.add(problem(field, wrong));
					continue;
				}
			}
			if (field.required() && (field.hideCondition() == null || !hides.test(field.hideCondition()))) {
				if ("checkbox".equals(field.type()) && !Boolean.TRUE.equals(value)) {
					problems.add(problem(field, "muss angekreuzt sein."));
				}
				else if (isMissing(value)) {
					problems.add(problem(field, "ist ein Pflichtfeld."));
				}
			}
		}
		return problems;
	}

	static boolean isMissing(Object value) {
		return value == null || (value instanceof String text && text.isBlank());
	}

	private static Problem problem(FormField field, String what) {
		return new Problem(field.key(), field.label(), "Das Feld „" + field.label() + "“ " + what);
	}

	/** What is wrong with a submitted value, or {@code null} when it is right. */
	private static String wrongValue(FormField field, Object value) {
		return switch (field.type()) {
			case "textfield", "textarea" -> wrongText(field, value);
			case "number" -> wrongNumber(field, value);
			case "checkbox" -> (value instanceof Boolean) ? null : "muss ja oder nein sein.";
			case "select", "radio" -> wrongOption(field, value);
			case "datetime" -> wrongDateTime(field, value);
			default -> "hat nicht die erwartete Form.";
		};
	}

	private static String wrongText(FormField field, Object value) {
		if (!(value instanceof String text)) {
			return "muss ein Text sein.";
		}
		if (field.minLength() != null && text.length() < field.minLength()) {
			return "muss mindestens " + field.minLength() + " Zeichen lang sein.";
		}
		if (field.maxLength() != null && text.length() > field.maxLength()) {
			return "darf höchstens " + field.maxLength() + " Zeichen lang sein.";
		}
		if (field.pattern() != null && !field.pattern().matcher(text).matches()) {
			return "hat nicht die verlangte Form.";
		}
		return null;
	}

	private static String wrongNumber(FormField field, Object value) {
		BigDecimal number;
		try {
			number = (value instanceof Number || value instanceof String) ? new BigDecimal(value.toString().strip())
					: null;
		}
		catch (NumberFormatException ex) {
			number = null;
		}
		if (number == null) {
			return "muss eine Zahl sein.";
		}
		if (field.min() != null && number.compareTo(field.min()) < 0) {
			return "muss mindestens " + field.min().toPlainString() + " sein.";
		}
		if (field.max() != null && number.compareTo(field.max()) > 0) {
			return "darf höchstens " + field.max().toPlainString() + " sein.";
		}
		int decimals = Math.max(0, number.stripTrailingZeros().scale());
		if (field.decimalDigits() != null && decimals > field.decimalDigits()) {
			return (field.decimalDigits() == 0) ? "muss eine ganze Zahl sein."
					: "darf höchstens " + field.decimalDigits() + " Nachkommastellen haben.";
		}
		return null;
	}

	private static String wrongOption(FormField field, Object value) {
		if (field.options() == null) {
			return null;
		}
		String text = String.valueOf(value);
		boolean listed = field.options().stream().anyMatch((option) -> option.value().equals(text));
		return listed ? null : "hat einen Wert, der nicht zur Auswahl gehört.";
	}

	private static String wrongDateTime(FormField field, Object value) {
		String subtype = field.subtype();
		if (value instanceof Date) {
			return "time".equals(subtype) ? "muss eine Uhrzeit (HH:MM) sein." : null;
		}
		if (!(value instanceof String text)) {
			return wrongDateTimeMessage(subtype);
		}
		try {
			switch (subtype) {
				case "time" -> parseTime(text);
				case "datetime" -> parseDateTime(text);
				default -> LocalDate.parse(text);
			}
			return null;
		}
		catch (DateTimeParseException ex) {
			return wrongDateTimeMessage(subtype);
		}
	}

	private static void parseTime(String text) {
		try {
			OffsetTime.parse(text);
		}
		catch (DateTimeParseException ex) {
			LocalTime.parse(text);
		}
	}

	private static void parseDateTime(String text) {
		try {
			OffsetDateTime.parse(text);
		}
		catch (DateTimeParseException ex) {
			LocalDateTime.parse(text);
		}
	}

	private static String wrongDateTimeMessage(String subtype) {
		return switch (subtype) {
			case "time" -> "muss eine Uhrzeit (HH:MM) sein.";
			case "datetime" -> "muss Datum und Uhrzeit (JJJJ-MM-TTTHH:MM) enthalten.";
			default -> "muss ein Datum (JJJJ-MM-TT) sein.";
		};
	}

	private static boolean sameValue(Object submitted, Object current) {
		if (isMissing(submitted) && isMissing(current)) {
			return true;
		}
		if (Objects.equals(submitted, current)) {
			return true;
		}
		// a number may come back as another Number type
		if (submitted instanceof Number a && current instanceof Number b) {
			return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
		}
		return false;
	}

	/**
	 * One wrong field.
	 *
	 * @param field the variable name
	 * @param label the field's label, or the variable name for an unknown field
	 * @param message the whole German sentence, naming the field by its label
	 */
	record Problem(String field, String label, String message) {

	}

}
