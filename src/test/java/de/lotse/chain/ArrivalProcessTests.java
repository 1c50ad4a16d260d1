package de.lotse.chain;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static de.lotse.chain.ArrivalProcess.*;
import static de.lotse.chain.ChainTestSupport.date;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

@Deployment(resources = { "processes/arrival.bpmn", "processes/minor-routing.dmn" })
class ArrivalProcessTests {

	private static final String CASE = "LOT-2026-0004";

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
	void asylumSeekerArrivesInMunicipalAccommodationAfterTheZuweisung() {
		ProcessInstance pi = start("ASYL_SEEKER");
		assertThat(pi).isWaitingAt(EVENT_ZUWEISUNG_RECEIVED);
		runtimeService().createMessageCorrelation(MESSAGE_ZUWEISUNG_RECEIVED)
			.processInstanceBusinessKey(CASE)
			.correlate();
		assertThat(pi).isWaitingAt(TASK_ADMIT_TO_ACCOMMODATION);
		assertThat(task()).hasCandidateGroup("sozialamt");
		complete(task(), withVariables(ACCOMMODATION_ARRIVAL_DATE, date("2026-03-02"), ACCOMMODATION_NAME,
				"Unterkunft Mintarder Straße"));
		assertThat(pi).isEnded()
			.hasPassed(END_EVENT_ARRIVED)
			.variables()
			.containsEntry(ARRIVAL_OUTCOME, OUTCOME_IN_MUNICIPALITY);
	}

	@Test
	void skilledWorkerReceivesTheResidenceCardAtTheAuslaenderbehoerde() {
		ProcessInstance pi = start("SKILLED");
		assertThat(pi).isWaitingAt(TASK_ISSUE_RESIDENCE_CARD);
		assertThat(task()).hasCandidateGroup("auslaenderbehoerde");
		complete(task(), withVariables(TITLE_PARAGRAPH, "18g", TITLE_ISSUE_DATE, date("2026-03-05")));
		assertThat(pi).isEnded().hasPassed(END_EVENT_ARRIVED).variables().containsEntry(TITLE_PARAGRAPH, "18g");
	}

	@Test
	void familyMemberReceivesTheResidenceCardAfterReunification() {
		ProcessInstance pi = start("FAMILY");
		assertThat(pi).isWaitingAt(TASK_ISSUE_RESIDENCE_CARD);
		complete(task(), withVariables(TITLE_PARAGRAPH, "29", TITLE_ISSUE_DATE, date("2026-03-05")));
		assertThat(pi).isEnded().hasPassed(END_EVENT_ARRIVED);
	}

	@Test
	void ukrainianIsGrantedTemporaryProtectionUnderSection24() {
		ProcessInstance pi = start("UKR_24");
		assertThat(pi).isWaitingAt(TASK_GRANT_TEMPORARY_PROTECTION);
		complete(task(), withVariables(UKR24_FIRST_ISSUE_DATE, date("2026-03-04")));
		assertThat(pi).isEnded()
			.variables()
			.containsEntry(TITLE_PARAGRAPH, "24")
			.containsEntry(TITLE_ISSUE_DATE, date("2026-03-04"));
	}

	@Test
	void euCitizenEntersFreelyWithoutResidenceTitle() {
		ProcessInstance pi = start("EU");
		assertThat(pi).isEnded()
			.hasPassed(END_EVENT_ARRIVED)
			.hasNotPassed(TASK_ISSUE_RESIDENCE_CARD)
			.variables()
			.containsEntry(ARRIVAL_OUTCOME, OUTCOME_IN_MUNICIPALITY);
	}

	@Test
	void unaccompaniedMinorStaysWithTheJugendamtAndGetsAGuardian() {
		ProcessInstance pi = startMinor(15, false);
		assertThat(pi).isWaitingAt(TASK_DECIDE_DISTRIBUTION);
		assertThat(task()).hasCandidateGroup("jugendamt").hasDueDate(date("2026-03-20"));
		complete(task(), withVariables(DISTRIBUTION_DECISION, "EXCLUDED", DISTRIBUTION_NOTE,
				"Bruder lebt in Mülheim; Verteilung widerspräche dem Kindeswohl."));
		assertThat(pi).isWaitingAt(TASK_TAKE_INTO_REGULAR_CARE);
		complete(task(), withVariables(GUARDIANSHIP_REQUEST_DATE, date("2026-03-12")));
		assertThat(pi).isWaitingAt(TASK_RECORD_GUARDIANSHIP);
		complete(task(),
				withVariables(GUARDIAN_APPOINTED_DATE, date("2026-04-02"), GUARDIAN_NAME, "Amtsvormund Stadt"));
		assertThat(pi).isEnded()
			.hasPassed(TASK_ROUTE_MINOR, END_EVENT_ARRIVED)
			.hasNotPassed(TASK_ASSESS_AGE)
			.variables()
			.containsEntry(ARRIVAL_OUTCOME, OUTCOME_IN_MUNICIPALITY);
	}

	@Test
	void minorWithDisputedAgeIsAssessedAndDistributedToAnotherJugendamt() {
		ProcessInstance pi = startMinor(16, true);
		assertThat(pi).isWaitingAt(TASK_ASSESS_AGE);
		complete(task(), withVariables(AGE_ASSESSMENT_RESULT, "MINOR", AGE_ASSESSMENT_NOTE,
				"Qualifizierte Inaugenscheinnahme: etwa 16 Jahre."));
		assertThat(pi).isWaitingAt(TASK_DECIDE_DISTRIBUTION);
		complete(task(), withVariables(DISTRIBUTION_DECISION, "REGISTERED", DISTRIBUTION_NOTE,
				"Keine Verwandten, gesund, Verteilung möglich."));
		assertThat(pi).isEnded()
			.hasPassed(END_EVENT_MINOR_DISTRIBUTED)
			.variables()
			.containsEntry(ARRIVAL_OUTCOME, OUTCOME_DISTRIBUTED);
	}

	@Test
	void personAssessedAsAdultIsHandedToTheStateReception() {
		ProcessInstance pi = startMinor(17, true);
		assertThat(pi).isWaitingAt(TASK_ASSESS_AGE);
		complete(task(), withVariables(AGE_ASSESSMENT_RESULT, "ADULT", AGE_ASSESSMENT_NOTE,
				"Ärztliche Untersuchung: mindestens 21 Jahre."));
		assertThat(pi).isEnded()
			.hasPassed(END_EVENT_ADULT_BY_ASSESSMENT)
			.variables()
			.containsEntry(ARRIVAL_OUTCOME, OUTCOME_STATE_RECEPTION);
	}

	@Test
	void personStatingAnAdultAgeTakesTheAdultRoute() {
		ProcessInstance pi = startMinor(19, false);
		assertThat(pi).isEnded()
			.hasPassed(END_EVENT_ADULT_BY_STATED_AGE)
			.variables()
			.containsEntry(ARRIVAL_OUTCOME, OUTCOME_STATE_RECEPTION);
	}

	@Test
	void overdueDistributionDecisionEscalatesToTheIntegrationManager() {
		ProcessInstance pi = startMinor(14, false);
		assertThat(pi).isWaitingAt(TASK_DECIDE_DISTRIBUTION);
		execute(job(TIMER_DISTRIBUTION_DEADLINE));
		assertThat(task(TASK_ESCALATE_DISTRIBUTION)).isAssignedTo("kim.weber");
		complete(task(TASK_ESCALATE_DISTRIBUTION),
				withVariables(DISTRIBUTION_ESCALATION_NOTE, "Ärztliche Stellungnahme angefordert."));
		assertThat(pi).isWaitingAt(TASK_DECIDE_DISTRIBUTION).hasPassed(TASK_ESCALATE_DISTRIBUTION);
	}

	private ProcessInstance startMinor(int statedAge, boolean ageDisputed) {
		ProcessInstance pi = start("UMA");
		assertThat(pi).isWaitingAt(TASK_PROVISIONAL_CARE);
		assertThat(task()).hasCandidateGroup("jugendamt");
		complete(task(), withVariables(STATED_AGE, statedAge, AGE_DISPUTED, ageDisputed));
		return pi;
	}

	private static ProcessInstance start(String residenceStatus) {
		return runtimeService().startProcessInstanceByKey(KEY, CASE,
				withVariables(ChainVariables.RESIDENCE_STATUS, residenceStatus, ChainVariables.ARRIVAL_DATE,
						date("2026-03-02"), IntegrationChainProcess.INTEGRATION_MANAGER, "kim.weber"));
	}

}
