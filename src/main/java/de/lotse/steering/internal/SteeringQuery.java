package de.lotse.steering.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import de.lotse.runtime.InvalidRequestException;
import de.lotse.runtime.InvalidRequestException.FieldProblem;

/**
 * What a steering request asks for: a period of calendar days (both inclusive), and
 * optionally one district and one status group.
 *
 * @param from first day
 * @param to last day
 * @param district the district, or {@code null} for all
 * @param statusGroup the status group, or {@code null} for all
 */
record SteeringQuery(LocalDate from, LocalDate to, String district, StatusGroup statusGroup) {

	/** The longest period a request may ask for. */
	static final int MAX_YEARS = 10;

	SteeringQuery {
		if (from.isAfter(to)) {
			throw new IllegalArgumentException("from must not be after to");
		}
	}

	/**
	 * Reads the request's parameters.
	 * @param from {@code from}, ISO date or {@code null}
	 * @param to {@code to}, ISO date or {@code null}
	 * @param district {@code district} or {@code null}
	 * @param statusGroup {@code statusGroup} or {@code null}
	 * @param today today in the municipality
	 * @param knownDistrict whether a district may be asked for
	 * @return the query
	 * @throws InvalidRequestException naming each wrong parameter in German
	 */
	static SteeringQuery parse(String from, String to, String district, String statusGroup, LocalDate today,
			Predicate<String> knownDistrict) {
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate last = date("to", to, problems).orElse(today);
		LocalDate first = date("from", from, problems).orElse(last.minusYears(1).plusDays(1));
		if (problems.isEmpty()) {
			if (first.isAfter(last)) {
				problems.add(new FieldProblem("from", "Der Beginn liegt nach dem Ende des Zeitraums."));
			}
			else if (first.plusYears(MAX_YEARS).isBefore(last)) {
				problems.add(new FieldProblem("to", "Der Zeitraum darf höchstens " + MAX_YEARS + " Jahre umfassen."));
			}
		}
		String chosenDistrict = (district != null && !district.isBlank()) ? district.strip() : null;
		if (chosenDistrict != null && !knownDistrict.test(chosenDistrict)) {
			problems.add(new FieldProblem("district", "Unbekannter Stadtteil."));
		}
		StatusGroup group = null;
		if (statusGroup != null && !statusGroup.isBlank()) {
			group = StatusGroup.byId(statusGroup.strip()).orElse(null);
			if (group == null) {
				problems.add(new FieldProblem("statusGroup",
						"Unbekannte Statusgruppe. Erlaubt: ASYLUM, PROTECTED, EU, SKILLED, MINOR."));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
		return new SteeringQuery(first, last, chosenDistrict, group);
	}

	private static Optional<LocalDate> date(String name, String value, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.parse(value.strip()));
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem(name, "Bitte ein Datum in der Form JJJJ-MM-TT angeben."));
			return Optional.empty();
		}
	}

	/** The first instant of the period. */
	Timestamp start() {
		return Timestamp.valueOf(this.from.atStartOfDay());
	}

	/** The first instant after the period. */
	Timestamp end() {
		return Timestamp.valueOf(this.to.plusDays(1).atStartOfDay());
	}

}
