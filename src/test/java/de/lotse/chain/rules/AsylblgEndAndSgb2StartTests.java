package de.lotse.chain.rules;

import de.lotse.chain.rules.Decisions.Evaluation;
import org.junit.jupiter.api.Test;

import static de.lotse.chain.ChainDecisions.ASYLBLG_END_AND_SGB2_START;
import static de.lotse.chain.rules.Decisions.date;
import static de.lotse.chain.rules.Decisions.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

class AsylblgEndAndSgb2StartTests {

	@Test
	void departureEndsBenefitsOnTheDayOfDeparture() {
		Evaluation evaluation = event("DEPARTURE", "2025-05-14");
		assertThat(evaluation.rule()).isEqualTo("Rule_DepartureEndsOnDepartureDay");
		assertThat(evaluation.output("asylblgEndDate")).isEqualTo(date("2025-05-14"));
		assertThat(evaluation.output("sgb2EarliestStart")).isNull();
		assertThat(evaluation.output("sgb2ApplyByDate")).isNull();
	}

	@Test
	void recognitionAsAsylumHolderEndsBenefitsAtTheEndOfTheMonth() {
		assertDates(event("RECOGNITION_ART16A", "2025-05-14"), "Rule_RecognitionEndsAtEndOfMonth", "2025-05-31",
				"2025-06-01", "2025-06-30");
	}

	@Test
	void courtObligationOnTheLastDayOfAMonthEndsBenefitsThatDay() {
		assertDates(event("COURT_OBLIGATION", "2025-05-31"), "Rule_RecognitionEndsAtEndOfMonth", "2025-05-31",
				"2025-06-01", "2025-06-30");
	}

	@Test
	void residenceTitleIssuedOnTheFirstOfAMonthEndsBenefitsAtThatMonthsEnd() {
		assertDates(event("AE_OR_FIKTION_ISSUED", "2025-06-01"), "Rule_ProtectionTitleEndsAtEndOfMonth", "2025-06-30",
				"2025-07-01", "2025-07-31");
	}

	@Test
	void residenceTitleIssuedOnNewYearsEveMovesSgbIIIntoTheNextYear() {
		assertDates(event("AE_OR_FIKTION_ISSUED", "2025-12-31"), "Rule_ProtectionTitleEndsAtEndOfMonth", "2025-12-31",
				"2026-01-01", "2026-01-31");
	}

	@Test
	void lapsedGestattungInFebruaryOfALeapYearEndsOnTheTwentyNinth() {
		assertDates(event("GESTATTUNG_LAPSED", "2024-02-10"), "Rule_ProtectionTitleEndsAtEndOfMonth", "2024-02-29",
				"2024-03-01", "2024-03-31");
	}

	@Test
	void lapsedGestattungInFebruaryOfACommonYearEndsOnTheTwentyEighth() {
		assertDates(event("GESTATTUNG_LAPSED", "2025-02-10"), "Rule_ProtectionTitleEndsAtEndOfMonth", "2025-02-28",
				"2025-03-01", "2025-03-31");
	}

	@Test
	void unknownEventYieldsNoDates() {
		Evaluation evaluation = event("MOVE", "2025-02-10");
		assertThat(evaluation.matchedRules()).isEmpty();
		assertThat(evaluation.result()).isEmpty();
	}

	private static Evaluation event(String eventType, String eventDate) {
		return evaluate(ASYLBLG_END_AND_SGB2_START, "eventType", eventType, "eventDate", date(eventDate));
	}

	private static void assertDates(Evaluation evaluation, String rule, String end, String start, String applyBy) {
		assertThat(evaluation.rule()).isEqualTo(rule);
		assertThat(evaluation.output("asylblgEndDate")).isEqualTo(date(end));
		assertThat(evaluation.output("sgb2EarliestStart")).isEqualTo(date(start));
		assertThat(evaluation.output("sgb2ApplyByDate")).isEqualTo(date(applyBy));
	}

}
