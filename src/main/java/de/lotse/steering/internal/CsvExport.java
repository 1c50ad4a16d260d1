package de.lotse.steering.internal;

import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/**
 * Writes a steering table as CSV the way German Excel opens it: UTF-8 with a byte order
 * mark, {@code ;} between fields, a decimal comma, suppressed cells as {@code < 5}.
 */
final class CsvExport {

	private static final String BOM = "\uFEFF";

	private CsvExport() {
	}

	/**
	 * The table as CSV.
	 * @param table the table
	 * @param minimumCellSize the number in the mark of suppressed cells
	 * @return the bytes of the file
	 */
	static byte[] write(CsvTable table, int minimumCellSize) {
		StringBuilder csv = new StringBuilder(BOM);
		line(csv, table.csvHeader().stream().map(Object.class::cast).toList(), minimumCellSize);
		table.csvRows().forEach((row) -> line(csv, row, minimumCellSize));
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void line(StringBuilder csv, List<Object> values, int minimumCellSize) {
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				csv.append(';');
			}
			csv.append(field(values.get(i), minimumCellSize));
		}
		csv.append("\r\n");
	}

	static String field(Object value, int minimumCellSize) {
		if (value == null) {
			return "";
		}
		if (value instanceof Cell cell) {
			if (cell.suppressed()) {
				return "< " + minimumCellSize;
			}
			return field(cell.value(), minimumCellSize);
		}
		if (value instanceof Number number) {
			return number(number);
		}
		return text(value.toString());
	}

	private static String number(Number number) {
		if (number instanceof Double || number instanceof Float) {
			DecimalFormat format = new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.GERMANY));
			return format.format(number.doubleValue());
		}
		return number.toString();
	}

	/**
	 * Quotes a text where CSV needs it, and defuses a leading {@code = + - @}, which
	 * Excel would run as a formula.
	 */
	private static String text(String text) {
		String safe = (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) ? "'" + text : text;
		if (safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

}
