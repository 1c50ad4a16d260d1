package de.lotse.chain.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Evaluates the decisions in {@code processes/} on the standalone DMN engine and records
 * which rules matched.
 */
final class Decisions {

	private static final ThreadLocal<DmnDecisionTableEvaluationEvent> lastEvaluation = new ThreadLocal<>();

	private static final DefaultDmnEngineConfiguration configuration = createConfiguration();

	private static final DmnEngine engine = configuration.buildEngine();

	private static final Map<String, DmnDecision> decisions = new ConcurrentHashMap<>();

	private Decisions() {
	}

	static DefaultDmnEngineConfiguration configuration() {
		return configuration;
	}

	/**
	 * Evaluates a decision. Inputs a test does not name are passed as {@code null}, the
	 * way an unset process variable reaches the table.
	 */
	static Evaluation evaluate(String decisionKey, Object... namesAndValues) {
		DmnDecision decision = decisions.computeIfAbsent(decisionKey, Decisions::parse);
		VariableMap variables = Variables.createVariables();
		((DmnDecisionTableImpl) decision.getDecisionLogic()).getInputs()
			.forEach((input) -> variables.putValue(inputVariable(input.getExpression().getExpression()), null));
		for (int i = 0; i < namesAndValues.length; i += 2) {
			String name = (String) namesAndValues[i];
			if (!variables.containsKey(name)) {
				throw new IllegalArgumentException("'" + name + "' is not an input of " + decisionKey);
			}
			variables.putValue(name, namesAndValues[i + 1]);
		}
		DmnDecisionResult result = engine.evaluateDecision(decision, variables);
		List<String> matchedRules = lastEvaluation.get()
			.getMatchingRules()
			.stream()
			.map(DmnEvaluatedDecisionRule::getId)
			.toList();
		return new Evaluation(matchedRules, result);
	}

	/** A date process variable, as a date picker or {@code now()} would set it. */
	static Date date(String isoDate) {
		return Date.from(LocalDate.parse(isoDate).atStartOfDay(ZoneId.systemDefault()).toInstant());
	}

	static String fileName(String decisionKey) {
		return decisionKey.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase() + ".dmn";
	}

	private static String inputVariable(String expression) {
		return expression.replaceFirst("^date\\((\\w+)\\)$", "$1");
	}

	private static DmnDecision parse(String decisionKey) {
		try (InputStream model = Decisions.class.getResourceAsStream("/processes/" + fileName(decisionKey))) {
			if (model == null) {
				throw new IllegalArgumentException("No model for decision " + decisionKey);
			}
			return engine.parseDecision(decisionKey, model);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static DefaultDmnEngineConfiguration createConfiguration() {
		DefaultDmnEngineConfiguration configuration = (DefaultDmnEngineConfiguration) DmnEngineConfiguration
			.createDefaultDmnEngineConfiguration();
		configuration.customPostDecisionTableEvaluationListeners(List.of(lastEvaluation::set));
		return configuration;
	}

	record Evaluation(List<String> matchedRules, DmnDecisionResult result) {

		/** The id of the one rule that decided. */
		String rule() {
			if (this.matchedRules.size() != 1) {
				throw new AssertionError("Expected one matched rule but got " + this.matchedRules);
			}
			return this.matchedRules.get(0);
		}

		Object output(String name) {
			return this.result.getSingleResult().getEntry(name);
		}

		List<Object> outputs(String name) {
			return this.result.collectEntries(name);
		}

	}

}
