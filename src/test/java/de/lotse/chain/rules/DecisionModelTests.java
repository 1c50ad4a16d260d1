package de.lotse.chain.rules;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.lotse.chain.ChainDecisions;
import de.lotse.worklist.WorklistDecisions;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static de.lotse.chain.rules.Decisions.date;
import static org.assertj.core.api.Assertions.assertThat;

class DecisionModelTests {

	/**
	 * Ids the Modeler generates end in an underscore and seven lower-case letters or
	 * digits.
	 */
	private static final Pattern GENERATED_ID = Pattern.compile(".*_[0-9a-z]{7}");

	private static final Pattern ID_ATTRIBUTE = Pattern.compile("\\sid=\"([^\"]+)\"");

	@Test
	void standaloneEngineEvaluatesFeelWithTheScalaEngine() {
		assertThat(Decisions.configuration().getFeelEngineFactory()).isInstanceOf(ScalaFeelEngineFactory.class);
	}

	@Test
	void dateInputsAcceptDateLocalDateAndIsoString() {
		for (Object moveIn : List.of(date("2024-02-15"), LocalDate.of(2024, 2, 15), "2024-02-15")) {
			assertThat(Decisions.evaluate(ChainDecisions.REGISTRATION_DEADLINE, "moveInDate", moveIn)
				.output("registrationDueDate")).isEqualTo(date("2024-02-29"));
		}
	}

	@Test
	void everyModelHasADecisionListedInChainOrWorklistDecisionsAndNamedAfterItsFile() throws Exception {
		List<String> keys = new ArrayList<>();
		for (Resource resource : models()) {
			DmnModelInstance model = read(resource);
			for (Decision decision : model.getModelElementsByType(Decision.class)) {
				keys.add(decision.getId());
				assertThat(Decisions.fileName(decision.getId())).isEqualTo(resource.getFilename());
			}
		}
		List<String> listed = new ArrayList<>(decisionKeys(ChainDecisions.class));
		listed.addAll(decisionKeys(WorklistDecisions.class));
		assertThat(keys).containsExactlyInAnyOrderElementsOf(listed);
	}

	@Test
	void everyDecisionHasAHistoryTimeToLive() throws Exception {
		for (Resource resource : models()) {
			for (Decision decision : read(resource).getModelElementsByType(Decision.class)) {
				assertThat(decision.getCamundaHistoryTimeToLiveString()).as(decision.getId()).isNotBlank();
			}
		}
	}

	@Test
	void everyRuleStatesItsLegalBasis() throws Exception {
		for (Resource resource : models()) {
			for (Rule rule : read(resource).getModelElementsByType(Rule.class)) {
				assertThat(rule.getDescription()).as(rule.getId()).isNotNull();
				assertThat(rule.getDescription().getTextContent()).as(rule.getId()).isNotBlank();
			}
		}
	}

	@Test
	void noModelKeepsAGeneratedId() throws Exception {
		for (Resource resource : models()) {
			Matcher ids = ID_ATTRIBUTE.matcher(text(resource));
			while (ids.find()) {
				assertThat(ids.group(1)).as(resource.getFilename()).doesNotMatch(GENERATED_ID);
			}
		}
	}

	private static List<String> decisionKeys(Class<?> constants) throws IllegalAccessException {
		List<String> keys = new ArrayList<>();
		for (Field field : constants.getDeclaredFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				keys.add((String) field.get(null));
			}
		}
		return keys;
	}

	private static List<Resource> models() throws IOException {
		Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.dmn");
		assertThat(resources).isNotEmpty();
		return Arrays.asList(resources);
	}

	private static DmnModelInstance read(Resource resource) throws IOException {
		try (InputStream model = resource.getInputStream()) {
			return Dmn.readModelFromStream(model);
		}
	}

	private static String text(Resource resource) throws IOException {
		try (InputStream model = resource.getInputStream()) {
			return new String(model.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
