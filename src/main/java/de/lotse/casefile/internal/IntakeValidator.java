package de.lotse.casefile.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import de.lotse.casefile.CaseIntake;
import de.lotse.casefile.ResidenceStatus;
import de.lotse.runtime.InvalidRequestException;
import de.lotse.runtime.InvalidRequestException.FieldProblem;

/**
 * Checks an intake field by field and reports every wrong field at once, in German.
 */
public class IntakeValidator {

	static final int MAX_NAME_LENGTH = 200;

	static final int MAX_DISTRICT_LENGTH = 100;

	private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

	/** Letters of any script, marks, spaces, apostrophes, hyphens and dots. */
	private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} '’.\\-]*");

	private static final Pattern DISTRICT = Pattern.compile("[\\p{L}\\p{M}\\p{N}][\\p{L}\\p{M}\\p{N} '’.,()/\\-]*");

	/**
	 * ISO 3166-1 alpha-3 codes plus the codes ICAO Doc 9303 uses for stateless persons
	 * (XXA), refugees (XXB, XXC) and unspecified nationality (XXX).
	 */
	private static final Set<String> NATIONALITIES;

	static {
		Set<String> codes = new java.util.HashSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
		codes.addAll(Set.of("XXA", "XXB", "XXC", "XXX"));
		NATIONALITIES = Set.copyOf(codes);
	}

	/** ISO 639-1 language codes, lower case. */
	private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

	private static final String GERMAN = "de";

	private final Clock clock;

	public IntakeValidator(Clock clock) {
		this.clock = clock;
	}

	public void validate(CaseIntake intake) {
		if (intake == null) {
			throw new InvalidRequestException(List.of(new FieldProblem("body", "Die Angaben fehlen.")));
		}
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate today = LocalDate.now(this.clock);
		name("givenName", "Vorname", intake.givenName(), problems);
		name("familyName", "Familienname", intake.familyName(), problems);
		if (intake.birthDate() == null) {
			problems.add(new FieldProblem("birthDate", "Das Geburtsdatum fehlt."));
		}
		else if (intake.birthDate().isAfter(today)) {
			problems.add(new FieldProblem("birthDate", "Das Geburtsdatum liegt in der Zukunft."));
		}
		else if (intake.birthDate().isBefore(EARLIEST_BIRTH_DATE)) {
			problems.add(new FieldProblem("birthDate", "Das Geburtsdatum liegt vor 1900."));
		}
		if (isBlank(intake.nationality())) {
			problems.add(new FieldProblem("nationality", "Die Staatsangehörigkeit fehlt."));
		}
		else if (!NATIONALITIES.contains(intake.nationality())) {
			problems.add(new FieldProblem("nationality",
					"Unbekannter Ländercode; erwartet wird ISO 3166-1 alpha-3 in Großbuchstaben, z. B. SYR."));
		}
		if (isBlank(intake.residenceStatus())) {
			problems.add(new FieldProblem("residenceStatus", "Der Aufenthaltsstatus fehlt."));
		}
		else if (ResidenceStatus.ofCode(intake.residenceStatus()).isEmpty()) {
			problems.add(new FieldProblem("residenceStatus", "Unbekannter Aufenthaltsstatus."));
		}
		if (intake.arrivalDate() == null) {
			problems.add(new FieldProblem("arrivalDate", "Das Ankunftsdatum fehlt."));
		}
		else if (intake.arrivalDate().isAfter(today)) {
			problems.add(new FieldProblem("arrivalDate", "Das Ankunftsdatum liegt in der Zukunft."));
		}
		else if (intake.birthDate() != null && intake.arrivalDate().isBefore(intake.birthDate())) {
			problems.add(new FieldProblem("arrivalDate", "Das Ankunftsdatum liegt vor dem Geburtsdatum."));
		}
		if (intake.moveInDate() != null && intake.arrivalDate() != null
				&& intake.moveInDate().isBefore(intake.arrivalDate())) {
			problems.add(new FieldProblem("moveInDate", "Das Einzugsdatum liegt vor dem Ankunftsdatum."));
		}
		if (isBlank(intake.district())) {
			problems.add(new FieldProblem("district", "Der Stadtteil fehlt."));
		}
		else if (intake.district().length() > MAX_DISTRICT_LENGTH) {
			problems
				.add(new FieldProblem("district", "Der Stadtteil ist länger als " + MAX_DISTRICT_LENGTH + " Zeichen."));
		}
		else if (!DISTRICT.matcher(intake.district()).matches()) {
			problems.add(new FieldProblem("district", "Der Stadtteil enthält unzulässige Zeichen."));
		}
		if (intake.interpreterLanguage() != null) {
			if (!LANGUAGES.contains(intake.interpreterLanguage())) {
				problems.add(new FieldProblem("interpreterLanguage",
						"Unbekannter Sprachcode; erwartet wird ISO 639-1 in Kleinbuchstaben, z. B. ar oder uk."));
			}
			else if (GERMAN.equals(intake.interpreterLanguage())) {
				problems.add(new FieldProblem("interpreterLanguage",
						"Für Deutsch ist keine Sprachmittlung nötig; das Feld bitte leer lassen."));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
	}

	private static void name(String field, String label, String value, List<FieldProblem> problems) {
		if (isBlank(value)) {
			problems.add(new FieldProblem(field, "Der " + label + " fehlt."));
		}
		else if (value.length() > MAX_NAME_LENGTH) {
			problems.add(new FieldProblem(field, "Der " + label + " ist länger als " + MAX_NAME_LENGTH + " Zeichen."));
		}
		else if (!NAME.matcher(value.strip()).matches()) {
			problems.add(new FieldProblem(field, "Der " + label + " enthält unzulässige Zeichen."));
		}
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
