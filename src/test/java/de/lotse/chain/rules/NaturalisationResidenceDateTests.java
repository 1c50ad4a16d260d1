package de.lotse.chain.rules;

import de.lotse.chain.rules.Decisions.Evaluation;
import org.junit.jupiter.api.Test;

import static de.lotse.chain.ChainDecisions.NATURALISATION_RESIDENCE_DATE;
import static de.lotse.chain.rules.Decisions.date;
import static de.lotse.chain.rules.Decisions.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

class NaturalisationResidenceDateTests {

	@Test
	void fastTrackNeedsSixYearsTheDayBeforeThe2024Reform() {
		assertRoute(path("2024-06-26", "FAST_TRACK", "2019-01-15"), "Rule_FastTrackSixYearsBeforeReform",
				"FAST_TRACK_6_YEARS", "2025-01-15");
	}

	@Test
	void fastTrackNeedsThreeYearsFromThe2024Reform() {
		assertRoute(path("2024-06-27", "FAST_TRACK", "2021-08-01"), "Rule_FastTrackThreeYearsBeforeAbolition",
				"FAST_TRACK_3_YEARS", "2024-08-01");
	}

	@Test
	void fastTrackIsStillAvailableForDecisionsOnTheTwentyNinthOfOctober2025() {
		assertRoute(path("2025-10-29", "FAST_TRACK", "2021-08-01"), "Rule_FastTrackThreeYearsBeforeAbolition",
				"FAST_TRACK_3_YEARS", "2024-08-01");
	}

	@Test
	void fastTrackIsNotAvailableForDecisionsFromTheThirtiethOfOctober2025() {
		Evaluation evaluation = path("2025-10-30", "FAST_TRACK", "2021-08-01");
		assertThat(evaluation.rule()).isEqualTo("Rule_FastTrackAbolished");
		assertThat(evaluation.output("residenceRoute")).isEqualTo("NOT_AVAILABLE");
		assertThat(evaluation.output("earliestEligibleDate")).isNull();
	}

	@Test
	void standardRouteNeedsEightYearsTheDayBeforeThe2024Reform() {
		assertRoute(path("2024-06-26", "STANDARD", "2016-06-26"), "Rule_StandardEightYearsBeforeReform",
				"STANDARD_8_YEARS", "2024-06-26");
	}

	@Test
	void standardRouteNeedsFiveYearsFromThe2024Reform() {
		assertRoute(path("2024-06-27", "STANDARD", "2019-12-31"), "Rule_StandardFiveYears", "STANDARD_5_YEARS",
				"2024-12-31");
	}

	@Test
	void fiveYearsFromALeapDayEndOnTheTwentyEighthOfFebruary() {
		assertRoute(path("2025-03-01", "STANDARD", "2020-02-29"), "Rule_StandardFiveYears", "STANDARD_5_YEARS",
				"2025-02-28");
	}

	@Test
	void spouseOfAGermanWaitsForTwoYearsOfMarriageAfterThreeYearsOfResidence() {
		Evaluation evaluation = evaluate(NATURALISATION_RESIDENCE_DATE, "decisionDate", date("2025-03-01"),
				"applicationPath", "SPOUSE_OF_GERMAN", "countedResidenceStart", date("2022-01-10"), "marriageDate",
				date("2023-06-01"));
		assertRoute(evaluation, "Rule_SpouseOfGermanThreeYears", "SPOUSE_OF_GERMAN_3_YEARS", "2025-06-01");
	}

	@Test
	void spouseOfAGermanMarriedLongEnoughWaitsForThreeYearsOfResidence() {
		Evaluation evaluation = evaluate(NATURALISATION_RESIDENCE_DATE, "decisionDate", date("2025-03-01"),
				"applicationPath", "SPOUSE_OF_GERMAN", "countedResidenceStart", date("2022-01-10"), "marriageDate",
				date("2019-06-01"));
		assertRoute(evaluation, "Rule_SpouseOfGermanThreeYears", "SPOUSE_OF_GERMAN_3_YEARS", "2025-01-10");
	}

	private static Evaluation path(String decisionDate, String applicationPath, String countedResidenceStart) {
		return evaluate(NATURALISATION_RESIDENCE_DATE, "decisionDate", date(decisionDate), "applicationPath",
				applicationPath, "countedResidenceStart", date(countedResidenceStart));
	}

	private static void assertRoute(Evaluation evaluation, String rule, String route, String earliestEligibleDate) {
		assertThat(evaluation.rule()).isEqualTo(rule);
		assertThat(evaluation.output("residenceRoute")).isEqualTo(route);
		assertThat(evaluation.output("earliestEligibleDate")).isEqualTo(date(earliestEligibleDate));
	}

}
