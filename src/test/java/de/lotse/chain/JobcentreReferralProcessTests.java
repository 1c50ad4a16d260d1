package de.lotse.chain;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static de.lotse.chain.ChainTestSupport.date;
import static de.lotse.chain.JobcentreReferralProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

@Deployment(resources = "processes/jobcentre-referral.bpmn")
class JobcentreReferralProcessTests {

	@RegisterExtension
	static ProcessEngineCoverageExtension coverage = ProcessEngineCoverageExtension.builder()
		.assertClassCoverageAtLeast(0.9)
		.build();

	/** Spring tests in the same JVM start engines of their own; assert on this one. */
	@BeforeEach
	void useTheTestEngine(ProcessEngine processEngine) {
		BpmnAwareTests.init(processEngine);
	}

	@Test
	void recognisedRefugeeInSgbIiGetsPotentialAnalysisAndCooperationPlan() {
		ProcessInstance pi = start("PROTECTED_GFK", REFERRAL_JOBCENTER);
		assertThat(pi).isWaitingAt(TASK_CONDUCT_POTENTIAL_ANALYSIS);
		assertThat(task()).hasCandidateGroup("jobcenter");
		complete(task(), withVariables(GERMAN_LEVEL, "A1", TARGET_OCCUPATION, "Elektroniker",
				QUALIFICATION_RECOGNITION_NEEDED, true));
		assertThat(pi).isWaitingAt(TASK_AGREE_COOPERATION_PLAN);
		complete(task(), withVariables(COOPERATION_PLAN_DATE, date("2026-04-15"), INTEGRATION_GOAL,
				"Integrationskurs, danach Anerkennung als Elektroniker.", INTEGRATION_COURSE_REQUIRED, "OBLIGED"));
		assertThat(pi).isWaitingAt(TIMER_COOPERATION_PLAN_REVIEW);
		execute(job());
		assertThat(pi).isWaitingAt(TASK_REVIEW_COOPERATION_PLAN);
		assertThat(task()).as("six months after the plan, § 15 Abs. 3 SGB II").hasDueDate(date("2026-10-15"));
		complete(task(), withVariables(COOPERATION_PLAN_REVIEW_DATE, date("2026-10-15"), COOPERATION_PLAN_REVIEW_NOTE,
				"Kurs begonnen, Ziel unverändert."));
		assertThat(pi).isEnded()
			.hasPassed(END_EVENT_PLAN_REVIEWED)
			.variables()
			.containsEntry(GERMAN_LEVEL, "A1")
			.containsEntry(INTEGRATION_COURSE_REQUIRED, "OBLIGED");
	}

	@Test
	void asylumSeekerInAsylblgIsNotReferredToTheJobcentre() {
		ProcessInstance pi = start("ASYL_SEEKER", REFERRAL_NONE);
		assertThat(pi).isEnded().hasPassed(END_EVENT_NOT_APPLICABLE).hasNotPassed(TASK_CONDUCT_POTENTIAL_ANALYSIS);
	}

	@Test
	void skilledWorkerWithoutBenefitsSkipsTheJobcentre() {
		ProcessInstance pi = start("SKILLED", REFERRAL_NONE);
		assertThat(pi).isEnded().hasPassed(END_EVENT_NOT_APPLICABLE);
	}

	private static ProcessInstance start(String residenceStatus, String referral) {
		return runtimeService().startProcessInstanceByKey(KEY, "LOT-2026-0003",
				withVariables(ChainVariables.RESIDENCE_STATUS, residenceStatus, LABOUR_MARKET_REFERRAL, referral));
	}

}
