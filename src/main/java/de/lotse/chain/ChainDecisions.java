package de.lotse.chain;

/**
 * Keys of the DMN decisions in {@code processes/} that the chain processes call from
 * business rule tasks. Each key is the decision id; the file is its kebab-case name.
 */
public final class ChainDecisions {

	/** Recommended benefit regime (AsylbLG basic or analogue, SGB II, SGB XII). */
	public static final String BENEFIT_REGIME = "benefitRegime";

	/** End of AsylbLG benefits, earliest SGB II start and the last day to apply. */
	public static final String ASYLBLG_END_AND_SGB2_START = "asylblgEndAndSgb2Start";

	/** Recommended integration-course entitlement, admission or self-payer path. */
	public static final String INTEGRATION_COURSE_ENTITLEMENT = "integrationCourseEntitlement";

	/** Recommended integration-course obligation and the obliging authority. */
	public static final String INTEGRATION_COURSE_OBLIGATION = "integrationCourseObligation";

	/** All results of a finished integration course (certificate, proofs, refund). */
	public static final String COURSE_OUTCOME = "courseOutcome";

	/** Integration-course fee per teaching unit and in total. */
	public static final String COURSE_FEE = "courseFee";

	/** Residence rule for naturalisation and the date it is fulfilled. */
	public static final String NATURALISATION_RESIDENCE_DATE = "naturalisationResidenceDate";

	/** Whether the residence right qualifies for naturalisation. */
	public static final String QUALIFYING_RESIDENCE_TITLE = "qualifyingResidenceTitle";

	/** Pre-check of the livelihood requirement for naturalisation. */
	public static final String LIVELIHOOD_REQUIREMENT = "livelihoodRequirement";

	/** Pre-check of convictions under section 12a StAG. */
	public static final String CRIMINAL_RECORD_RELEVANCE = "criminalRecordRelevance";

	/** Language and knowledge proofs fulfilled for naturalisation. */
	public static final String LANGUAGE_AND_KNOWLEDGE_PROOF = "languageAndKnowledgeProof";

	/** Naturalisation fee, including local rejection and withdrawal fees. */
	public static final String NATURALISATION_FEE = "naturalisationFee";

	/** Last day to register after moving in. */
	public static final String REGISTRATION_DEADLINE = "registrationDeadline";

	/** Routing of minors: youth welfare office or with their household. */
	public static final String MINOR_ROUTING = "minorRouting";

	private ChainDecisions() {
	}

}
