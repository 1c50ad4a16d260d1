package de.lotse.chain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static de.lotse.chain.LanguageCourseProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.externalTaskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

@Deployment(resources = { "processes/language-course.bpmn", "processes/integration-course-entitlement.dmn",
		"processes/integration-course-obligation.dmn", "processes/course-outcome.dmn",
		"forms/language-course-confirm-entitlement.form", "forms/language-course-find-other-provider.form",
		"forms/language-course-escalate-entitlement-expiry.form", "forms/language-course-escalate-course-start.form",
		"forms/language-course-record-course-results.form" })
class LanguageCourseProcessTests {

	@RegisterExtension
	static ProcessEngineCoverageExtension coverage = ProcessEngineCoverageExtension.builder()
		.assertClassCoverageAtLeast(0.9)
		.build();

	private static final String CASE = "LOT-2026-000471";

	private static final String WORKER = "test-worker";

	private static final String INTEGRATION_MANAGER_ID = "kim-yilmaz";

	/** Spring tests in the same JVM start engines of their own; assert on this one. */
	@BeforeEach
	void useTheTestEngine(ProcessEngine processEngine) {
		BpmnAwareTests.init(processEngine);
	}

	@BeforeEach
	void fixClock() {
		ClockUtil.setCurrentTime(date("2026-03-20"));
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void entitledRefugeeIsConfirmedByTheForeignersAuthorityAndObtainsTheCertificate() {
		ProcessInstance pi = start(recognisedRefugee());

		assertThat(pi).isWaitingAt(TASK_CONFIRM_ENTITLEMENT)
			.hasPassed(TASK_DETERMINE_ENTITLEMENT, TASK_DETERMINE_OBLIGATION)
			.variables()
			.containsEntry(RECOMMENDED_ENTITLEMENT, "ENTITLED")
			.containsEntry(ENTITLEMENT_EXPIRY_DATE, date("2027-01-15"))
			.containsEntry(RECOMMENDED_OBLIGATION, true)
			.containsEntry(OBLIGING_AUTHORITY, "ABH_NR1A");
		assertThat(task(TASK_CONFIRM_ENTITLEMENT, pi)).hasCandidateGroup("auslaenderbehoerde")
			.as("due before the entitlement lapses, § 44 Abs. 2 AufenthG")
			.hasDueDate(date("2027-01-15"));

		confirmEntitlement(pi);
		assertThat(pi).isWaitingAt(TASK_REGISTER_WITH_PROVIDER)
			.variables()
			.containsEntry(REGISTRATION_DUE_DATE, date("2027-01-15"));
		registerWithProvider();
		startCourse();
		recordResults(pi, "B1", 25);

		assertThat(pi).isEnded()
			.hasPassed(EVENT_COURSE_COMPLETED)
			.variables()
			.containsEntry(COURSE_CERTIFICATE, true)
			.containsEntry(DTZ_LEVEL, "B1")
			.containsEntry(LID_SCORE, 25);
		assertThat(timesPassed(pi, TASK_RECORD_COURSE_RESULTS)).isOne();
	}

	@Test
	void sgb2RecipientIsConfirmedAndObligedByTheJobcentre() {
		Map<String, Object> variables = recognisedRefugee();
		variables.put(GERMAN_LEVEL, "A2");
		variables.put(SGB2_RECIPIENT, true);
		variables.put(JOBCENTER_REQUESTS_PARTICIPATION, true);
		ProcessInstance pi = start(variables);

		assertThat(pi).isWaitingAt(TASK_CONFIRM_ENTITLEMENT)
			.variables()
			.containsEntry(RECOMMENDED_ENTITLEMENT, "ENTITLED")
			.containsEntry(OBLIGING_AUTHORITY, "JC_NR2");
		assertThat(task(TASK_CONFIRM_ENTITLEMENT, pi)).hasCandidateGroup("jobcenter");
		confirmEntitlement(pi);
		assertThat(pi).isWaitingAt(TASK_REGISTER_WITH_PROVIDER);
	}

	@ParameterizedTest
	@ValueSource(strings = { "ASYL_SEEKER", "TOLERATED", "UKR_24", "EU" })
	void suspendedAdmissionLeavesOnlyTheSelfPayerPath(String residenceStatus) {
		ProcessInstance pi = start(withoutEntitlement(residenceStatus));

		assertThat(pi).isWaitingAt(TASK_CONFIRM_ENTITLEMENT)
			.variables()
			.containsEntry(RECOMMENDED_ENTITLEMENT, "ADMISSION_SUSPENDED_SELF_PAY")
			.containsEntry(ENTITLEMENT_EXPIRY_DATE, null);
		assertThat(task(TASK_CONFIRM_ENTITLEMENT, pi).getDueDate()).as("no entitlement, no legal deadline").isNull();
		complete(task(TASK_CONFIRM_ENTITLEMENT, pi),
				withVariables(ENTITLEMENT, "ADMISSION_SUSPENDED_SELF_PAY", OBLIGED, false, SELF_PAYER_REQUESTED, true));

		assertThat(pi).isWaitingAt(TASK_REGISTER_WITH_PROVIDER)
			.variables()
			.containsEntry(REGISTRATION_DUE_DATE, date("2027-03-20"));
	}

	@Test
	void suspendedAdmissionWithoutSelfPayerWishEndsWithoutCourse() {
		ProcessInstance pi = start(withoutEntitlement("ASYL_SEEKER"));
		complete(task(TASK_CONFIRM_ENTITLEMENT, pi), withVariables(ENTITLEMENT, "ADMISSION_SUSPENDED_SELF_PAY", OBLIGED,
				false, SELF_PAYER_REQUESTED, false));

		assertThat(pi).isEnded()
			.hasPassed(EVENT_NO_COURSE)
			.hasNotPassed(TASK_REGISTER_WITH_PROVIDER)
			.variables()
			.containsEntry(COURSE_CERTIFICATE, false);
	}

	@Test
	void unaccompaniedMinorInSchoolHasNoEntitlement() {
		Map<String, Object> variables = withoutEntitlement("UMA");
		variables.put(IN_SCHOOL, true);
		ProcessInstance pi = start(variables);

		assertThat(pi).variables()
			.containsEntry(RECOMMENDED_ENTITLEMENT, "NONE")
			.containsEntry(RECOMMENDED_OBLIGATION, false);
		complete(task(TASK_CONFIRM_ENTITLEMENT, pi), withVariables(ENTITLEMENT, "NONE", OBLIGED, false));

		assertThat(pi).isEnded().hasPassed(EVENT_NO_COURSE).variables().containsEntry(COURSE_CERTIFICATE, false);
	}

	@Test
	void registrationTheProviderConfirmsDirectlyReplacesTheAuthorityRegistration() {
		ProcessInstance pi = start(recognisedRefugee());
		confirmEntitlement(pi);

		runtimeService().createMessageCorrelation(MESSAGE_COURSE_REGISTRATION_CONFIRMED)
			.processInstanceBusinessKey(CASE)
			.setVariable(REGISTRATION_DATE, date("2026-03-24"))
			.setVariable(COURSE_PROVIDER, "VHS Musterstadt")
			.correlate();

		assertThat(pi).hasPassed(EVENT_REGISTERED_DIRECTLY).isWaitingAt(TASK_AWAIT_COURSE_START);
		assertThat(externalTaskService().createExternalTaskQuery().count()).isZero();
	}

	@Test
	void refusedRegistrationIsReferredToAnotherProvider() {
		ProcessInstance pi = start(recognisedRefugee());
		confirmEntitlement(pi);

		externalTaskService().handleBpmnError(lock().getId(), WORKER, ERROR_REGISTRATION_REFUSED, "Kurs ausgebucht");
		assertThat(pi).isWaitingAt(TASK_FIND_OTHER_PROVIDER)
			.variables()
			.containsEntry(REGISTRATION_REFUSAL_MESSAGE, "Kurs ausgebucht");
		assertThat(task(TASK_FIND_OTHER_PROVIDER, pi)).hasCandidateGroup("auslaenderbehoerde")
			.hasDueDate(date("2027-01-15"));

		complete(task(TASK_FIND_OTHER_PROVIDER, pi), withVariables(COURSE_PROVIDER, "Sprachschule am Markt"));
		assertThat(pi).isWaitingAt(TASK_REGISTER_WITH_PROVIDER);
		registerWithProvider();
		assertThat(pi).isWaitingAt(TASK_AWAIT_COURSE_START);
	}

	@Test
	void lapsingEntitlementWithoutRegistrationEscalatesToTheIntegrationManager() {
		ProcessInstance pi = start(recognisedRefugee());
		confirmEntitlement(pi);

		ClockUtil.setCurrentTime(date("2027-01-16"));
		execute(job());

		assertThat(pi).isWaitingAt(TASK_REGISTER_WITH_PROVIDER, TASK_ESCALATE_ENTITLEMENT_EXPIRY);
		assertEscalatedToIntegrationManager(TASK_ESCALATE_ENTITLEMENT_EXPIRY);
		assertThat(task(TASK_ESCALATE_ENTITLEMENT_EXPIRY, pi)).hasDueDate(date("2027-01-15"));
		complete(task(TASK_ESCALATE_ENTITLEMENT_EXPIRY, pi),
				withVariables(ESCALATION_NOTE, "Anmeldung war wegen Krankheit nicht möglich"));
		assertThat(pi).hasPassed(EVENT_ENTITLEMENT_EXPIRY_ESCALATED).isWaitingAt(TASK_REGISTER_WITH_PROVIDER);
	}

	@Test
	void courseNotStartedWithinSixWeeksEscalatesToTheIntegrationManager() {
		ProcessInstance pi = start(recognisedRefugee());
		confirmEntitlement(pi);
		registerWithProvider();
		assertThat(job()).hasDueDate(date("2026-05-01"));

		ClockUtil.setCurrentTime(date("2026-05-02"));
		execute(job());

		assertThat(pi).isWaitingAt(TASK_AWAIT_COURSE_START, TASK_ESCALATE_COURSE_START);
		assertEscalatedToIntegrationManager(TASK_ESCALATE_COURSE_START);
		assertThat(task(TASK_ESCALATE_COURSE_START, pi)).as("six weeks after the registration, § 7 Abs. 3 IntV")
			.hasDueDate(date("2026-05-01"));
		complete(task(TASK_ESCALATE_COURSE_START, pi), withVariables(ESCALATION_NOTE, "Kursträger nennt neuen Termin"));
		assertThat(pi).hasPassed(EVENT_COURSE_START_ESCALATED).isWaitingAt(TASK_AWAIT_COURSE_START);
	}

	@Test
	void missedB1LeadsToExactlyOneRepetitionOf300TeachingUnits() {
		ProcessInstance pi = start(recognisedRefugee());
		confirmEntitlement(pi);
		registerWithProvider();
		startCourse();

		recordResults(pi, "A2", 16);
		assertThat(pi).isWaitingAt(TASK_RECORD_COURSE_RESULTS)
			.variables()
			.containsEntry(REPETITION_USED, true)
			.containsEntry(COURSE_CERTIFICATE, false);

		recordResults(pi, "A2", 18);
		assertThat(pi).isEnded()
			.hasPassed(EVENT_COURSE_COMPLETED)
			.variables()
			.containsEntry(COURSE_CERTIFICATE, false)
			.containsEntry(DTZ_LEVEL, "A2")
			.containsEntry(LID_SCORE, 18);
		assertThat(timesPassed(pi, TASK_RECORD_COURSE_RESULTS)).isEqualTo(2);
	}

	private static Map<String, Object> recognisedRefugee() {
		Map<String, Object> variables = new HashMap<>();
		variables.put(ChainVariables.CASE_REFERENCE, CASE);
		variables.put(ChainVariables.RESIDENCE_STATUS, "PROTECTED_GFK");
		variables.put(ChainVariables.BIRTH_DATE, date("1994-07-12"));
		variables.put(TITLE_PARAGRAPH, "25_2");
		variables.put(TITLE_ISSUE_DATE, date("2026-01-15"));
		variables.put(FIRST_ISSUE, true);
		variables.put(TITLE_VALIDITY_MONTHS, 36);
		variables.put(GERMAN_LEVEL, "NONE");
		variables.put(IN_SCHOOL, false);
		variables.put(SGB2_RECIPIENT, false);
		variables.put(ASYLBLG_RECIPIENT, false);
		variables.put(INTEGRATION_MANAGER, INTEGRATION_MANAGER_ID);
		return variables;
	}

	private static Map<String, Object> withoutEntitlement(String residenceStatus) {
		Map<String, Object> variables = recognisedRefugee();
		variables.put(ChainVariables.RESIDENCE_STATUS, residenceStatus);
		variables.put(TITLE_PARAGRAPH, null);
		variables.put(TITLE_ISSUE_DATE, null);
		variables.put(FIRST_ISSUE, false);
		variables.put(TITLE_VALIDITY_MONTHS, null);
		return variables;
	}

	private static ProcessInstance start(Map<String, Object> variables) {
		return runtimeService().startProcessInstanceByKey(PROCESS_KEY, CASE, variables);
	}

	private static void confirmEntitlement(ProcessInstance pi) {
		complete(task(TASK_CONFIRM_ENTITLEMENT, pi),
				withVariables(ENTITLEMENT, "ENTITLED", OBLIGED, true, ENTITLEMENT_ISSUE_DATE, date("2026-03-20")));
	}

	private static void registerWithProvider() {
		externalTaskService().complete(lock().getId(), WORKER,
				Map.of(REGISTRATION_DATE, date("2026-03-20"), COURSE_PROVIDER, "VHS Musterstadt"));
	}

	private static void startCourse() {
		runtimeService().createMessageCorrelation(MESSAGE_COURSE_STARTED)
			.processInstanceBusinessKey(CASE)
			.setVariable(COURSE_START_DATE, date("2026-04-13"))
			.correlate();
	}

	private static void recordResults(ProcessInstance pi, String dtzLevel, int lidScore) {
		complete(task(TASK_RECORD_COURSE_RESULTS, pi), withVariables(COURSE_TYPE, "GENERAL", COMPLETION_DATE,
				date("2026-11-30"), DTZ_LEVEL, dtzLevel, LID_SCORE, lidScore, PAID_CONTRIBUTION, false));
	}

	private static long timesPassed(ProcessInstance pi, String activityId) {
		return historyService().createHistoricActivityInstanceQuery()
			.processInstanceId(pi.getId())
			.activityId(activityId)
			.count();
	}

	private static void assertEscalatedToIntegrationManager(String taskKey) {
		assertThat(taskService().createTaskQuery()
			.taskDefinitionKey(taskKey)
			.taskAssignee(INTEGRATION_MANAGER_ID)
			.taskCandidateGroup("integrationsmanagement")
			.includeAssignedTasks()
			.count()).isOne();
	}

	private static LockedExternalTask lock() {
		List<LockedExternalTask> locked = externalTaskService().fetchAndLock(1, WORKER)
			.topic(TOPIC_REGISTER_PARTICIPANT, 60_000L)
			.execute();
		assertThat(locked).hasSize(1);
		return locked.get(0);
	}

	private static Date date(String isoDate) {
		return Date.from(LocalDate.parse(isoDate).atStartOfDay(ZoneId.systemDefault()).toInstant());
	}

}
