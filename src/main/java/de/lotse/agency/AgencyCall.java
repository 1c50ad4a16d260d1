package de.lotse.agency;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpMethod;

/**
 * One call to one agency, served by one worker per external-task topic
 * {@code agency.<agency>.<action>}: which operation of the agency's API it calls, which
 * process variables it sends, which of the agency's answer fields it returns to the
 * process, and which BPMN error a refusal raises.
 */
public interface AgencyCall {

	/**
	 * The agency, as in the topic and in {@code lotse.agencies.<agency>.*}, e.g.
	 * {@code meldebehoerde}.
	 * @return the agency
	 */
	String agency();

	/**
	 * The action, the last part of the topic, e.g. {@code register}.
	 * @return the action
	 */
	String action();

	/**
	 * The external-task topic this worker serves.
	 * @return {@code agency.<agency>.<action>}
	 */
	default String topic() {
		return "agency." + agency() + "." + action();
	}

	/**
	 * HTTP method of the agency's operation.
	 * @return the method
	 */
	HttpMethod method();

	/**
	 * Path of the agency's operation below the agency's base URL, as in
	 * {@code openapi/<agency>.yaml}.
	 * @return the path, starting with {@code /}
	 */
	String path();

	/**
	 * Process variables the worker reads and sends to the agency.
	 * @return the variable names
	 */
	List<String> inputs();

	/**
	 * Process variables the worker sets from the agency's answer.
	 * @return the variable names
	 */
	List<String> outputs();

	/**
	 * The BPMN error code of a business rejection, as modelled in the processes, or
	 * {@code null} when no process models one: then a rejection becomes an incident for a
	 * person to clear.
	 * @return the error code or {@code null}
	 */
	String errorCode();

	/**
	 * The request body for the agency.
	 * @param variables the process variables named in {@link #inputs()}
	 * @return the JSON body
	 */
	Map<String, Object> request(Map<String, Object> variables);

	/**
	 * The process variables from the agency's answer.
	 * @param answer the agency's JSON answer
	 * @return the variables named in {@link #outputs()}
	 */
	Map<String, Object> variables(Map<String, Object> answer);

}
