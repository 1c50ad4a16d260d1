package de.lotse.steering.internal;

import java.util.Arrays;
import java.util.Optional;

import de.lotse.chain.BenefitClaimProcess;
import de.lotse.chain.ChainVariables;
import de.lotse.chain.IntegrationChainProcess;
import de.lotse.chain.LanguageCourseProcess;
import de.lotse.chain.NaturalisationProcess;
import de.lotse.chain.RegistrationProcess;

/**
 * A business date of a case that the lead times are measured between. Each is the value
 * of a date variable of one process, recorded whenever the process sets it (a form, an
 * agency's answer, a message), except {@link #NATURALISATION_REQUESTED}, the day the case
 * entered the naturalisation stage.
 */
enum Milestone {

	/** Arrival in the municipality (intake). */
	ARRIVAL(IntegrationChainProcess.KEY, ChainVariables.ARRIVAL_DATE),
	/** Moving into a dwelling (intake or intake appointment). */
	MOVE_IN(IntegrationChainProcess.KEY, ChainVariables.MOVE_IN_DATE),
	/** Anmeldung at the Meldebehörde. */
	REGISTRATION(RegistrationProcess.KEY, RegistrationProcess.REGISTRATION_DATE),
	/** First day of the first benefit. */
	FIRST_BENEFIT(BenefitClaimProcess.KEY, BenefitClaimProcess.FIRST_BENEFIT_DATE),
	/** Berechtigungsschein for the integration course issued. */
	COURSE_ENTITLEMENT(LanguageCourseProcess.PROCESS_KEY, LanguageCourseProcess.ENTITLEMENT_ISSUE_DATE),
	/** Registration with a course provider. */
	COURSE_REGISTRATION(LanguageCourseProcess.PROCESS_KEY, LanguageCourseProcess.REGISTRATION_DATE),
	/** Course start. */
	COURSE_START(LanguageCourseProcess.PROCESS_KEY, LanguageCourseProcess.COURSE_START_DATE),
	/** The case entered the naturalisation stage (invitation to the advice). */
	NATURALISATION_REQUESTED(null, null),
	/** First advice appointment of the Einbürgerungsbehörde. */
	NATURALISATION_ADVICE(NaturalisationProcess.PROCESS_KEY, NaturalisationProcess.ADVICE_DATE),
	/** Naturalisation application filed. */
	NATURALISATION_APPLICATION(NaturalisationProcess.PROCESS_KEY, NaturalisationProcess.APPLICATION_DATE),
	/** Naturalisation certificate handed over. */
	NATURALISATION_HANDOVER(NaturalisationProcess.PROCESS_KEY, NaturalisationProcess.CERTIFICATE_HANDED_OVER_DATE);

	private final String processKey;

	private final String variable;

	Milestone(String processKey, String variable) {
		this.processKey = processKey;
		this.variable = variable;
	}

	/**
	 * The milestone's column in {@code steering_case}.
	 * @return e.g. {@code registration_day}
	 */
	String column() {
		return name().toLowerCase(java.util.Locale.ROOT) + "_day";
	}

	/**
	 * The milestone a process variable records.
	 * @param processKey the key of the process that set the variable
	 * @param variable the variable's name
	 * @return the milestone, or empty if the variable records none
	 */
	static Optional<Milestone> of(String processKey, String variable) {
		return Arrays.stream(values())
			.filter((milestone) -> milestone.variable != null && milestone.processKey.equals(processKey)
					&& milestone.variable.equals(variable))
			.findFirst();
	}

}
