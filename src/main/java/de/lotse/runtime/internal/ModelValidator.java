package de.lotse.runtime.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Checks decision tables and forms before they are deployed, so that a broken one is
 * refused with its file name and the reason. BPMN models need no check here: the engine's
 * BPMN parser reports them by name itself.
 */
final class ModelValidator {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final ProcessEngineConfigurationImpl configuration;

	ModelValidator(ProcessEngine engine) {
		this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
	}

	void validate(String resourceName, byte[] content) {
		if (resourceName.endsWith(".dmn")) {
			validateDecisions(resourceName, content);
		}
		else if (resourceName.endsWith(".form")) {
			validateForm(resourceName, content);
		}
	}

	private void validateDecisions(String resourceName, byte[] content) {
		try {
			// the engine's decision parser reads engine settings (history time to live)
			// from the command context
			DmnEngine dmnEngine = this.configuration.getDmnEngine();
			this.configuration.getCommandExecutorTxRequired()
				.execute((commandContext) -> dmnEngine.parseDecisions(new ByteArrayInputStream(content)));
		}
		catch (RuntimeException ex) {
			throw new InvalidModelException(resourceName, reasons(ex), ex);
		}
	}

	private static void validateForm(String resourceName, byte[] content) {
		JsonNode form;
		try {
			form = JSON.readTree(content);
		}
		catch (IOException ex) {
			throw new InvalidModelException(resourceName, "not valid JSON (line " + lineOf(ex) + ")", ex);
		}
		if (form == null || !form.isObject() || !form.path("id").isTextual() || form.path("id").asText().isBlank()) {
			throw new InvalidModelException(resourceName, "a Camunda Form needs a non-empty \"id\"", null);
		}
		if (!form.path("components").isArray()) {
			throw new InvalidModelException(resourceName, "a Camunda Form needs a \"components\" list", null);
		}
	}

	/** The engine wraps the actual reason; name every distinct one. */
	private static String reasons(Throwable ex) {
		java.util.Set<String> reasons = new java.util.LinkedHashSet<>();
		for (Throwable cause = ex; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
			if (cause.getMessage() != null) {
				reasons.add(cause.getMessage());
			}
		}
		return String.join(" / ", reasons);
	}

	private static String lineOf(IOException ex) {
		return (ex instanceof com.fasterxml.jackson.core.JsonProcessingException json && json.getLocation() != null)
				? String.valueOf(json.getLocation().getLineNr()) : "?";
	}

}
