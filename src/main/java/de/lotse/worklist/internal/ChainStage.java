package de.lotse.worklist.internal;

import java.util.List;

import de.lotse.chain.ArrivalProcess;
import de.lotse.chain.BenefitClaimProcess;
import de.lotse.chain.IntegrationChainProcess;
import de.lotse.chain.JobcentreReferralProcess;
import de.lotse.chain.LanguageCourseProcess;
import de.lotse.chain.NaturalisationProcess;
import de.lotse.chain.RegistrationProcess;

/**
 * The stages of the integration chain as the case view shows them, in the order a case
 * passes them: the call activities of {@code integration-chain} and the intake
 * appointment, each with the decisions a clerk signs off in it (the value of a form field
 * when the task that asks for it is completed).
 */
enum ChainStage {

	ARRIVAL("Ankunft", IntegrationChainProcess.CALL_ACTIVITY_ARRIVAL,
			List.of(new Decision(ArrivalProcess.TASK_ISSUE_RESIDENCE_CARD, ArrivalProcess.TITLE_PARAGRAPH),
					new Decision(ArrivalProcess.TASK_ASSESS_AGE, ArrivalProcess.AGE_ASSESSMENT_RESULT),
					new Decision(ArrivalProcess.TASK_DECIDE_DISTRIBUTION, ArrivalProcess.DISTRIBUTION_DECISION))),

	INTAKE_APPOINTMENT("Termin im kleinen Rathaus", IntegrationChainProcess.TASK_INTAKE_APPOINTMENT,
			List.of(new Decision(IntegrationChainProcess.TASK_INTAKE_APPOINTMENT,
					JobcentreReferralProcess.LABOUR_MARKET_REFERRAL))),

	REGISTRATION("Anmeldung", IntegrationChainProcess.CALL_ACTIVITY_REGISTRATION,
			List.of(new Decision(RegistrationProcess.TASK_CONFIRM_REGISTRATION, RegistrationProcess.REGISTRATION_DATE),
					new Decision(RegistrationProcess.TASK_CLARIFY_ADDRESS_DOUBT,
							RegistrationProcess.ADDRESS_DOUBT_OUTCOME))),

	BENEFIT_CLAIM("Leistungsantrag", IntegrationChainProcess.CALL_ACTIVITY_BENEFIT_CLAIM, List.of(
			new Decision(BenefitClaimProcess.TASK_CONFIRM_REGIME, BenefitClaimProcess.BENEFIT_REGIME),
			new Decision(BenefitClaimProcess.TASK_REVIEW_ANALOGUE_BENEFITS,
					BenefitClaimProcess.ANALOGUE_BENEFITS_DECISION),
			new Decision(BenefitClaimProcess.TASK_DECIDE_SOCIAL_ASSISTANCE, BenefitClaimProcess.SOCIAL_ASSISTANCE_TYPE),
			new Decision(BenefitClaimProcess.TASK_APPROVE_SGB2, BenefitClaimProcess.SGB2_START_DATE),
			new Decision(BenefitClaimProcess.TASK_PROCESS_CONTINUATION, BenefitClaimProcess.CONTINUATION_DECISION))),

	JOBCENTRE_REFERRAL("Arbeitsmarktfragen", IntegrationChainProcess.CALL_ACTIVITY_JOBCENTRE_REFERRAL,
			List.of(new Decision(JobcentreReferralProcess.TASK_AGREE_COOPERATION_PLAN,
					JobcentreReferralProcess.INTEGRATION_COURSE_REQUIRED))),

	LANGUAGE_COURSE("Integrationskurs", IntegrationChainProcess.CALL_ACTIVITY_LANGUAGE_COURSE,
			List.of(new Decision(LanguageCourseProcess.TASK_CONFIRM_ENTITLEMENT, LanguageCourseProcess.ENTITLEMENT),
					new Decision(LanguageCourseProcess.TASK_CONFIRM_ENTITLEMENT, LanguageCourseProcess.OBLIGED))),

	NATURALISATION("Einbürgerung", IntegrationChainProcess.CALL_ACTIVITY_NATURALISATION,
			List.of(new Decision(NaturalisationProcess.TASK_DECIDE_APPLICATION,
					NaturalisationProcess.NATURALISATION_OUTCOME),
					new Decision(NaturalisationProcess.TASK_HAND_OVER_CERTIFICATE,
							NaturalisationProcess.CERTIFICATE_HANDED_OVER_DATE)));

	private final String label;

	private final String chainActivityId;

	private final List<Decision> decisions;

	ChainStage(String label, String chainActivityId, List<Decision> decisions) {
		this.label = label;
		this.chainActivityId = chainActivityId;
		this.decisions = decisions;
	}

	/** The German name a clerk reads. */
	String label() {
		return this.label;
	}

	/** The activity of {@code integration-chain} that is this stage. */
	String chainActivityId() {
		return this.chainActivityId;
	}

	/** Whether the stage is a sub-process of its own (a call activity of the chain). */
	boolean isCalled() {
		return this != INTAKE_APPOINTMENT;
	}

	List<Decision> decisions() {
		return this.decisions;
	}

	/** The stage a timer of the chain itself counts down to. */
	static ChainStage ofChainTimer(String activityId) {
		return IntegrationChainProcess.TIMER_RESIDENCE_PERIOD_FULFILLED.equals(activityId) ? NATURALISATION : null;
	}

	/**
	 * A decision signed off in a stage: the value of a form field of a user task.
	 *
	 * @param taskDefinitionKey the user task that asks for it
	 * @param variable the form field's key
	 */
	record Decision(String taskDefinitionKey, String variable) {

	}

}
