package de.lotse.chain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Camunda Forms of the chain processes: well-formed for Camunda 7, German labels,
 * every answer the process reads required, and every form reference resolvable.
 */
class ChainFormsTests {

	private static final Path FORMS = Path.of("forms");

	private static final Path PROCESSES = Path.of("processes");

	private static final List<String> PROCESS_KEYS = List.of(IntegrationChainProcess.KEY, ArrivalProcess.KEY,
			RegistrationProcess.KEY, BenefitClaimProcess.KEY, JobcentreReferralProcess.KEY);

	/** Free-text fields the processes never read; every other answer is required. */
	private static final Set<String> OPTIONAL_FIELDS = Set.of("benefitRegimeNote");

	private static final ObjectMapper json = new ObjectMapper();

	static Stream<Path> forms() throws IOException {
		List<Path> forms = new ArrayList<>();
		try (Stream<Path> files = Files.list(FORMS)) {
			files
				.filter((file) -> PROCESS_KEYS.stream()
					.anyMatch((key) -> file.getFileName().toString().startsWith(key + "-")))
				.sorted()
				.forEach(forms::add);
		}
		return forms.stream();
	}

	@ParameterizedTest
	@MethodSource("forms")
	void formIsACamunda7FormNamedAfterItsFile(Path form) throws IOException {
		JsonNode root = json.readTree(form.toFile());
		assertThat(root.path("id").asText()).isEqualTo(form.getFileName().toString().replace(".form", ""));
		assertThat(root.path("type").asText()).isEqualTo("default");
		assertThat(root.path("schemaVersion").asInt()).isEqualTo(16);
		assertThat(root.path("executionPlatform").asText()).isEqualTo("Camunda Platform");
		assertThat(root.path("executionPlatformVersion").asText()).isEqualTo("7.24.0");
	}

	@ParameterizedTest
	@MethodSource("forms")
	void everyFieldHasAGermanLabel(Path form) throws IOException {
		for (JsonNode field : fields(form)) {
			String label = field.path("label").asText();
			assertThat(label).as("label of %s in %s", field.path("key").asText(), form)
				.isNotBlank()
				.isNotEqualTo(field.path("key").asText())
				.matches("^[A-ZÄÖÜ§0-9].*");
		}
	}

	@ParameterizedTest
	@MethodSource("forms")
	void everyAnswerTheProcessReadsIsRequired(Path form) throws IOException {
		for (JsonNode field : fields(form)) {
			String key = field.path("key").asText();
			boolean readOnly = field.path("disabled").asBoolean(false);
			// a checkbox always submits true or false, so it is always answered
			boolean checkbox = "checkbox".equals(field.path("type").asText());
			if (!readOnly && !checkbox && !OPTIONAL_FIELDS.contains(key)) {
				assertThat(field.path("validate").path("required").asBoolean(false))
					.as("%s in %s is required", key, form)
					.isTrue();
			}
		}
	}

	@ParameterizedTest
	@MethodSource("forms")
	void choicesHaveGermanLabelsAndCodeValues(Path form) throws IOException {
		for (JsonNode field : fields(form)) {
			for (JsonNode value : field.path("values")) {
				assertThat(value.path("value").asText()).matches("^[A-Z0-9_]+$|^[0-9a-z]+$");
				assertThat(value.path("label").asText()).isNotBlank();
			}
		}
	}

	@Test
	void everyFormReferenceOfTheChainProcessesResolvesAndEveryFormIsUsed() throws IOException {
		Set<String> references = new TreeSet<>();
		for (String key : PROCESS_KEYS) {
			BpmnModelInstance model = Bpmn.readModelFromFile(PROCESSES.resolve(key + ".bpmn").toFile());
			for (UserTask task : model.getModelElementsByType(UserTask.class)) {
				assertThat(task.getCamundaFormRef()).as("form of %s in %s", task.getId(), key).isNotBlank();
				assertThat(task.getCamundaFormRefBinding()).isEqualTo("latest");
				references.add(task.getCamundaFormRef());
			}
		}
		for (String reference : references) {
			assertThat(FORMS.resolve(reference + ".form")).as("form %s", reference).isRegularFile();
		}
		assertThat(forms().map((form) -> form.getFileName().toString().replace(".form", "")))
			.containsExactlyInAnyOrderElementsOf(references);
	}

	private static List<JsonNode> fields(Path form) throws IOException {
		List<JsonNode> fields = new ArrayList<>();
		json.readTree(form.toFile()).path("components").forEach((component) -> {
			if (component.hasNonNull("key")) {
				fields.add(component);
			}
		});
		assertThat(fields).as("fields of %s", form).isNotEmpty();
		return fields;
	}

}
