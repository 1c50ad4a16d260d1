package de.lotse.chain.rules;

import de.lotse.chain.rules.Decisions.Evaluation;
import org.junit.jupiter.api.Test;

import static de.lotse.chain.ChainDecisions.COURSE_FEE;
import static de.lotse.chain.rules.Decisions.date;
import static de.lotse.chain.rules.Decisions.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

class CourseFeeTests {

	@Test
	void spaetaussiedlerAttendFreeOfCharge() {
		assertFee(fee("2025-03-01", "SPAETAUSSIEDLER", 700), "Rule_SpaetaussiedlerFree", 0.0, 0.0);
	}

	@Test
	void benefitRecipientWithGrantedExemptionPaysNothing() {
		assertFee(fee("2025-03-01", "BENEFIT_RECEIPT", 700), "Rule_ExemptionGrantedFree", 0.0, 0.0);
	}

	@Test
	void lowEarnerWithGrantedExemptionPaysNothing() {
		assertFee(fee("2025-03-01", "LOW_INCOME", 700), "Rule_ExemptionGrantedFree", 0.0, 0.0);
	}

	@Test
	void applicationOnTheLastDayOfJuly2022PaysTwoEuroTwenty() {
		assertFee(fee("2022-07-31", "NONE", 700), "Rule_RateBeforeAugust2022", 2.20, 1540.0);
	}

	@Test
	void applicationOnTheFirstOfAugust2022PaysTwoEuroTwentyNine() {
		assertFee(fee("2022-08-01", "NONE", 700), "Rule_RateFromAugust2022", 2.29, 1603.0);
	}

	@Test
	void specialCourseOfThousandUnitsCostsTwoThousandTwoHundredNinety() {
		assertFee(fee("2025-03-01", "NONE", 1000), "Rule_RateFromAugust2022", 2.29, 2290.0);
	}

	private static Evaluation fee(String applicationDate, String costExemption, int teachingUnits) {
		return evaluate(COURSE_FEE, "applicationDate", date(applicationDate), "costExemption", costExemption,
				"teachingUnits", teachingUnits);
	}

	private static void assertFee(Evaluation evaluation, String rule, double rate, double amount) {
		assertThat(evaluation.rule()).isEqualTo(rule);
		assertThat(evaluation.output("ratePerTeachingUnit")).isEqualTo(rate);
		assertThat(evaluation.output("feeAmount")).isEqualTo(amount);
	}

}
