package de.lotse.steering.internal;

/**
 * A figure before suppression: its value and the number of cases it stems from. Never
 * leaves the module; the API sees only {@link Cell}s.
 *
 * @param value the count, duration or share, {@code null} where there is nothing to show
 * @param cases the number of distinct cases behind the value
 */
record Figure(Number value, long cases) {

	Figure {
		if (cases < 0) {
			throw new IllegalArgumentException("cases must not be negative, not " + cases);
		}
	}

	/**
	 * A count of cases: the value is its own basis.
	 * @param cases the count
	 * @return the figure
	 */
	static Figure count(long cases) {
		return new Figure(cases, cases);
	}

	/**
	 * The value as a number for comparisons, 0 where there is none.
	 * @return the value
	 */
	double magnitude() {
		return (this.value != null) ? this.value.doubleValue() : 0;
	}

}
