package de.lotse.agency.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import de.lotse.agency.AgencyCall;
import de.lotse.chain.ChainVariables;

import org.springframework.http.HttpMethod;

/**
 * An agency call with a flat JSON body: the case reference and the input variables go out
 * under their own names (dates as ISO dates), named answer fields come back as variables.
 * Each worker only declares its operation.
 */
abstract class JsonAgencyCall implements AgencyCall {

	/** Process dates are calendar days in the municipality's time zone. */
	static final ZoneId MUNICIPALITY = ZoneId.of("Europe/Berlin");

	private final String agency;

	private final String action;

	private final HttpMethod method;

	private final String path;

	private final String errorCode;

	private final List<String> inputs;

	private final List<Output> outputs;

	JsonAgencyCall(String agency, String action, HttpMethod method, String path, String errorCode, List<String> inputs,
			List<Output> outputs) {
		this.agency = agency;
		this.action = action;
		this.method = method;
		this.path = path;
		this.errorCode = errorCode;
		this.inputs = List.copyOf(inputs);
		this.outputs = List.copyOf(outputs);
	}

	@Override
	public String agency() {
		return this.agency;
	}

	@Override
	public String action() {
		return this.action;
	}

	@Override
	public HttpMethod method() {
		return this.method;
	}

	@Override
	public String path() {
		return this.path;
	}

	@Override
	public String errorCode() {
		return this.errorCode;
	}

	@Override
	public List<String> inputs() {
		return this.inputs;
	}

	@Override
	public List<String> outputs() {
		return this.outputs.stream().map(Output::variable).toList();
	}

	@Override
	public Map<String, Object> request(Map<String, Object> variables) {
		Map<String, Object> body = new LinkedHashMap<>();
		for (String input : this.inputs) {
			Object value = variables.get(input);
			body.put(input, (value instanceof Date date)
					? date.toInstant().atZone(MUNICIPALITY).toLocalDate().toString() : value);
		}
		return body;
	}

	@Override
	public Map<String, Object> variables(Map<String, Object> answer) {
		Map<String, Object> variables = new LinkedHashMap<>();
		for (Output output : this.outputs) {
			Object value = answer.get(output.field());
			if (value != null) {
				variables.put(output.variable(), output.convert(value));
			}
		}
		return variables;
	}

	@Override
	public String toString() {
		return topic();
	}

	/** The inputs every call sends: the case reference first. */
	static List<String> caseAnd(String... inputs) {
		return Stream.concat(Stream.of(ChainVariables.CASE_REFERENCE), Stream.of(inputs)).toList();
	}

	/**
	 * A field of the agency's answer that becomes a process variable.
	 *
	 * @param field the answer field
	 * @param variable the process variable
	 * @param date whether the field is an ISO date that becomes a {@code java.util.Date}
	 */
	record Output(String field, String variable, boolean date) {

		static Output text(String field, String variable) {
			return new Output(field, variable, false);
		}

		static Output date(String field, String variable) {
			return new Output(field, variable, true);
		}

		Object convert(Object value) {
			return this.date ? Date.from(LocalDate.parse(value.toString()).atStartOfDay(MUNICIPALITY).toInstant())
					: value;
		}

	}

}
