package de.lotse.chain;

/**
 * Process {@code registration}: residence registration (Anmeldung) at the Meldebehörde
 * within 14 days of moving in (§ 17 BMG) and the notification of the Ausländerbehörde (§
 * 72 AufenthV).
 */
public final class RegistrationProcess {

	/** Process key (= BPMN process id). */
	public static final String KEY = "registration";

	/** Start event: the intake appointment opened the registration. */
	public static final String START_EVENT = "StartEvent_RegistrationRequested";

	/** Business rule task computing the registration deadline. */
	public static final String TASK_DETERMINE_DEADLINE = "Task_DetermineRegistrationDeadline";

	/** Embedded sub-process: the waiting part of the registration. */
	public static final String SUB_PROCESS_REGISTRATION = "SubProcess_Registration";

	/** External task: submit the Anmeldung to the Meldebehörde. */
	public static final String TASK_REGISTER_RESIDENCE = "Task_RegisterResidence";

	/** Error boundary event: the Meldebehörde refused the Anmeldung. */
	public static final String EVENT_REGISTRATION_REFUSED = "Event_RegistrationRefused";

	/** User task (meldebehoerde): clarify doubts about the address. */
	public static final String TASK_CLARIFY_ADDRESS_DOUBT = "Task_ClarifyAddressDoubt";

	/** User task (meldebehoerde): confirm the Anmeldung with its date. */
	public static final String TASK_CONFIRM_REGISTRATION = "Task_ConfirmRegistration";

	/** End event inside the sub-process: the Anmeldung is not possible. */
	public static final String END_EVENT_REFUSED = "EndEvent_RegistrationRefused";

	/** Non-interrupting timer boundary event: the registration deadline passed. */
	public static final String TIMER_REGISTRATION_DEADLINE = "Timer_RegistrationDeadline";

	/** User task (integrationsmanagement): escalation of the missed deadline. */
	public static final String TASK_ESCALATE_DEADLINE = "Task_EscalateRegistrationDeadline";

	/** External task: notify the Ausländerbehörde of the registration. */
	public static final String TASK_NOTIFY_AUSLAENDERBEHOERDE = "Task_NotifyAuslaenderbehoerde";

	/** End event: registration failed, no registration date. */
	public static final String END_EVENT_NOT_POSSIBLE = "EndEvent_RegistrationNotPossible";

	/** End event: registration completed. */
	public static final String END_EVENT_COMPLETED = "EndEvent_RegistrationCompleted";

	/** Topic of the external task that submits the Anmeldung. */
	public static final String TOPIC_REGISTER = "agency.meldebehoerde.register";

	/** Topic of the external task that notifies the Ausländerbehörde (§ 72 AufenthV). */
	public static final String TOPIC_NOTIFY_REGISTRATION = "agency.auslaenderbehoerde.notify-registration";

	/** Error code of the business rejection by the Meldebehörde. */
	public static final String ERROR_REGISTRATION_REFUSED = "REGISTRATION_REFUSED";

	/** Output: date of the Anmeldung ({@code java.util.Date}; unset if it failed). */
	public static final String REGISTRATION_DATE = "registrationDate";

	/** Last day to register, from the DMN ({@code java.util.Date}). */
	public static final String REGISTRATION_DUE_DATE = "registrationDueDate";

	/** Outcome of the address clarification: {@code RESOLVED} or {@code SHAM_ADDRESS}. */
	public static final String ADDRESS_DOUBT_OUTCOME = "addressDoubtOutcome";

	/** Clerk's reasons for the outcome of the address clarification. */
	public static final String ADDRESS_DOUBT_NOTE = "addressDoubtNote";

	/** Steps agreed by the integration manager after a missed deadline. */
	public static final String ESCALATION_NOTE = "registrationEscalationNote";

	private RegistrationProcess() {
	}

}
