package de.lotse.chain.rules;

import de.lotse.chain.rules.Decisions.Evaluation;
import org.junit.jupiter.api.Test;

import static de.lotse.chain.ChainDecisions.BENEFIT_REGIME;
import static de.lotse.chain.rules.Decisions.date;
import static de.lotse.chain.rules.Decisions.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

class BenefitRegimeTests {

	@Test
	void ukrainianWithRunningSgbIIAwardKeepsItOnTheDayTheLraEntersIntoForce() {
		assertRecommendation(ukrainian("2026-07-01", "2025-04-01", true), "Rule_UkraineTransitionalSgbII", "SGB_II",
				"JOBCENTER");
	}

	@Test
	void ukrainianWithRunningSgbIIAwardKeepsItUntilTheEndOfSeptember2026() {
		assertRecommendation(ukrainian("2026-09-30", "2025-04-01", true), "Rule_UkraineTransitionalSgbII", "SGB_II",
				"JOBCENTER");
	}

	@Test
	void ukrainianWithRunningSgbIIAwardMovesToAsylbLGInOctober2026() {
		assertRecommendation(ukrainian("2026-10-01", "2025-04-01", true), "Rule_UkraineBasicBenefitsUnderLra",
				"ASYLBLG_3", "SOZIALAMT");
	}

	@Test
	void ukrainianWithFirstPermitAfterMarch2025StaysInSgbIIBeforeTheLraEntersIntoForce() {
		assertRecommendation(ukrainian("2026-06-30", "2025-04-01", false), "Rule_EmployableTitleHolderGetsSgbII",
				"SGB_II", "JOBCENTER");
	}

	@Test
	void ukrainianWithFirstPermitAfterMarch2025GetsBasicBenefitsOnceTheLraIsInForce() {
		assertRecommendation(ukrainian("2026-07-01", "2025-04-01", false), "Rule_UkraineBasicBenefitsUnderLra",
				"ASYLBLG_3", "SOZIALAMT");
	}

	@Test
	void ukrainianWithFirstPermitUntilMarch2025StaysInSgbIIUnderTheLra() {
		assertRecommendation(ukrainian("2026-07-01", "2025-03-31", false), "Rule_EmployableTitleHolderGetsSgbII",
				"SGB_II", "JOBCENTER");
	}

	@Test
	void ukrainianUnderTheLraGetsAnalogueBenefitsAfterThirtySixMonths() {
		Evaluation evaluation = evaluate(BENEFIT_REGIME, "decisionDate", date("2028-04-01"), "residenceDocType",
				"AE_24", "ukr24FirstIssueDate", date("2025-04-01"), "stayMonths", 36, "abusiveProlongation", false);
		assertRecommendation(evaluation, "Rule_UkraineAnalogueBenefitsUnderLra", "ASYLBLG_2", "SOZIALAMT");
	}

	@Test
	void employableHolderOfSuspensionTitleOlderThanEighteenMonthsGetsSgbII() {
		assertRecommendation(suspensionTitle(18, true), "Rule_SuspensionOlderThan18MonthsEmployable", "SGB_II",
				"JOBCENTER");
	}

	@Test
	void nonEmployableHolderOfSuspensionTitleOlderThanEighteenMonthsGetsSgbXII() {
		assertRecommendation(suspensionTitle(18, false), "Rule_SuspensionOlderThan18MonthsNotEmployable", "SGB_XII",
				"SOZIALAMT");
	}

	@Test
	void holderOfSuspensionTitleYoungerThanEighteenMonthsStaysInAsylbLG() {
		assertRecommendation(suspensionTitle(17, true), "Rule_AsylbLGBasicBenefits", "ASYLBLG_3", "SOZIALAMT");
	}

	@Test
	void analogueBenefitsHeldOnTheTwentySixthOfFebruary2024AreKept() {
		Evaluation evaluation = evaluate(BENEFIT_REGIME, "decisionDate", date("2024-02-27"), "residenceDocType",
				"GESTATTUNG", "stayMonths", 20, "abusiveProlongation", false, "analogueBenefitsOn20240226", true);
		assertRecommendation(evaluation, "Rule_AnalogueBenefitsGrandfathered", "ASYLBLG_2", "SOZIALAMT");
	}

	@Test
	void gestattungAfterEighteenMonthsGetsAnalogueBenefitsUntilTheTwentySixthOfFebruary2024() {
		assertRecommendation(gestattung("2024-02-26", 18, false), "Rule_AnalogueBenefitsAfter18Months", "ASYLBLG_2",
				"SOZIALAMT");
	}

	@Test
	void gestattungBeforeEighteenMonthsGetsBasicBenefitsUnderTheOldLaw() {
		assertRecommendation(gestattung("2024-02-26", 17, false), "Rule_AsylbLGBasicBenefits", "ASYLBLG_3",
				"SOZIALAMT");
	}

	@Test
	void gestattungAfterEighteenMonthsGetsBasicBenefitsFromTheTwentySeventhOfFebruary2024() {
		assertRecommendation(gestattung("2024-02-27", 18, false), "Rule_AsylbLGBasicBenefits", "ASYLBLG_3",
				"SOZIALAMT");
	}

	@Test
	void gestattungAfterThirtySixMonthsGetsAnalogueBenefits() {
		assertRecommendation(gestattung("2024-02-27", 36, false), "Rule_AnalogueBenefitsAfter36Months", "ASYLBLG_2",
				"SOZIALAMT");
	}

	@Test
	void gestattungBeforeThirtySixMonthsGetsBasicBenefits() {
		assertRecommendation(gestattung("2025-01-15", 35, false), "Rule_AsylbLGBasicBenefits", "ASYLBLG_3",
				"SOZIALAMT");
	}

	@Test
	void abusiveProlongationKeepsBasicBenefits() {
		assertRecommendation(gestattung("2025-01-15", 40, true), "Rule_AsylbLGBasicBenefits", "ASYLBLG_3", "SOZIALAMT");
	}

	@Test
	void employableRecognisedRefugeeGetsSgbII() {
		Evaluation evaluation = evaluate(BENEFIT_REGIME, "decisionDate", date("2025-01-15"), "residenceDocType",
				"AE_25_2", "employable", true);
		assertRecommendation(evaluation, "Rule_EmployableTitleHolderGetsSgbII", "SGB_II", "JOBCENTER");
	}

	@Test
	void nonEmployableRecognisedRefugeeGetsSgbXII() {
		Evaluation evaluation = evaluate(BENEFIT_REGIME, "decisionDate", date("2025-01-15"), "residenceDocType",
				"AE_25_2", "employable", false);
		assertRecommendation(evaluation, "Rule_NonEmployableTitleHolderGetsSgbXII", "SGB_XII", "SOZIALAMT");
	}

	@Test
	void euWorkerGetsSgbIIEvenInTheFirstThreeMonths() {
		assertRecommendation(euCitizen("WORKER", 1, 0), "Rule_EuWorkerGetsSgbII", "SGB_II", "JOBCENTER");
	}

	@Test
	void euJobseekerWithFiveYearsOfResidenceGetsSgbII() {
		assertRecommendation(euCitizen("JOBSEEKER_ONLY", 60, 5), "Rule_EuFiveYearsResidenceGetsSgbII", "SGB_II",
				"JOBCENTER");
	}

	@Test
	void euCitizenWithoutWorkIsExcludedInTheFirstThreeMonths() {
		assertRecommendation(euCitizen("NO_RIGHT", 2, 0), "Rule_EuFirstThreeMonthsExcluded", "EXCLUDED", "NONE");
	}

	@Test
	void euJobseekerWithFourYearsOfResidenceIsExcluded() {
		assertRecommendation(euCitizen("JOBSEEKER_ONLY", 48, 4), "Rule_EuJobseekerOrNoRightExcluded", "EXCLUDED",
				"NONE");
	}

	@Test
	void personWithoutResidenceDocumentGoesToClerkReview() {
		Evaluation evaluation = evaluate(BENEFIT_REGIME, "decisionDate", date("2025-01-15"), "residenceDocType",
				"NONE");
		assertRecommendation(evaluation, "Rule_OtherCasesNeedClerkReview", "CLERK_REVIEW", "SOZIALAMT");
	}

	@Test
	void titleHolderWithUnclearEmployabilityGoesToClerkReview() {
		Evaluation evaluation = evaluate(BENEFIT_REGIME, "decisionDate", date("2025-01-15"), "residenceDocType",
				"AE_25_1");
		assertRecommendation(evaluation, "Rule_OtherCasesNeedClerkReview", "CLERK_REVIEW", "SOZIALAMT");
	}

	private static Evaluation ukrainian(String decisionDate, String firstIssueDate, boolean existingSgb2Award) {
		return evaluate(BENEFIT_REGIME, "decisionDate", date(decisionDate), "residenceDocType", "AE_24",
				"ukr24FirstIssueDate", date(firstIssueDate), "existingSgb2Award", existingSgb2Award, "stayMonths", 15,
				"abusiveProlongation", false, "employable", true);
	}

	private static Evaluation suspensionTitle(int decisionAgeMonths, boolean employable) {
		return evaluate(BENEFIT_REGIME, "decisionDate", date("2025-01-15"), "residenceDocType", "AE_25_5",
				"suspensionDecisionAgeMonths", decisionAgeMonths, "employable", employable, "stayMonths", 20,
				"abusiveProlongation", false);
	}

	private static Evaluation gestattung(String decisionDate, int stayMonths, boolean abusive) {
		return evaluate(BENEFIT_REGIME, "decisionDate", date(decisionDate), "residenceDocType", "GESTATTUNG",
				"stayMonths", stayMonths, "abusiveProlongation", abusive, "analogueBenefitsOn20240226", false);
	}

	private static Evaluation euCitizen(String euStatus, int monthsSinceEntry, int habitualResidenceYears) {
		return evaluate(BENEFIT_REGIME, "decisionDate", date("2025-01-15"), "residenceDocType", "EU_FREEDOM",
				"euStatus", euStatus, "monthsSinceEntry", monthsSinceEntry, "habitualResidenceYears",
				habitualResidenceYears, "employable", true);
	}

	private static void assertRecommendation(Evaluation evaluation, String rule, String regime, String authority) {
		assertThat(evaluation.rule()).isEqualTo(rule);
		assertThat(evaluation.output("recommendedRegime")).isEqualTo(regime);
		assertThat(evaluation.output("competentAuthority")).isEqualTo(authority);
	}

}
