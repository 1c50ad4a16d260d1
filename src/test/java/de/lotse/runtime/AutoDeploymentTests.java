package de.lotse.runtime;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import de.lotse.support.LotseTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application deploys the models of {@code processes/} and the forms of
 * {@code forms/} on start, and nothing else.
 */
@LotseTest
class AutoDeploymentTests {

	@Autowired
	RepositoryService repository;

	@Test
	void everyModelAndFormIsDeployedOnStart() throws IOException {
		List<String> expected = Stream
			.of(ModelDeploymentTests.models("processes", ".bpmn"), ModelDeploymentTests.models("processes", ".dmn"),
					ModelDeploymentTests.models("forms", ".form"))
			.flatMap(List::stream)
			.map(Path::getFileName)
			.map(Path::toString)
			.toList();
		List<String> deployed = this.repository.createDeploymentQuery()
			.list()
			.stream()
			.flatMap((deployment) -> this.repository.getDeploymentResources(deployment.getId()).stream())
			.map(Resource::getName)
			.map((name) -> Path.of(name).getFileName().toString())
			.distinct()
			.toList();
		assertThat(expected).isNotEmpty();
		assertThat(deployed).containsExactlyInAnyOrderElementsOf(expected);
	}

}
