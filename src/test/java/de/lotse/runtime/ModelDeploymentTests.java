package de.lotse.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.bpmn.deployer.BpmnDeployer;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every model in {@code processes/} and every form in {@code forms/} deploys on the
 * engine without errors or parse warnings, and a broken model stops the start naming its
 * file.
 */
class ModelDeploymentTests {

	@RegisterExtension
	static ProcessEngineExtension engineExtension = ProcessEngineExtension.builder().build();

	@Test
	void everyBpmnModelParsesWithoutWarnings() throws IOException {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine()
			.getProcessEngineConfiguration();
		for (Path model : models("processes", ".bpmn")) {
			List<Problem> warnings = configuration.getCommandExecutorTxRequired().execute((commandContext) -> {
				try (InputStream in = Files.newInputStream(model)) {
					BpmnParse parse = configuration.getDeployers()
						.stream()
						.filter(BpmnDeployer.class::isInstance)
						.map(BpmnDeployer.class::cast)
						.findFirst()
						.orElseThrow()
						.getBpmnParser()
						.createParse()
						.sourceInputStream(in)
						.deployment(new DeploymentEntity())
						.name(model.getFileName().toString());
					parse.execute();
					return parse.hasWarnings() ? parse.getProblems() : List.<Problem>of();
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			});
			assertThat(warnings).as("parse warnings of %s", model)
				.extracting((problem) -> problem.getMessage() + " (line " + problem.getLine() + ")")
				.isEmpty();
		}
	}

	@Test
	void everyModelAndFormDeploysTogether() throws IOException {
		RepositoryService repository = engine().getRepositoryService();
		DeploymentBuilder builder = repository.createDeployment().name("lotse-models");
		List<Path> files = Stream
			.of(models("processes", ".bpmn"), models("processes", ".dmn"), models("forms", ".form"))
			.flatMap(List::stream)
			.toList();
		assertThat(models("processes", ".dmn")).as("decision tables in processes/").isNotEmpty();
		for (Path file : files) {
			builder.addString(file.getParent().getFileName() + "/" + file.getFileName(), Files.readString(file));
		}
		Deployment deployment = builder.deploy();
		try {
			assertThat(repository.getDeploymentResources(deployment.getId())).extracting(Resource::getName)
				.hasSize(files.size());
			assertThat(repository.createDecisionDefinitionQuery().deploymentId(deployment.getId()).count())
				.isGreaterThanOrEqualTo(models("processes", ".dmn").size());
			assertThat(repository.createProcessDefinitionQuery().deploymentId(deployment.getId()).count())
				.isEqualTo(models("processes", ".bpmn").size());
		}
		finally {
			repository.deleteDeployment(deployment.getId(), true);
		}
	}

	private static ProcessEngine engine() {
		return engineExtension.getProcessEngine();
	}

	static List<Path> models(String folder, String suffix) throws IOException {
		try (Stream<Path> files = Files.list(Path.of(folder))) {
			return files.filter((file) -> file.getFileName().toString().endsWith(suffix)).sorted().toList();
		}
	}

}
