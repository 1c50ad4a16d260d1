package de.lotse.chain;

/**
 * Process {@code integration-chain}: the main process of one case (business key = case
 * reference), from arrival through the intake appointment, registration, benefits, job
 * centre and language course to naturalisation. Instances live for years.
 */
public final class IntegrationChainProcess {

	/** Process key (= BPMN process id). */
	public static final String KEY = "integration-chain";

	/** Start event: case opened with the case facts of {@link ChainVariables}. */
	public static final String START_EVENT = "StartEvent_CaseOpened";

	/** Call activity: {@code arrival}. */
	public static final String CALL_ACTIVITY_ARRIVAL = "CallActivity_Arrival";

	/** End event: the case left the municipality during arrival. */
	public static final String END_EVENT_CASE_HANDED_OVER = "EndEvent_CaseHandedOver";

	/** User task (integrationsmanagement): intake appointment at the kleines Rathaus. */
	public static final String TASK_INTAKE_APPOINTMENT = "Task_IntakeAppointment";

	/** Call activity: {@code registration}. */
	public static final String CALL_ACTIVITY_REGISTRATION = "CallActivity_Registration";

	/** Call activity: {@code language-course}, after the registration. */
	public static final String CALL_ACTIVITY_LANGUAGE_COURSE = "CallActivity_LanguageCourse";

	/** Call activity: {@code benefit-claim}. */
	public static final String CALL_ACTIVITY_BENEFIT_CLAIM = "CallActivity_BenefitClaim";

	/** Call activity: {@code jobcentre-referral}. */
	public static final String CALL_ACTIVITY_JOBCENTRE_REFERRAL = "CallActivity_JobcentreReferral";

	/** End event: the status does not lead to naturalisation. */
	public static final String END_EVENT_NOT_ELIGIBLE = "EndEvent_NotEligible";

	/** Business rule task: earliest naturalisation date. */
	public static final String TASK_DETERMINE_NATURALISATION_DATE = "Task_DetermineNaturalisationDate";

	/** Timer catch event: the residence period for naturalisation is fulfilled. */
	public static final String TIMER_RESIDENCE_PERIOD_FULFILLED = "Timer_ResidencePeriodFulfilled";

	/** Call activity: {@code naturalisation}. */
	public static final String CALL_ACTIVITY_NATURALISATION = "CallActivity_Naturalisation";

	/** End event: naturalisation procedure finished. */
	public static final String END_EVENT_CHAIN_COMPLETED = "EndEvent_ChainCompleted";

	/** Key of the language-course sub-process. */
	public static final String LANGUAGE_COURSE_KEY = "language-course";

	/** Key of the naturalisation sub-process. */
	public static final String NATURALISATION_KEY = "naturalisation";

	/**
	 * The person's integration manager (user id), recorded at the intake appointment;
	 * assignee of every escalation task ({@code String}).
	 */
	public static final String INTEGRATION_MANAGER = "integrationManager";

	/** Start of the residence counted for naturalisation ({@code java.util.Date}). */
	public static final String COUNTED_RESIDENCE_START = "countedResidenceStart";

	/** Earliest date the residence period is fulfilled ({@code java.util.Date}). */
	public static final String EARLIEST_ELIGIBLE_DATE = "earliestEligibleDate";

	/** Residence rule applied, e.g. {@code STANDARD_5_YEARS}. */
	public static final String RESIDENCE_ROUTE = "residenceRoute";

	private IntegrationChainProcess() {
	}

}
