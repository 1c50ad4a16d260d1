package de.lotse.agency.internal;

import java.util.Map;

/**
 * What the worker reports to the engine for one task.
 */
sealed interface Outcome {

	/**
	 * Complete the task.
	 *
	 * @param variables the variables from the agency's answer
	 */
	record Complete(Map<String, Object> variables) implements Outcome {

	}

	/**
	 * Raise the BPMN error that the process models for a refusal.
	 *
	 * @param errorCode the error code
	 * @param message the agency's reason
	 */
	record BpmnError(String errorCode, String message) implements Outcome {

	}

	/**
	 * Report a failure: the engine retries after {@code retryTimeoutMillis} while
	 * {@code retries} is above zero and creates an incident at zero.
	 *
	 * @param message the failure, shown in Cockpit
	 * @param details more detail for the operator
	 * @param retries the retries left
	 * @param retryTimeoutMillis the wait before the next attempt
	 */
	record Failure(String message, String details, int retries, long retryTimeoutMillis) implements Outcome {

	}

}
