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

}
