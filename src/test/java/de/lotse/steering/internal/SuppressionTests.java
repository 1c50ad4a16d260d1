package de.lotse.steering.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import de.lotse.steering.internal.Suppression.Line;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SuppressionTests {

	private final Suppression suppression = new Suppression(5);

	@Test
	void aFigureFromFewerCasesThanTheMinimumIsHidden() {
		assertThat(this.suppression.cell(Figure.count(4))).isEqualTo(Cell.SUPPRESSED);
		assertThat(this.suppression.cell(Figure.count(0))).isEqualTo(Cell.SUPPRESSED);
		assertThat(this.suppression.cell(Figure.count(5))).isEqualTo(Cell.of(5L));
	}

	@Test
	void aDurationIsHiddenWhenItStemsFromTooFewCases() {
		assertThat(this.suppression.cell(new Figure(12.5, 4))).isEqualTo(Cell.SUPPRESSED);
		assertThat(this.suppression.cell(new Figure(12.5, 5))).isEqualTo(Cell.of(12.5));
	}

	@Test
	void aCountOfTasksIsHiddenWhenItStemsFromTooFewCases() {
		// nine tasks of three people are three people's data
		assertThat(this.suppression.cell(new Figure(9, 3))).isEqualTo(Cell.SUPPRESSED);
	}

	@Test
	void aShareIsHiddenWhenTheCasesInsideOrOutsideTheTargetAreTooFew() {
		assertThat(this.suppression.share(10, 20)).isEqualTo(Cell.of(0.5));
		// 19 of 20 in time: the share would reveal one late case
		assertThat(this.suppression.share(19, 20)).isEqualTo(Cell.SUPPRESSED);
		assertThat(this.suppression.share(1, 20)).isEqualTo(Cell.SUPPRESSED);
		assertThat(this.suppression.share(4, 4)).isEqualTo(Cell.SUPPRESSED);
	}

	@Test
	void aSmallCellNextToAShownTotalHidesASecondCell() {
		// entered 17 = completed 3 + open 14: 14 would give away the 3
		List<Cell> cells = this.suppression.table(List.of(Figure.count(17), Figure.count(3), Figure.count(14)),
				List.of(new Line(0, 1, 2)));
		assertThat(cells).containsExactly(Cell.of(17L), Cell.SUPPRESSED, Cell.SUPPRESSED);
	}

	@Test
	void theComplementIsTheSmallestVisibleCellOfTheLine() {
		List<Cell> cells = this.suppression.table(
				List.of(Figure.count(60), Figure.count(2), Figure.count(30), Figure.count(8), Figure.count(20)),
				List.of(new Line(0, 1, 2, 3, 4)));
		assertThat(cells).containsExactly(Cell.of(60L), Cell.SUPPRESSED, Cell.of(30L), Cell.SUPPRESSED, Cell.of(20L));
	}

	@Test
	void twoSmallCellsInALineNeedNoComplement() {
		List<Cell> cells = this.suppression.table(
				List.of(Figure.count(40), Figure.count(2), Figure.count(3), Figure.count(35)),
				List.of(new Line(0, 1, 2, 3)));
		assertThat(cells).containsExactly(Cell.of(40L), Cell.SUPPRESSED, Cell.SUPPRESSED, Cell.of(35L));
	}

	@Test
	void hiddenCellsOfALineMustTogetherStemFromEnoughCases() {
		// 48 = 14 + 14 + 0 + 20 + 0: the two hidden zeros would add up to 48 - 48 = 0
		List<Figure> figures = List.of(Figure.count(48), Figure.count(14), Figure.count(14), Figure.count(0),
				Figure.count(20), Figure.count(0));
		List<Line> lines = List.of(new Line(0, 1, 2, 3, 4, 5));
		List<Cell> cells = this.suppression.table(figures, lines);
		assertThat(cells).containsExactly(Cell.of(48L), Cell.SUPPRESSED, Cell.of(14L), Cell.SUPPRESSED, Cell.of(20L),
				Cell.SUPPRESSED);
		assertUnrecoverable(figures, lines, cells);
	}

	@Test
	void aHiddenTotalHidesOneOfItsPartsSoItCannotBeSummedUp() {
		// parts from five cases each may be shown, but their sum would reveal the total
		List<Cell> cells = this.suppression.table(List.of(new Figure(10, 4), Figure.count(5), Figure.count(5)),
				List.of(new Line(0, 1, 2)));
		assertThat(cells.get(0)).isEqualTo(Cell.SUPPRESSED);
		assertThat(cells.subList(1, 3)).contains(Cell.SUPPRESSED);
	}

	@Test
	void aSinglePartEqualsItsTotalAndIsHiddenWithIt() {
		List<Cell> cells = this.suppression.table(List.of(new Figure(3, 5), Figure.count(3)), List.of(new Line(0, 1)));
		assertThat(cells).containsExactly(Cell.SUPPRESSED, Cell.SUPPRESSED);
	}

	@Test
	void hidingInOneLineOpensACrossingLineWhichIsProtectedToo() {
		// a 2x2 table with row and column totals and a grand total:
		// a=2 b=8 | 10
		// c=9 d=12 | 21
		// 11 20 | 31
		List<Figure> figures = List.of(Figure.count(2), Figure.count(8), Figure.count(9), Figure.count(12),
				Figure.count(10), Figure.count(21), Figure.count(11), Figure.count(20), Figure.count(31));
		List<Line> lines = List.of(new Line(4, 0, 1), new Line(5, 2, 3), new Line(6, 0, 2), new Line(7, 1, 3),
				new Line(8, 4, 5), new Line(8, 6, 7));
		List<Cell> cells = this.suppression.table(figures, lines);
		assertThat(cells.get(0)).isEqualTo(Cell.SUPPRESSED);
		assertUnrecoverable(figures, lines, cells);
	}

	@Test
	void noHiddenCellOfARandomLineCanBeRecomputedFromTheShownOnes() {
		Random random = new Random(20260306);
		for (int round = 0; round < 2000; round++) {
			int parts = 1 + random.nextInt(5);
			List<Figure> figures = new ArrayList<>();
			figures.add(null);
			long total = 0;
			for (int i = 0; i < parts; i++) {
				long value = (random.nextInt(3) == 0) ? random.nextInt(5) : random.nextInt(25);
				figures.add(Figure.count(value));
				total += value;
			}
			figures.set(0, Figure.count(total));
			List<Cell> cells = this.suppression.table(figures, List.of(new Line(0, range(1, parts))));
			String table = "round " + round + ": " + figures + " -> " + cells;
			for (int i = 0; i < figures.size(); i++) {
				if (figures.get(i).cases() < 5) {
					assertThat(cells.get(i)).as(table).isEqualTo(Cell.SUPPRESSED);
				}
			}
			// what the reader can compute from the shown cells
			List<Integer> hiddenParts = new ArrayList<>();
			long visibleSum = 0;
			for (int i = 1; i <= parts; i++) {
				if (cells.get(i).suppressed()) {
					hiddenParts.add(i);
				}
				else {
					visibleSum += cells.get(i).value().longValue();
				}
			}
			if (cells.get(0).suppressed()) {
				assertThat(hiddenParts).as("a hidden total is not the sum of shown parts: %s", table).isNotEmpty();
			}
			else if (!hiddenParts.isEmpty()) {
				long hiddenSum = cells.get(0).value().longValue() - visibleSum;
				assertThat(hiddenParts).as("one hidden part would be the total minus the others: %s", table)
					.hasSizeGreaterThan(1);
				assertThat(hiddenSum).as("the hidden parts add up to a small number: %s", table)
					.isGreaterThanOrEqualTo(5);
			}
		}
	}

	@Test
	void theHiddenCellsOfSmallLinesCanEachTakeSeveralValues() {
		Random random = new Random(7);
		for (int round = 0; round < 200; round++) {
			int parts = 2 + random.nextInt(2);
			List<Figure> figures = new ArrayList<>();
			figures.add(null);
			long total = 0;
			for (int i = 0; i < parts; i++) {
				long value = random.nextInt(12);
				figures.add(Figure.count(value));
				total += value;
			}
			figures.set(0, Figure.count(total));
			List<Line> lines = List.of(new Line(0, range(1, parts)));
			assertUnrecoverable(figures, lines, this.suppression.table(figures, lines));
		}
	}

	@Test
	void theMinimumMustBePositive() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Suppression(0));
	}

	/**
	 * The attacker's view: every shown cell and every line's equation. Enumerates every
	 * assignment of non-negative values to the hidden cells that satisfies all lines and
	 * asserts that each hidden cell can take at least two values, so none is determined.
	 */
	private static void assertUnrecoverable(List<Figure> figures, List<Line> lines, List<Cell> cells) {
		List<Integer> hidden = new ArrayList<>();
		for (int i = 0; i < cells.size(); i++) {
			if (cells.get(i).suppressed()) {
				hidden.add(i);
			}
		}
		if (hidden.isEmpty()) {
			return;
		}
		// the reader does not know the values; any up to the largest one, and at least up
		// to the minimum, are candidates
		long bound = Math.max(5, figures.stream().mapToLong((figure) -> figure.value().longValue()).max().orElse(0));
		List<Set<Long>> possible = new ArrayList<>();
		hidden.forEach((index) -> possible.add(new HashSet<>()));
		long[] values = new long[figures.size()];
		for (int i = 0; i < values.length; i++) {
			values[i] = cells.get(i).suppressed() ? -1 : cells.get(i).value().longValue();
		}
		enumerate(0, hidden, values, bound, lines, possible);
		for (int i = 0; i < hidden.size(); i++) {
			assertThat(possible.get(i)).as("values the hidden cell %d of %s can take", hidden.get(i), figures)
				.contains(figures.get(hidden.get(i)).value().longValue())
				.hasSizeGreaterThan(1);
		}
	}

	private static int[] range(int first, int count) {
		int[] indexes = new int[count];
		for (int i = 0; i < count; i++) {
			indexes[i] = first + i;
		}
		return indexes;
	}

	private static void enumerate(int position, List<Integer> hidden, long[] values, long bound, List<Line> lines,
			List<Set<Long>> possible) {
		if (position == hidden.size()) {
			for (Line line : lines) {
				long sum = 0;
				for (int part : line.parts()) {
					sum += values[part];
				}
				if (sum != values[line.total()]) {
					return;
				}
			}
			for (int i = 0; i < hidden.size(); i++) {
				possible.get(i).add(values[hidden.get(i)]);
			}
			return;
		}
		for (long value = 0; value <= bound; value++) {
			values[hidden.get(position)] = value;
			enumerate(position + 1, hidden, values, bound, lines, possible);
		}
		values[hidden.get(position)] = -1;
	}

}
