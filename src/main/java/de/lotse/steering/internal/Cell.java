package de.lotse.steering.internal;

/**
 * One published figure: its value, or no value when it is suppressed because it stems
 * from too few cases or would reveal a suppressed figure through a total.
 *
 * @param value the value, {@code null} when suppressed (or when there is nothing to show)
 * @param suppressed whether the value is hidden
 */
record Cell(Number value, boolean suppressed) {

	static final Cell SUPPRESSED = new Cell(null, true);

	Cell {
		if (suppressed && value != null) {
			throw new IllegalArgumentException("A suppressed cell carries no value");
		}
	}

	static Cell of(Number value) {
		return new Cell(value, false);
	}

}
