package de.lotse.chain.rules;

import de.lotse.chain.rules.Decisions.Evaluation;
import org.junit.jupiter.api.Test;

import static de.lotse.chain.ChainDecisions.COURSE_OUTCOME;
import static de.lotse.chain.rules.Decisions.date;
import static de.lotse.chain.rules.Decisions.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

class CourseOutcomeTests {

	@Test
	void b1AndSeventeenPointsGiveCertificateOrientationAndNaturalisationProof() {
		Evaluation evaluation = outcome("B1", 17, false, "GENERAL", false, "2025-01-10");
		assertThat(evaluation.matchedRules()).containsExactly("Rule_CertificateWithB1AndOrientationCourse",
				"Rule_OrientationCoursePassed", "Rule_KnowledgeProofForNaturalisation");
		assertThat(evaluation.outputs("outcome")).containsExactly("ZERTIFIKAT_INTEGRATIONSKURS",
				"ORIENTATION_COURSE_PASSED", "NATURALISATION_KNOWLEDGE_PROOF");
	}

	@Test
	void fifteenPointsPassTheOrientationCourseButAreNoNaturalisationProof() {
		Evaluation evaluation = outcome("B1", 15, false, "GENERAL", false, "2025-01-10");
		assertThat(evaluation.outputs("outcome")).containsExactly("ZERTIFIKAT_INTEGRATIONSKURS",
				"ORIENTATION_COURSE_PASSED");
	}

	@Test
	void sixteenPointsAreNoNaturalisationProof() {
		assertThat(outcome("A2", 16, true, "GENERAL", false, "2025-01-10").outputs("outcome"))
			.containsExactly("ORIENTATION_COURSE_PASSED");
	}

	@Test
	void fourteenPointsFailTheOrientationCourse() {
		assertThat(outcome("B1", 14, false, "GENERAL", true, "2025-01-10").outputs("outcome")).isEmpty();
	}

	@Test
	void missingB1AllowsOneRepetition() {
		Evaluation evaluation = outcome("A2", 10, false, "GENERAL", false, "2025-01-10");
		assertThat(evaluation.matchedRules()).containsExactly("Rule_RepetitionWithoutB1");
		assertThat(evaluation.outputs("outcome")).containsExactly("REPETITION_300_UE_POSSIBLE");
	}

	@Test
	void usedRepetitionIsNotOfferedAgain() {
		assertThat(outcome("BELOW_A2", 20, true, "GENERAL", false, "2025-01-10").outputs("outcome"))
			.containsExactly("ORIENTATION_COURSE_PASSED", "NATURALISATION_KNOWLEDGE_PROOF");
	}

	@Test
	void generalCourseCertificateOnTheSecondAnniversaryEarnsTheRefund() {
		Evaluation evaluation = outcome("B1", 15, false, "GENERAL", true, "2025-05-10");
		assertThat(evaluation.matchedRules()).contains("Rule_RefundGeneralCourseWithinTwoYears");
		assertThat(evaluation.outputs("outcome")).contains("REFUND_50_PERCENT");
	}

	@Test
	void generalCourseCertificateTheDayAfterTheSecondAnniversaryEarnsNoRefund() {
		assertThat(outcome("B1", 15, false, "GENERAL", true, "2025-05-11").outputs("outcome"))
			.doesNotContain("REFUND_50_PERCENT");
	}

	@Test
	void specialCourseCertificateOnTheThirdAnniversaryEarnsTheRefund() {
		Evaluation evaluation = outcome("B1", 15, false, "SPECIAL", true, "2026-05-10");
		assertThat(evaluation.matchedRules()).contains("Rule_RefundSpecialCourseWithinThreeYears");
		assertThat(evaluation.outputs("outcome")).contains("REFUND_50_PERCENT");
	}

	@Test
	void specialCourseCertificateTheDayAfterTheThirdAnniversaryEarnsNoRefund() {
		assertThat(outcome("B1", 15, false, "SPECIAL", true, "2026-05-11").outputs("outcome"))
			.doesNotContain("REFUND_50_PERCENT");
	}

	@Test
	void exemptParticipantEarnsNoRefund() {
		assertThat(outcome("B1", 15, false, "GENERAL", false, "2024-01-10").outputs("outcome"))
			.doesNotContain("REFUND_50_PERCENT");
	}

	private static Evaluation outcome(String dtzLevel, int lidScore, boolean repetitionUsed, String courseType,
			boolean paidContribution, String completionDate) {
		return evaluate(COURSE_OUTCOME, "dtzLevel", dtzLevel, "lidScore", lidScore, "repetitionUsed", repetitionUsed,
				"courseType", courseType, "paidContribution", paidContribution, "completionDate", date(completionDate),
				"entitlementIssueDate", date("2023-05-10"));
	}

}
