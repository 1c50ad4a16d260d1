package de.lotse.chain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import de.lotse.support.PostgresTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static de.lotse.chain.ChainDriver.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * Two people from the intake to the handed-over naturalisation certificate, on a real
 * PostgreSQL and over the years: every user task is completed by a clerk of its
 * department through the REST API, agencies answer external tasks and messages, and the
 * test runs the due timers itself.
 */
@PostgresTest
@TestPropertySource(properties = "camunda.bpm.job-execution.enabled=false")
class IntegrationChainEndToEndTests {

	private static final String SOZIALAMT = "sozialamt";

	private static final String MELDEBEHOERDE = "meldebehoerde";

	private static final String JOBCENTER = "jobcenter";

	private static final String AUSLAENDERBEHOERDE = "auslaenderbehoerde";

	private static final String EINBUERGERUNGSBEHOERDE = "einbuergerungsbehoerde";

	private static final String INTEGRATIONSMANAGEMENT = "integrationsmanagement";

	@Autowired
	ProcessEngine engine;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void staffTheTownHall() {
		BpmnAwareTests.init(this.engine);
		ChainDriver.staffDepartments(this.engine);
	}

	/** The engine closes with this class; later engine tests must not assert on it. */
	@AfterEach
	void resetClockAndAssertions() {
		ClockUtil.reset();
		BpmnAwareTests.reset();
	}

	@Test
	void recognisedRefugeeIsNaturalisedFiveYearsAfterArrival() {
		ClockUtil.setCurrentTime(day("2026-03-02"));
		String reference = openCase("Amal", "Haddad", "1994-05-12", "SYR", "ASYL_SEEKER", "2026-03-02", null, "Styrum");
		ChainDriver case_ = new ChainDriver(this.engine, this.rest, reference);
		ProcessInstance chain = case_.instance(IntegrationChainProcess.KEY);
		assertThat(chain).isWaitingAt(IntegrationChainProcess.CALL_ACTIVITY_ARRIVAL);

		// Allocated by the Bezirksregierung Arnsberg, admitted to municipal accommodation
		case_.agencyReports(ArrivalProcess.MESSAGE_ZUWEISUNG_RECEIVED, Map.of());
		case_.clerkCompletes(ArrivalProcess.TASK_ADMIT_TO_ACCOMMODATION, SOZIALAMT,
				Map.of(ArrivalProcess.ACCOMMODATION_ARRIVAL_DATE, day("2026-03-02"), ArrivalProcess.ACCOMMODATION_NAME,
						"Übergangswohnheim Styrum"));
		attendIntakeAppointment(case_, "2026-03-04", "2026-03-02");
		register(case_, "2026-03-05");
		case_.agencyCompletes(RegistrationProcess.TOPIC_NOTIFY_REGISTRATION);

		// AsylbLG while the asylum procedure runs
		case_.clerkCompletes(BenefitClaimProcess.TASK_RECORD_FACTS, SOZIALAMT, benefitFacts("GESTATTUNG"));
		assertThat(case_.instance(BenefitClaimProcess.KEY)).variables()
			.containsEntry(BenefitClaimProcess.RECOMMENDED_REGIME, "ASYLBLG_3");
		case_.clerkCompletes(BenefitClaimProcess.TASK_CONFIRM_REGIME, SOZIALAMT,
				Map.of(BenefitClaimProcess.BENEFIT_REGIME, "ASYLBLG_3"));
		case_.clerkCompletes(BenefitClaimProcess.TASK_CHECK_ASYLBLG_APPLICATION, SOZIALAMT,
				Map.of(BenefitClaimProcess.HOUSEHOLD_SIZE, 1, BenefitClaimProcess.PAYMENT_CHANNEL, "CARD"));
		case_.clerkCompletes(BenefitClaimProcess.TASK_DECIDE_ASYLBLG, SOZIALAMT,
				Map.of(BenefitClaimProcess.FIRST_BENEFIT_DATE, day("2026-03-02"),
						BenefitClaimProcess.MONTHLY_BENEFIT_AMOUNT, 441));
		case_.agencyCompletes(BenefitClaimProcess.TOPIC_PAY_BENEFIT);

		// The BAMF recognises her as a refugee: AsylbLG ends with the month, SGB II
		// follows
		case_.timePassesUntil("2026-05-12");
		case_.agencyReports(BenefitClaimProcess.MESSAGE_BAMF_DECISION_RECEIVED, Map
			.of(BenefitClaimProcess.DECISION_TYPE, "REFUGEE", BenefitClaimProcess.DECISION_DATE, day("2026-05-12")));
		ProcessInstance benefitClaim = case_.instance(BenefitClaimProcess.KEY);
		Date asylblgEnd = (Date) variable(benefitClaim, BenefitClaimProcess.ASYLBLG_END_DATE);
		Date sgb2Start = (Date) variable(benefitClaim, BenefitClaimProcess.SGB2_EARLIEST_START);
		assertThat(calendarDay(asylblgEnd)).isEqualTo("2026-05-31");
		assertThat(calendarDay(sgb2Start)).isEqualTo("2026-06-01");
		case_.clerkCompletes(BenefitClaimProcess.TASK_END_ASYLBLG, SOZIALAMT,
				Map.of(BenefitClaimProcess.ASYLBLG_END_NOTICE_DATE, day("2026-05-13")));
		case_.clerkCompletes(BenefitClaimProcess.TASK_RECEIVE_SGB2_APPLICATION, JOBCENTER,
				Map.of(BenefitClaimProcess.SGB2_APPLICATION_DATE, day("2026-05-20")));
		case_.timePassesUntil("2026-05-26");
		case_.clerkCompletes(BenefitClaimProcess.TASK_APPROVE_SGB2, JOBCENTER,
				Map.of(BenefitClaimProcess.SGB2_START_DATE, sgb2Start, BenefitClaimProcess.SGB2_MONTHLY_AMOUNT, 563));
		assertThat(benefitClaim).isWaitingAt(BenefitClaimProcess.TIMER_CONTINUATION_APPLICATION_DUE)
			.hasNotPassed(BenefitClaimProcess.TASK_ESCALATE_SGB2_APPLICATION)
			.variables()
			.containsEntry(BenefitClaimProcess.BENEFIT_REGIME, "SGB_II");
		assertThat(calendarDay((Date) variable(benefitClaim, BenefitClaimProcess.SGB2_START_DATE)))
			.as("SGB II starts the day after AsylbLG ends, no gap month")
			.isEqualTo(calendarDay(asylblgEnd).plusDays(1));

		// With her residence permit (§ 25 Abs. 2 AufenthG) the Ausländerbehörde entitles
		// and obliges her to the integration course
		ProcessInstance languageCourse = case_.instance(LanguageCourseProcess.PROCESS_KEY);
		assertThat(languageCourse).variables()
			.containsEntry(LanguageCourseProcess.ASYLBLG_RECIPIENT, true)
			.containsEntry(LanguageCourseProcess.RECOMMENDED_ENTITLEMENT, "ADMISSION_SUSPENDED_SELF_PAY");
		case_.clerkCompletes(LanguageCourseProcess.TASK_CONFIRM_ENTITLEMENT, AUSLAENDERBEHOERDE,
				Map.of(LanguageCourseProcess.ENTITLEMENT, "ENTITLED", LanguageCourseProcess.OBLIGED, true,
						LanguageCourseProcess.ENTITLEMENT_ISSUE_DATE, day("2026-05-26")));
		attendCourse(case_, "2026-06-02", "2026-06-15", "2027-03-19");

		// The job centre continues SGB II after the approval period
		case_.timePassesUntil("2027-04-27");
		case_.clerkCompletes(BenefitClaimProcess.TASK_PROCESS_CONTINUATION, JOBCENTER,
				Map.of(BenefitClaimProcess.CONTINUATION_DECISION, "CONTINUED"));
		assertThat(chain).isWaitingAt(IntegrationChainProcess.TIMER_RESIDENCE_PERIOD_FULFILLED)
			.variables()
			.containsEntry(BenefitClaimProcess.DECISION_TYPE, "REFUGEE")
			.containsEntry(BenefitClaimProcess.BENEFIT_REGIME, "SGB_II")
			.containsEntry(LanguageCourseProcess.COURSE_CERTIFICATE, true);

		// Five years after arrival (time with the Gestattung counts, § 55 Abs. 3 AsylG)
		case_.timePassesUntil("2031-03-03");
		assertThat(case_.instance(NaturalisationProcess.PROCESS_KEY)).variables()
			.containsEntry(NaturalisationProcess.TITLE_PARAGRAPH, "25_2")
			.containsEntry(NaturalisationProcess.RESIDENCE_RIGHT_TYPE, "RESIDENCE_PERMIT");
		naturalise(case_, "2031-03-05", "2031-06-12");

		assertNaturalised(chain, reference, "2031-06-12");
	}

	@Test
	void euCitizenIsNaturalisedFiveYearsAfterArrival() {
		ClockUtil.setCurrentTime(day("2026-04-01"));
		String reference = openCase("Marek", "Nowak", "1990-09-03", "POL", "EU", "2026-04-01", "2026-04-01",
				"Eppinghofen");
		ChainDriver case_ = new ChainDriver(this.engine, this.rest, reference);
		ProcessInstance chain = case_.instance(IntegrationChainProcess.KEY);
		assertThat(chain).hasPassed(IntegrationChainProcess.CALL_ACTIVITY_ARRIVAL)
			.isWaitingAt(IntegrationChainProcess.TASK_INTAKE_APPOINTMENT);

		attendIntakeAppointment(case_, "2026-04-02", "2026-04-01");
		register(case_, "2026-04-07");

		// Job seeker in the first three months: no SGB II (§ 7 Abs. 1 S. 2 Nr. 1 SGB II)
		Map<String, Object> facts = benefitFacts("EU_FREEDOM");
		facts.put(BenefitClaimProcess.EU_STATUS, "JOBSEEKER_ONLY");
		case_.clerkCompletes(BenefitClaimProcess.TASK_RECORD_FACTS, SOZIALAMT, facts);
		assertThat(case_.instance(BenefitClaimProcess.KEY)).variables()
			.containsEntry(BenefitClaimProcess.RECOMMENDED_REGIME, "EXCLUDED");
		case_.clerkCompletes(BenefitClaimProcess.TASK_CONFIRM_REGIME, SOZIALAMT,
				Map.of(BenefitClaimProcess.BENEFIT_REGIME, "EXCLUDED", BenefitClaimProcess.BENEFIT_REGIME_NOTE,
						"Arbeitsuche in den ersten drei Monaten."));
		assertThat(chain).hasPassed(IntegrationChainProcess.CALL_ACTIVITY_BENEFIT_CLAIM);

		// Admission is suspended in 2026: he attends the course as a self-payer
		assertThat(case_.instance(LanguageCourseProcess.PROCESS_KEY)).variables()
			.containsEntry(LanguageCourseProcess.RECOMMENDED_ENTITLEMENT, "ADMISSION_SUSPENDED_SELF_PAY");
		case_.clerkCompletes(LanguageCourseProcess.TASK_CONFIRM_ENTITLEMENT, AUSLAENDERBEHOERDE,
				Map.of(LanguageCourseProcess.ENTITLEMENT, "ADMISSION_SUSPENDED_SELF_PAY", LanguageCourseProcess.OBLIGED,
						false, LanguageCourseProcess.SELF_PAYER_REQUESTED, true));
		attendCourse(case_, "2026-04-20", "2026-05-04", "2027-01-29");
		assertThat(chain).isWaitingAt(IntegrationChainProcess.TIMER_RESIDENCE_PERIOD_FULFILLED);

		case_.timePassesUntil("2031-04-02");
		assertThat(case_.instance(NaturalisationProcess.PROCESS_KEY)).variables()
			.containsEntry(NaturalisationProcess.RESIDENCE_RIGHT_TYPE, "EU_CH_CITIZEN");
		naturalise(case_, "2031-04-07", "2031-07-01");

		assertNaturalised(chain, reference, "2031-07-01");
	}

	private void attendIntakeAppointment(ChainDriver case_, String onDay, String moveInDate) {
		case_.timePassesUntil(onDay);
		case_.clerkCompletes(IntegrationChainProcess.TASK_INTAKE_APPOINTMENT, INTEGRATIONSMANAGEMENT,
				Map.of(ChainVariables.MOVE_IN_DATE, day(moveInDate), JobcentreReferralProcess.LABOUR_MARKET_REFERRAL,
						JobcentreReferralProcess.REFERRAL_NONE));
		assertThat(this.engine.getRuntimeService()
			.getVariable(case_.instance(IntegrationChainProcess.KEY).getId(),
					IntegrationChainProcess.INTEGRATION_MANAGER))
			.as("whoever attends the appointment becomes the case's integration manager")
			.isEqualTo(ChainDriver.clerk(INTEGRATIONSMANAGEMENT));
	}

	private void register(ChainDriver case_, String registrationDate) {
		case_.agencyCompletes(RegistrationProcess.TOPIC_REGISTER);
		case_.clerkCompletes(RegistrationProcess.TASK_CONFIRM_REGISTRATION, MELDEBEHOERDE,
				Map.of(RegistrationProcess.REGISTRATION_DATE, day(registrationDate)));
	}

	private static Map<String, Object> benefitFacts(String residenceDocType) {
		Map<String, Object> facts = new HashMap<>();
		facts.put(BenefitClaimProcess.RESIDENCE_DOC_TYPE, residenceDocType);
		facts.put(BenefitClaimProcess.EMPLOYABLE, true);
		facts.put(BenefitClaimProcess.STAY_MONTHS, 0);
		facts.put(BenefitClaimProcess.MONTHS_SINCE_ENTRY, 0);
		facts.put(BenefitClaimProcess.HABITUAL_RESIDENCE_YEARS, 0);
		facts.put(BenefitClaimProcess.ABUSIVE_PROLONGATION, false);
		facts.put(BenefitClaimProcess.ANALOGUE_BENEFITS_ON20240226, false);
		facts.put(BenefitClaimProcess.EXISTING_SGB2_AWARD, false);
		return facts;
	}

	/** Registration with the provider, course start and the exams (DTZ B1, LiD 28). */
	private void attendCourse(ChainDriver case_, String registeredOn, String startsOn, String completedOn) {
		case_.timePassesUntil(registeredOn);
		case_.agencyCompletes(LanguageCourseProcess.TOPIC_REGISTER_PARTICIPANT,
				Map.of(LanguageCourseProcess.REGISTRATION_DATE, day(registeredOn),
						LanguageCourseProcess.COURSE_PROVIDER, "VHS Mülheim an der Ruhr"));
		case_.timePassesUntil(startsOn);
		case_.agencyReports(LanguageCourseProcess.MESSAGE_COURSE_STARTED,
				Map.of(LanguageCourseProcess.COURSE_START_DATE, day(startsOn)));
		case_.timePassesUntil(completedOn);
		case_.clerkCompletes(LanguageCourseProcess.TASK_RECORD_COURSE_RESULTS, AUSLAENDERBEHOERDE,
				Map.of(LanguageCourseProcess.COURSE_TYPE, "GENERAL", LanguageCourseProcess.COMPLETION_DATE,
						day(completedOn), LanguageCourseProcess.DTZ_LEVEL, "B1", LanguageCourseProcess.LID_SCORE, 28,
						LanguageCourseProcess.PAID_CONTRIBUTION, false));
	}

	/** Advice, application, checks, decision, fee and the handover of the certificate. */
	private void naturalise(ChainDriver case_, String adviceDay, String handoverDay) {
		case_.timePassesUntil(adviceDay);
		case_.clerkCompletes(NaturalisationProcess.TASK_ADVISE_APPLICANT, EINBUERGERUNGSBEHOERDE,
				Map.of(NaturalisationProcess.ADVICE_DATE, day(adviceDay)));
		Map<String, Object> application = new HashMap<>();
		application.put(NaturalisationProcess.APPLICATION_DATE, day(adviceDay));
		application.put(NaturalisationProcess.APPLICATION_PATH, "STANDARD");
		application.put(NaturalisationProcess.RECEIVES_SGB2_OR_SGB12, false);
		application.put(NaturalisationProcess.GUEST_WORKER, false);
		application.put(NaturalisationProcess.GUEST_WORKER_NOT_RESPONSIBLE, false);
		application.put(NaturalisationProcess.FULL_TIME_NOW, true);
		application.put(NaturalisationProcess.FULL_TIME_MONTHS_LAST_24, 24);
		application.put(NaturalisationProcess.SPOUSE_OF_FULL_TIME_WORKER_WITH_MINOR_CHILD, false);
		application.put(NaturalisationProcess.LANGUAGE_PROOF, "DTZ");
		application.put(NaturalisationProcess.WRITTEN_GERMAN_LEVEL, "B1");
		application.put(NaturalisationProcess.ORAL_GERMAN_LEVEL, "B1");
		application.put(NaturalisationProcess.KNOWLEDGE_PROOF, "LEBEN_IN_DEUTSCHLAND");
		application.put(NaturalisationProcess.KNOWLEDGE_TEST_SCORE, 28);
		application.put(NaturalisationProcess.ILLNESS_DISABILITY_OR_AGE_EXEMPTION, false);
		application.put(NaturalisationProcess.PENDING_INVESTIGATION, false);
		application.put(NaturalisationProcess.HATE_MOTIVE_ESTABLISHED, false);
		application.put(NaturalisationProcess.UNSUSPENDED_PRISON_SENTENCE, false);
		application.put(NaturalisationProcess.TOTAL_SENTENCE_DAYS, 0);
		application.put(NaturalisationProcess.CO_NATURALISED_WITH_PARENT, false);
		application.put(NaturalisationProcess.OWN_INCOME, true);
		case_.clerkCompletes(NaturalisationProcess.TASK_RECORD_APPLICATION, EINBUERGERUNGSBEHOERDE, application);
		case_.clerkCompletes(NaturalisationProcess.TASK_CHECK_COMPLETENESS, EINBUERGERUNGSBEHOERDE,
				Map.of(NaturalisationProcess.APPLICATION_COMPLETE, true));
		assertThat(case_.instance(NaturalisationProcess.PROCESS_KEY))
			.isWaitingAt(NaturalisationProcess.TASK_REVIEW_PRE_CHECK)
			.variables()
			.containsEntry(NaturalisationProcess.TITLE_ASSESSMENT, "QUALIFIES")
			.containsEntry(NaturalisationProcess.LIVELIHOOD_ASSESSMENT, "MET")
			.containsEntry(NaturalisationProcess.LANGUAGE_PROOF_FULFILLED, true)
			.containsEntry(NaturalisationProcess.KNOWLEDGE_PROOF_FULFILLED, true)
			.containsEntry(NaturalisationProcess.CRIMINAL_RECORD_ASSESSMENT, "DISREGARDED");
		case_.clerkCompletes(NaturalisationProcess.TASK_REVIEW_PRE_CHECK, EINBUERGERUNGSBEHOERDE,
				Map.of(NaturalisationProcess.PENDING_INVESTIGATION, false, NaturalisationProcess.PRE_CHECK_NOTE,
						"Vorprüfung ohne Beanstandung."));
		case_.agencyCompletes(NaturalisationProcess.TOPIC_REQUEST_CRIMINAL_RECORD_EXTRACT,
				Map.of(NaturalisationProcess.CRIMINAL_RECORD_EXTRACT_RESULT, "Keine Eintragung"));
		case_.agencyCompletes(NaturalisationProcess.TOPIC_SECURITY_QUERY,
				Map.of(NaturalisationProcess.SECURITY_QUERY_RESULT, "Keine Erkenntnisse"));
		case_.agencyCompletes(NaturalisationProcess.TOPIC_QUERY_CENTRAL_REGISTER,
				Map.of(NaturalisationProcess.CENTRAL_REGISTER_RESULT, "Angaben bestätigt"));
		case_.agencyCompletes(NaturalisationProcess.TOPIC_REQUEST_FOREIGNERS_FILE,
				Map.of(NaturalisationProcess.FOREIGNERS_FILE_RESULT, "Akte übersandt"));
		case_.clerkCompletes(NaturalisationProcess.TASK_DECIDE_APPLICATION, EINBUERGERUNGSBEHOERDE,
				Map.of(NaturalisationProcess.NATURALISATION_OUTCOME, NaturalisationProcess.OUTCOME_GRANTED,
						NaturalisationProcess.DECISION_REASON, "Voraussetzungen des § 10 StAG erfüllt."));
		case_.clerkCompletes(NaturalisationProcess.TASK_CONFIRM_FEE_PAYMENT, EINBUERGERUNGSBEHOERDE,
				Map.of(NaturalisationProcess.FEE_PAID_DATE, day(adviceDay)));
		case_.timePassesUntil(handoverDay);
		case_.clerkCompletes(NaturalisationProcess.TASK_HAND_OVER_CERTIFICATE, EINBUERGERUNGSBEHOERDE,
				Map.of(NaturalisationProcess.SOLEMN_COMMITMENT_MADE, true,
						NaturalisationProcess.CERTIFICATE_HANDED_OVER_DATE, day(handoverDay)));
		case_.agencyCompletes(NaturalisationProcess.TOPIC_NOTIFY_RESIDENTS_REGISTRATION);
		case_.agencyCompletes(NaturalisationProcess.TOPIC_NOTIFY_FOREIGNERS_AUTHORITY);
	}

	private void assertNaturalised(ProcessInstance chain, String reference, String handoverDay) {
		assertThat(chain).isEnded()
			.hasPassed(IntegrationChainProcess.CALL_ACTIVITY_ARRIVAL, IntegrationChainProcess.TASK_INTAKE_APPOINTMENT,
					IntegrationChainProcess.CALL_ACTIVITY_REGISTRATION,
					IntegrationChainProcess.CALL_ACTIVITY_BENEFIT_CLAIM,
					IntegrationChainProcess.CALL_ACTIVITY_JOBCENTRE_REFERRAL,
					IntegrationChainProcess.CALL_ACTIVITY_LANGUAGE_COURSE,
					IntegrationChainProcess.TASK_DETERMINE_NATURALISATION_DATE,
					IntegrationChainProcess.TIMER_RESIDENCE_PERIOD_FULFILLED,
					IntegrationChainProcess.CALL_ACTIVITY_NATURALISATION,
					IntegrationChainProcess.END_EVENT_CHAIN_COMPLETED)
			.hasNotPassed(IntegrationChainProcess.END_EVENT_NOT_ELIGIBLE)
			.variables()
			.containsEntry(NaturalisationProcess.NATURALISATION_OUTCOME, NaturalisationProcess.OUTCOME_GRANTED)
			.containsEntry(NaturalisationProcess.CERTIFICATE_HANDED_OVER_DATE, day(handoverDay));
		assertThat(this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceBusinessKey(reference)
			.count()).as("nothing of the case still running").isZero();
		assertThat(this.jdbc.sql("select count(*) from case_file where case_reference = :reference")
			.param("reference", reference)
			.query(Long.class)
			.single()).isOne();
	}

	/** Opens the case through the intake API and returns its reference. */
	private String openCase(String givenName, String familyName, String birthDate, String nationality,
			String residenceStatus, String arrivalDate, String moveInDate, String district) {
		Map<String, Object> intake = new HashMap<>();
		intake.put("givenName", givenName);
		intake.put("familyName", familyName);
		intake.put("birthDate", birthDate);
		intake.put("nationality", nationality);
		intake.put("residenceStatus", residenceStatus);
		intake.put("arrivalDate", arrivalDate);
		if (moveInDate != null) {
			intake.put("moveInDate", moveInDate);
		}
		intake.put("district", district);
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		ResponseEntity<Map> response = this.rest.withBasicAuth(PostgresTest.ADMIN, PostgresTest.ADMIN_PASSWORD)
			.postForEntity("/api/cases", new HttpEntity<>(intake, headers), Map.class);
		assertThat(response.getStatusCode()).as("intake: %s", response.getBody()).isEqualTo(HttpStatus.CREATED);
		return (String) response.getBody().get("caseReference");
	}

	private Object variable(ProcessInstance instance, String name) {
		return this.engine.getRuntimeService().getVariable(instance.getId(), name);
	}

	/** The calendar day of a date computed by a decision table (JVM time zone). */
	private static LocalDate calendarDay(Date date) {
		return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
	}

}
