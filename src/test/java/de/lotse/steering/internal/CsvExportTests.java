package de.lotse.steering.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvExportTests {

	@Test
	void writesGermanExcelCsvWithSuppressedCellsMarked() {
		CsvTable table = new CsvTable() {

			@Override
			public String csvName() {
				return "probe";
			}

			@Override
			public List<String> csvHeader() {
				return List.of("Station", "Fälle", "Median (Tage)");
			}

			@Override
			public List<List<Object>> csvRows() {
				return List.of(List.of("Anmeldung", Cell.of(17L), Cell.of(11.5)),
						List.of("Einbürgerung; Urkunde", Cell.SUPPRESSED, Cell.SUPPRESSED),
						java.util.Arrays.asList("=HYPERLINK(\"x\")", null, 0.125));
			}

		};
		byte[] bytes = CsvExport.write(table, 5);
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFF" + """
				Station;Fälle;Median (Tage)\r
				Anmeldung;17;11,5\r
				"Einbürgerung; Urkunde";< 5;< 5\r
				"'=HYPERLINK(""x"")";;0,125\r
				""");
	}

}
