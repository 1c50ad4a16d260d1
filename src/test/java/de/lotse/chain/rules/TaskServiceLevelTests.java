package de.lotse.chain.rules;

import de.lotse.chain.rules.Decisions.Evaluation;
import org.junit.jupiter.api.Test;

import static de.lotse.worklist.WorklistDecisions.TASK_SERVICE_LEVEL;
import static de.lotse.chain.rules.Decisions.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

class TaskServiceLevelTests {

	@Test
	void provisionalCareIsDueTheNextDay() {
		assertProposal(level("Task_ProvisionalCare", "arrival", "jugendamt"), "Rule_ProvisionalCare", 1);
	}

	@Test
	void ageAssessmentIsDueWithinAWeek() {
		assertProposal(level("Task_AssessAge", "arrival", "jugendamt"), "Rule_AssessAge", 7);
	}

	@Test
	void intakeAppointmentIsDueWithinAWeek() {
		assertProposal(level("Task_IntakeAppointment", "integration-chain", "integrationsmanagement"),
				"Rule_IntakeAppointment", 7);
	}

	@Test
	void everyStepOfTheAsylblgClaimIsDueWithinSevenDays() {
		for (String task : new String[] { "Task_RecordBenefitFacts", "Task_CheckAsylblgApplication",
				"Task_DecideAsylblg" }) {
			assertProposal(level(task, "benefit-claim", "sozialamt"), "Rule_FirstAsylblgBenefit", 7);
		}
	}

	@Test
	void potentialAnalysisIsDueWithinTwoWeeks() {
		assertProposal(level("Task_ConductPotentialAnalysis", "jobcentre-referral", "jobcenter"),
				"Rule_PotentialAnalysis", 14);
	}

	@Test
	void naturalisationDecisionIsDueWithinNinetyDays() {
		assertProposal(level("Task_DecideApplication", "naturalisation", "einbuergerungsbehoerde"),
				"Rule_NaturalisationDecision", 90);
	}

	@Test
	void aTaskOfTheSameIdInAnotherProcessGetsNoNaturalisationProposal() {
		assertProposal(level("Task_DecideApplication", "some-other-process", "einbuergerungsbehoerde"),
				"Rule_NoProposal", null);
	}

	@Test
	void everyOtherTaskGetsNoProposal() {
		assertProposal(level("Task_ConfirmRegistration", "registration", "meldebehoerde"), "Rule_NoProposal", null);
	}

	private static Evaluation level(String task, String process, String department) {
		return evaluate(TASK_SERVICE_LEVEL, "taskDefinitionKey", task, "processDefinitionKey", process, "department",
				department);
	}

	private static void assertProposal(Evaluation evaluation, String rule, Integer days) {
		assertThat(evaluation.rule()).isEqualTo(rule);
		assertThat(output(evaluation, "dueInDays")).isEqualTo(days);
	}

	/** An output; an empty output entry leaves the output out of the result. */
	private static Object output(Evaluation evaluation, String name) {
		return evaluation.result().getSingleResult().getEntryMap().get(name);
	}

}
