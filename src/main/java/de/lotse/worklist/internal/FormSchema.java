package de.lotse.worklist.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The fields of one Camunda Form as the server checks them. Reads the form-js JSON that
 * Camunda Modeler writes (schema version 16, as bundled with Tasklist 7.24) and refuses
 * anything it cannot check, so that no form field goes unchecked unnoticed.
 */
final class FormSchema {

	/** Components that hold a value under their key. */
	static final Set<String> FIELD_TYPES = Set.of("textfield", "textarea", "number", "datetime", "checkbox", "radio",
			"select");

	/** Components that show something but hold no value. */
	static final Set<String> LAYOUT_TYPES = Set.of("text", "html", "image", "spacer", "separator", "button", "iframe");

	/** Components that group other components without a data path of their own. */
	static final Set<String> CONTAINER_TYPES = Set.of("group");

	private static final ObjectMapper JSON = new ObjectMapper();

	private final String id;

	private final Map<String, FormField> fields;

	private FormSchema(String id, Map<String, FormField> fields) {
		this.id = id;
		this.fields = fields;
	}

	/**
	 * Reads a form.
	 * @param in the form's JSON
	 * @return the form
	 * @throws IllegalArgumentException naming what the server cannot check
	 */
	static FormSchema read(InputStream in) {
		JsonNode form;
		try {
			form = JSON.readTree(in);
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("not a JSON document: " + ex.getMessage(), ex);
		}
		if (form == null || !form.isObject() || !form.path("components").isArray()) {
			throw new IllegalArgumentException("a form needs a \"components\" list");
		}
		Map<String, FormField> fields = new LinkedHashMap<>();
		collect(form.path("components"), null, fields);
		return new FormSchema(form.path("id").asText(), fields);
	}

	/**
	 * The form's id, as {@code camunda:formRef} names it.
	 * @return the id
	 */
	String id() {
		return this.id;
	}

	/**
	 * The form's fields, in the order the form shows them.
	 * @return the fields
	 */
	List<FormField> fields() {
		return List.copyOf(this.fields.values());
	}

	/**
	 * The field with this key.
	 * @param key a variable name
	 * @return the field, or {@code null} when the form has none with this key
	 */
	FormField field(String key) {
		return this.fields.get(key);
	}

	private static void collect(JsonNode components, String hiddenWhen, Map<String, FormField> fields) {
		for (JsonNode component : components) {
			String type = component.path("type").asText();
			if (FIELD_TYPES.contains(type)) {
				FormField field = field(component, hiddenWhen);
				FormField earlier = fields.get(field.key());
				if (earlier != null && !earlier.viewOnly() && !field.viewOnly()) {
					throw new IllegalArgumentException("two editable fields with key '" + field.key() + "'");
				}
				if (earlier == null || earlier.viewOnly()) {
					fields.put(field.key(), field);
				}
			}
			else if (CONTAINER_TYPES.contains(type)) {
				if (component.hasNonNull("path") && !component.path("path").asText().isEmpty()) {
					throw new IllegalArgumentException("group '" + component.path("id").asText()
							+ "' has a data path; nested data is not supported");
				}
				collect(component.path("components"), either(hiddenWhen, hideCondition(component)), fields);
			}
			else if (!LAYOUT_TYPES.contains(type)) {
				throw new IllegalArgumentException("component type '" + type + "' (id '" + component.path("id").asText()
						+ "') is not supported by the server-side check");
			}
		}
	}

	private static FormField field(JsonNode component, String hiddenWhen) {
		String type = component.path("type").asText();
		String key = component.path("key").asText();
		if (key.isBlank() || !key.matches("[A-Za-z_][A-Za-z0-9_]*")) {
			throw new IllegalArgumentException(
					type + " field '" + component.path("id").asText() + "' needs a simple key, not '" + key + "'");
		}
		String label = text(component, "label");
		if (label == null) {
			label = text(component, "dateLabel");
		}
		if (label == null) {
			label = text(component, "timeLabel");
		}
		JsonNode validate = component.path("validate");
		boolean viewOnly = component.path("disabled").asBoolean(false) || component.path("readonly").asBoolean(false);
		String subtype = "datetime".equals(type) ? component.path("subtype").asText("date") : null;
		return new FormField(key, (label != null) ? label : key, type, subtype, viewOnly,
				validate.path("required").asBoolean(false), number(validate, "min"), number(validate, "max"),
				integer(validate, "minLength"), integer(validate, "maxLength"), pattern(key, validate),
				integer(component, "decimalDigits"), options(component), either(hiddenWhen, hideCondition(component)));
	}

	/** A field inside a hidden group is hidden too. */
	private static String either(String first, String second) {
		if (first == null || second == null) {
			return (first != null) ? first : second;
		}
		return "(" + first + ") or (" + second + ")";
	}

	private static String text(JsonNode node, String name) {
		JsonNode value = node.get(name);
		return (value != null && value.isTextual() && !value.asText().isBlank()) ? value.asText() : null;
	}

	private static BigDecimal number(JsonNode node, String name) {
		JsonNode value = node.get(name);
		return (value != null && value.isNumber()) ? value.decimalValue() : null;
	}

	private static Integer integer(JsonNode node, String name) {
		JsonNode value = node.get(name);
		return (value != null && value.canConvertToInt()) ? value.asInt() : null;
	}

	private static Pattern pattern(String key, JsonNode validate) {
		String pattern = text(validate, "pattern");
		if (pattern == null) {
			return null;
		}
		try {
			return Pattern.compile(pattern);
		}
		catch (PatternSyntaxException ex) {
			throw new IllegalArgumentException("pattern of field '" + key + "' is invalid: " + ex.getDescription(), ex);
		}
	}

	private static List<FormField.Option> options(JsonNode component) {
		JsonNode values = component.get("values");
		if (values == null || !values.isArray()) {
			return null;
		}
		List<FormField.Option> options = new ArrayList<>();
		for (JsonNode value : values) {
			options.add(new FormField.Option(value.path("value").asText(), value.path("label").asText()));
		}
		return List.copyOf(options);
	}

	private static String hideCondition(JsonNode component) {
		String hide = text(component.path("conditional"), "hide");
		if (hide == null) {
			return null;
		}
		if (!hide.startsWith("=")) {
			throw new IllegalArgumentException(
					"condition of '" + component.path("key").asText(component.path("id").asText())
							+ "' is not a FEEL expression (starting with '='): " + hide);
		}
		return hide.substring(1);
	}

}
