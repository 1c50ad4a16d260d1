package de.lotse.chain;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static de.lotse.chain.ChainTestSupport.completeExternalTask;
import static de.lotse.chain.ChainTestSupport.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/**
 * The chain deployed with its real stage processes (only {@code language-course} and
 * {@code naturalisation} as stubs): the call-activity contract holds end to end.
 * Flow-node coverage is measured per process in the {@code <Stage>ProcessTests}.
 */
@Deployment(resources = { "processes/integration-chain.bpmn", "processes/arrival.bpmn", "processes/registration.bpmn",
		"processes/benefit-claim.bpmn", "processes/jobcentre-referral.bpmn", "processes/registration-deadline.dmn",
		"processes/benefit-regime.dmn", "processes/asylblg-end-and-sgb2-start.dmn", "processes/minor-routing.dmn",
		"processes/naturalisation-residence-date.dmn", "stubs/language-course.bpmn", "stubs/naturalisation.bpmn" })
class IntegrationChainContractTests {

	private static final String CASE = "LOT-2026-0006";

	/**
	 * Runs the engine; the coverage threshold is asserted per process in its own tests.
	 */
	@RegisterExtension
	static ProcessEngineCoverageExtension coverage = ProcessEngineCoverageExtension.builder().build();

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
	void everyCallActivityOfTheChainCallsADeployedProcess() {
		String definitionId = repositoryService().createProcessDefinitionQuery()
			.processDefinitionKey(IntegrationChainProcess.KEY)
			.singleResult()
			.getId();
		BpmnModelInstance chain = repositoryService().getBpmnModelInstance(definitionId);
		assertThat(chain.getModelElementsByType(CallActivity.class)).hasSize(6).allSatisfy((call) -> {
			assertThat(repositoryService().createProcessDefinitionQuery()
				.processDefinitionKey(call.getCalledElement())
				.count()).as("deployed %s", call.getCalledElement()).isEqualTo(1);
		});
	}

	@Test
	void euJobSeekerRunsThroughTheRealStagesUntilTheResidencePeriod() {
		ClockUtil.setCurrentTime(date("2026-03-02"));
		ProcessInstance pi = runtimeService().startProcessInstanceByKey(IntegrationChainProcess.KEY, CASE,
				withVariables(ChainVariables.CASE_REFERENCE, CASE, ChainVariables.RESIDENCE_STATUS, "EU",
						ChainVariables.DISTRICT, "Eppinghofen", ChainVariables.NATIONALITY, "ROU",
						ChainVariables.BIRTH_DATE, date("1990-01-20"), ChainVariables.ARRIVAL_DATE,
						date("2026-03-01")));
		assertThat(pi).isWaitingAt(IntegrationChainProcess.TASK_INTAKE_APPOINTMENT);
		complete(task(),
				withVariables(IntegrationChainProcess.INTEGRATION_MANAGER, "kim.weber", ChainVariables.MOVE_IN_DATE,
						date("2026-03-02"), JobcentreReferralProcess.LABOUR_MARKET_REFERRAL,
						JobcentreReferralProcess.REFERRAL_NONE));
		assertThat(pi)
			.isWaitingAt(IntegrationChainProcess.CALL_ACTIVITY_REGISTRATION,
					IntegrationChainProcess.CALL_ACTIVITY_BENEFIT_CLAIM)
			.hasPassed(IntegrationChainProcess.CALL_ACTIVITY_JOBCENTRE_REFERRAL);

		ProcessInstance registration = calledProcessInstance(RegistrationProcess.KEY, pi);
		assertThat(registration).hasBusinessKey(CASE)
			.variables()
			.containsEntry(RegistrationProcess.REGISTRATION_DUE_DATE, date("2026-03-16"));
		completeExternalTask(RegistrationProcess.TOPIC_REGISTER);
		assertThat(registration).isWaitingAt(RegistrationProcess.TASK_CONFIRM_REGISTRATION);
		complete(task(), withVariables(RegistrationProcess.REGISTRATION_DATE, date("2026-03-04")));
		assertThat(registration).isEnded().hasNotPassed(RegistrationProcess.TASK_NOTIFY_AUSLAENDERBEHOERDE);

		ProcessInstance benefitClaim = calledProcessInstance(BenefitClaimProcess.KEY, pi);
		assertThat(benefitClaim).hasBusinessKey(CASE).isWaitingAt(BenefitClaimProcess.TASK_RECORD_FACTS);
		complete(task(),
				withVariables(BenefitClaimProcess.RESIDENCE_DOC_TYPE, "EU_FREEDOM", BenefitClaimProcess.EMPLOYABLE,
						true, BenefitClaimProcess.STAY_MONTHS, 0, BenefitClaimProcess.MONTHS_SINCE_ENTRY, 0,
						BenefitClaimProcess.HABITUAL_RESIDENCE_YEARS, 0, BenefitClaimProcess.EU_STATUS,
						"JOBSEEKER_ONLY"));
		assertThat(benefitClaim).isWaitingAt(BenefitClaimProcess.TASK_CONFIRM_REGIME)
			.variables()
			.containsEntry(BenefitClaimProcess.RECOMMENDED_REGIME, "EXCLUDED");
		complete(task(), withVariables(BenefitClaimProcess.BENEFIT_REGIME, "EXCLUDED"));
		assertThat(benefitClaim).isEnded();

		ProcessInstance languageCourse = calledProcessInstance(IntegrationChainProcess.LANGUAGE_COURSE_KEY, pi);
		assertThat(languageCourse).variables()
			.containsEntry(RegistrationProcess.REGISTRATION_DATE, date("2026-03-04"))
			.containsEntry(IntegrationChainProcess.INTEGRATION_MANAGER, "kim.weber");
		assertThat(languageCourse).isWaitingAt(ChainTestSupport.STUB_TASK);
		complete(task());

		assertThat(pi).isWaitingAt(IntegrationChainProcess.TIMER_RESIDENCE_PERIOD_FULFILLED)
			.variables()
			.containsEntry(RegistrationProcess.REGISTRATION_DATE, date("2026-03-04"))
			.containsEntry(BenefitClaimProcess.BENEFIT_REGIME, "EXCLUDED")
			.containsEntry(ArrivalProcess.ARRIVAL_OUTCOME, ArrivalProcess.OUTCOME_IN_MUNICIPALITY)
			.containsEntry(IntegrationChainProcess.EARLIEST_ELIGIBLE_DATE, date("2031-03-01"));
	}

}
