package de.lotse.worklist.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Functions for the expressions of stored filters: the start of today and of tomorrow in
 * the municipality, on the engine's clock. Due and follow-up dates are calendar days (the
 * start of the day in Europe/Berlin), whatever time zone the server runs in; Camunda's
 * own {@code dateTime()} uses the server's. Public, because the expression language calls
 * the functions by reflection.
 */
public final class MunicipalDays {

	/** Expression function name of {@link #startOfToday()}. */
	static final String START_OF_TODAY = "startOfToday";

	/** Expression function name of {@link #startOfTomorrow()}. */
	static final String START_OF_TOMORROW = "startOfTomorrow";

	private static final ZoneId MUNICIPALITY = ZoneId.of("Europe/Berlin");

	private MunicipalDays() {
	}

	public static Date startOfToday() {
		return startOf(today());
	}

	public static Date startOfTomorrow() {
		return startOfDayIn(1);
	}

	/** The start of the day so many days from today. */
	static Date startOfDayIn(int days) {
		return startOf(today().plusDays(days));
	}

	private static LocalDate today() {
		return ClockUtil.getCurrentTime().toInstant().atZone(MUNICIPALITY).toLocalDate();
	}

	private static Date startOf(LocalDate day) {
		return Date.from(day.atStartOfDay(MUNICIPALITY).toInstant());
	}

}
