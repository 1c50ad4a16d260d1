package de.lotse.chain;

/**
 * Process key, BPMN element ids, messages, topics, error codes and variables of the
 * integration-course stage ({@code processes/language-course.bpmn}). The chain passes the
 * {@link ChainVariables} and the inputs below; the stage returns
 * {@link #COURSE_CERTIFICATE}, {@link #DTZ_LEVEL} and {@link #LID_SCORE}.
 */
public final class LanguageCourseProcess {

	/** Process key (= process id) of the integration-course stage. */
	public static final String PROCESS_KEY = "language-course";

	// Elements

	/** Start event: the chain requested the integration course. */
	public static final String START_EVENT = "StartEvent_CourseRequested";

	/** Business rule task: entitlement ({@code integrationCourseEntitlement}). */
	public static final String TASK_DETERMINE_ENTITLEMENT = "Task_DetermineEntitlement";

	/** Business rule task: obligation ({@code integrationCourseObligation}). */
	public static final String TASK_DETERMINE_OBLIGATION = "Task_DetermineObligation";

	/** User task: confirm entitlement and obligation, issue the Berechtigungsschein. */
	public static final String TASK_CONFIRM_ENTITLEMENT = "Task_ConfirmEntitlement";

	/** End event: no course (not entitled and no self-payer wish). */
	public static final String EVENT_NO_COURSE = "Event_NoCourse";

	/** External task: register the participant with a course provider. */
	public static final String TASK_REGISTER_WITH_PROVIDER = "Task_RegisterWithProvider";

	/** Interrupting message boundary event: the person registered directly. */
	public static final String EVENT_REGISTERED_DIRECTLY = "Event_RegisteredDirectly";

	/** Non-interrupting timer: the entitlement lapses without registration. */
	public static final String TIMER_ENTITLEMENT_EXPIRY = "Timer_EntitlementExpiry";

	/** Escalation user task for the integration manager: entitlement lapsed. */
	public static final String TASK_ESCALATE_ENTITLEMENT_EXPIRY = "Task_EscalateEntitlementExpiry";

	/** End event of the entitlement escalation. */
	public static final String EVENT_ENTITLEMENT_EXPIRY_ESCALATED = "Event_EntitlementExpiryEscalated";

	/** Error boundary event: the provider refused the registration. */
	public static final String EVENT_REGISTRATION_REFUSED = "Event_RegistrationRefused";

	/** User task: find another course provider after a refusal. */
	public static final String TASK_FIND_OTHER_PROVIDER = "Task_FindOtherProvider";

	/** Receive task: wait for the course start. */
	public static final String TASK_AWAIT_COURSE_START = "Task_AwaitCourseStart";

	/** Non-interrupting timer: no course start 6 weeks after registration. */
	public static final String TIMER_COURSE_START_DEADLINE = "Timer_CourseStartDeadline";

	/** Escalation user task for the integration manager: course did not start. */
	public static final String TASK_ESCALATE_COURSE_START = "Task_EscalateCourseStart";

	/** End event of the course-start escalation. */
	public static final String EVENT_COURSE_START_ESCALATED = "Event_CourseStartEscalated";

	/** User task: record the DTZ and LiD results. */
	public static final String TASK_RECORD_COURSE_RESULTS = "Task_RecordCourseResults";

	/** Business rule task: course outcome ({@code courseOutcome}). */
	public static final String TASK_EVALUATE_COURSE_OUTCOME = "Task_EvaluateCourseOutcome";

	/** End event: the course is completed. */
	public static final String EVENT_COURSE_COMPLETED = "Event_CourseCompleted";

	// Messages

	/** Message: a provider confirmed a registration the person made directly. */
	public static final String MESSAGE_COURSE_REGISTRATION_CONFIRMED = "CourseRegistrationConfirmed";

	/** Message: the provider reports the course start. */
	public static final String MESSAGE_COURSE_STARTED = "CourseStarted";

	// Topics

	/** Topic: register the participant with the course provider. */
	public static final String TOPIC_REGISTER_PARTICIPANT = "agency.kurstraeger.register-participant";

	// Error codes

	/** Error code: the provider refused the registration. */
	public static final String ERROR_REGISTRATION_REFUSED = "REGISTRATION_REFUSED";

	// Inputs from the chain

	/** Legal basis of the residence title, e.g. {@code 25_2} ({@code String}). */
	public static final String TITLE_PARAGRAPH = "titleParagraph";

	/** Issue date of the residence title ({@code java.util.Date}). */
	public static final String TITLE_ISSUE_DATE = "titleIssueDate";

	/** Whether the title is issued for the first time ({@code Boolean}). */
	public static final String FIRST_ISSUE = "firstIssue";

	/** Validity of the title in months ({@code Integer}). */
	public static final String TITLE_VALIDITY_MONTHS = "titleValidityMonths";

	/** German level: NONE, A1, A2, B1, B2_PLUS ({@code String}). */
	public static final String GERMAN_LEVEL = "germanLevel";

	/** In school education in Germany ({@code Boolean}). */
	public static final String IN_SCHOOL = "inSchool";

	/**
	 * Receives SGB II benefits; routes the confirmation to the job centre
	 * ({@code Boolean}).
	 */
	public static final String SGB2_RECIPIENT = "sgb2Recipient";

	/** Receives AsylbLG benefits ({@code Boolean}). */
	public static final String ASYLBLG_RECIPIENT = "asylblgRecipient";

	/** The job centre requires participation ({@code Boolean}). */
	public static final String JOBCENTER_REQUESTS_PARTICIPATION = "jobcenterRequestsParticipation";

	/**
	 * User id of the person's integration manager, assignee of escalations
	 * ({@code String}).
	 */
	public static final String INTEGRATION_MANAGER = "integrationManager";

	// Outputs to the chain

	/** Zertifikat Integrationskurs obtained ({@code Boolean}; false without course). */
	public static final String COURSE_CERTIFICATE = "courseCertificate";

	/** DTZ result: B1, A2 or BELOW ({@code String}). */
	public static final String DTZ_LEVEL = "dtzLevel";

	/** Points in the LiD test, 0 to 33 ({@code Integer}). */
	public static final String LID_SCORE = "lidScore";

	// Variables of the stage

	/** Recommended entitlement ({@code integrationCourseEntitlement}). */
	public static final String RECOMMENDED_ENTITLEMENT = "recommendedEntitlement";

	/** Date the entitlement lapses, from the decision table. */
	public static final String ENTITLEMENT_EXPIRY_DATE = "entitlementExpiryDate";

	/** Recommended obligation ({@code integrationCourseObligation}). */
	public static final String RECOMMENDED_OBLIGATION = "recommendedObligation";

	/** Recommended obliging authority, e.g. ABH_NR1A or JC_NR2. */
	public static final String OBLIGING_AUTHORITY = "obligingAuthority";

	/** Entitlement confirmed by the clerk (same codes as the recommendation). */
	public static final String ENTITLEMENT = "entitlement";

	/** Obligation confirmed by the clerk. */
	public static final String OBLIGED = "obliged";

	/** Issue date of the Berechtigungsschein. */
	public static final String ENTITLEMENT_ISSUE_DATE = "entitlementIssueDate";

	/** The person wants to attend as a self-payer. */
	public static final String SELF_PAYER_REQUESTED = "selfPayerRequested";

	/** Deadline of the registration: entitlement expiry, else one year. */
	public static final String REGISTRATION_DUE_DATE = "registrationDueDate";

	/** Date of the registration with the provider. */
	public static final String REGISTRATION_DATE = "registrationDate";

	/** Name of the course provider. */
	public static final String COURSE_PROVIDER = "courseProvider";

	/** Reason the provider gave for refusing the registration. */
	public static final String REGISTRATION_REFUSAL_MESSAGE = "registrationRefusalMessage";

	/** Date the course started. */
	public static final String COURSE_START_DATE = "courseStartDate";

	/** Course type: GENERAL or SPECIAL. */
	public static final String COURSE_TYPE = "courseType";

	/** Date the course was completed. */
	public static final String COMPLETION_DATE = "completionDate";

	/** The participant paid the contribution. */
	public static final String PAID_CONTRIBUTION = "paidContribution";

	/** All results of {@code courseOutcome}. */
	public static final String COURSE_OUTCOMES = "courseOutcomes";

	/** A repetition with 300 teaching units is possible. */
	public static final String REPETITION_POSSIBLE = "repetitionPossible";

	/** The one repetition was used. */
	public static final String REPETITION_USED = "repetitionUsed";

	/** Note of the integration manager on an escalation. */
	public static final String ESCALATION_NOTE = "escalationNote";

	private LanguageCourseProcess() {
	}

}
