package de.lotse.chain.rules;

import de.lotse.chain.rules.Decisions.Evaluation;
import org.junit.jupiter.api.Test;

import static de.lotse.chain.ChainDecisions.MINOR_ROUTING;
import static de.lotse.chain.rules.Decisions.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

class MinorRoutingTests {

	@Test
	void unaccompaniedPersonOfDisputedAgeGoesToTheYouthWelfareOfficeForAgeAssessment() {
		assertRouting(routing(18, true, true), "Rule_DisputedAgeUnaccompanied", "JUGENDAMT_42A", true);
	}

	@Test
	void unaccompaniedSeventeenYearOldIsTakenIntoCareByTheYouthWelfareOffice() {
		assertRouting(routing(17, true, false), "Rule_UnaccompaniedMinorToYouthWelfare", "JUGENDAMT_42A", false);
	}

	@Test
	void unaccompaniedEighteenYearOldFollowsTheAdultRoute() {
		assertRouting(routing(18, true, false), "Rule_AdultRegularRoute", "ADULT_ROUTE", false);
	}

	@Test
	void accompaniedSeventeenYearOldStaysWithTheHousehold() {
		assertRouting(routing(17, false, false), "Rule_AccompaniedMinorWithHousehold", "WITH_HOUSEHOLD", false);
	}

	@Test
	void accompaniedEighteenYearOldFollowsTheAdultRoute() {
		assertRouting(routing(18, false, false), "Rule_AdultRegularRoute", "ADULT_ROUTE", false);
	}

	private static Evaluation routing(int age, boolean unaccompanied, boolean ageDisputed) {
		return evaluate(MINOR_ROUTING, "age", age, "unaccompanied", unaccompanied, "ageDisputed", ageDisputed);
	}

	private static void assertRouting(Evaluation evaluation, String rule, String routing, boolean ageAssessment) {
		assertThat(evaluation.rule()).isEqualTo(rule);
		assertThat(evaluation.output("routing")).isEqualTo(routing);
		assertThat(evaluation.output("ageAssessmentRequired")).isEqualTo(ageAssessment);
	}

}
