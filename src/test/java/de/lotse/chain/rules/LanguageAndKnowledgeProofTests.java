package de.lotse.chain.rules;

import de.lotse.chain.rules.Decisions.Evaluation;
import org.junit.jupiter.api.Test;

import static de.lotse.chain.ChainDecisions.LANGUAGE_AND_KNOWLEDGE_PROOF;
import static de.lotse.chain.rules.Decisions.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

class LanguageAndKnowledgeProofTests {

	@Test
	void b1CertificateAndPassedNaturalisationTestFulfilBothProofs() {
		Evaluation evaluation = proofs(30, false, "TELC", "B1", "B2_PLUS", "EINBUERGERUNGSTEST", 17, false);
		assertThat(evaluation.matchedRules()).containsExactly("Rule_LanguageCertificateB1", "Rule_KnowledgeTestPassed");
		assertThat(evaluation.outputs("fulfilledRequirement")).containsExactly("LANGUAGE", "KNOWLEDGE");
	}

	@Test
	void a2InWritingIsNoLanguageProof() {
		assertThat(proofs(30, false, "DTZ", "A2", "B1", "NONE", 0, false).outputs("fulfilledRequirement")).isEmpty();
	}

	@Test
	void germanVocationalTrainingProvesLanguage() {
		Evaluation evaluation = proofs(30, false, "GERMAN_VOCATIONAL_TRAINING", null, null, "NONE", 0, false);
		assertThat(evaluation.matchedRules()).containsExactly("Rule_GermanEducationProvesLanguage");
		assertThat(evaluation.outputs("fulfilledRequirement")).containsExactly("LANGUAGE");
	}

	@Test
	void formerGuestWorkerNeedsOnlyOralGerman() {
		Evaluation evaluation = proofs(70, true, "NONE", "A1", "B1", "NONE", 0, false);
		assertThat(evaluation.matchedRules()).containsExactly("Rule_GuestWorkerOralGerman");
		assertThat(evaluation.outputs("fulfilledRequirement")).containsExactly("LANGUAGE");
	}

	@Test
	void formerGuestWorkerWithA2OralGermanHasNoLanguageProof() {
		assertThat(proofs(70, true, "NONE", "A1", "A2", "NONE", 0, false).outputs("fulfilledRequirement")).isEmpty();
	}

	@Test
	void exemptionForIllnessDisabilityOrAgeCoversBothProofs() {
		Evaluation evaluation = proofs(80, false, "NONE", "NONE", "NONE", "NONE", 0, true);
		assertThat(evaluation.matchedRules()).containsExactly("Rule_LanguageExemptionForIllnessDisabilityOrAge",
				"Rule_KnowledgeExemptionForIllnessDisabilityOrAge");
		assertThat(evaluation.outputs("fulfilledRequirement")).containsExactly("LANGUAGE", "KNOWLEDGE");
	}

	@Test
	void sixteenTestPointsAreNoKnowledgeProof() {
		assertThat(proofs(30, false, "NONE", "NONE", "NONE", "LEBEN_IN_DEUTSCHLAND", 16, false)
			.outputs("fulfilledRequirement")).isEmpty();
	}

	@Test
	void seventeenLebenInDeutschlandPointsProveKnowledge() {
		Evaluation evaluation = proofs(30, false, "NONE", "NONE", "NONE", "LEBEN_IN_DEUTSCHLAND", 17, false);
		assertThat(evaluation.matchedRules()).containsExactly("Rule_KnowledgeTestPassed");
		assertThat(evaluation.outputs("fulfilledRequirement")).containsExactly("KNOWLEDGE");
	}

	@Test
	void germanSchoolDegreeProvesKnowledge() {
		Evaluation evaluation = proofs(19, false, "NONE", "NONE", "NONE", "GERMAN_SCHOOL_DEGREE", 0, false);
		assertThat(evaluation.matchedRules()).containsExactly("Rule_GermanSchoolDegreeProvesKnowledge");
		assertThat(evaluation.outputs("fulfilledRequirement")).containsExactly("KNOWLEDGE");
	}

	@Test
	void fifteenYearOldNeedsNoKnowledgeProof() {
		Evaluation evaluation = proofs(15, false, "NONE", "NONE", "NONE", "NONE", 0, false);
		assertThat(evaluation.matchedRules()).containsExactly("Rule_KnowledgeNotRequiredUnderSixteen");
		assertThat(evaluation.outputs("fulfilledRequirement")).containsExactly("KNOWLEDGE");
	}

	@Test
	void sixteenYearOldNeedsAKnowledgeProof() {
		assertThat(proofs(16, false, "NONE", "NONE", "NONE", "NONE", 0, false).outputs("fulfilledRequirement"))
			.isEmpty();
	}

	private static Evaluation proofs(int age, boolean guestWorker, String languageProof, String writtenLevel,
			String oralLevel, String knowledgeProof, int knowledgeTestScore, boolean exemption) {
		return evaluate(LANGUAGE_AND_KNOWLEDGE_PROOF, "age", age, "guestWorker", guestWorker, "languageProof",
				languageProof, "writtenGermanLevel", writtenLevel, "oralGermanLevel", oralLevel, "knowledgeProof",
				knowledgeProof, "knowledgeTestScore", knowledgeTestScore, "illnessDisabilityOrAgeExemption", exemption);
	}

}
