package de.lotse.steering.internal;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A steering table that can also be exported as CSV: a German header row and one row of
 * texts, numbers and cells per line.
 */
interface CsvTable {

	/**
	 * The German name of the export, part of the file name.
	 * @return e.g. {@code trichter}
	 */
	@JsonIgnore
	String csvName();

	/**
	 * The column headers, in German.
	 * @return the header row
	 */
	@JsonIgnore
	List<String> csvHeader();

	/**
	 * The rows: each value a {@link String}, a {@link Number}, a {@link Cell} or
	 * {@code null}.
	 * @return the rows
	 */
	@JsonIgnore
	List<List<Object>> csvRows();

}
