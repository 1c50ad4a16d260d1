package de.lotse.chain;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static de.lotse.chain.BenefitClaimProcess.*;
import static de.lotse.chain.ChainTestSupport.completeExternalTask;
import static de.lotse.chain.ChainTestSupport.date;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

@Deployment(resources = { "processes/benefit-claim.bpmn", "processes/benefit-regime.dmn",
		"processes/asylblg-end-and-sgb2-start.dmn" })
class BenefitClaimProcessTests {

	private static final String CASE = "LOT-2026-0002";

	@RegisterExtension
	static ProcessEngineCoverageExtension coverage = ProcessEngineCoverageExtension.builder()
		.assertClassCoverageAtLeast(0.9)
		.build();

	/** Spring tests in the same JVM start engines of their own; assert on this one. */
	@BeforeEach
	void useTheTestEngine(ProcessEngine processEngine) {
		BpmnAwareTests.init(processEngine);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void asylumSeekerReceivesAsylblgAndKeepsItAfterRejection() {
		ProcessInstance pi = startAsylblg("2026-03-02");
		correlateBamfDecision("REJECTED", "2026-09-10");
		assertThat(pi).isEnded().hasPassed(END_EVENT_ASYLBLG_CONTINUES);
		assertThat(pi).variables()
			.containsEntry(BENEFIT_REGIME, "ASYLBLG_3")
			.containsEntry(FIRST_BENEFIT_DATE, date("2026-03-01"))
			.containsEntry(DECISION_TYPE, "REJECTED");
	}

	@Test
	void recognisedRefugeeSwitchesToSgbIiWithoutGapMonth() {
		ProcessInstance pi = startAsylblg("2026-03-02");
		ClockUtil.setCurrentTime(date("2026-05-12"));
		correlateBamfDecision("REFUGEE", "2026-05-12");
		assertThat(pi).isWaitingAt(TASK_END_ASYLBLG)
			.variables()
			.containsEntry(ASYLBLG_END_DATE, date("2026-05-31"))
			.containsEntry(SGB2_EARLIEST_START, date("2026-06-01"))
			.containsEntry(SGB2_APPLY_BY_DATE, date("2026-06-30"));
		assertThat(task()).hasCandidateGroup("sozialamt").hasDueDate(date("2026-05-31"));
		complete(task(), withVariables(ASYLBLG_END_NOTICE_DATE, date("2026-05-15")));
		assertThat(pi).isWaitingAt(TASK_RECEIVE_SGB2_APPLICATION);
		assertThat(task()).hasCandidateGroup("jobcenter").hasDueDate(date("2026-06-30"));
		complete(task(), withVariables(SGB2_APPLICATION_DATE, date("2026-06-02")));
		assertThat(pi).isWaitingAt(TASK_APPROVE_SGB2);
		complete(task(), withVariables(SGB2_START_DATE, date("2026-06-01"), SGB2_MONTHLY_AMOUNT, 563));
		assertThat(pi).isWaitingAt(TIMER_CONTINUATION_APPLICATION_DUE)
			.variables()
			.containsEntry(BENEFIT_REGIME, "SGB_II")
			.containsEntry(FIRST_BENEFIT_DATE, date("2026-03-01"));
	}

	@Test
	void recognisedAsylumHolderLeavesAsylblgAtTheEndOfTheMonthOfRecognition() {
		ProcessInstance pi = startAsylblg("2026-03-02");
		correlateBamfDecision("ASYLUM", "2026-07-30");
		assertThat(pi).isWaitingAt(TASK_END_ASYLBLG)
			.variables()
			.containsEntry(ASYLBLG_END_DATE, date("2026-07-31"))
			.containsEntry(SGB2_EARLIEST_START, date("2026-08-01"));
	}

	@Test
	void asylumSeekerIsReviewedForAnalogueBenefitsAfter36Months() {
		ProcessInstance pi = startAsylblg("2026-03-02");
		assertThat(job(TIMER_ANALOGUE_BENEFITS_DUE)).hasDueDate(date("2029-03-02"));
		execute(job(TIMER_ANALOGUE_BENEFITS_DUE));
		assertThat(pi).isWaitingAt(EVENT_BAMF_DECISION_RECEIVED, TASK_REVIEW_ANALOGUE_BENEFITS);
		assertThat(task()).hasCandidateGroup("sozialamt");
		complete(task(), withVariables(ANALOGUE_BENEFITS_DECISION, "GRANTED", ANALOGUE_BENEFITS_NOTE,
				"Keine rechtsmissbräuchliche Beeinflussung erkennbar."));
		assertThat(pi).isWaitingAt(EVENT_BAMF_DECISION_RECEIVED).variables().containsEntry(BENEFIT_REGIME, "ASYLBLG_2");
	}

	@Test
	void personAlreadyReceivingAnalogueBenefitsIsNotReviewedAgain() {
		ProcessInstance pi = startAsylblg("2026-03-02", "ASYLBLG_2");
		execute(job(TIMER_ANALOGUE_BENEFITS_DUE));
		assertThat(pi).isWaitingAt(EVENT_BAMF_DECISION_RECEIVED)
			.hasPassed(END_EVENT_ALREADY_ANALOGUE)
			.hasNotPassed(TASK_REVIEW_ANALOGUE_BENEFITS);
	}

	@Test
	void subsidiaryProtectionHolderClaimsSgbIiAtTheJobcentre() {
		ClockUtil.setCurrentTime(date("2026-03-10"));
		ProcessInstance pi = start("PROTECTED_SUB", facts("AE_25_2", true));
		assertThat(pi).isWaitingAt(TASK_CONFIRM_REGIME).variables().containsEntry(RECOMMENDED_REGIME, "SGB_II");
		assertThat(task()).hasCandidateGroup("jobcenter");
		complete(task(), withVariables(BENEFIT_REGIME, "SGB_II"));
		assertThat(pi).isWaitingAt(TASK_RECEIVE_SGB2_APPLICATION);
		assertThat(task()).hasDueDate(date("2026-03-31"));
		complete(task(), withVariables(SGB2_APPLICATION_DATE, date("2026-03-11")));
		complete(task(), withVariables(SGB2_START_DATE, date("2026-03-01"), SGB2_MONTHLY_AMOUNT, 563));
		assertThat(pi).isWaitingAt(TIMER_CONTINUATION_APPLICATION_DUE);
		execute(job());
		assertThat(pi).isWaitingAt(TASK_PROCESS_CONTINUATION);
		assertThat(task()).as("last day of the approval period, § 41 Abs. 3 SGB II").hasDueDate(date("2027-02-28"));
		complete(task(), withVariables(CONTINUATION_DECISION, "CONTINUED"));
		assertThat(pi).isEnded()
			.hasPassed(END_EVENT_SGB2_CLAIM_COMPLETED)
			.variables()
			.containsEntry(BENEFIT_REGIME, "SGB_II")
			.containsEntry(FIRST_BENEFIT_DATE, date("2026-03-01"));
	}

	@Test
	void missedSgbIiApplyByDateEscalatesToTheIntegrationManager() {
		ClockUtil.setCurrentTime(date("2026-03-10"));
		ProcessInstance pi = start("PROTECTED_GFK", facts("AE_25_2", true));
		assertThat(pi).isWaitingAt(TASK_CONFIRM_REGIME);
		complete(task(), withVariables(BENEFIT_REGIME, "SGB_II"));
		assertThat(pi).isWaitingAt(TASK_RECEIVE_SGB2_APPLICATION);
		execute(job(TIMER_SGB2_APPLY_BY_DATE));
		assertThat(task(TASK_ESCALATE_SGB2_APPLICATION)).isAssignedTo("kim.weber").hasDueDate(date("2026-03-31"));
		complete(task(TASK_ESCALATE_SGB2_APPLICATION),
				withVariables(SGB2_ESCALATION_NOTE, "Antrag wird am 01.04. online gestellt."));
		assertThat(pi).isWaitingAt(TASK_RECEIVE_SGB2_APPLICATION).hasPassed(TASK_ESCALATE_SGB2_APPLICATION);
	}

	@Test
	void ukrainianWithFirstPermitAfterMarch2025GetsAsylblgOnceTheLawApplies() {
		ClockUtil.setCurrentTime(date("2026-08-03"));
		VariableMap facts = facts("AE_24", true).putValue(UKR24_FIRST_ISSUE_DATE, date("2025-06-01"));
		ProcessInstance pi = start("UKR_24", facts);
		assertThat(pi).isWaitingAt(TASK_CONFIRM_REGIME).variables().containsEntry(RECOMMENDED_REGIME, "ASYLBLG_3");
		assertThat(task()).hasCandidateGroup("sozialamt");
		complete(task(), withVariables(BENEFIT_REGIME, "ASYLBLG_3"));
		assertThat(pi).isWaitingAt(TASK_CHECK_ASYLBLG_APPLICATION);
	}

	@Test
	void euJobSeekerIsExcludedFromBenefits() {
		VariableMap facts = facts("EU_FREEDOM", true).putValue(EU_STATUS, "JOBSEEKER_ONLY")
			.putValue(MONTHS_SINCE_ENTRY, 5);
		ProcessInstance pi = start("EU", facts);
		assertThat(pi).isWaitingAt(TASK_CONFIRM_REGIME).variables().containsEntry(RECOMMENDED_REGIME, "EXCLUDED");
		complete(task(), withVariables(BENEFIT_REGIME, "EXCLUDED"));
		assertThat(pi).isEnded().hasPassed(END_EVENT_NO_BENEFIT_CLAIM);
	}

	@Test
	void skilledWorkerWithSalaryNeedsNoBenefitsWhenTheClerkOverridesTheRecommendation() {
		ProcessInstance pi = start("SKILLED", facts("AE_WORK", true));
		assertThat(pi).isWaitingAt(TASK_CONFIRM_REGIME).variables().containsEntry(RECOMMENDED_REGIME, "SGB_II");
		complete(task(), withVariables(BENEFIT_REGIME, "NONE", BENEFIT_REGIME_NOTE, "Arbeitsvertrag, kein Bedarf."));
		assertThat(pi).isEnded().hasPassed(END_EVENT_NO_BENEFIT_CLAIM).hasNotPassed(TASK_RECEIVE_SGB2_APPLICATION);
	}

	@Test
	void familyMemberWhoCannotWorkReceivesSocialAssistance() {
		ProcessInstance pi = start("FAMILY", facts("AE_FAMILY", false));
		assertThat(pi).isWaitingAt(TASK_CONFIRM_REGIME).variables().containsEntry(RECOMMENDED_REGIME, "SGB_XII");
		complete(task(), withVariables(BENEFIT_REGIME, "SGB_XII"));
		assertThat(pi).isWaitingAt(TASK_DECIDE_SOCIAL_ASSISTANCE);
		complete(task(), withVariables(SOCIAL_ASSISTANCE_TYPE, "HLU", FIRST_BENEFIT_DATE, date("2026-04-01")));
		assertThat(pi).isEnded()
			.hasPassed(END_EVENT_SOCIAL_ASSISTANCE_DECIDED)
			.variables()
			.containsEntry(FIRST_BENEFIT_DATE, date("2026-04-01"));
	}

	private ProcessInstance startAsylblg(String today) {
		return startAsylblg(today, "ASYLBLG_3");
	}

	private ProcessInstance startAsylblg(String today, String confirmedRegime) {
		ClockUtil.setCurrentTime(date(today));
		ProcessInstance pi = start("ASYL_SEEKER", facts("GESTATTUNG", true));
		assertThat(pi).isWaitingAt(TASK_CONFIRM_REGIME).variables().containsEntry(RECOMMENDED_REGIME, "ASYLBLG_3");
		assertThat(task()).hasCandidateGroup("sozialamt");
		complete(task(), withVariables(BENEFIT_REGIME, confirmedRegime));
		assertThat(pi).isWaitingAt(TASK_CHECK_ASYLBLG_APPLICATION);
		complete(task(), withVariables(HOUSEHOLD_SIZE, 1, PAYMENT_CHANNEL, "CARD"));
		assertThat(pi).isWaitingAt(TASK_DECIDE_ASYLBLG);
		complete(task(), withVariables(FIRST_BENEFIT_DATE, date("2026-03-01"), MONTHLY_BENEFIT_AMOUNT, 441));
		assertThat(pi).isWaitingAt(TASK_PAY_FIRST_ASYLBLG_BENEFIT);
		completeExternalTask(TOPIC_PAY_BENEFIT);
		assertThat(pi).isWaitingAt(EVENT_BAMF_DECISION_RECEIVED);
		return pi;
	}

	private ProcessInstance start(String residenceStatus, Map<String, Object> facts) {
		ProcessInstance pi = runtimeService().startProcessInstanceByKey(KEY, CASE,
				withVariables(ChainVariables.RESIDENCE_STATUS, residenceStatus, ChainVariables.ARRIVAL_DATE,
						date("2026-03-02"), IntegrationChainProcess.INTEGRATION_MANAGER, "kim.weber"));
		assertThat(pi).isWaitingAt(TASK_RECORD_FACTS);
		complete(task(), facts);
		return pi;
	}

	private static VariableMap facts(String residenceDocType, boolean employable) {
		return Variables.putValue(RESIDENCE_DOC_TYPE, residenceDocType)
			.putValue(EMPLOYABLE, employable)
			.putValue(STAY_MONTHS, 1)
			.putValue(MONTHS_SINCE_ENTRY, 1)
			.putValue(HABITUAL_RESIDENCE_YEARS, 0)
			.putValue(ABUSIVE_PROLONGATION, false)
			.putValue(ANALOGUE_BENEFITS_ON20240226, false)
			.putValue(EXISTING_SGB2_AWARD, false);
	}

	private static void correlateBamfDecision(String decisionType, String decisionDate) {
		Date date = date(decisionDate);
		runtimeService().createMessageCorrelation(MESSAGE_BAMF_DECISION_RECEIVED)
			.processInstanceBusinessKey(CASE)
			.setVariable(DECISION_TYPE, decisionType)
			.setVariable(DECISION_DATE, date)
			.correlate();
	}

}
