package de.lotse.inbox.internal;

import java.time.LocalDate;

/**
 * A Zuweisung of the Bezirksregierung: the person allocated to the municipality, as in
 * the intake, plus the allocation's id and date.
 *
 * @param allocationId the Bezirksregierung's id of the allocation; the same id sent again
 * opens no second case
 * @param allocationDate date of the allocation decision
 * @param givenName given name(s)
 * @param familyName family name
 * @param birthDate date of birth
 * @param nationality ISO 3166-1 alpha-3 code
 * @param residenceStatus status code of the asylum route, {@code ASYL_SEEKER} when
 * missing
 * @param arrivalDate arrival in the municipality, the allocation date when missing
 * @param district district (Stadtteil) of the accommodation
 */
record AllocationNotice(String allocationId, LocalDate allocationDate, String givenName, String familyName,
		LocalDate birthDate, String nationality, String residenceStatus, LocalDate arrivalDate, String district) {

	static final String DEFAULT_STATUS = "ASYL_SEEKER";

}
