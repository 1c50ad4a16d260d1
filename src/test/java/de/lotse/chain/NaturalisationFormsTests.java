package de.lotse.chain;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static de.lotse.chain.NaturalisationProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

class NaturalisationFormsTests {

	/**
	 * Per form, the fields whose values the process reads (gateways, decisions, outputs).
	 */
	private static final Map<String, Set<String>> READ_BY_PROCESS = Map.of("naturalisation-record-application",
			Set.of(APPLICATION_DATE, APPLICATION_PATH, MARRIAGE_DATE, RECEIVES_SGB2_OR_SGB12, GUEST_WORKER,
					GUEST_WORKER_NOT_RESPONSIBLE, FULL_TIME_NOW, FULL_TIME_MONTHS_LAST_24,
					SPOUSE_OF_FULL_TIME_WORKER_WITH_MINOR_CHILD, LANGUAGE_PROOF, WRITTEN_GERMAN_LEVEL,
					ORAL_GERMAN_LEVEL, KNOWLEDGE_PROOF, KNOWLEDGE_TEST_SCORE, ILLNESS_DISABILITY_OR_AGE_EXEMPTION,
					PENDING_INVESTIGATION, HATE_MOTIVE_ESTABLISHED, UNSUSPENDED_PRISON_SENTENCE, TOTAL_SENTENCE_DAYS,
					CO_NATURALISED_WITH_PARENT, OWN_INCOME),
			"naturalisation-check-completeness", Set.of(APPLICATION_COMPLETE, DOCUMENTS_DUE_DATE),
			"naturalisation-review-pre-check", Set.of(PENDING_INVESTIGATION), "naturalisation-decide-application",
			Set.of(NATURALISATION_OUTCOME), "naturalisation-hear-applicant", Set.of(REJECTION_UPHELD),
			"naturalisation-hand-over-certificate", Set.of(CERTIFICATE_HANDED_OVER_DATE, SOLEMN_COMMITMENT_MADE));

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
	void handoverRequiresTheSolemnCommitment() {
		assertThat(StageForms.components(StageForms.read(Path.of("forms/naturalisation-hand-over-certificate.form"))))
			.filteredOn((component) -> SOLEMN_COMMITMENT_MADE.equals(component.path("key").asText()))
			.singleElement()
			.satisfies((component) -> assertThat(component.path("validate").path("required").asBoolean()).isTrue());
	}

}
