package de.lotse.chain;

/**
 * Process {@code benefit-claim}: benefit claim in the regime recommended by the DMN and
 * confirmed by a clerk: AsylbLG at the Sozialamt (with the § 2 level change and the
 * switch to SGB II after a positive BAMF decision), SGB II at the Jobcenter, SGB XII or
 * none.
 */
public final class BenefitClaimProcess {

	/** Process key (= BPMN process id). */
	public static final String KEY = "benefit-claim";

	/** User task (sozialamt): record the facts for the benefit-regime decision. */
	public static final String TASK_RECORD_FACTS = "Task_RecordBenefitFacts";

	/** Business rule task: recommended benefit regime. */
	public static final String TASK_RECOMMEND_REGIME = "Task_RecommendBenefitRegime";

	/** User task (jobcenter or sozialamt): confirm or override the recommendation. */
	public static final String TASK_CONFIRM_REGIME = "Task_ConfirmBenefitRegime";

	/** User task (sozialamt): check the AsylbLG application. */
	public static final String TASK_CHECK_ASYLBLG_APPLICATION = "Task_CheckAsylblgApplication";

	/** User task (sozialamt): decide on AsylbLG benefits. */
	public static final String TASK_DECIDE_ASYLBLG = "Task_DecideAsylblg";

	/** External task: pay the first AsylbLG benefit. */
	public static final String TASK_PAY_FIRST_ASYLBLG_BENEFIT = "Task_PayFirstAsylblgBenefit";

	/** Embedded sub-process: AsylbLG receipt until the BAMF decision. */
	public static final String SUB_PROCESS_ASYLBLG_RECEIPT = "SubProcess_AsylblgReceipt";

	/** Message catch event: the BAMF decision arrived. */
	public static final String EVENT_BAMF_DECISION_RECEIVED = "Event_BamfDecisionReceived";

	/** Non-interrupting timer: 36 months of stay, § 2 AsylbLG level change. */
	public static final String TIMER_ANALOGUE_BENEFITS_DUE = "Timer_AnalogueBenefitsDue";

	/** User task (sozialamt): review the § 2 AsylbLG analogue benefits. */
	public static final String TASK_REVIEW_ANALOGUE_BENEFITS = "Task_ReviewAnalogueBenefits";

	/** End event: the person already receives § 2 analogue benefits, no review. */
	public static final String END_EVENT_ALREADY_ANALOGUE = "EndEvent_AlreadyAnalogue";

	/** End event: asylum rejected, AsylbLG continues outside the chain. */
	public static final String END_EVENT_ASYLBLG_CONTINUES = "EndEvent_AsylblgContinues";

	/** Business rule task: AsylbLG end, SGB II start and apply-by date. */
	public static final String TASK_DETERMINE_SGB2_START = "Task_DetermineSgb2Start";

	/** User task (sozialamt): end AsylbLG at the end of the month. */
	public static final String TASK_END_ASYLBLG = "Task_EndAsylblg";

	/** User task (jobcenter): receive the SGB II application. */
	public static final String TASK_RECEIVE_SGB2_APPLICATION = "Task_ReceiveSgb2Application";

	/** Non-interrupting timer: the SGB II apply-by date is reached. */
	public static final String TIMER_SGB2_APPLY_BY_DATE = "Timer_Sgb2ApplyByDate";

	/**
	 * User task (integrationsmanagement): escalation of the missed SGB II application.
	 */
	public static final String TASK_ESCALATE_SGB2_APPLICATION = "Task_EscalateSgb2Application";

	/** User task (jobcenter): approve SGB II for the approval period. */
	public static final String TASK_APPROVE_SGB2 = "Task_ApproveSgb2";

	/**
	 * Timer catch event: continuation application due before the approval period ends.
	 */
	public static final String TIMER_CONTINUATION_APPLICATION_DUE = "Timer_ContinuationApplicationDue";

	/** User task (jobcenter): process the continuation application. */
	public static final String TASK_PROCESS_CONTINUATION = "Task_ProcessContinuationApplication";

	/** End event: SGB II receipt set up. */
	public static final String END_EVENT_SGB2_CLAIM_COMPLETED = "EndEvent_Sgb2ClaimCompleted";

	/** User task (sozialamt): decide on SGB XII benefits. */
	public static final String TASK_DECIDE_SOCIAL_ASSISTANCE = "Task_DecideSocialAssistance";

	/** End event: SGB XII decided. */
	public static final String END_EVENT_SOCIAL_ASSISTANCE_DECIDED = "EndEvent_SocialAssistanceDecided";

	/** End event: no benefit claim (excluded or no need). */
	public static final String END_EVENT_NO_BENEFIT_CLAIM = "EndEvent_NoBenefitClaim";

	/** Message name of the BAMF decision, correlated by business key. */
	public static final String MESSAGE_BAMF_DECISION_RECEIVED = "BamfDecisionReceived";

	/** Topic of the external task that pays the first AsylbLG benefit. */
	public static final String TOPIC_PAY_BENEFIT = "agency.sozialamt.pay-benefit";

	/** Output: confirmed benefit regime, e.g. {@code ASYLBLG_3}, {@code SGB_II}. */
	public static final String BENEFIT_REGIME = "benefitRegime";

	/** Output: first day of the first benefit ({@code java.util.Date}). */
	public static final String FIRST_BENEFIT_DATE = "firstBenefitDate";

	/** DMN recommendation of the benefit regime. */
	public static final String RECOMMENDED_REGIME = "recommendedRegime";

	/** DMN recommendation of the competent authority ({@code JOBCENTER}, ...). */
	public static final String COMPETENT_AUTHORITY = "competentAuthority";

	/** Residence document code, DMN input, e.g. {@code AE_25_2}. */
	public static final String RESIDENCE_DOC_TYPE = "residenceDocType";

	/** Whether the person can work (§ 8 SGB II), DMN input ({@code Boolean}). */
	public static final String EMPLOYABLE = "employable";

	/** Months of stay in Germany, DMN input ({@code Integer}). */
	public static final String STAY_MONTHS = "stayMonths";

	/** Months since entry, DMN input ({@code Integer}). */
	public static final String MONTHS_SINCE_ENTRY = "monthsSinceEntry";

	/** Years of habitual residence since first registration, DMN input. */
	public static final String HABITUAL_RESIDENCE_YEARS = "habitualResidenceYears";

	/** Free-movement status of EU citizens, DMN input, e.g. {@code JOBSEEKER_ONLY}. */
	public static final String EU_STATUS = "euStatus";

	/** Date of the first § 24 permit or Fiktionsbescheinigung, DMN input. */
	public static final String UKR24_FIRST_ISSUE_DATE = "ukr24FirstIssueDate";

	/** Message variable: BAMF decision ({@code ASYLUM}, {@code REFUGEE}, ...). */
	public static final String DECISION_TYPE = "decisionType";

	/** Message variable: date of the BAMF decision ({@code java.util.Date}). */
	public static final String DECISION_DATE = "decisionDate";

	/** Last day of AsylbLG ({@code java.util.Date}). */
	public static final String ASYLBLG_END_DATE = "asylblgEndDate";

	/** Earliest start of SGB II ({@code java.util.Date}). */
	public static final String SGB2_EARLIEST_START = "sgb2EarliestStart";

	/** Last day to apply for SGB II without a gap month ({@code java.util.Date}). */
	public static final String SGB2_APPLY_BY_DATE = "sgb2ApplyByDate";

	/** Start of the SGB II approval ({@code java.util.Date}). */
	public static final String SGB2_START_DATE = "sgb2StartDate";

	/**
	 * Whether the stay was abusively prolonged (§ 2 AsylbLG), DMN input
	 * ({@code Boolean}).
	 */
	public static final String ABUSIVE_PROLONGATION = "abusiveProlongation";

	/**
	 * Whether analogue benefits were received on 26 February 2024 (§ 20 AsylbLG), DMN
	 * input.
	 */
	public static final String ANALOGUE_BENEFITS_ON20240226 = "analogueBenefitsOn20240226";

	/** Whether an SGB II award is running, DMN input ({@code Boolean}). */
	public static final String EXISTING_SGB2_AWARD = "existingSgb2Award";

	/** Age in months of the suspension decision for § 25 (5) holders, DMN input. */
	public static final String SUSPENSION_DECISION_AGE_MONTHS = "suspensionDecisionAgeMonths";

	/** Clerk's reasons when overriding the recommended regime. */
	public static final String BENEFIT_REGIME_NOTE = "benefitRegimeNote";

	/** Persons in the household of the AsylbLG application ({@code Integer}). */
	public static final String HOUSEHOLD_SIZE = "householdSize";

	/** AsylbLG payment channel: {@code CASH}, {@code TRANSFER} or {@code CARD}. */
	public static final String PAYMENT_CHANNEL = "paymentChannel";

	/** Monthly AsylbLG amount in euro ({@code Integer}). */
	public static final String MONTHLY_BENEFIT_AMOUNT = "monthlyBenefitAmount";

	/** § 2 AsylbLG review: {@code GRANTED} or {@code REFUSED_ABUSIVE}. */
	public static final String ANALOGUE_BENEFITS_DECISION = "analogueBenefitsDecision";

	/** Clerk's reasons for the § 2 AsylbLG review. */
	public static final String ANALOGUE_BENEFITS_NOTE = "analogueBenefitsNote";

	/** Date of the notice ending AsylbLG ({@code java.util.Date}). */
	public static final String ASYLBLG_END_NOTICE_DATE = "asylblgEndNoticeDate";

	/** Date of the SGB II application ({@code java.util.Date}). */
	public static final String SGB2_APPLICATION_DATE = "sgb2ApplicationDate";

	/** Steps agreed by the integration manager after a missed SGB II apply-by date. */
	public static final String SGB2_ESCALATION_NOTE = "sgb2EscalationNote";

	/** Monthly SGB II amount in euro ({@code Integer}). */
	public static final String SGB2_MONTHLY_AMOUNT = "sgb2MonthlyAmount";

	/** Continuation application: {@code CONTINUED} or {@code ENDED}. */
	public static final String CONTINUATION_DECISION = "continuationDecision";

	/** SGB XII benefit: {@code HLU} or {@code GRUNDSICHERUNG}. */
	public static final String SOCIAL_ASSISTANCE_TYPE = "socialAssistanceType";

	private BenefitClaimProcess() {
	}

}
