package de.lotse.runtime.internal;

import java.util.stream.Collectors;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ResourceReport;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a BPMN or DMN model that the engine refuses at start with its file name, line
 * and the engine's reason, instead of a stack trace.
 */
class ModelDeploymentFailureAnalyzer extends AbstractFailureAnalyzer<ParseException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, ParseException cause) {
		String problems = cause.getResorceReports()
			.stream()
			.filter((report) -> !report.getErrors().isEmpty())
			.map(ModelDeploymentFailureAnalyzer::describe)
			.collect(Collectors.joining("\n"));
		if (problems.isEmpty()) {
			problems = cause.getMessage();
		}
		return new FailureAnalysis("A process model could not be deployed:\n" + problems,
				"Correct the model in processes/ (Camunda Modeler shows the same problem) and start again.", cause);
	}

	private static String describe(ResourceReport report) {
		return report.getErrors()
			.stream()
			.map((problem) -> "  " + report.getResourceName() + " line " + problem.getLine() + ": "
					+ problem.getMessage())
			.collect(Collectors.joining("\n"));
	}

}
