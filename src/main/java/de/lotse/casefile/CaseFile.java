package de.lotse.casefile;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The personal data of one person as the case file keeps it. Which of it a department may
 * read is decided where it is shown, not here.
 *
 * @param caseReference the case reference, e.g. {@code LT-2026-K7Q3XP}
 * @param givenName given name(s)
 * @param familyName family name
 * @param birthDate date of birth
 * @param nationality ISO 3166-1 alpha-3 code
 * @param residenceStatus status code, see {@link ResidenceStatus}
 * @param arrivalDate arrival in the municipality
 * @param moveInDate moving into a dwelling, or {@code null}
 * @param district district (Stadtteil) of the address
 * @param openedAt when the case was opened
 */
public record CaseFile(String caseReference, String givenName, String familyName, LocalDate birthDate,
		String nationality, String residenceStatus, LocalDate arrivalDate, LocalDate moveInDate, String district,
		Instant openedAt) {

}
