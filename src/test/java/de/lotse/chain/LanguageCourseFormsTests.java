package de.lotse.chain;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static de.lotse.chain.LanguageCourseProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

class LanguageCourseFormsTests {

	/**
	 * Per form, the fields whose values the process reads (gateways, decisions, outputs).
	 */
	private static final Map<String, Set<String>> READ_BY_PROCESS = Map.of("language-course-confirm-entitlement",
			Set.of(ENTITLEMENT, OBLIGED, ENTITLEMENT_ISSUE_DATE, SELF_PAYER_REQUESTED),
			"language-course-record-course-results",
			Set.of(COURSE_TYPE, COMPLETION_DATE, DTZ_LEVEL, LID_SCORE, PAID_CONTRIBUTION),
			"language-course-find-other-provider", Set.of(COURSE_PROVIDER));

	static List<Path> forms() {
		return StageForms.of(PROCESS_KEY);
	}

	@ParameterizedTest
	@MethodSource("forms")
	void formFollowsTheConventions(Path form) {
		StageForms.assertWellFormed(form, READ_BY_PROCESS);
	}

	@Test
	void everyUserTaskRefersToAnExistingForm() {
		StageForms.assertReferencesMatch(PROCESS_KEY);
	}

	@Test
	void everyFormWhoseFieldsTheProcessReadsExists() {
		assertThat(READ_BY_PROCESS.keySet())
			.allSatisfy((formId) -> assertThat(forms()).map(StageForms::formId).contains(formId));
	}

	@Test
	void recommendationsAreShownReadOnlyWhereTheClerkConfirmsThem() {
		assertThat(StageForms.components(StageForms.read(Path.of("forms/language-course-confirm-entitlement.form"))))
			.filteredOn((component) -> component.path("key").asText().startsWith("recommended"))
			.hasSize(2)
			.allSatisfy((component) -> assertThat(component.path("disabled").asBoolean()).isTrue());
	}

}
