package de.lotse.casefile;

import java.time.LocalDate;

/**
 * What the intake of a new person asks for. Every field is checked by
 * {@code CaseFileManagement}; a request with unknown fields is refused.
 *
 * @param givenName given name(s)
 * @param familyName family name
 * @param birthDate date of birth
 * @param nationality ISO 3166-1 alpha-3 code, e.g. {@code SYR}
 * @param residenceStatus status code, see {@link ResidenceStatus}
 * @param arrivalDate arrival in the municipality
 * @param moveInDate moving into a dwelling, optional
 * @param district district (Stadtteil) of the address
 * @param interpreterLanguage the language the person needs language mediation in, ISO
 * 639-1 (e.g. {@code ar}), optional: only where a language need steers who takes the case
 */
public record CaseIntake(String givenName, String familyName, LocalDate birthDate, String nationality,
		String residenceStatus, LocalDate arrivalDate, LocalDate moveInDate, String district,
		String interpreterLanguage) {

}
