package de.lotse.chain;

/**
 * Process {@code jobcentre-referral}: labour-market questions at the Jobcenter
 * (Potenzialanalyse and Kooperationsplan, § 15 SGB II), only for SGB II recipients.
 */
public final class JobcentreReferralProcess {

	/** Process key (= BPMN process id). */
	public static final String KEY = "jobcentre-referral";

	/** Exclusive gateway: is the person an SGB II recipient? */
	public static final String GATEWAY_IS_SGB2_RECIPIENT = "Gateway_IsSgb2Recipient";

	/** End event: no referral, the person is not in SGB II. */
	public static final String END_EVENT_NOT_APPLICABLE = "EndEvent_ReferralNotApplicable";

	/** User task (jobcenter): Potenzialanalyse. */
	public static final String TASK_CONDUCT_POTENTIAL_ANALYSIS = "Task_ConductPotentialAnalysis";

	/** User task (jobcenter): Kooperationsplan. */
	public static final String TASK_AGREE_COOPERATION_PLAN = "Task_AgreeCooperationPlan";

	/** Timer catch event: review of the Kooperationsplan after six months. */
	public static final String TIMER_COOPERATION_PLAN_REVIEW = "Timer_CooperationPlanReview";

	/** User task (jobcenter): review the Kooperationsplan. */
	public static final String TASK_REVIEW_COOPERATION_PLAN = "Task_ReviewCooperationPlan";

	/** End event: Kooperationsplan reviewed and updated. */
	public static final String END_EVENT_PLAN_REVIEWED = "EndEvent_CooperationPlanReviewed";

	/**
	 * Input: {@code JOBCENTER} when the intake appointment refers the person to the
	 * Jobcenter (SGB II), otherwise {@code NONE}.
	 */
	public static final String LABOUR_MARKET_REFERRAL = "labourMarketReferral";

	/** Referral value for SGB II recipients. */
	public static final String REFERRAL_JOBCENTER = "JOBCENTER";

	/** Referral value for everyone else. */
	public static final String REFERRAL_NONE = "NONE";

	/** Output: German level from the Potenzialanalyse, e.g. {@code A1}. */
	public static final String GERMAN_LEVEL = "germanLevel";

	/**
	 * Output: integration course from the Kooperationsplan ({@code OBLIGED},
	 * {@code ADMITTED}, {@code NOT_NEEDED}).
	 */
	public static final String INTEGRATION_COURSE_REQUIRED = "integrationCourseRequired";

	/** Target occupation from the Potenzialanalyse. */
	public static final String TARGET_OCCUPATION = "targetOccupation";

	/**
	 * Whether recognition of a foreign qualification is to be started ({@code Boolean}).
	 */
	public static final String QUALIFICATION_RECOGNITION_NEEDED = "qualificationRecognitionNeeded";

	/** Date of the Kooperationsplan ({@code java.util.Date}). */
	public static final String COOPERATION_PLAN_DATE = "cooperationPlanDate";

	/** Integration goal and main steps of the Kooperationsplan. */
	public static final String INTEGRATION_GOAL = "integrationGoal";

	/** Date of the Kooperationsplan review ({@code java.util.Date}). */
	public static final String COOPERATION_PLAN_REVIEW_DATE = "cooperationPlanReviewDate";

	/** Result of the Kooperationsplan review. */
	public static final String COOPERATION_PLAN_REVIEW_NOTE = "cooperationPlanReviewNote";

	private JobcentreReferralProcess() {
	}

}
