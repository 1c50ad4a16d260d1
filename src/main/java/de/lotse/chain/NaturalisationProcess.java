package de.lotse.chain;

/**
 * Process key, BPMN element ids, messages, topics, error codes and variables of the
 * naturalisation stage ({@code processes/naturalisation.bpmn}). The chain passes the
 * {@link ChainVariables} and the inputs below; the stage returns
 * {@link #NATURALISATION_OUTCOME} and {@link #CERTIFICATE_HANDED_OVER_DATE}.
 */
public final class NaturalisationProcess {

	/** Process key (= process id) of the naturalisation stage. */
	public static final String PROCESS_KEY = "naturalisation";

	// Elements

	/** Start event: a naturalisation was requested. */
	public static final String START_EVENT = "StartEvent_NaturalisationRequested";

	/** User task: advice appointment. */
	public static final String TASK_ADVISE_APPLICANT = "Task_AdviseApplicant";

	/**
	 * Embedded sub-process from the application to the decision, ended by a withdrawal.
	 */
	public static final String SUB_PROCESS_APPLICATION_PROCEDURE = "SubProcess_ApplicationProcedure";

	/** User task: record the application with the facts of the pre-check. */
	public static final String TASK_RECORD_APPLICATION = "Task_RecordApplication";

	/** User task: check that the application is complete. */
	public static final String TASK_CHECK_COMPLETENESS = "Task_CheckCompleteness";

	/** User task: wait for the missing documents until the deadline. */
	public static final String TASK_AWAIT_MISSING_DOCUMENTS = "Task_AwaitMissingDocuments";

	/** Non-interrupting timer: the deadline for the missing documents passed. */
	public static final String TIMER_DOCUMENTS_DEADLINE = "Timer_DocumentsDeadline";

	/** Escalation user task for the integration manager: documents not submitted. */
	public static final String TASK_ESCALATE_MISSING_DOCUMENTS = "Task_EscalateMissingDocuments";

	/** End event of the missing-documents escalation. */
	public static final String EVENT_MISSING_DOCUMENTS_ESCALATED = "Event_MissingDocumentsEscalated";

	/** Business rule task: residence duration ({@code naturalisationResidenceDate}). */
	public static final String TASK_CHECK_RESIDENCE_DURATION = "Task_CheckResidenceDuration";

	/**
	 * Business rule task: qualifying residence right ({@code qualifyingResidenceTitle}).
	 */
	public static final String TASK_CHECK_RESIDENCE_TITLE = "Task_CheckResidenceTitle";

	/** Business rule task: livelihood ({@code livelihoodRequirement}). */
	public static final String TASK_CHECK_LIVELIHOOD = "Task_CheckLivelihood";

	/** Business rule task: language and knowledge ({@code languageAndKnowledgeProof}). */
	public static final String TASK_CHECK_LANGUAGE_AND_KNOWLEDGE = "Task_CheckLanguageAndKnowledge";

	/** Business rule task: criminal record under section 12a StAG. */
	public static final String TASK_CHECK_CRIMINAL_RECORD = "Task_CheckCriminalRecord";

	/** User task: the clerk confirms or corrects the pre-check recommendations. */
	public static final String TASK_REVIEW_PRE_CHECK = "Task_ReviewPreCheck";

	/** External task: extract from the Federal Central Criminal Register. */
	public static final String TASK_REQUEST_CRIMINAL_RECORD_EXTRACT = "Task_RequestCriminalRecordExtract";

	/** External task: routine security query for applicants aged 16 or more. */
	public static final String TASK_QUERY_SECURITY_AUTHORITY = "Task_QuerySecurityAuthority";

	/** External task: query of the Central Register of Foreigners. */
	public static final String TASK_QUERY_CENTRAL_REGISTER = "Task_QueryCentralRegister";

	/** External task: request of the foreigners' authority's file. */
	public static final String TASK_REQUEST_FOREIGNERS_FILE = "Task_RequestForeignersFile";

	/** User task: clarify the refused criminal record extract. */
	public static final String TASK_CLARIFY_CRIMINAL_RECORD_EXTRACT_REFUSAL = "Task_ClarifyCriminalRecordExtractRefusal";

	/** User task: clarify the refused security query. */
	public static final String TASK_CLARIFY_SECURITY_QUERY_REFUSAL = "Task_ClarifySecurityQueryRefusal";

	/** User task: clarify the refused central register query. */
	public static final String TASK_CLARIFY_CENTRAL_REGISTER_REFUSAL = "Task_ClarifyCentralRegisterRefusal";

	/** User task: clarify the refused file request. */
	public static final String TASK_CLARIFY_FOREIGNERS_FILE_REFUSAL = "Task_ClarifyForeignersFileRefusal";

	/** Message catch event: the pending investigation was concluded. */
	public static final String EVENT_INVESTIGATION_CONCLUDED = "Event_InvestigationConcluded";

	/** User task: the clerk decides (grant or reject). */
	public static final String TASK_DECIDE_APPLICATION = "Task_DecideApplication";

	/** User task: hearing before a rejection. */
	public static final String TASK_HEAR_APPLICANT = "Task_HearApplicant";

	/** Interrupting message boundary event: the applicant withdrew the application. */
	public static final String EVENT_APPLICATION_WITHDRAWN = "Event_ApplicationWithdrawn";

	/** Business rule task: fee ({@code naturalisationFee}). */
	public static final String TASK_DETERMINE_FEE = "Task_DetermineFee";

	/** User task: confirm that the fee was paid. */
	public static final String TASK_CONFIRM_FEE_PAYMENT = "Task_ConfirmFeePayment";

	/** Non-interrupting timer: the fee is overdue. */
	public static final String TIMER_FEE_REMINDER = "Timer_FeeReminder";

	/** Escalation user task for the integration manager: fee not paid. */
	public static final String TASK_ESCALATE_FEE_PAYMENT = "Task_EscalateFeePayment";

	/** End event of the fee escalation. */
	public static final String EVENT_FEE_PAYMENT_ESCALATED = "Event_FeePaymentEscalated";

	/** User task: hand over the certificate after the solemn commitment. */
	public static final String TASK_HAND_OVER_CERTIFICATE = "Task_HandOverCertificate";

	/** External task: notify the residents' registration office. */
	public static final String TASK_NOTIFY_RESIDENTS_REGISTRATION = "Task_NotifyResidentsRegistration";

	/** External task: notify the foreigners' authority. */
	public static final String TASK_NOTIFY_FOREIGNERS_AUTHORITY = "Task_NotifyForeignersAuthority";

	/** End event: the person is naturalised. */
	public static final String EVENT_NATURALISATION_COMPLETED = "Event_NaturalisationCompleted";

	/** End event: the procedure ended without naturalisation (rejected or withdrawn). */
	public static final String EVENT_PROCEDURE_CLOSED = "Event_ProcedureClosed";

	// Messages

	/** Message: the applicant withdrew the application, correlated by business key. */
	public static final String MESSAGE_APPLICATION_WITHDRAWN = "ApplicationWithdrawn";

	/** Message: the pending investigation (section 12a (3) StAG) was concluded. */
	public static final String MESSAGE_INVESTIGATION_CONCLUDED = "InvestigationConcluded";

	// Topics

	/** Topic: request an extract from the Federal Central Criminal Register. */
	public static final String TOPIC_REQUEST_CRIMINAL_RECORD_EXTRACT = "agency.bundeszentralregister.request-extract";

	/** Topic: routine query to the domestic intelligence service (section 37 StAG). */
	public static final String TOPIC_SECURITY_QUERY = "agency.verfassungsschutz.security-query";

	/** Topic: query the Central Register of Foreigners (section 19 AZRG). */
	public static final String TOPIC_QUERY_CENTRAL_REGISTER = "agency.auslaenderzentralregister.query";

	/** Topic: request the file of the foreigners' authority. */
	public static final String TOPIC_REQUEST_FOREIGNERS_FILE = "agency.auslaenderbehoerde.request-file";

	/** Topic: notify the residents' registration office of the naturalisation. */
	public static final String TOPIC_NOTIFY_RESIDENTS_REGISTRATION = "agency.meldebehoerde.notify-naturalisation";

	/** Topic: notify the foreigners' authority of the naturalisation. */
	public static final String TOPIC_NOTIFY_FOREIGNERS_AUTHORITY = "agency.auslaenderbehoerde.notify-naturalisation";

	// Error codes

	/** Error code: an agency refused a request (business rejection). */
	public static final String ERROR_AGENCY_REQUEST_REFUSED = "AGENCY_REQUEST_REFUSED";

	// Inputs from the chain

	/** Start of the counted lawful residence ({@code java.util.Date}). */
	public static final String COUNTED_RESIDENCE_START = "countedResidenceStart";

	/** Legal basis of the residence title, e.g. {@code 25_2} ({@code String}). */
	public static final String TITLE_PARAGRAPH = "titleParagraph";

	/**
	 * Kind of residence right: UNLIMITED, EU_CH_CITIZEN, RESIDENCE_PERMIT
	 * ({@code String}).
	 */
	public static final String RESIDENCE_RIGHT_TYPE = "residenceRightType";

	/**
	 * User id of the person's integration manager, assignee of escalations
	 * ({@code String}).
	 */
	public static final String INTEGRATION_MANAGER = "integrationManager";

	// Outputs to the chain

	/**
	 * Outcome: {@link #OUTCOME_GRANTED}, {@link #OUTCOME_REJECTED} or
	 * {@link #OUTCOME_WITHDRAWN}.
	 */
	public static final String NATURALISATION_OUTCOME = "naturalisationOutcome";

	/** Date the certificate was handed over; naturalisation takes effect then. */
	public static final String CERTIFICATE_HANDED_OVER_DATE = "certificateHandedOverDate";

	/** Outcome value: naturalised. */
	public static final String OUTCOME_GRANTED = "GRANTED";

	/** Outcome value: application rejected after the hearing. */
	public static final String OUTCOME_REJECTED = "REJECTED";

	/** Outcome value: application withdrawn before the decision. */
	public static final String OUTCOME_WITHDRAWN = "WITHDRAWN";

	// Variables of the stage

	/** Date of the advice appointment. */
	public static final String ADVICE_DATE = "adviceDate";

	/** Date the application was filed (livelihood transitional rule). */
	public static final String APPLICATION_DATE = "applicationDate";

	/** Naturalisation route: STANDARD, SPOUSE_OF_GERMAN or FAST_TRACK. */
	public static final String APPLICATION_PATH = "applicationPath";

	/** Date of marriage to a German (route SPOUSE_OF_GERMAN). */
	public static final String MARRIAGE_DATE = "marriageDate";

	/** Receives SGB II or SGB XII benefits. */
	public static final String RECEIVES_SGB2_OR_SGB12 = "receivesSgb2OrSgb12";

	/** Former guest or contract worker (language rule). */
	public static final String GUEST_WORKER = "guestWorker";

	/** Former guest or contract worker not responsible for the benefit receipt. */
	public static final String GUEST_WORKER_NOT_RESPONSIBLE = "guestWorkerNotResponsible";

	/** Currently in full-time employment. */
	public static final String FULL_TIME_NOW = "fullTimeNow";

	/** Months of full-time employment in the last 24 months. */
	public static final String FULL_TIME_MONTHS_LAST_24 = "fullTimeMonthsLast24";

	/** Spouse of a full-time worker, living with a minor child. */
	public static final String SPOUSE_OF_FULL_TIME_WORKER_WITH_MINOR_CHILD = "spouseOfFullTimeWorkerWithMinorChild";

	/** Kind of language proof, e.g. DTZ or GERMAN_SCHOOL_CERTIFICATE. */
	public static final String LANGUAGE_PROOF = "languageProof";

	/** Written German level (NONE, A1, A2, B1, B2_PLUS). */
	public static final String WRITTEN_GERMAN_LEVEL = "writtenGermanLevel";

	/** Oral German level (NONE, A1, A2, B1, B2_PLUS). */
	public static final String ORAL_GERMAN_LEVEL = "oralGermanLevel";

	/** Kind of knowledge proof, e.g. EINBUERGERUNGSTEST. */
	public static final String KNOWLEDGE_PROOF = "knowledgeProof";

	/** Points in the naturalisation or LiD test (0 to 33). */
	public static final String KNOWLEDGE_TEST_SCORE = "knowledgeTestScore";

	/** Exemption from language and knowledge proof for illness, disability or age. */
	public static final String ILLNESS_DISABILITY_OR_AGE_EXEMPTION = "illnessDisabilityOrAgeExemption";

	/** A criminal investigation or proceeding is pending (section 12a (3) StAG). */
	public static final String PENDING_INVESTIGATION = "pendingInvestigation";

	/** An inhuman motive was established in a judgment. */
	public static final String HATE_MOTIVE_ESTABLISHED = "hateMotiveEstablished";

	/** A prison sentence was not suspended or not remitted. */
	public static final String UNSUSPENDED_PRISON_SENTENCE = "unsuspendedPrisonSentence";

	/** Sum of daily rates and days of imprisonment. */
	public static final String TOTAL_SENTENCE_DAYS = "totalSentenceDays";

	/** Minor naturalised together with a parent. */
	public static final String CO_NATURALISED_WITH_PARENT = "coNaturalisedWithParent";

	/** Has an own income (fee for minors). */
	public static final String OWN_INCOME = "ownIncome";

	/** Age of the applicant in years, computed from the date of birth. */
	public static final String APPLICANT_AGE = "applicantAge";

	/** Whether the clerk found the application complete. */
	public static final String APPLICATION_COMPLETE = "applicationComplete";

	/** Missing documents, as listed by the clerk. */
	public static final String MISSING_DOCUMENTS = "missingDocuments";

	/** Deadline for the missing documents. */
	public static final String DOCUMENTS_DUE_DATE = "documentsDueDate";

	/** Date the missing documents arrived. */
	public static final String DOCUMENTS_RECEIVED_DATE = "documentsReceivedDate";

	/** Recommended residence rule ({@code naturalisationResidenceDate}). */
	public static final String RESIDENCE_ROUTE = "residenceRoute";

	/** Recommended earliest date the residence requirement is met. */
	public static final String EARLIEST_ELIGIBLE_DATE = "earliestEligibleDate";

	/** Recommendation on the residence right ({@code qualifyingResidenceTitle}). */
	public static final String TITLE_ASSESSMENT = "titleAssessment";

	/** Recommendation on the livelihood ({@code livelihoodRequirement}). */
	public static final String LIVELIHOOD_ASSESSMENT = "livelihoodAssessment";

	/** Recommendation: language proof fulfilled. */
	public static final String LANGUAGE_PROOF_FULFILLED = "languageProofFulfilled";

	/** Recommendation: knowledge proof fulfilled. */
	public static final String KNOWLEDGE_PROOF_FULFILLED = "knowledgeProofFulfilled";

	/** Recommendation under section 12a StAG ({@code criminalRecordRelevance}). */
	public static final String CRIMINAL_RECORD_ASSESSMENT = "criminalRecordAssessment";

	/** Clerk's note on the pre-check. */
	public static final String PRE_CHECK_NOTE = "preCheckNote";

	/** Answer of the Federal Central Criminal Register. */
	public static final String CRIMINAL_RECORD_EXTRACT_RESULT = "criminalRecordExtractResult";

	/** Answer of the domestic intelligence service. */
	public static final String SECURITY_QUERY_RESULT = "securityQueryResult";

	/** Answer of the Central Register of Foreigners. */
	public static final String CENTRAL_REGISTER_RESULT = "centralRegisterResult";

	/** Answer of the foreigners' authority on the file request. */
	public static final String FOREIGNERS_FILE_RESULT = "foreignersFileResult";

	/** Error message of an agency's refusal. */
	public static final String AGENCY_REFUSAL_MESSAGE = "agencyRefusalMessage";

	/** Clerk's note on how a refused request was clarified. */
	public static final String CLARIFICATION_NOTE = "clarificationNote";

	/** Reasons of the clerk's decision. */
	public static final String DECISION_REASON = "decisionReason";

	/** Date of the hearing before a rejection. */
	public static final String HEARING_DATE = "hearingDate";

	/** Whether the rejection is upheld after the hearing. */
	public static final String REJECTION_UPHELD = "rejectionUpheld";

	/** Fee in euros ({@code naturalisationFee}). */
	public static final String FEE_AMOUNT = "feeAmount";

	/** Date the fee is due. */
	public static final String FEE_DUE_DATE = "feeDueDate";

	/** Date the fee was paid. */
	public static final String FEE_PAID_DATE = "feePaidDate";

	/** Whether the solemn commitment (section 16 StAG) was made. */
	public static final String SOLEMN_COMMITMENT_MADE = "solemnCommitmentMade";

	/** Note of the integration manager on an escalation. */
	public static final String ESCALATION_NOTE = "escalationNote";

	private NaturalisationProcess() {
	}

}
