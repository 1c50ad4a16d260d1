package de.lotse.chain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the Camunda Forms of one stage process: file name and id, German labels,
 * required fields the process reads, and the form references of the BPMN model.
 */
final class StageForms {

	private static final Path FORMS = Path.of("forms");

	private static final Path PROCESSES = Path.of("processes");

	private static final ObjectMapper json = new ObjectMapper();

	private StageForms() {
	}

	/** The form files whose name starts with the process key. */
	static List<Path> of(String processKey) {
		try (Stream<Path> files = Files.list(FORMS)) {
			return files.filter((file) -> file.getFileName().toString().startsWith(processKey + "-"))
				.filter((file) -> file.getFileName().toString().endsWith(".form"))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static JsonNode read(Path form) {
		try {
			return json.readTree(form.toFile());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String formId(Path form) {
		return form.getFileName().toString().replaceFirst("\\.form$", "");
	}

	/** All components of a form, including those nested in groups. */
	static List<JsonNode> components(JsonNode form) {
		List<JsonNode> all = new ArrayList<>();
		form.path("components").forEach((component) -> {
			all.add(component);
			all.addAll(components(component));
		});
		return all;
	}

	/** Asserts the conventions every form of the stage must meet. */
	static void assertWellFormed(Path file, Map<String, Set<String>> keysReadByProcess) {
		JsonNode form = read(file);
		String formId = formId(file);
		assertThat(form.path("id").asText()).as("id of %s", file).isEqualTo(formId);
		assertThat(form.path("type").asText()).isEqualTo("default");
		assertThat(form.path("schemaVersion").asInt()).isEqualTo(16);
		assertThat(form.path("executionPlatform").asText()).isEqualTo("Camunda Platform");
		assertThat(form.path("executionPlatformVersion").asText()).isEqualTo("7.24.0");
		List<JsonNode> keyed = components(form).stream().filter((component) -> component.hasNonNull("key")).toList();
		for (JsonNode component : keyed) {
			String key = component.path("key").asText();
			String label = component.hasNonNull("label") ? component.path("label").asText()
					: component.path("dateLabel").asText();
			assertThat(label).as("label of %s in %s", key, formId).isNotBlank().isNotEqualTo(key);
			assertThat(label).as("label of %s in %s is German", key, formId)
				.doesNotContainPattern("\\b(the|of|and|date|is)\\b");
		}
		for (String key : keysReadByProcess.getOrDefault(formId, Set.of())) {
			JsonNode field = keyed.stream()
				.filter((component) -> key.equals(component.path("key").asText()))
				.findFirst()
				.orElseThrow(() -> new AssertionError(formId + " has no field " + key));
			assertThat(field.path("disabled").asBoolean()).as("%s in %s is editable", key, formId).isFalse();
			if ("checkbox".equals(field.path("type").asText())) {
				// a checkbox always submits true or false; required would force true
				assertThat(field.path("defaultValue").isBoolean()).as("default of %s in %s", key, formId).isTrue();
			}
			else {
				assertThat(field.path("validate").path("required").asBoolean()).as("%s in %s is required", key, formId)
					.isTrue();
			}
		}
	}

	/** Asserts that every user task refers to an existing form and every form is used. */
	static void assertReferencesMatch(String processKey) {
		List<String> formRefs = Bpmn.readModelFromFile(PROCESSES.resolve(processKey + ".bpmn").toFile())
			.getModelElementsByType(UserTask.class)
			.stream()
			.map((task) -> {
				assertThat(task.getCamundaFormRef()).as("form of %s", task.getId()).isNotBlank();
				assertThat(task.getCamundaFormRefBinding()).as("form binding of %s", task.getId()).isEqualTo("latest");
				return task.getCamundaFormRef();
			})
			.distinct()
			.toList();
		assertThat(formRefs).allSatisfy((formRef) -> assertThat(FORMS.resolve(formRef + ".form")).exists());
		assertThat(of(processKey).stream().map(StageForms::formId)).containsExactlyInAnyOrderElementsOf(formRefs);
	}

}
