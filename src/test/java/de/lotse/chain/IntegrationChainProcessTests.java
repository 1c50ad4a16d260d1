package de.lotse.chain;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static de.lotse.chain.ChainTestSupport.date;
import static de.lotse.chain.IntegrationChainProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/**
 * The chain with stub sub-processes from {@code src/test/resources/stubs/}: each stub
 * waits in one user task, so a test decides what the stage hands back.
 */
@Deployment(resources = { "processes/integration-chain.bpmn", "processes/naturalisation-residence-date.dmn",
		"stubs/arrival.bpmn", "stubs/registration.bpmn", "stubs/benefit-claim.bpmn", "stubs/jobcentre-referral.bpmn",
		"stubs/language-course.bpmn", "stubs/naturalisation.bpmn" })
class IntegrationChainProcessTests {

	private static final String CASE = "LOT-2026-0005";

	@RegisterExtension
	static ProcessEngineCoverageExtension coverage = ProcessEngineCoverageExtension.builder()
		.assertClassCoverageAtLeast(0.9)
		.build();

	/** Spring tests in the same JVM start engines of their own; assert on this one. */
	@BeforeEach
	void useTheTestEngine(ProcessEngine processEngine) {
		BpmnAwareTests.init(processEngine);
	}

	@BeforeEach
	void fixClock() {
		ClockUtil.setCurrentTime(date("2026-03-02"));
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void recognisedRefugeeRunsThroughTheWholeChainToNaturalisation() {
		ProcessInstance pi = start("PROTECTED_GFK");
		completeStage(ArrivalProcess.KEY,
				Map.of(ArrivalProcess.ARRIVAL_OUTCOME, ArrivalProcess.OUTCOME_IN_MUNICIPALITY));
		attendIntakeAppointment(pi, JobcentreReferralProcess.REFERRAL_JOBCENTER);
		assertThat(pi).isWaitingAt(CALL_ACTIVITY_REGISTRATION, CALL_ACTIVITY_BENEFIT_CLAIM,
				CALL_ACTIVITY_JOBCENTRE_REFERRAL);
		assertThat(calledProcessInstance(RegistrationProcess.KEY, pi)).hasBusinessKey(CASE)
			.variables()
			.containsEntry(ChainVariables.MOVE_IN_DATE, date("2026-03-02"))
			.containsEntry(INTEGRATION_MANAGER, "kim.weber")
			.containsEntry(ChainVariables.RESIDENCE_STATUS, "PROTECTED_GFK");
		assertThat(calledProcessInstance(JobcentreReferralProcess.KEY, pi)).variables()
			.containsEntry(JobcentreReferralProcess.LABOUR_MARKET_REFERRAL,
					JobcentreReferralProcess.REFERRAL_JOBCENTER);
		completeStage(RegistrationProcess.KEY, Map.of(RegistrationProcess.REGISTRATION_DATE, date("2026-03-05")));
		assertThat(pi).isWaitingAt(CALL_ACTIVITY_LANGUAGE_COURSE, CALL_ACTIVITY_BENEFIT_CLAIM,
				CALL_ACTIVITY_JOBCENTRE_REFERRAL);
		assertThat(calledProcessInstance(LANGUAGE_COURSE_KEY, pi)).variables()
			.containsEntry(LanguageCourseProcess.TITLE_PARAGRAPH, "25_2")
			.containsEntry(LanguageCourseProcess.TITLE_VALIDITY_MONTHS, 36L)
			.containsEntry(LanguageCourseProcess.SGB2_RECIPIENT, true)
			.containsEntry(LanguageCourseProcess.ASYLBLG_RECIPIENT, false)
			.doesNotContainKey(RegistrationProcess.REGISTRATION_DATE);
		completeStage(BenefitClaimProcess.KEY, Map.of(BenefitClaimProcess.BENEFIT_REGIME, "SGB_II",
				BenefitClaimProcess.FIRST_BENEFIT_DATE, date("2026-03-01")));
		completeStage(JobcentreReferralProcess.KEY, Map.of(JobcentreReferralProcess.GERMAN_LEVEL, "A1"));
		completeStage(LANGUAGE_COURSE_KEY, Map.of());
		assertThat(pi).isWaitingAt(TIMER_RESIDENCE_PERIOD_FULFILLED)
			.variables()
			.containsEntry(BenefitClaimProcess.BENEFIT_REGIME, "SGB_II")
			.containsEntry(RESIDENCE_ROUTE, "STANDARD_5_YEARS")
			.containsEntry(EARLIEST_ELIGIBLE_DATE, date("2031-03-02"));
		assertThat(job()).hasDueDate(date("2031-03-02"));
		execute(job());
		assertThat(pi).isWaitingAt(CALL_ACTIVITY_NATURALISATION);
		assertThat(calledProcessInstance(NATURALISATION_KEY, pi)).hasBusinessKey(CASE)
			.variables()
			.containsEntry(EARLIEST_ELIGIBLE_DATE, date("2031-03-02"))
			.containsEntry(COUNTED_RESIDENCE_START, date("2026-03-02"))
			.containsEntry(NaturalisationProcess.TITLE_PARAGRAPH, "25_2")
			.containsEntry(NaturalisationProcess.RESIDENCE_RIGHT_TYPE, "RESIDENCE_PERMIT");
		completeStage(NATURALISATION_KEY, Map.of());
		assertThat(pi).isEnded().hasPassed(END_EVENT_CHAIN_COMPLETED);
	}

	@Test
	void asylumSeekerWithoutProtectionIsNotEligibleForNaturalisation() {
		ProcessInstance pi = runStages("ASYL_SEEKER",
				Map.of(BenefitClaimProcess.BENEFIT_REGIME, "ASYLBLG_3", BenefitClaimProcess.DECISION_TYPE, "REJECTED"));
		assertThat(pi).isEnded().hasPassed(END_EVENT_NOT_ELIGIBLE).hasNotPassed(CALL_ACTIVITY_NATURALISATION);
	}

	@Test
	void asylumSeekerRecognisedDuringAsylblgWaitsForTheResidencePeriod() {
		ProcessInstance pi = runStages("ASYL_SEEKER",
				Map.of(BenefitClaimProcess.BENEFIT_REGIME, "SGB_II", BenefitClaimProcess.DECISION_TYPE, "REFUGEE"));
		assertThat(pi).isWaitingAt(TIMER_RESIDENCE_PERIOD_FULFILLED);
	}

	@Test
	void unaccompaniedMinorDistributedToAnotherJugendamtLeavesTheChain() {
		ProcessInstance pi = start("UMA");
		assertThat(calledProcessInstance(ArrivalProcess.KEY, pi)).variables()
			.containsEntry(ChainVariables.RESIDENCE_STATUS, "UMA");
		completeStage(ArrivalProcess.KEY, Map.of(ArrivalProcess.ARRIVAL_OUTCOME, ArrivalProcess.OUTCOME_DISTRIBUTED));
		assertThat(pi).isEnded().hasPassed(END_EVENT_CASE_HANDED_OVER).hasNotPassed(TASK_INTAKE_APPOINTMENT);
	}

	@Test
	void unaccompaniedMinorStayingWithTheJugendamtGoesOnToTheIntake() {
		ProcessInstance pi = start("UMA");
		completeStage(ArrivalProcess.KEY,
				Map.of(ArrivalProcess.ARRIVAL_OUTCOME, ArrivalProcess.OUTCOME_IN_MUNICIPALITY));
		assertThat(pi).isWaitingAt(TASK_INTAKE_APPOINTMENT);
	}

	@ParameterizedTest
	@ValueSource(strings = { "PROTECTED_ASYL", "PROTECTED_SUB", "EU", "SKILLED", "FAMILY" })
	void statusWithQualifyingResidenceWaitsFiveYearsForNaturalisation(String residenceStatus) {
		ProcessInstance pi = runStages(residenceStatus, Map.of());
		assertThat(pi).isWaitingAt(TIMER_RESIDENCE_PERIOD_FULFILLED)
			.variables()
			.containsEntry(EARLIEST_ELIGIBLE_DATE, date("2031-03-02"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "UKR_24", "TOLERATED", "NAT_BAN", "HUM_OTHER" })
	void statusExcludedFromNaturalisationEndsTheChain(String residenceStatus) {
		ProcessInstance pi = runStages(residenceStatus, Map.of());
		assertThat(pi).isEnded().hasPassed(END_EVENT_NOT_ELIGIBLE);
	}

	private ProcessInstance runStages(String residenceStatus, Map<String, Object> benefitClaimResult) {
		ProcessInstance pi = start(residenceStatus);
		completeStage(ArrivalProcess.KEY,
				Map.of(ArrivalProcess.ARRIVAL_OUTCOME, ArrivalProcess.OUTCOME_IN_MUNICIPALITY));
		attendIntakeAppointment(pi, JobcentreReferralProcess.REFERRAL_NONE);
		completeStage(RegistrationProcess.KEY, Map.of(RegistrationProcess.REGISTRATION_DATE, date("2026-03-05")));
		completeStage(BenefitClaimProcess.KEY, benefitClaimResult);
		completeStage(JobcentreReferralProcess.KEY, Map.of());
		completeStage(LANGUAGE_COURSE_KEY, Map.of());
		return pi;
	}

	private void attendIntakeAppointment(ProcessInstance pi, String labourMarketReferral) {
		assertThat(pi).isWaitingAt(TASK_INTAKE_APPOINTMENT);
		assertThat(task()).hasCandidateGroup("integrationsmanagement");
		complete(task(), withVariables(INTEGRATION_MANAGER, "kim.weber", ChainVariables.MOVE_IN_DATE,
				date("2026-03-02"), JobcentreReferralProcess.LABOUR_MARKET_REFERRAL, labourMarketReferral));
	}

	private static ProcessInstance start(String residenceStatus) {
		return runtimeService().startProcessInstanceByKey(KEY, CASE,
				withVariables(ChainVariables.CASE_REFERENCE, CASE, ChainVariables.RESIDENCE_STATUS, residenceStatus,
						ChainVariables.DISTRICT, "Styrum", ChainVariables.NATIONALITY, "SYR", ChainVariables.BIRTH_DATE,
						date("1995-06-15"), ChainVariables.ARRIVAL_DATE, date("2026-03-02")));
	}

	/** Completes the one user task of a stub stage, handing back the given variables. */
	private static void completeStage(String processKey, Map<String, Object> result) {
		Task stub = taskService().createTaskQuery().processDefinitionKey(processKey).singleResult();
		org.assertj.core.api.Assertions.assertThat(stub).as("open stub task of %s", processKey).isNotNull();
		taskService().complete(stub.getId(), result);
	}

}
