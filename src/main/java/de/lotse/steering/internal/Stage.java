package de.lotse.steering.internal;

import java.util.Arrays;
import java.util.Optional;

import de.lotse.chain.IntegrationChainProcess;

/**
 * The stages of the chain in their order: each is a call activity of
 * {@code integration-chain}.
 */
enum Stage {

	/** Ankunft. */
	ARRIVAL("arrival", "Ankunft", IntegrationChainProcess.CALL_ACTIVITY_ARRIVAL),
	/** Anmeldung. */
	REGISTRATION("registration", "Anmeldung", IntegrationChainProcess.CALL_ACTIVITY_REGISTRATION),
	/** Leistungsantrag. */
	BENEFIT_CLAIM("benefit-claim", "Leistungsantrag", IntegrationChainProcess.CALL_ACTIVITY_BENEFIT_CLAIM),
	/** Jobcenter-Zuweisung. */
	JOBCENTRE_REFERRAL("jobcentre-referral", "Jobcenter-Zuweisung",
			IntegrationChainProcess.CALL_ACTIVITY_JOBCENTRE_REFERRAL),
	/** Integrationskurs. */
	LANGUAGE_COURSE("language-course", "Integrationskurs", IntegrationChainProcess.CALL_ACTIVITY_LANGUAGE_COURSE),
	/** Einbürgerung. */
	NATURALISATION("naturalisation", "Einbürgerung", IntegrationChainProcess.CALL_ACTIVITY_NATURALISATION);

	private final String id;

	private final String label;

	private final String callActivity;

	Stage(String id, String label, String callActivity) {
		this.id = id;
		this.label = label;
		this.callActivity = callActivity;
	}

	/**
	 * The id in the API and in the read model, the key of the called process.
	 * @return e.g. {@code registration}
	 */
	String id() {
		return this.id;
	}

	/**
	 * The German name.
	 * @return e.g. {@code Anmeldung}
	 */
	String label() {
		return this.label;
	}

	/**
	 * The call activity of the chain.
	 * @return its BPMN id
	 */
	String callActivity() {
		return this.callActivity;
	}

	/**
	 * The stage's columns in {@code steering_case}: {@code <column>_entered} and
	 * {@code <column>_completed}.
	 * @return e.g. {@code benefit_claim}
	 */
	String column() {
		return this.id.replace('-', '_');
	}

	static Optional<Stage> ofCallActivity(String activityId) {
		return Arrays.stream(values()).filter((stage) -> stage.callActivity.equals(activityId)).findFirst();
	}

	static Optional<Stage> byId(String id) {
		return Arrays.stream(values()).filter((stage) -> stage.id.equals(id)).findFirst();
	}

}
