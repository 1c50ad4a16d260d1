package de.lotse.chain.rules;

import de.lotse.chain.rules.Decisions.Evaluation;
import org.junit.jupiter.api.Test;

import static de.lotse.chain.ChainDecisions.REGISTRATION_DEADLINE;
import static de.lotse.chain.rules.Decisions.date;
import static de.lotse.chain.rules.Decisions.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

class RegistrationDeadlineTests {

	@Test
	void personInReceptionFacilityIsRegisteredByTheFacilityWithinTwoWeeks() {
		Evaluation evaluation = deadline("2025-03-03", true);
		assertThat(evaluation.rule()).isEqualTo("Rule_ReceptionFacilityNotifiesWithinTwoWeeks");
		assertThat(evaluation.output("registrationDueDate")).isEqualTo(date("2025-03-17"));
		assertThat(evaluation.output("facilityNotificationExpected")).isEqualTo(true);
	}

	@Test
	void personInOwnFlatRegistersWithinTwoWeeks() {
		Evaluation evaluation = deadline("2025-03-03", false);
		assertThat(evaluation.rule()).isEqualTo("Rule_RegisterWithinTwoWeeks");
		assertThat(evaluation.output("registrationDueDate")).isEqualTo(date("2025-03-17"));
		assertThat(evaluation.output("facilityNotificationExpected")).isEqualTo(false);
	}

	@Test
	void deadlineCrossesTheMonthEnd() {
		assertThat(deadline("2025-01-20", false).output("registrationDueDate")).isEqualTo(date("2025-02-03"));
	}

	@Test
	void deadlineCrossesTheYearEnd() {
		assertThat(deadline("2024-12-20", false).output("registrationDueDate")).isEqualTo(date("2025-01-03"));
	}

	@Test
	void deadlineEndsOnTheLeapDay() {
		assertThat(deadline("2024-02-15", false).output("registrationDueDate")).isEqualTo(date("2024-02-29"));
	}

	@Test
	void deadlineFromTheSameDayOfACommonYearEndsOnTheFirstOfMarch() {
		assertThat(deadline("2023-02-15", false).output("registrationDueDate")).isEqualTo(date("2023-03-01"));
	}

	private static Evaluation deadline(String moveInDate, boolean receptionFacility) {
		return evaluate(REGISTRATION_DEADLINE, "moveInDate", date(moveInDate), "livesInReceptionFacility",
				receptionFacility);
	}

}
