package de.lotse.runtime.internal;

import org.camunda.bpm.engine.ParseException;

import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Lets tests outside this package run the package-private failure analyzer.
 */
public class ModelDeploymentFailureAnalyzerAccess {

	public FailureAnalysis analyze(ParseException exception) {
		return new ModelDeploymentFailureAnalyzer().analyze(exception);
	}

	/**
	 * What a failed start reports about a refused model.
	 * @param failure the exception the start failed with
	 * @return the description and action the operator reads, or the plain messages
	 */
	public String describe(Throwable failure) {
		FailureAnalysis analysis = new ModelDeploymentFailureAnalyzer().analyze(failure);
		if (analysis == null) {
			analysis = new InvalidModelFailureAnalyzer().analyze(failure);
		}
		return (analysis != null) ? analysis.getDescription() + "\n" + analysis.getAction() : String.valueOf(failure);
	}

}
