package de.lotse.chain.rules;

import de.lotse.chain.rules.Decisions.Evaluation;
import org.junit.jupiter.api.Test;

import static de.lotse.chain.ChainDecisions.INTEGRATION_COURSE_OBLIGATION;
import static de.lotse.chain.rules.Decisions.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

class IntegrationCourseObligationTests {

	@Test
	void exemptionPreventsObligationEvenWithoutGerman() {
		Evaluation evaluation = evaluate(INTEGRATION_COURSE_OBLIGATION, "entitlement", "ENTITLED", "germanLevel",
				"NONE", "titleParagraph", "25_2", "exemptFromObligation", true);
		assertObligation(evaluation, "Rule_ExemptionPreventsObligation", false, "NONE");
	}

	@Test
	void entitledPersonWithoutSimpleGermanIsObligedByTheForeignersAuthority() {
		assertObligation(entitled("25_2", "NONE"), "Rule_EntitledWithoutSimpleGerman", true, "ABH_NR1A");
	}

	@Test
	void entitledSpouseWithA1IsObligedBecauseB1IsMissing() {
		assertObligation(entitled("30", "A1"), "Rule_EntitledFamilyTitleWithoutB1", true, "ABH_NR1B");
	}

	@Test
	void entitledSpouseOfAGermanWithA2IsObligedBecauseB1IsMissing() {
		assertObligation(entitled("28_1_S1_Nr1", "A2"), "Rule_EntitledFamilyTitleWithoutB1", true, "ABH_NR1B");
	}

	@Test
	void entitledSpouseWithB1IsNotObliged() {
		assertObligation(entitled("30", "B1"), "Rule_NoObligationOtherwise", false, "NONE");
	}

	@Test
	void entitledSkilledWorkerWithA1IsNotObliged() {
		assertObligation(entitled("18a", "A1"), "Rule_NoObligationOtherwise", false, "NONE");
	}

	@Test
	void jobcenterObligesSgbIIRecipientItRequestsToAttend() {
		Evaluation evaluation = evaluate(INTEGRATION_COURSE_OBLIGATION, "entitlement", "NONE", "germanLevel", "A2",
				"sgb2Recipient", true, "jobcenterRequestsParticipation", true);
		assertObligation(evaluation, "Rule_JobcenterRequestsParticipation", true, "JC_NR2");
	}

	@Test
	void sgbIIReceiptAloneDoesNotOblige() {
		Evaluation evaluation = evaluate(INTEGRATION_COURSE_OBLIGATION, "entitlement", "NONE", "germanLevel", "A2",
				"sgb2Recipient", true, "jobcenterRequestsParticipation", false);
		assertObligation(evaluation, "Rule_NoObligationOtherwise", false, "NONE");
	}

	@Test
	void particularIntegrationNeedIsObligedByTheForeignersAuthority() {
		Evaluation evaluation = evaluate(INTEGRATION_COURSE_OBLIGATION, "entitlement", "NONE", "germanLevel", "A2",
				"particularIntegrationNeed", true);
		assertObligation(evaluation, "Rule_ParticularIntegrationNeed", true, "ABH_NR3");
	}

	@Test
	void asylbLGAuthorityObligesRecipientItRequestsToAttend() {
		Evaluation evaluation = evaluate(INTEGRATION_COURSE_OBLIGATION, "entitlement", "ADMISSION_POSSIBLE",
				"germanLevel", "NONE", "asylblgRecipient", true, "asylblgAuthorityRequestsParticipation", true);
		assertObligation(evaluation, "Rule_AsylbLGAuthorityRequestsParticipation", true, "ASYLBLG_NR4");
	}

	private static Evaluation entitled(String titleParagraph, String germanLevel) {
		return evaluate(INTEGRATION_COURSE_OBLIGATION, "entitlement", "ENTITLED", "germanLevel", germanLevel,
				"titleParagraph", titleParagraph, "sgb2Recipient", false, "particularIntegrationNeed", false,
				"asylblgRecipient", false, "exemptFromObligation", false);
	}

	private static void assertObligation(Evaluation evaluation, String rule, boolean obliged, String authority) {
		assertThat(evaluation.rule()).isEqualTo(rule);
		assertThat(evaluation.output("recommendedObligation")).isEqualTo(obliged);
		assertThat(evaluation.output("obligingAuthority")).isEqualTo(authority);
	}

}
