package de.lotse.worklist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import de.lotse.chain.ChainVariables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.InputExpression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the work lists rely on in the models: every stage process carries the case
 * reference as its business key (the work list shows it, continuity and handover find a
 * case's processes by it), and the decision tables read only what Lotse hands them when a
 * task is created.
 */
class WorklistModelTests {

	static Stream<Path> processes() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("processes"))) {
			return files.filter((file) -> file.toString().endsWith(".bpmn")).sorted().toList().stream();
		}
	}

	@ParameterizedTest
	@MethodSource("processes")
	void everyCallActivityPassesTheCaseReferenceAsBusinessKey(Path file) {
		for (CallActivity call : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(CallActivity.class)) {
			assertThat(call.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list())
				.as("%s: %s", file, call.getId())
				.anyMatch((in) -> "#{execution.processBusinessKey}".equals(in.getCamundaBusinessKey()));
		}
	}

	@Test
	void theRoutingTableReadsOnlyWhatLotseHandsIt() {
		assertThat(inputs("task-routing.dmn")).containsExactlyInAnyOrder(WorklistVariables.DEPARTMENT,
				WorklistVariables.TASK_DEFINITION_KEY, WorklistVariables.PROCESS_DEFINITION_KEY,
				ChainVariables.DISTRICT, ChainVariables.INTERPRETER_LANGUAGE);
	}

	@Test
	void theServiceLevelTableReadsOnlyWhatLotseHandsIt() {
		assertThat(inputs("task-service-level.dmn")).isSubsetOf(Set.of(WorklistVariables.DEPARTMENT,
				WorklistVariables.TASK_DEFINITION_KEY, WorklistVariables.PROCESS_DEFINITION_KEY));
	}

	private static List<String> inputs(String file) {
		return Dmn.readModelFromFile(Path.of("processes", file).toFile())
			.getModelElementsByType(InputExpression.class)
			.stream()
			.map((input) -> input.getText().getTextContent().strip())
			.toList();
	}

}
