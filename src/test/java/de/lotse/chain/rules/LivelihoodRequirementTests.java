package de.lotse.chain.rules;

import de.lotse.chain.rules.Decisions.Evaluation;
import org.junit.jupiter.api.Test;

import static de.lotse.chain.ChainDecisions.LIVELIHOOD_REQUIREMENT;
import static de.lotse.chain.rules.Decisions.date;
import static de.lotse.chain.rules.Decisions.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

class LivelihoodRequirementTests {

	@Test
	void applicantWithoutBenefitsMeetsTheRequirement() {
		Evaluation evaluation = evaluate(LIVELIHOOD_REQUIREMENT, "applicationDate", date("2025-01-10"),
				"receivesSgb2OrSgb12", false);
		assertAssessment(evaluation, "Rule_NoBenefitReceiptMet", "MET");
	}

	@Test
	void benefitRecipientWhoAppliedOnTheTwentyThirdOfAugust2023IsCheckedUnderTheOldLaw() {
		assertAssessment(recipient("2023-08-23", false, false, 0, false), "Rule_OldLawForApplicationsUntil20230823",
				"OLD_LAW_CHECK");
	}

	@Test
	void benefitRecipientWhoAppliedOnTheTwentyFourthOfAugust2023WithoutExceptionDoesNotMeetIt() {
		assertAssessment(recipient("2023-08-24", false, false, 0, false), "Rule_BenefitReceiptNotMet", "NOT_MET");
	}

	@Test
	void formerGuestWorkerNotResponsibleForBenefitsMeetsItByException() {
		assertAssessment(recipient("2023-08-24", true, false, 0, false), "Rule_GuestWorkerException",
				"MET_BY_EXCEPTION_A");
	}

	@Test
	void fullTimeWorkerForTwentyOfTheLastTwentyFourMonthsMeetsItByException() {
		assertAssessment(recipient("2025-01-10", false, true, 20, false), "Rule_FullTimeEmploymentException",
				"MET_BY_EXCEPTION_B");
	}

	@Test
	void fullTimeWorkerForNineteenMonthsDoesNotMeetIt() {
		assertAssessment(recipient("2025-01-10", false, true, 19, false), "Rule_BenefitReceiptNotMet", "NOT_MET");
	}

	@Test
	void formerFullTimeWorkerNotWorkingNowDoesNotMeetIt() {
		assertAssessment(recipient("2025-01-10", false, false, 24, false), "Rule_BenefitReceiptNotMet", "NOT_MET");
	}

	@Test
	void spouseOfFullTimeWorkerWithMinorChildMeetsItByException() {
		assertAssessment(recipient("2025-01-10", false, false, 0, true), "Rule_SpouseWithMinorChildException",
				"MET_BY_EXCEPTION_C");
	}

	private static Evaluation recipient(String applicationDate, boolean guestWorker, boolean fullTimeNow,
			int fullTimeMonths, boolean spouseWithChild) {
		return evaluate(LIVELIHOOD_REQUIREMENT, "applicationDate", date(applicationDate), "receivesSgb2OrSgb12", true,
				"guestWorkerNotResponsible", guestWorker, "fullTimeNow", fullTimeNow, "fullTimeMonthsLast24",
				fullTimeMonths, "spouseOfFullTimeWorkerWithMinorChild", spouseWithChild);
	}

	private static void assertAssessment(Evaluation evaluation, String rule, String assessment) {
		assertThat(evaluation.rule()).isEqualTo(rule);
		assertThat(evaluation.output("livelihoodAssessment")).isEqualTo(assessment);
	}

}
