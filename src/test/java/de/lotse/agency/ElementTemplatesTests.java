package de.lotse.agency;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The element templates in {@code processes/.camunda/element-templates/agency-calls.json}
 * match the workers that exist: one template per worker, with its topic, its inputs and
 * its error code, so a designer who picks one in Camunda Modeler gets a task that a
 * worker serves.
 */
class ElementTemplatesTests {

	private static final Path TEMPLATES = Path.of("processes", ".camunda", "element-templates", "agency-calls.json");

	static List<JsonNode> templates() throws IOException {
		List<JsonNode> templates = new ArrayList<>();
		new ObjectMapper().readTree(TEMPLATES.toFile()).forEach(templates::add);
		return templates;
	}

	static List<AgencyCall> calls() {
		return AgencyCalls.all();
	}

	@Test
	void everyWorkerHasExactlyOneTemplate() throws IOException {
		List<String> topics = templates().stream().map(ElementTemplatesTests::topic).toList();
		assertThat(topics).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(AgencyCalls.topics());
	}

	@ParameterizedTest
	@MethodSource("templates")
	void everyTemplateIsAFixedExternalTaskOfAnExistingWorker(JsonNode template) {
		String name = template.path("name").asText();
		assertThat(template.path("$schema").asText())
			.isEqualTo("https://unpkg.com/@camunda/element-templates-json-schema/resources/schema.json");
		assertThat(name).startsWith("Behörde aufrufen: ");
		assertThat(template.path("id").asText()).as(name).isNotBlank();
		assertThat(template.path("version").asInt()).as(name).isPositive();
		assertThat(template.path("appliesTo").toString()).as(name).isEqualTo("[\"bpmn:ServiceTask\"]");
		assertThat(property(template, "camunda:type")).as(name)
			.containsEntry("type", "Hidden")
			.containsEntry("value", "external");
		assertThat(property(template, "camunda:topic")).as(name).containsEntry("type", "Hidden");
		assertThat(AgencyCalls.forTopic(topic(template))).as("%s: worker for %s", name, topic(template)).isPresent();
	}

	@ParameterizedTest
	@MethodSource("calls")
	void everyTemplateOffersTheWorkersInputsAndNamesItsErrorCode(AgencyCall call) throws IOException {
		JsonNode template = templates().stream()
			.filter((candidate) -> topic(candidate).equals(call.topic()))
			.findFirst()
			.orElseThrow();
		List<String> inputs = new ArrayList<>();
		template.path("properties").forEach((property) -> {
			if (property.path("binding").path("type").asText().equals("camunda:inputParameter")) {
				inputs.add(property.path("binding").path("name").asText());
				assertThat(property.path("label").asText()).as("label of %s", property).isNotBlank();
			}
		});
		assertThat(inputs).containsExactlyInAnyOrderElementsOf(call.inputs());
		if (call.errorCode() != null) {
			assertThat(template.path("description").asText()).contains("BPMN-Fehler " + call.errorCode());
		}
	}

	private static String topic(JsonNode template) {
		return property(template, "camunda:topic").get("value");
	}

	private static Map<String, String> property(JsonNode template, String name) {
		for (JsonNode property : template.path("properties")) {
			if (property.path("binding").path("type").asText().equals("property")
					&& property.path("binding").path("name").asText().equals(name)) {
				return Map.of("type", property.path("type").asText(), "value", property.path("value").asText());
			}
		}
		throw new AssertionError(template.path("name").asText() + " has no property " + name);
	}

}
