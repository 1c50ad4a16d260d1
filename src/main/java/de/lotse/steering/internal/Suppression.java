package de.lotse.steering.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The one place where figures become publishable cells. Primary suppression: a figure
 * that stems from fewer than the minimum number of cases is hidden. Complementary
 * suppression: where a table publishes a total of several figures (a line), no line may
 * have exactly one hidden figure next to a visible total, or the figure could be computed
 * as total minus the others; then the smallest visible figure of that line is hidden too.
 * A hidden total with all its parts visible would be their sum, so then the smallest part
 * is hidden. Hiding one figure can open another line, so this repeats until every line is
 * safe.
 */
final class Suppression {

	private final int minimum;

	Suppression(int minimum) {
		if (minimum < 1) {
			throw new IllegalArgumentException("The minimum cell size must be at least 1, not " + minimum);
		}
		this.minimum = minimum;
	}

	int minimum() {
		return this.minimum;
	}

	/**
	 * A figure that is part of no total.
	 * @param figure the figure
	 * @return its cell
	 */
	Cell cell(Figure figure) {
		return tooSmall(figure) ? Cell.SUPPRESSED : Cell.of(figure.value());
	}

	/**
	 * A share within a group of cases, such as "registered within 14 days": hidden when
	 * the group is too small, and also when the cases inside or outside the target are,
	 * because the share times the group would reveal that count.
	 * @param within the cases within the target
	 * @param cases all cases of the group
	 * @return the share between 0 and 1 as a cell
	 */
	Cell share(long within, long cases) {
		if (cases < this.minimum || within < this.minimum || cases - within < this.minimum) {
			return Cell.SUPPRESSED;
		}
		return Cell.of(Math.round(1000.0 * within / cases) / 1000.0);
	}

	/**
	 * Figures of a table, some of which add up to published totals.
	 * @param figures every figure of the table
	 * @param lines each published total with the figures that add up to it, as indexes
	 * into {@code figures}
	 * @return one cell per figure, in the same order
	 */
	List<Cell> table(List<Figure> figures, List<Line> lines) {
		boolean[] hidden = new boolean[figures.size()];
		for (int i = 0; i < hidden.length; i++) {
			hidden[i] = tooSmall(figures.get(i));
		}
		boolean changed = true;
		while (changed) {
			changed = false;
			for (Line line : lines) {
				changed |= protect(line, figures, hidden);
			}
		}
		List<Cell> cells = new ArrayList<>(figures.size());
		for (int i = 0; i < hidden.length; i++) {
			cells.add(hidden[i] ? Cell.SUPPRESSED : Cell.of(figures.get(i).value()));
		}
		return cells;
	}

	/**
	 * Hides one more figure of the line if the line would reveal a hidden one: with a
	 * visible total, the hidden parts add up to the total minus the visible ones, so
	 * there must be at least two of them and together they must stem from at least the
	 * minimum number of cases (two hidden zeros next to a visible total are both known to
	 * be zero). With a hidden total, at least one part must be hidden.
	 */
	private boolean protect(Line line, List<Figure> figures, boolean[] hidden) {
		int[] hiddenParts = Arrays.stream(line.parts()).filter((part) -> hidden[part]).toArray();
		boolean totalHidden = hidden[line.total()];
		if (totalHidden) {
			if (hiddenParts.length > 0) {
				return false;
			}
		}
		else {
			long hiddenCases = IntStream.of(hiddenParts).mapToLong((part) -> figures.get(part).cases()).sum();
			if (hiddenParts.length == 0 || (hiddenParts.length >= 2 && hiddenCases >= this.minimum)) {
				return false;
			}
		}
		int[] visible = Arrays.stream(line.parts()).filter((part) -> !hidden[part]).toArray();
		if (visible.length == 0) {
			// nothing left to hide beside the parts: the total goes
			hidden[line.total()] = true;
			return !totalHidden;
		}
		int smallest = IntStream.of(visible)
			.boxed()
			.min(Comparator.comparingDouble((Integer part) -> figures.get(part).magnitude())
				.thenComparing(Function.identity()))
			.orElseThrow();
		hidden[smallest] = true;
		return true;
	}

	private boolean tooSmall(Figure figure) {
		return figure.cases() < this.minimum;
	}

	/**
	 * A published total and the figures that add up to it.
	 *
	 * @param total index of the total
	 * @param parts indexes of the figures adding up to it
	 */
	record Line(int total, int... parts) {

		Line {
			if (parts.length == 0) {
				throw new IllegalArgumentException("A line needs at least one part");
			}
		}

	}

}
