package de.lotse.inbox.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inbox maps each agency's message types to messages the process models declare, and
 * its OpenAPI document names them all.
 */
class AgencyCatalogueTests {

	@Test
	void everyMessageTypeIsAMessageOfTheProcessModels() throws IOException {
		Set<String> declared = new HashSet<>();
		for (Resource model : new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.bpmn")) {
			try (InputStream in = model.getInputStream()) {
				Bpmn.readModelFromStream(in)
					.getModelElementsByType(Message.class)
					.forEach((message) -> declared.add(message.getName()));
			}
		}
		assertThat(declared).isNotEmpty();
		for (String agencyId : AgencyCatalogue.agencyIds()) {
			for (MessageType type : AgencyCatalogue.agency(agencyId).orElseThrow().messageTypes()) {
				assertThat(declared).as(agencyId + " " + type.code()).contains(type.messageName());
			}
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void theOpenApiDocumentNamesEveryAgencyAndMessageType() throws IOException {
		Map<String, Object> document;
		try (InputStream in = new ClassPathResource("openapi/inbox.yaml").getInputStream()) {
			document = new Yaml().load(in);
		}
		Map<String, Object> agency = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) document
			.get("components")).get("parameters")).get("Agency");
		assertThat((List<String>) ((Map<String, Object>) agency.get("schema")).get("enum"))
			.containsExactlyInAnyOrderElementsOf(AgencyCatalogue.agencyIds());
		for (String agencyId : AgencyCatalogue.agencyIds()) {
			for (MessageType type : AgencyCatalogue.agency(agencyId).orElseThrow().messageTypes()) {
				assertThat((String) agency.get("description")).contains("`" + type.code() + "`");
			}
		}
	}

	@Test
	void agencyIdsFitTheEngineGroupPattern() {
		assertThat(AgencyCatalogue.agencyIds()).allSatisfy((id) -> assertThat(id).matches("[a-z]+"));
		assertThat(AgencyCatalogue.agency("bamf").orElseThrow().group()).isEqualTo("agency-bamf");
	}

}
