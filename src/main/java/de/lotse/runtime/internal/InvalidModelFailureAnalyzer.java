package de.lotse.runtime.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a decision table or form refused at start with its file name and reason.
 */
class InvalidModelFailureAnalyzer extends AbstractFailureAnalyzer<InvalidModelException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidModelException cause) {
		return new FailureAnalysis("A model could not be deployed:\n  " + cause.getMessage(),
				"Correct the file in processes/ or forms/ (Camunda Modeler shows the same problem) and start again.",
				cause);
	}

}
