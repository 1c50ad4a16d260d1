package de.lotse.worklist.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One keyed field of a Camunda Form (form-js schema) with what the form demands of its
 * value.
 *
 * @param key the variable the field reads and writes
 * @param label the label a clerk reads, in German
 * @param type the form-js component type, e.g. {@code textfield}
 * @param subtype for {@code datetime}: {@code date}, {@code time} or {@code datetime}
 * @param viewOnly disabled or read-only: shown, never submitted by the form
 * @param required a value must be given (a checkbox must be ticked)
 * @param min smallest number allowed, or {@code null}
 * @param max largest number allowed, or {@code null}
 * @param minLength shortest text allowed, or {@code null}
 * @param maxLength longest text allowed, or {@code null}
 * @param pattern pattern the whole text must match, or {@code null}
 * @param decimalDigits most digits after the decimal point, or {@code null}
 * @param options the values of a select or radio field, or {@code null} when the field
 * has none or takes them from process data
 * @param hideCondition FEEL expression (without the leading {@code =}) that hides the
 * field, or {@code null}
 */
record FormField(String key, String label, String type, String subtype, boolean viewOnly, boolean required,
		BigDecimal min, BigDecimal max, Integer minLength, Integer maxLength, Pattern pattern, Integer decimalDigits,
		List<Option> options, String hideCondition) {

	/**
	 * One choice of a select or radio field.
	 *
	 * @param value the value submitted
	 * @param label the label a clerk reads
	 */
	record Option(String value, String label) {

	}

	/**
	 * The label a clerk reads for one of the field's values.
	 * @param value a value of the field
	 * @return the option's label, or the value itself
	 */
	String labelOf(Object value) {
		if (this.options != null && value != null) {
			for (Option option : this.options) {
				if (option.value().equals(String.valueOf(value))) {
					return option.label();
				}
			}
		}
		return (value != null) ? String.valueOf(value) : null;
	}

}
