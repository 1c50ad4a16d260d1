package de.lotse.chain.rules;

import de.lotse.chain.rules.Decisions.Evaluation;
import org.junit.jupiter.api.Test;

import static de.lotse.chain.ChainDecisions.INTEGRATION_COURSE_ENTITLEMENT;
import static de.lotse.chain.rules.Decisions.date;
import static de.lotse.chain.rules.Decisions.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

class IntegrationCourseEntitlementTests {

	@Test
	void personInSchoolHasNoEntitlement() {
		Evaluation evaluation = evaluate(INTEGRATION_COURSE_ENTITLEMENT, "decisionDate", date("2025-03-20"),
				"residenceStatus", "FAMILY", "titleParagraph", "32", "firstIssue", true, "titleValidityMonths", 24,
				"inSchool", true, "germanLevel", "NONE");
		assertEntitlement(evaluation, "Rule_InSchoolNoEntitlement", "NONE");
	}

	@Test
	void personWithB1HasNoEntitlement() {
		assertEntitlement(familyTitle("30", 24, "B1", "2025-03-15"), "Rule_SufficientGermanNoEntitlement", "NONE");
	}

	@Test
	void personWithA2IsEntitled() {
		assertEntitlement(familyTitle("30", 24, "A2", "2025-03-15"), "Rule_FirstPermanentTitleEntitles", "ENTITLED");
	}

	@Test
	void recognisablyLowIntegrationNeedMeansNoEntitlement() {
		Evaluation evaluation = evaluate(INTEGRATION_COURSE_ENTITLEMENT, "decisionDate", date("2025-03-20"),
				"residenceStatus", "SKILLED", "titleParagraph", "18g", "firstIssue", true, "titleValidityMonths", 48,
				"inSchool", false, "germanLevel", "A1", "lowIntegrationNeed", true);
		assertEntitlement(evaluation, "Rule_LowIntegrationNeedNoEntitlement", "NONE");
	}

	@Test
	void firstPermanentFamilyTitleEntitlesForOneYear() {
		Evaluation evaluation = familyTitle("30", 24, "NONE", "2025-03-15");
		assertEntitlement(evaluation, "Rule_FirstPermanentTitleEntitles", "ENTITLED");
		assertThat(evaluation.output("entitlementExpiryDate")).isEqualTo(date("2026-03-15"));
	}

	@Test
	void entitlementFromALeapDayExpiresOnTheTwentyEighthOfFebruary() {
		assertThat(familyTitle("30", 24, "NONE", "2024-02-29").output("entitlementExpiryDate"))
			.isEqualTo(date("2025-02-28"));
	}

	@Test
	void titleValidForTwelveMonthsIsNotPermanent() {
		assertEntitlement(familyTitle("30", 12, "NONE", "2025-03-15"), "Rule_NoEntitlementOtherwise", "NONE");
	}

	@Test
	void titleValidForThirteenMonthsIsPermanent() {
		assertEntitlement(familyTitle("30", 13, "NONE", "2025-03-15"), "Rule_FirstPermanentTitleEntitles", "ENTITLED");
	}

	@Test
	void renewedTitleDoesNotEntitle() {
		Evaluation evaluation = evaluate(INTEGRATION_COURSE_ENTITLEMENT, "decisionDate", date("2025-03-20"),
				"residenceStatus", "PROTECTED_GFK", "titleParagraph", "25_2", "firstIssue", false,
				"titleValidityMonths", 36, "inSchool", false, "germanLevel", "NONE");
		assertEntitlement(evaluation, "Rule_NoEntitlementOtherwise", "NONE");
	}

	@Test
	void nationalDeportationBanDoesNotEntitle() {
		Evaluation evaluation = evaluate(INTEGRATION_COURSE_ENTITLEMENT, "decisionDate", date("2025-03-20"),
				"residenceStatus", "NAT_BAN", "titleParagraph", "25_3", "firstIssue", true, "titleValidityMonths", 12,
				"inSchool", false, "germanLevel", "NONE");
		assertEntitlement(evaluation, "Rule_NoEntitlementOtherwise", "NONE");
	}

	@Test
	void asylumSeekerCanBeAdmittedTheDayBeforeTheSuspension() {
		assertEntitlement(asylumSeeker("2026-02-08"), "Rule_AdmissionWithinAvailablePlaces", "ADMISSION_POSSIBLE");
	}

	@Test
	void asylumSeekerIsSelfPayerFromTheDayOfTheSuspension() {
		assertEntitlement(asylumSeeker("2026-02-09"), "Rule_AdmissionSuspendedSelfPayer2026",
				"ADMISSION_SUSPENDED_SELF_PAY");
	}

	@Test
	void asylumSeekerIsSelfPayerUntilTheEndOfBudgetYear2026() {
		assertEntitlement(asylumSeeker("2026-12-31"), "Rule_AdmissionSuspendedSelfPayer2026",
				"ADMISSION_SUSPENDED_SELF_PAY");
	}

	@Test
	void asylumSeekerCanBeAdmittedAgainFrom2027() {
		assertEntitlement(asylumSeeker("2027-01-01"), "Rule_AdmissionWithinAvailablePlaces", "ADMISSION_POSSIBLE");
	}

	private static Evaluation familyTitle(String titleParagraph, int validityMonths, String germanLevel,
			String issueDate) {
		return evaluate(INTEGRATION_COURSE_ENTITLEMENT, "decisionDate", date("2025-03-20"), "residenceStatus", "FAMILY",
				"titleParagraph", titleParagraph, "firstIssue", true, "titleValidityMonths", validityMonths, "inSchool",
				false, "germanLevel", germanLevel, "lowIntegrationNeed", false, "titleIssueDate", date(issueDate));
	}

	private static Evaluation asylumSeeker(String decisionDate) {
		return evaluate(INTEGRATION_COURSE_ENTITLEMENT, "decisionDate", date(decisionDate), "residenceStatus",
				"ASYL_SEEKER", "inSchool", false, "germanLevel", "NONE", "lowIntegrationNeed", false);
	}

	private static void assertEntitlement(Evaluation evaluation, String rule, String entitlement) {
		assertThat(evaluation.rule()).isEqualTo(rule);
		assertThat(evaluation.output("recommendedEntitlement")).isEqualTo(entitlement);
		if (!"ENTITLED".equals(entitlement)) {
			assertThat(evaluation.output("entitlementExpiryDate")).isNull();
		}
	}

}
