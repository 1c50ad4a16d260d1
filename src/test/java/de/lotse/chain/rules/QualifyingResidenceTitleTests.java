package de.lotse.chain.rules;

import de.lotse.chain.rules.Decisions.Evaluation;
import org.junit.jupiter.api.Test;

import static de.lotse.chain.ChainDecisions.QUALIFYING_RESIDENCE_TITLE;
import static de.lotse.chain.rules.Decisions.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

class QualifyingResidenceTitleTests {

	@Test
	void settlementPermitQualifies() {
		assertAssessment(title("UNLIMITED", null), "Rule_UnlimitedRightQualifies", "QUALIFIES");
	}

	@Test
	void euCitizenQualifies() {
		assertAssessment(title("EU_CH_CITIZEN", null), "Rule_EuCitizenQualifies", "QUALIFIES");
	}

	@Test
	void temporaryProtectionDoesNotQualify() {
		assertAssessment(title("RESIDENCE_PERMIT", "24"), "Rule_ExcludedResidencePermit", "NOT_QUALIFYING");
	}

	@Test
	void nationalDeportationBanDoesNotQualify() {
		assertAssessment(title("RESIDENCE_PERMIT", "25_3"), "Rule_ExcludedResidencePermit", "NOT_QUALIFYING");
	}

	@Test
	void chancenAufenthaltsrechtDoesNotQualify() {
		assertAssessment(title("RESIDENCE_PERMIT", "104c"), "Rule_ExcludedResidencePermit", "NOT_QUALIFYING");
	}

	@Test
	void studyPermitDoesNotQualify() {
		assertAssessment(title("RESIDENCE_PERMIT", "16b"), "Rule_ExcludedResidencePermit", "NOT_QUALIFYING");
	}

	@Test
	void permitUnderSection20aGoesToClerkReview() {
		assertAssessment(title("RESIDENCE_PERMIT", "20a"), "Rule_Section20aNeedsClerkReview", "CLERK_REVIEW");
	}

	@Test
	void refugeePermitQualifies() {
		assertAssessment(title("RESIDENCE_PERMIT", "25_2"), "Rule_OtherResidencePermitQualifies", "QUALIFIES");
	}

	@Test
	void blueCardQualifies() {
		assertAssessment(title("RESIDENCE_PERMIT", "18g"), "Rule_OtherResidencePermitQualifies", "QUALIFIES");
	}

	@Test
	void duldungDoesNotQualify() {
		assertAssessment(title("DULDUNG", null), "Rule_NoResidenceRightDoesNotQualify", "NOT_QUALIFYING");
	}

	private static Evaluation title(String residenceRightType, String titleParagraph) {
		return evaluate(QUALIFYING_RESIDENCE_TITLE, "residenceRightType", residenceRightType, "titleParagraph",
				titleParagraph);
	}

	private static void assertAssessment(Evaluation evaluation, String rule, String assessment) {
		assertThat(evaluation.rule()).isEqualTo(rule);
		assertThat(evaluation.output("titleAssessment")).isEqualTo(assessment);
	}

}
