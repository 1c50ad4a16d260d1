package de.lotse.chain.rules;

import de.lotse.chain.rules.Decisions.Evaluation;
import org.junit.jupiter.api.Test;

import static de.lotse.chain.ChainDecisions.CRIMINAL_RECORD_RELEVANCE;
import static de.lotse.chain.rules.Decisions.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

class CriminalRecordRelevanceTests {

	@Test
	void pendingInvestigationSuspendsTheDecision() {
		assertAssessment(record(true, false, false, 0), "Rule_PendingInvestigationSuspendsDecision",
				"SUSPEND_DECISION");
	}

	@Test
	void hateMotiveMakesEvenASmallFineABarrier() {
		assertAssessment(record(false, true, false, 10), "Rule_HateMotiveIsBarrier", "BARRIER");
	}

	@Test
	void unsuspendedPrisonSentenceIsABarrier() {
		assertAssessment(record(false, false, true, 60), "Rule_UnsuspendedPrisonSentenceIsBarrier", "BARRIER");
	}

	@Test
	void cleanRecordIsDisregarded() {
		assertAssessment(record(false, false, false, 0), "Rule_WithinThresholdDisregarded", "DISREGARDED");
	}

	@Test
	void ninetyDailyRatesAreDisregarded() {
		assertAssessment(record(false, false, false, 90), "Rule_WithinThresholdDisregarded", "DISREGARDED");
	}

	@Test
	void ninetyOneDailyRatesAreASlightExcess() {
		assertAssessment(record(false, false, false, 91), "Rule_SlightExcessNeedsDiscretion",
				"SLIGHT_EXCESS_DISCRETION");
	}

	@Test
	void hundredElevenDailyRatesAreStillASlightExcess() {
		assertAssessment(record(false, false, false, 111), "Rule_SlightExcessNeedsDiscretion",
				"SLIGHT_EXCESS_DISCRETION");
	}

	@Test
	void hundredTwelveDailyRatesAreABarrier() {
		assertAssessment(record(false, false, false, 112), "Rule_ExcessIsBarrier", "BARRIER");
	}

	private static Evaluation record(boolean pendingInvestigation, boolean hateMotive, boolean unsuspendedPrison,
			int totalSentenceDays) {
		return evaluate(CRIMINAL_RECORD_RELEVANCE, "pendingInvestigation", pendingInvestigation,
				"hateMotiveEstablished", hateMotive, "unsuspendedPrisonSentence", unsuspendedPrison,
				"totalSentenceDays", totalSentenceDays);
	}

	private static void assertAssessment(Evaluation evaluation, String rule, String assessment) {
		assertThat(evaluation.rule()).isEqualTo(rule);
		assertThat(evaluation.output("criminalRecordAssessment")).isEqualTo(assessment);
	}

}
