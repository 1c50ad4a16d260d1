package de.lotse.chain;

/**
 * Names of the process variables that the integration chain and all its stage
 * sub-processes share. The personal data stays in the case file; the processes hold the
 * case reference and the facts that steer them. Variables of one stage only are named in
 * that stage's {@code <Stage>Process} class.
 */
public final class ChainVariables {

	/** Case reference, also the business key of every chain instance ({@code String}). */
	public static final String CASE_REFERENCE = "caseReference";

	/**
	 * Residence status code of the domain model, e.g. {@code PROTECTED_GFK}
	 * ({@code String}).
	 */
	public static final String RESIDENCE_STATUS = "residenceStatus";

	/** District (Stadtteil) of the person's address, for routing ({@code String}). */
	public static final String DISTRICT = "district";

	/** ISO 3166-1 alpha-3 nationality ({@code String}). */
	public static final String NATIONALITY = "nationality";

	/**
	 * Date of birth, needed for the minor routing and age rules ({@code java.util.Date}).
	 */
	public static final String BIRTH_DATE = "birthDate";

	/** Date of arrival in the municipality ({@code java.util.Date}). */
	public static final String ARRIVAL_DATE = "arrivalDate";

	/**
	 * Date of moving into a dwelling, starts the registration deadline
	 * ({@code java.util.Date}, optional).
	 */
	public static final String MOVE_IN_DATE = "moveInDate";

	/**
	 * Language the person needs language mediation in, ISO 639-1, e.g. {@code ar}; steers
	 * which team takes the case ({@code String}, optional).
	 */
	public static final String INTERPRETER_LANGUAGE = "interpreterLanguage";

	private ChainVariables() {
	}

}
