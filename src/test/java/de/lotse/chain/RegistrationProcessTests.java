package de.lotse.chain;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static de.lotse.chain.ChainTestSupport.completeExternalTask;
import static de.lotse.chain.ChainTestSupport.date;
import static de.lotse.chain.ChainTestSupport.rejectExternalTask;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

@Deployment(resources = { "processes/registration.bpmn", "processes/registration-deadline.dmn" })
class RegistrationProcessTests {

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
	void protectedRefugeeIsRegisteredAndTheAuslaenderbehoerdeIsNotified() {
		ProcessInstance pi = start("PROTECTED_GFK");
		assertThat(pi).isWaitingAt(RegistrationProcess.TASK_REGISTER_RESIDENCE)
			.variables()
			.containsEntry(RegistrationProcess.REGISTRATION_DUE_DATE, date("2026-03-16"));
		completeExternalTask(RegistrationProcess.TOPIC_REGISTER);
		assertThat(pi).isWaitingAt(RegistrationProcess.TASK_CONFIRM_REGISTRATION);
		assertThat(task()).hasCandidateGroup("meldebehoerde").hasDueDate(date("2026-03-16"));
		complete(task(), withVariables(RegistrationProcess.REGISTRATION_DATE, date("2026-03-05")));
		assertThat(pi).isWaitingAt(RegistrationProcess.TASK_NOTIFY_AUSLAENDERBEHOERDE);
		completeExternalTask(RegistrationProcess.TOPIC_NOTIFY_REGISTRATION);
		assertThat(pi).isEnded()
			.hasPassed(RegistrationProcess.END_EVENT_COMPLETED)
			.variables()
			.containsEntry(RegistrationProcess.REGISTRATION_DATE, date("2026-03-05"));
	}

	@Test
	void euCitizenIsRegisteredWithoutNotifyingTheAuslaenderbehoerde() {
		ProcessInstance pi = start("EU");
		completeExternalTask(RegistrationProcess.TOPIC_REGISTER);
		assertThat(pi).isWaitingAt(RegistrationProcess.TASK_CONFIRM_REGISTRATION);
		complete(task(), withVariables(RegistrationProcess.REGISTRATION_DATE, date("2026-03-04")));
		assertThat(pi).isEnded()
			.hasPassed(RegistrationProcess.END_EVENT_COMPLETED)
			.hasNotPassed(RegistrationProcess.TASK_NOTIFY_AUSLAENDERBEHOERDE);
	}

	@Test
	void refusedRegistrationIsSubmittedAgainOnceTheAddressDoubtIsResolved() {
		ProcessInstance pi = start("SKILLED");
		rejectExternalTask(RegistrationProcess.TOPIC_REGISTER, RegistrationProcess.ERROR_REGISTRATION_REFUSED,
				"Zweifel an der Wohnanschrift");
		assertThat(pi).isWaitingAt(RegistrationProcess.TASK_CLARIFY_ADDRESS_DOUBT);
		assertThat(task()).hasCandidateGroup("meldebehoerde");
		complete(task(), withVariables(RegistrationProcess.ADDRESS_DOUBT_OUTCOME, "RESOLVED",
				RegistrationProcess.ADDRESS_DOUBT_NOTE, "Wohnungsgeberbestätigung liegt vor."));
		assertThat(pi).isWaitingAt(RegistrationProcess.TASK_REGISTER_RESIDENCE);
		completeExternalTask(RegistrationProcess.TOPIC_REGISTER);
		complete(task(), withVariables(RegistrationProcess.REGISTRATION_DATE, date("2026-03-10")));
		completeExternalTask(RegistrationProcess.TOPIC_NOTIFY_REGISTRATION);
		assertThat(pi).isEnded()
			.hasPassed(RegistrationProcess.EVENT_REGISTRATION_REFUSED, RegistrationProcess.END_EVENT_COMPLETED);
	}

	@Test
	void shamAddressEndsWithoutRegistrationDate() {
		ProcessInstance pi = start("FAMILY");
		rejectExternalTask(RegistrationProcess.TOPIC_REGISTER, RegistrationProcess.ERROR_REGISTRATION_REFUSED,
				"Zweifel an der Wohnanschrift");
		assertThat(pi).isWaitingAt(RegistrationProcess.TASK_CLARIFY_ADDRESS_DOUBT);
		complete(task(), withVariables(RegistrationProcess.ADDRESS_DOUBT_OUTCOME, "SHAM_ADDRESS",
				RegistrationProcess.ADDRESS_DOUBT_NOTE, "Ortstermin: Wohnung nicht bewohnt."));
		assertThat(pi).isEnded()
			.hasPassed(RegistrationProcess.END_EVENT_REFUSED, RegistrationProcess.END_EVENT_NOT_POSSIBLE)
			.hasNotPassed(RegistrationProcess.TASK_NOTIFY_AUSLAENDERBEHOERDE);
		assertThat(pi).variables().doesNotContainKey(RegistrationProcess.REGISTRATION_DATE);
	}

	@Test
	void missedDeadlineEscalatesToTheIntegrationManagerWhileTheRegistrationGoesOn() {
		ProcessInstance pi = start("UKR_24");
		assertThat(pi).isWaitingAt(RegistrationProcess.TASK_REGISTER_RESIDENCE);
		assertThat(job(RegistrationProcess.TIMER_REGISTRATION_DEADLINE)).hasDueDate(date("2026-03-16"));
		ClockUtil.setCurrentTime(date("2026-03-17"));
		execute(job(RegistrationProcess.TIMER_REGISTRATION_DEADLINE));
		assertThat(pi).isWaitingAt(RegistrationProcess.TASK_REGISTER_RESIDENCE,
				RegistrationProcess.TASK_ESCALATE_DEADLINE);
		assertThat(task(RegistrationProcess.TASK_ESCALATE_DEADLINE)).isAssignedTo("kim.weber");
		complete(task(RegistrationProcess.TASK_ESCALATE_DEADLINE),
				withVariables(RegistrationProcess.ESCALATION_NOTE, "Termin im Bürgeramt am 20.03. vereinbart."));
		completeExternalTask(RegistrationProcess.TOPIC_REGISTER);
		complete(task(RegistrationProcess.TASK_CONFIRM_REGISTRATION),
				withVariables(RegistrationProcess.REGISTRATION_DATE, date("2026-03-20")));
		completeExternalTask(RegistrationProcess.TOPIC_NOTIFY_REGISTRATION);
		assertThat(pi).isEnded()
			.hasPassed(RegistrationProcess.TASK_ESCALATE_DEADLINE, RegistrationProcess.END_EVENT_COMPLETED);
	}

	private ProcessInstance start(String residenceStatus) {
		return runtimeService().startProcessInstanceByKey(RegistrationProcess.KEY, "LOT-2026-0001",
				withVariables(ChainVariables.RESIDENCE_STATUS, residenceStatus, ChainVariables.MOVE_IN_DATE,
						date("2026-03-02"), IntegrationChainProcess.INTEGRATION_MANAGER, "kim.weber"));
	}

}
