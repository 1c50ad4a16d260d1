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

import static de.lotse.chain.NaturalisationProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.externalTaskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

@Deployment(resources = { "processes/naturalisation.bpmn", "processes/naturalisation-residence-date.dmn",
		"processes/qualifying-residence-title.dmn", "processes/livelihood-requirement.dmn",
		"processes/language-and-knowledge-proof.dmn", "processes/criminal-record-relevance.dmn",
		"processes/naturalisation-fee.dmn", "forms/naturalisation-advise-applicant.form",
		"forms/naturalisation-record-application.form", "forms/naturalisation-check-completeness.form",
		"forms/naturalisation-await-missing-documents.form", "forms/naturalisation-escalate-missing-documents.form",
		"forms/naturalisation-review-pre-check.form", "forms/naturalisation-clarify-agency-refusal.form",
		"forms/naturalisation-decide-application.form", "forms/naturalisation-hear-applicant.form",
		"forms/naturalisation-confirm-fee-payment.form", "forms/naturalisation-escalate-fee-payment.form",
		"forms/naturalisation-hand-over-certificate.form" })
class NaturalisationProcessTests {

	@RegisterExtension
	static ProcessEngineCoverageExtension coverage = ProcessEngineCoverageExtension.builder()
		.assertClassCoverageAtLeast(0.9)
		.build();

	private static final String CASE = "LOT-2026-000815";

	private static final String WORKER = "test-worker";

	private static final String INTEGRATION_MANAGER_ID = "kim-mueller";

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
	void grantedApplicantIsNaturalisedAfterPaymentAndBothAuthoritiesAreNotified() {
		ProcessInstance pi = start(date("1990-05-01"));
		adviseAndRecord(pi, application());
		completeApplicationCheck(pi);

		assertThat(pi).isWaitingAt(TASK_REVIEW_PRE_CHECK)
			.hasPassed(TASK_CHECK_RESIDENCE_DURATION, TASK_CHECK_RESIDENCE_TITLE, TASK_CHECK_LIVELIHOOD,
					TASK_CHECK_LANGUAGE_AND_KNOWLEDGE, TASK_CHECK_CRIMINAL_RECORD)
			.variables()
			.containsEntry(APPLICANT_AGE, 35L)
			.containsEntry(RESIDENCE_ROUTE, "STANDARD_5_YEARS")
			.containsEntry(EARLIEST_ELIGIBLE_DATE, date("2025-01-01"))
			.containsEntry(TITLE_ASSESSMENT, "QUALIFIES")
			.containsEntry(LIVELIHOOD_ASSESSMENT, "MET")
			.containsEntry(LANGUAGE_PROOF_FULFILLED, true)
			.containsEntry(KNOWLEDGE_PROOF_FULFILLED, true)
			.containsEntry(CRIMINAL_RECORD_ASSESSMENT, "DISREGARDED");
		assertThat(task(TASK_REVIEW_PRE_CHECK, pi)).hasCandidateGroup("einbuergerungsbehoerde");
		assertThat(taskService().createTaskQuery()
			.taskDefinitionKey(TASK_REVIEW_PRE_CHECK)
			.initializeFormKeys()
			.singleResult()
			.getCamundaFormRef()
			.getKey()).isEqualTo("naturalisation-review-pre-check");

		reviewPreCheck(pi, false);
		answerAllAgencies();
		decide(pi, OUTCOME_GRANTED);
		assertThat(pi).isWaitingAt(TASK_CONFIRM_FEE_PAYMENT).variables().containsEntry(FEE_AMOUNT, 255.0);
		assertThat(task(TASK_CONFIRM_FEE_PAYMENT, pi)).hasDueDate(date("2026-04-20"));

		complete(task(TASK_CONFIRM_FEE_PAYMENT, pi), withVariables(FEE_PAID_DATE, date("2026-03-25")));
		complete(task(TASK_HAND_OVER_CERTIFICATE, pi),
				withVariables(SOLEMN_COMMITMENT_MADE, true, CERTIFICATE_HANDED_OVER_DATE, date("2026-04-02")));
		assertThat(pi).isWaitingAt(TASK_NOTIFY_RESIDENTS_REGISTRATION, TASK_NOTIFY_FOREIGNERS_AUTHORITY);
		completeExternalTask(TOPIC_NOTIFY_RESIDENTS_REGISTRATION, Map.of());
		completeExternalTask(TOPIC_NOTIFY_FOREIGNERS_AUTHORITY, Map.of());

		assertThat(pi).isEnded()
			.hasPassed(EVENT_NATURALISATION_COMPLETED)
			.variables()
			.containsEntry(NATURALISATION_OUTCOME, OUTCOME_GRANTED)
			.containsEntry(CERTIFICATE_HANDED_OVER_DATE, date("2026-04-02"));
	}

	@Test
	void incompleteApplicationWaitsForTheMissingDocumentsAndIsCheckedAgain() {
		ProcessInstance pi = start(date("1990-05-01"));
		adviseAndRecord(pi, application());
		complete(task(TASK_CHECK_COMPLETENESS, pi), withVariables(APPLICATION_COMPLETE, false, MISSING_DOCUMENTS,
				"Geburtsurkunde mit Übersetzung", DOCUMENTS_DUE_DATE, date("2026-04-20")));

		assertThat(pi).isWaitingAt(TASK_AWAIT_MISSING_DOCUMENTS);
		assertThat(task(TASK_AWAIT_MISSING_DOCUMENTS, pi)).hasDueDate(date("2026-04-20"));
		complete(task(TASK_AWAIT_MISSING_DOCUMENTS, pi), withVariables(DOCUMENTS_RECEIVED_DATE, date("2026-04-10")));

		assertThat(pi).isWaitingAt(TASK_CHECK_COMPLETENESS);
		completeApplicationCheck(pi);
		assertThat(pi).isWaitingAt(TASK_REVIEW_PRE_CHECK);
	}

	@Test
	void missedDocumentsDeadlineEscalatesToTheIntegrationManagerWhileTheClerkKeepsWaiting() {
		ProcessInstance pi = start(date("1990-05-01"));
		adviseAndRecord(pi, application());
		complete(task(TASK_CHECK_COMPLETENESS, pi), withVariables(APPLICATION_COMPLETE, false, MISSING_DOCUMENTS,
				"Einkommensnachweise", DOCUMENTS_DUE_DATE, date("2026-04-20")));

		ClockUtil.setCurrentTime(date("2026-04-21"));
		execute(job());

		assertThat(pi).isWaitingAt(TASK_AWAIT_MISSING_DOCUMENTS, TASK_ESCALATE_MISSING_DOCUMENTS);
		assertEscalatedToIntegrationManager(TASK_ESCALATE_MISSING_DOCUMENTS);
		complete(task(TASK_ESCALATE_MISSING_DOCUMENTS, pi));
		assertThat(pi).hasPassed(EVENT_MISSING_DOCUMENTS_ESCALATED).isWaitingAt(TASK_AWAIT_MISSING_DOCUMENTS);
	}

	@Test
	void applicantUnder16IsNotQueriedAtTheSecurityAuthorityAndNeedsNoKnowledgeTest() {
		Map<String, Object> application = application();
		application.put(KNOWLEDGE_PROOF, "NONE");
		application.put(KNOWLEDGE_TEST_SCORE, 0);
		ProcessInstance pi = start(date("2011-01-10"));
		adviseAndRecord(pi, application);
		completeApplicationCheck(pi);
		assertThat(pi).variables().containsEntry(APPLICANT_AGE, 15L).containsEntry(KNOWLEDGE_PROOF_FULFILLED, true);

		reviewPreCheck(pi, false);
		assertThat(pi).isWaitingAt(TASK_REQUEST_CRIMINAL_RECORD_EXTRACT, TASK_QUERY_CENTRAL_REGISTER,
				TASK_REQUEST_FOREIGNERS_FILE);
		answerAllAgencies();

		assertThat(pi).isWaitingAt(TASK_DECIDE_APPLICATION).hasNotPassed(TASK_QUERY_SECURITY_AUTHORITY);
	}

	@Test
	void refusedAgencyRequestsAreClarifiedByTheClerkBeforeTheDecision() {
		ProcessInstance pi = start(date("1990-05-01"));
		adviseAndRecord(pi, application());
		completeApplicationCheck(pi);
		reviewPreCheck(pi, false);

		for (String topic : List.of(TOPIC_REQUEST_CRIMINAL_RECORD_EXTRACT, TOPIC_SECURITY_QUERY,
				TOPIC_QUERY_CENTRAL_REGISTER, TOPIC_REQUEST_FOREIGNERS_FILE)) {
			LockedExternalTask locked = lock(topic);
			externalTaskService().handleBpmnError(locked.getId(), WORKER, ERROR_AGENCY_REQUEST_REFUSED,
					"Angaben zur Person unvollständig");
		}

		assertThat(pi)
			.isWaitingAt(TASK_CLARIFY_CRIMINAL_RECORD_EXTRACT_REFUSAL, TASK_CLARIFY_SECURITY_QUERY_REFUSAL,
					TASK_CLARIFY_CENTRAL_REGISTER_REFUSAL, TASK_CLARIFY_FOREIGNERS_FILE_REFUSAL)
			.variables()
			.containsEntry(AGENCY_REFUSAL_MESSAGE, "Angaben zur Person unvollständig");
		for (String clarification : List.of(TASK_CLARIFY_CRIMINAL_RECORD_EXTRACT_REFUSAL,
				TASK_CLARIFY_SECURITY_QUERY_REFUSAL, TASK_CLARIFY_CENTRAL_REGISTER_REFUSAL,
				TASK_CLARIFY_FOREIGNERS_FILE_REFUSAL)) {
			complete(task(clarification, pi),
					withVariables(CLARIFICATION_NOTE, "Anfrage mit Passkopie erneut gestellt"));
		}

		assertThat(pi).isWaitingAt(TASK_DECIDE_APPLICATION);
	}

	@Test
	void pendingInvestigationSuspendsTheDecisionUntilItIsConcluded() {
		Map<String, Object> application = application();
		application.put(PENDING_INVESTIGATION, true);
		ProcessInstance pi = start(date("1990-05-01"));
		adviseAndRecord(pi, application);
		completeApplicationCheck(pi);
		assertThat(pi).variables().containsEntry(CRIMINAL_RECORD_ASSESSMENT, "SUSPEND_DECISION");

		reviewPreCheck(pi, true);
		answerAllAgencies();
		assertThat(pi).isWaitingAt(EVENT_INVESTIGATION_CONCLUDED);

		runtimeService().createMessageCorrelation(MESSAGE_INVESTIGATION_CONCLUDED)
			.processInstanceBusinessKey(CASE)
			.correlate();
		assertThat(pi).isWaitingAt(TASK_DECIDE_APPLICATION);
	}

	@Test
	void rejectionUpheldAfterTheHearingEndsWithTheRejectionFee() {
		ProcessInstance pi = atDecision();
		decide(pi, OUTCOME_REJECTED);
		assertThat(pi).isWaitingAt(TASK_HEAR_APPLICANT);
		complete(task(TASK_HEAR_APPLICANT, pi),
				withVariables(HEARING_DATE, date("2026-04-01"), REJECTION_UPHELD, true));

		assertThat(pi).isWaitingAt(TASK_CONFIRM_FEE_PAYMENT).variables().containsEntry(FEE_AMOUNT, 191.25);
		complete(task(TASK_CONFIRM_FEE_PAYMENT, pi), withVariables(FEE_PAID_DATE, date("2026-04-10")));
		assertThat(pi).isEnded()
			.hasPassed(EVENT_PROCEDURE_CLOSED)
			.hasNotPassed(TASK_HAND_OVER_CERTIFICATE)
			.variables()
			.containsEntry(NATURALISATION_OUTCOME, OUTCOME_REJECTED);
	}

	@Test
	void newFactsInTheHearingLeadToANewDecision() {
		ProcessInstance pi = atDecision();
		decide(pi, OUTCOME_REJECTED);
		complete(task(TASK_HEAR_APPLICANT, pi),
				withVariables(HEARING_DATE, date("2026-04-01"), REJECTION_UPHELD, false));

		assertThat(pi).isWaitingAt(TASK_DECIDE_APPLICATION);
		decide(pi, OUTCOME_GRANTED);
		assertThat(pi).isWaitingAt(TASK_CONFIRM_FEE_PAYMENT).variables().containsEntry(FEE_AMOUNT, 255.0);
	}

	@Test
	void withdrawalBeforeTheDecisionEndsTheProcedureWithTheWithdrawalFee() {
		ProcessInstance pi = start(date("1990-05-01"));
		adviseAndRecord(pi, application());
		completeApplicationCheck(pi);
		reviewPreCheck(pi, false);

		runtimeService().createMessageCorrelation(MESSAGE_APPLICATION_WITHDRAWN)
			.processInstanceBusinessKey(CASE)
			.correlate();

		assertThat(pi).hasPassed(EVENT_APPLICATION_WITHDRAWN)
			.isWaitingAt(TASK_CONFIRM_FEE_PAYMENT)
			.variables()
			.containsEntry(NATURALISATION_OUTCOME, OUTCOME_WITHDRAWN)
			.containsEntry(FEE_AMOUNT, 127.5);
		assertThat(externalTaskService().createExternalTaskQuery().count()).isZero();
		complete(task(TASK_CONFIRM_FEE_PAYMENT, pi), withVariables(FEE_PAID_DATE, date("2026-04-10")));
		assertThat(pi).isEnded().hasPassed(EVENT_PROCEDURE_CLOSED);
	}

	@Test
	void overdueFeeEscalatesToTheIntegrationManager() {
		ProcessInstance pi = atDecision();
		decide(pi, OUTCOME_GRANTED);

		ClockUtil.setCurrentTime(date("2026-04-21"));
		execute(job());

		assertThat(pi).isWaitingAt(TASK_CONFIRM_FEE_PAYMENT, TASK_ESCALATE_FEE_PAYMENT);
		assertEscalatedToIntegrationManager(TASK_ESCALATE_FEE_PAYMENT);
		complete(task(TASK_ESCALATE_FEE_PAYMENT, pi), withVariables(ESCALATION_NOTE, "Ratenzahlung vereinbart"));
		assertThat(pi).hasPassed(EVENT_FEE_PAYMENT_ESCALATED).isWaitingAt(TASK_CONFIRM_FEE_PAYMENT);
	}

	@Test
	void threeYearRouteIsNoLongerAvailableAfterItsAbolition() {
		Map<String, Object> application = application();
		application.put(APPLICATION_PATH, "FAST_TRACK");
		ProcessInstance pi = start(date("1990-05-01"));
		adviseAndRecord(pi, application);
		completeApplicationCheck(pi);

		assertThat(pi).isWaitingAt(TASK_REVIEW_PRE_CHECK)
			.variables()
			.containsEntry(RESIDENCE_ROUTE, "NOT_AVAILABLE")
			.containsEntry(EARLIEST_ELIGIBLE_DATE, null);
	}

	private ProcessInstance atDecision() {
		ProcessInstance pi = start(date("1990-05-01"));
		adviseAndRecord(pi, application());
		completeApplicationCheck(pi);
		reviewPreCheck(pi, false);
		answerAllAgencies();
		assertThat(pi).isWaitingAt(TASK_DECIDE_APPLICATION);
		return pi;
	}

	private ProcessInstance start(Date birthDate) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(ChainVariables.CASE_REFERENCE, CASE);
		variables.put(ChainVariables.RESIDENCE_STATUS, "PROTECTED_GFK");
		variables.put(ChainVariables.NATIONALITY, "SYR");
		variables.put(ChainVariables.BIRTH_DATE, birthDate);
		variables.put(COUNTED_RESIDENCE_START, date("2020-01-01"));
		variables.put(TITLE_PARAGRAPH, "25_2");
		variables.put(RESIDENCE_RIGHT_TYPE, "RESIDENCE_PERMIT");
		variables.put(INTEGRATION_MANAGER, INTEGRATION_MANAGER_ID);
		ProcessInstance pi = runtimeService().startProcessInstanceByKey(PROCESS_KEY, CASE, variables);
		assertThat(pi).isWaitingAt(TASK_ADVISE_APPLICANT);
		return pi;
	}

	private static Map<String, Object> application() {
		Map<String, Object> application = new HashMap<>();
		application.put(APPLICATION_DATE, date("2026-03-02"));
		application.put(APPLICATION_PATH, "STANDARD");
		application.put(RECEIVES_SGB2_OR_SGB12, false);
		application.put(GUEST_WORKER, false);
		application.put(GUEST_WORKER_NOT_RESPONSIBLE, false);
		application.put(FULL_TIME_NOW, true);
		application.put(FULL_TIME_MONTHS_LAST_24, 24);
		application.put(SPOUSE_OF_FULL_TIME_WORKER_WITH_MINOR_CHILD, false);
		application.put(LANGUAGE_PROOF, "DTZ");
		application.put(WRITTEN_GERMAN_LEVEL, "B1");
		application.put(ORAL_GERMAN_LEVEL, "B1");
		application.put(KNOWLEDGE_PROOF, "EINBUERGERUNGSTEST");
		application.put(KNOWLEDGE_TEST_SCORE, 28);
		application.put(ILLNESS_DISABILITY_OR_AGE_EXEMPTION, false);
		application.put(PENDING_INVESTIGATION, false);
		application.put(HATE_MOTIVE_ESTABLISHED, false);
		application.put(UNSUSPENDED_PRISON_SENTENCE, false);
		application.put(TOTAL_SENTENCE_DAYS, 0);
		application.put(CO_NATURALISED_WITH_PARENT, false);
		application.put(OWN_INCOME, true);
		return application;
	}

	private static void adviseAndRecord(ProcessInstance pi, Map<String, Object> application) {
		complete(task(TASK_ADVISE_APPLICANT, pi), withVariables(ADVICE_DATE, date("2026-02-16")));
		assertThat(pi).isWaitingAt(TASK_RECORD_APPLICATION);
		complete(task(TASK_RECORD_APPLICATION, pi), application);
	}

	private static void completeApplicationCheck(ProcessInstance pi) {
		complete(task(TASK_CHECK_COMPLETENESS, pi), withVariables(APPLICATION_COMPLETE, true));
	}

	private static void reviewPreCheck(ProcessInstance pi, boolean pendingInvestigation) {
		complete(task(TASK_REVIEW_PRE_CHECK, pi),
				withVariables(PENDING_INVESTIGATION, pendingInvestigation, PRE_CHECK_NOTE, "Vorprüfung bestätigt"));
	}

	private static void answerAllAgencies() {
		completeExternalTask(TOPIC_REQUEST_CRIMINAL_RECORD_EXTRACT,
				Map.of(CRIMINAL_RECORD_EXTRACT_RESULT, "NO_ENTRIES"));
		if (externalTaskService().createExternalTaskQuery().topicName(TOPIC_SECURITY_QUERY).count() > 0) {
			completeExternalTask(TOPIC_SECURITY_QUERY, Map.of(SECURITY_QUERY_RESULT, "NO_FINDINGS"));
		}
		completeExternalTask(TOPIC_QUERY_CENTRAL_REGISTER, Map.of(CENTRAL_REGISTER_RESULT, "NO_BENEFIT_RECEIPT"));
		completeExternalTask(TOPIC_REQUEST_FOREIGNERS_FILE, Map.of(FOREIGNERS_FILE_RESULT, "FILE_RECEIVED"));
	}

	private static void decide(ProcessInstance pi, String outcome) {
		complete(task(TASK_DECIDE_APPLICATION, pi), withVariables(NATURALISATION_OUTCOME, outcome, DECISION_REASON,
				"Voraussetzungen nach § 10 StAG geprüft"));
	}

	private static void assertEscalatedToIntegrationManager(String taskKey) {
		assertThat(taskService().createTaskQuery()
			.taskDefinitionKey(taskKey)
			.taskAssignee(INTEGRATION_MANAGER_ID)
			.taskCandidateGroup("integrationsmanagement")
			.includeAssignedTasks()
			.count()).isOne();
	}

	private static LockedExternalTask lock(String topic) {
		List<LockedExternalTask> locked = externalTaskService().fetchAndLock(1, WORKER).topic(topic, 60_000L).execute();
		assertThat(locked).hasSize(1);
		return locked.get(0);
	}

	private static void completeExternalTask(String topic, Map<String, Object> variables) {
		externalTaskService().complete(lock(topic).getId(), WORKER, variables);
	}

	private static Date date(String isoDate) {
		return Date.from(LocalDate.parse(isoDate).atStartOfDay(ZoneId.systemDefault()).toInstant());
	}

}
