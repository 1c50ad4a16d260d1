package de.lotse.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import de.lotse.support.LotseTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * In the default run a model saved in the watched folder is deployed within seconds,
 * unchanged models are not, and a broken one is refused while the previous version keeps
 * running.
 */
@LotseTest
@TestPropertySource(
		properties = { "lotse.models.directories=target/watched/processes", "lotse.models.quiet-period-millis=200" })
@ExtendWith(OutputCaptureExtension.class)
class ModelWatcherTests {

	private static final Path FOLDER = Path.of("target/watched/processes");

	private static final String KEY = "watched-intake";

	static {
		try {
			Files.createDirectories(FOLDER);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Autowired
	RepositoryService repository;

	@Test
	void savedModelIsDeployedAndABrokenOneIsRefused(CapturedOutput output) throws IOException {
		Path file = FOLDER.resolve("watched-intake.bpmn");
		Files.writeString(file, model("Erstgespräch"));
		await().atMost(Duration.ofSeconds(15)).until(() -> version() == 1);

		Files.writeString(file, model("Erstgespräch im kleinen Rathaus"));
		await().atMost(Duration.ofSeconds(15)).until(() -> version() == 2);
		assertThat(latest().getName()).isEqualTo("Erstgespräch im kleinen Rathaus");

		// saving the same content again creates no new version
		Files.writeString(file, model("Erstgespräch im kleinen Rathaus"));
		Files.writeString(FOLDER.resolve("broken.bpmn"),
				model("Kaputt").replace("targetRef=\"Task_Talk\"", "targetRef=\"Task_Nowhere\""));
		await().atMost(Duration.ofSeconds(15))
			.until(() -> output.getOut().contains("Refused changed model processes/broken.bpmn"));
		assertThat(output.getOut()).contains("Task_Nowhere");
		assertThat(version()).isEqualTo(2);
	}

	private int version() {
		ProcessDefinition latest = latest();
		return (latest != null) ? latest.getVersion() : 0;
	}

	private ProcessDefinition latest() {
		return this.repository.createProcessDefinitionQuery().processDefinitionKey(KEY).latestVersion().singleResult();
	}

	private static String model(String name) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
				    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Watched"
				    targetNamespace="https://lotse.de/bpmn/test">
				  <bpmn:process id="%s" name="%s" isExecutable="true" camunda:historyTimeToLive="P30D">
				    <bpmn:startEvent id="StartEvent_Opened"/>
				    <bpmn:sequenceFlow id="Flow_ToTalk" sourceRef="StartEvent_Opened" targetRef="Task_Talk"/>
				    <bpmn:manualTask id="Task_Talk"/>
				  </bpmn:process>
				</bpmn:definitions>
				""".formatted(KEY, name);
	}

}
