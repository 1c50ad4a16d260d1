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
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/**
 * The chain deployed with its real stage processes: the call-activity contract holds end
 * to end, first with {@code language-course} and {@code naturalisation} as stubs, then
 * with all six real stages. Flow-node coverage is measured per process in the
 * {@code <Stage>ProcessTests}.
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
			.containsEntry(ChainVariables.RESIDENCE_STATUS, "EU")
			.containsEntry(LanguageCourseProcess.SGB2_RECIPIENT, false)
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

	@Test
	@Deployment(resources = { "processes/integration-chain.bpmn", "processes/arrival.bpmn",
			"processes/registration.bpmn", "processes/benefit-claim.bpmn", "processes/jobcentre-referral.bpmn",
			"processes/language-course.bpmn", "processes/naturalisation.bpmn", "processes/registration-deadline.dmn",
			"processes/benefit-regime.dmn", "processes/asylblg-end-and-sgb2-start.dmn", "processes/minor-routing.dmn",
			"processes/naturalisation-residence-date.dmn", "processes/integration-course-entitlement.dmn",
			"processes/integration-course-obligation.dmn", "processes/course-outcome.dmn",
			"processes/qualifying-residence-title.dmn", "processes/livelihood-requirement.dmn",
			"processes/language-and-knowledge-proof.dmn", "processes/criminal-record-relevance.dmn",
			"processes/naturalisation-fee.dmn" })
	void euWorkerRunsThroughAllRealStagesToTheCertificate() {
		ClockUtil.setCurrentTime(date("2026-03-02"));
		ProcessInstance pi = runtimeService().startProcessInstanceByKey(IntegrationChainProcess.KEY, CASE,
				withVariables(ChainVariables.CASE_REFERENCE, CASE, ChainVariables.RESIDENCE_STATUS, "EU",
						ChainVariables.DISTRICT, "Eppinghofen", ChainVariables.NATIONALITY, "POL",
						ChainVariables.BIRTH_DATE, date("1988-06-14"), ChainVariables.ARRIVAL_DATE,
						date("2026-03-01")));
		complete(task(pi),
				withVariables(IntegrationChainProcess.INTEGRATION_MANAGER, "kim.weber", ChainVariables.MOVE_IN_DATE,
						date("2026-03-02"), JobcentreReferralProcess.LABOUR_MARKET_REFERRAL,
						JobcentreReferralProcess.REFERRAL_NONE));
		ProcessInstance benefitClaim = calledProcessInstance(BenefitClaimProcess.KEY, pi);
		complete(task(benefitClaim),
				withVariables(BenefitClaimProcess.RESIDENCE_DOC_TYPE, "EU_FREEDOM", BenefitClaimProcess.EMPLOYABLE,
						true, BenefitClaimProcess.STAY_MONTHS, 0, BenefitClaimProcess.MONTHS_SINCE_ENTRY, 0,
						BenefitClaimProcess.HABITUAL_RESIDENCE_YEARS, 0, BenefitClaimProcess.EU_STATUS, "WORKER"));
		complete(task(benefitClaim), withVariables(BenefitClaimProcess.BENEFIT_REGIME, "NONE"));
		assertThat(benefitClaim).isEnded();
		completeExternalTask(RegistrationProcess.TOPIC_REGISTER);
		complete(task(calledProcessInstance(RegistrationProcess.KEY, pi)),
				withVariables(RegistrationProcess.REGISTRATION_DATE, date("2026-03-04")));

		ProcessInstance languageCourse = calledProcessInstance(LanguageCourseProcess.PROCESS_KEY, pi);
		assertThat(languageCourse).isWaitingAt(LanguageCourseProcess.TASK_CONFIRM_ENTITLEMENT)
			.variables()
			.containsEntry(ChainVariables.RESIDENCE_STATUS, "EU")
			.containsEntry(LanguageCourseProcess.TITLE_PARAGRAPH, null)
			.containsEntry(LanguageCourseProcess.FIRST_ISSUE, false)
			.containsEntry(LanguageCourseProcess.IN_SCHOOL, false)
			.containsEntry(LanguageCourseProcess.SGB2_RECIPIENT, false)
			.containsEntry(LanguageCourseProcess.ASYLBLG_RECIPIENT, false)
			.containsEntry(LanguageCourseProcess.JOBCENTER_REQUESTS_PARTICIPATION, false)
			.containsEntry(LanguageCourseProcess.RECOMMENDED_ENTITLEMENT, "ADMISSION_SUSPENDED_SELF_PAY")
			.doesNotContainKeys(ChainVariables.NATIONALITY, ChainVariables.BIRTH_DATE,
					RegistrationProcess.REGISTRATION_DATE);
		complete(task(languageCourse), withVariables(LanguageCourseProcess.ENTITLEMENT, "ADMISSION_SUSPENDED_SELF_PAY",
				LanguageCourseProcess.OBLIGED, false, LanguageCourseProcess.SELF_PAYER_REQUESTED, true));
		completeExternalTask(LanguageCourseProcess.TOPIC_REGISTER_PARTICIPANT,
				withVariables(LanguageCourseProcess.REGISTRATION_DATE, date("2026-03-10"),
						LanguageCourseProcess.COURSE_PROVIDER, "VHS Mülheim"));
		runtimeService().createMessageCorrelation(LanguageCourseProcess.MESSAGE_COURSE_STARTED)
			.processInstanceBusinessKey(CASE)
			.setVariable(LanguageCourseProcess.COURSE_START_DATE, date("2026-04-01"))
			.correlate();
		complete(task(languageCourse),
				withVariables(LanguageCourseProcess.COURSE_TYPE, "GENERAL", LanguageCourseProcess.COMPLETION_DATE,
						date("2026-04-01"), LanguageCourseProcess.DTZ_LEVEL, "B1", LanguageCourseProcess.LID_SCORE, 27,
						LanguageCourseProcess.PAID_CONTRIBUTION, true));
		assertThat(languageCourse).isEnded().hasPassed(LanguageCourseProcess.EVENT_COURSE_COMPLETED);
		assertThat(pi).isWaitingAt(IntegrationChainProcess.TIMER_RESIDENCE_PERIOD_FULFILLED)
			.variables()
			.containsEntry(LanguageCourseProcess.COURSE_CERTIFICATE, true)
			.containsEntry(LanguageCourseProcess.DTZ_LEVEL, "B1")
			.containsEntry(LanguageCourseProcess.LID_SCORE, 27);

		ClockUtil.setCurrentTime(date("2031-03-01"));
		execute(job());
		ProcessInstance naturalisation = calledProcessInstance(NaturalisationProcess.PROCESS_KEY, pi);
		assertThat(naturalisation).isWaitingAt(NaturalisationProcess.TASK_ADVISE_APPLICANT)
			.variables()
			.containsEntry(NaturalisationProcess.RESIDENCE_RIGHT_TYPE, "EU_CH_CITIZEN")
			.containsEntry(NaturalisationProcess.COUNTED_RESIDENCE_START, date("2026-03-01"))
			.containsEntry(ChainVariables.NATIONALITY, "POL")
			.containsEntry(IntegrationChainProcess.INTEGRATION_MANAGER, "kim.weber");
		complete(task(naturalisation), withVariables(NaturalisationProcess.ADVICE_DATE, date("2031-03-03")));
		complete(task(naturalisation), withVariables(NaturalisationProcess.APPLICATION_DATE, date("2031-03-10"),
				NaturalisationProcess.APPLICATION_PATH, "STANDARD", NaturalisationProcess.RECEIVES_SGB2_OR_SGB12, false,
				NaturalisationProcess.GUEST_WORKER, false, NaturalisationProcess.GUEST_WORKER_NOT_RESPONSIBLE, false,
				NaturalisationProcess.FULL_TIME_NOW, true, NaturalisationProcess.FULL_TIME_MONTHS_LAST_24, 24,
				NaturalisationProcess.SPOUSE_OF_FULL_TIME_WORKER_WITH_MINOR_CHILD, false,
				NaturalisationProcess.LANGUAGE_PROOF, "DTZ", NaturalisationProcess.WRITTEN_GERMAN_LEVEL, "B1",
				NaturalisationProcess.ORAL_GERMAN_LEVEL, "B1", NaturalisationProcess.KNOWLEDGE_PROOF,
				"LEBEN_IN_DEUTSCHLAND", NaturalisationProcess.KNOWLEDGE_TEST_SCORE, 27,
				NaturalisationProcess.ILLNESS_DISABILITY_OR_AGE_EXEMPTION, false,
				NaturalisationProcess.PENDING_INVESTIGATION, false, NaturalisationProcess.HATE_MOTIVE_ESTABLISHED,
				false, NaturalisationProcess.UNSUSPENDED_PRISON_SENTENCE, false,
				NaturalisationProcess.TOTAL_SENTENCE_DAYS, 0, NaturalisationProcess.CO_NATURALISED_WITH_PARENT, false,
				NaturalisationProcess.OWN_INCOME, true));
		complete(task(naturalisation), withVariables(NaturalisationProcess.APPLICATION_COMPLETE, true));
		assertThat(naturalisation).isWaitingAt(NaturalisationProcess.TASK_REVIEW_PRE_CHECK)
			.variables()
			.containsEntry(NaturalisationProcess.TITLE_ASSESSMENT, "QUALIFIES")
			.containsEntry(NaturalisationProcess.LIVELIHOOD_ASSESSMENT, "MET")
			.containsEntry(NaturalisationProcess.LANGUAGE_PROOF_FULFILLED, true)
			.containsEntry(NaturalisationProcess.KNOWLEDGE_PROOF_FULFILLED, true)
			.containsEntry(NaturalisationProcess.CRIMINAL_RECORD_ASSESSMENT, "DISREGARDED");
		complete(task(naturalisation), withVariables(NaturalisationProcess.PENDING_INVESTIGATION, false,
				NaturalisationProcess.PRE_CHECK_NOTE, "Voraussetzungen erfüllt."));
		completeExternalTask(NaturalisationProcess.TOPIC_REQUEST_CRIMINAL_RECORD_EXTRACT);
		completeExternalTask(NaturalisationProcess.TOPIC_SECURITY_QUERY);
		completeExternalTask(NaturalisationProcess.TOPIC_QUERY_CENTRAL_REGISTER);
		completeExternalTask(NaturalisationProcess.TOPIC_REQUEST_FOREIGNERS_FILE);
		complete(task(naturalisation),
				withVariables(NaturalisationProcess.NATURALISATION_OUTCOME, NaturalisationProcess.OUTCOME_GRANTED,
						NaturalisationProcess.DECISION_REASON, "Alle Voraussetzungen des § 10 StAG liegen vor."));
		complete(task(naturalisation), withVariables(NaturalisationProcess.FEE_PAID_DATE, date("2031-05-02")));
		complete(task(naturalisation), withVariables(NaturalisationProcess.SOLEMN_COMMITMENT_MADE, true,
				NaturalisationProcess.CERTIFICATE_HANDED_OVER_DATE, date("2031-05-20")));
		completeExternalTask(NaturalisationProcess.TOPIC_NOTIFY_RESIDENTS_REGISTRATION);
		completeExternalTask(NaturalisationProcess.TOPIC_NOTIFY_FOREIGNERS_AUTHORITY);

		assertThat(naturalisation).isEnded().hasPassed(NaturalisationProcess.EVENT_NATURALISATION_COMPLETED);
		assertThat(pi).isEnded()
			.hasPassed(IntegrationChainProcess.CALL_ACTIVITY_NATURALISATION,
					IntegrationChainProcess.END_EVENT_CHAIN_COMPLETED)
			.variables()
			.containsEntry(NaturalisationProcess.NATURALISATION_OUTCOME, NaturalisationProcess.OUTCOME_GRANTED)
			.containsEntry(NaturalisationProcess.CERTIFICATE_HANDED_OVER_DATE, date("2031-05-20"));
	}

}
