package de.lotse.chain;

import java.util.Set;

/**
 * Process {@code arrival}: arrival in the municipality by status: asylum route with the
 * Zuweisung, visa routes, EU free movement, temporary protection under § 24 AufenthG and
 * unaccompanied minors at the Jugendamt first. A replaceable sub-process.
 */
public final class ArrivalProcess {

	/** Process key (= BPMN process id). */
	public static final String KEY = "arrival";

	/** Message catch event: Zuweisung by the Bezirksregierung received. */
	public static final String EVENT_ZUWEISUNG_RECEIVED = "Event_ZuweisungReceived";

	/** User task (sozialamt): admission to municipal accommodation. */
	public static final String TASK_ADMIT_TO_ACCOMMODATION = "Task_AdmitToMunicipalAccommodation";

	/** User task (auslaenderbehoerde): issue the residence card after a visa entry. */
	public static final String TASK_ISSUE_RESIDENCE_CARD = "Task_IssueResidenceCard";

	/** User task (auslaenderbehoerde): grant the § 24 residence permit. */
	public static final String TASK_GRANT_TEMPORARY_PROTECTION = "Task_GrantTemporaryProtection";

	/** User task (jugendamt): provisional care under § 42a SGB VIII. */
	public static final String TASK_PROVISIONAL_CARE = "Task_ProvisionalCare";

	/** Business rule task: routing of the minor (DMN {@code minorRouting}). */
	public static final String TASK_ROUTE_MINOR = "Task_RouteMinor";

	/** User task (jugendamt): age assessment under § 42f SGB VIII. */
	public static final String TASK_ASSESS_AGE = "Task_AssessAge";

	/** User task (jugendamt): decision on distribution under § 42b SGB VIII. */
	public static final String TASK_DECIDE_DISTRIBUTION = "Task_DecideDistribution";

	/** Non-interrupting timer: the distribution deadline is reached. */
	public static final String TIMER_DISTRIBUTION_DEADLINE = "Timer_DistributionDeadline";

	/** User task (integrationsmanagement): escalation of the distribution deadline. */
	public static final String TASK_ESCALATE_DISTRIBUTION = "Task_EscalateDistributionDeadline";

	/** User task (jugendamt): regular taking into care under § 42 SGB VIII. */
	public static final String TASK_TAKE_INTO_REGULAR_CARE = "Task_TakeIntoRegularCare";

	/** User task (jugendamt): record the appointed guardian. */
	public static final String TASK_RECORD_GUARDIANSHIP = "Task_RecordGuardianship";

	/** End event: adult by age assessment, handed to state reception. */
	public static final String END_EVENT_ADULT_BY_ASSESSMENT = "EndEvent_AdultByAssessment";

	/** End event: adult by stated age, handed to state reception. */
	public static final String END_EVENT_ADULT_BY_STATED_AGE = "EndEvent_AdultByStatedAge";

	/** End event: minor distributed to another Jugendamt. */
	public static final String END_EVENT_MINOR_DISTRIBUTED = "EndEvent_MinorDistributed";

	/** End event: the person lives in the municipality. */
	public static final String END_EVENT_ARRIVED = "EndEvent_ArrivedInMunicipality";

	/** Message name of the Zuweisung, correlated by business key. */
	public static final String MESSAGE_ZUWEISUNG_RECEIVED = "ZuweisungReceived";

	/**
	 * Date of the Zuweisung decision, set by the Zuweisung message
	 * ({@code java.util.Date}).
	 */
	public static final String ALLOCATION_DATE = "allocationDate";

	/**
	 * Residence statuses whose arrival waits for a Zuweisung (the asylum route of the
	 * gateway {@code Gateway_ArrivalRoute}).
	 */
	public static final Set<String> STATUSES_AWAITING_ZUWEISUNG = Set.of("ASYL_SEEKER", "TOLERATED", "PROTECTED_ASYL",
			"PROTECTED_GFK", "PROTECTED_SUB", "NAT_BAN", "HUM_OTHER");

	/**
	 * Output: {@code IN_MUNICIPALITY}, {@code DISTRIBUTED} (minor distributed elsewhere)
	 * or {@code STATE_RECEPTION} (adult, handed to the state reception).
	 */
	public static final String ARRIVAL_OUTCOME = "arrivalOutcome";

	/** Outcome: the person lives in the municipality. */
	public static final String OUTCOME_IN_MUNICIPALITY = "IN_MUNICIPALITY";

	/** Outcome: the minor was distributed to another Jugendamt. */
	public static final String OUTCOME_DISTRIBUTED = "DISTRIBUTED";

	/** Outcome: the person is adult and was handed to the state reception. */
	public static final String OUTCOME_STATE_RECEPTION = "STATE_RECEPTION";

	/** Output: paragraph of the residence title, e.g. {@code 18b}, {@code 24}. */
	public static final String TITLE_PARAGRAPH = "titleParagraph";

	/** Output: issue date of the residence title ({@code java.util.Date}). */
	public static final String TITLE_ISSUE_DATE = "titleIssueDate";

	/** Output: first § 24 permit or Fiktionsbescheinigung ({@code java.util.Date}). */
	public static final String UKR24_FIRST_ISSUE_DATE = "ukr24FirstIssueDate";

	/** Age stated by the minor ({@code Integer}). */
	public static final String STATED_AGE = "statedAge";

	/** Whether the stated age is in doubt ({@code Boolean}). */
	public static final String AGE_DISPUTED = "ageDisputed";

	/** Result of the age assessment: {@code MINOR} or {@code ADULT}. */
	public static final String AGE_ASSESSMENT_RESULT = "ageAssessmentResult";

	/** Distribution decision: {@code REGISTERED} or {@code EXCLUDED}. */
	public static final String DISTRIBUTION_DECISION = "distributionDecision";

	/** Date of arrival in the municipal accommodation ({@code java.util.Date}). */
	public static final String ACCOMMODATION_ARRIVAL_DATE = "accommodationArrivalDate";

	/** Name of the municipal accommodation. */
	public static final String ACCOMMODATION_NAME = "accommodationName";

	/** Reasons of the age assessment. */
	public static final String AGE_ASSESSMENT_NOTE = "ageAssessmentNote";

	/** Reasons of the distribution decision. */
	public static final String DISTRIBUTION_NOTE = "distributionNote";

	/** Steps agreed after the missed distribution deadline. */
	public static final String DISTRIBUTION_ESCALATION_NOTE = "distributionEscalationNote";

	/**
	 * Date of the request to the family court for a guardian ({@code java.util.Date}).
	 */
	public static final String GUARDIANSHIP_REQUEST_DATE = "guardianshipRequestDate";

	/** Date the guardian was appointed ({@code java.util.Date}). */
	public static final String GUARDIAN_APPOINTED_DATE = "guardianAppointedDate";

	/** Name of the guardian. */
	public static final String GUARDIAN_NAME = "guardianName";

	private ArrivalProcess() {
	}

}
