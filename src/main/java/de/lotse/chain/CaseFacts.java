package de.lotse.chain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The facts that steer a person's integration chain: no name, no address, only what
 * decisions and routing need.
 *
 * @param caseReference the case reference, business key of the chain
 * @param residenceStatus status code of the domain model, e.g. {@code PROTECTED_GFK}
 * @param district district (Stadtteil) of the address, for routing
 * @param nationality ISO 3166-1 alpha-3 code
 * @param birthDate date of birth, for the age rules
 * @param arrivalDate arrival in the municipality
 * @param moveInDate moving into a dwelling, may be {@code null}
 * @param interpreterLanguage language the person needs mediation in (ISO 639-1), may be
 * {@code null}
 */
public record CaseFacts(String caseReference, String residenceStatus, String district, String nationality,
		LocalDate birthDate, LocalDate arrivalDate, LocalDate moveInDate, String interpreterLanguage) {

	public CaseFacts {
		Objects.requireNonNull(caseReference, "caseReference must not be null");
		Objects.requireNonNull(residenceStatus, "residenceStatus must not be null");
		Objects.requireNonNull(birthDate, "birthDate must not be null");
		Objects.requireNonNull(arrivalDate, "arrivalDate must not be null");
	}

}
