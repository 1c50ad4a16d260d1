package de.lotse.worklist.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Every form in {@code forms/} can be checked by the server (no component it does not
 * know) and links to the case view; the server's check behaves like form-js.
 */
class FormSchemaTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	static Stream<Path> forms() throws IOException {
		return Files.list(Path.of("forms")).filter((file) -> file.toString().endsWith(".form")).sorted();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("forms")
	void everyFormCanBeCheckedByTheServer(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			FormSchema form = FormSchema.read(in);
			assertThat(form.id()).isEqualTo(file.getFileName().toString().replace(".form", ""));
			assertThat(form.fields()).as("fields of %s", file).isNotEmpty();
			assertThat(form.fields()).allSatisfy((field) -> assertThat(field.label()).isNotEqualTo(field.key()));
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("forms")
	void everyFormLinksToTheCaseView(Path file) throws IOException {
		JsonNode link = null;
		for (JsonNode component : JSON.readTree(file.toFile()).path("components")) {
			if ("Text_CaseLink".equals(component.path("id").asText())) {
				link = component;
			}
		}
		assertThat(link).as("case link in %s", file).isNotNull();
		assertThat(link.path("type").asText()).isEqualTo("text");
		assertThat(link.path("text").asText()).contains("(/cases/{{caseReference}})");
	}

	@Test
	void aComponentTheServerCannotCheckIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> read("{\"components\":[{\"type\":\"taglist\",\"key\":\"tags\",\"id\":\"Field_1\"}]}"))
			.withMessageContaining("'taglist'");
		assertThatIllegalArgumentException().isThrownBy(() -> read(
				"{\"components\":[{\"type\":\"group\",\"path\":\"address\",\"id\":\"Group_1\",\"components\":[]}]}"))
			.withMessageContaining("nested data");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> read("{\"components\":[{\"type\":\"textfield\",\"key\":\"a.b\",\"id\":\"Field_1\"}]}"))
			.withMessageContaining("simple key");
	}

	@Test
	void checksLikeFormJs() {
		FormSchema form = read(
				"""
						{"components":[
						 {"type":"textfield","key":"name","label":"Name","validate":{"required":true,"maxLength":5,"pattern":"^[a-z]+$"}},
						 {"type":"number","key":"count","label":"Anzahl","validate":{"min":1,"max":3},"decimalDigits":0},
						 {"type":"checkbox","key":"agreed","label":"Einverstanden","validate":{"required":true}},
						 {"type":"radio","key":"kind","label":"Art","values":[{"label":"A","value":"A"}]},
						 {"type":"datetime","subtype":"date","key":"on","dateLabel":"Am","validate":{"required":true},
						  "conditional":{"hide":"=kind = \\"A\\""}},
						 {"type":"textfield","key":"shown","label":"Nur Ansicht","disabled":true}
						]}""");
		FormCheck check = new FormCheck(form);

		assertThat(check.check(Map.of("name", "abc", "count", 2, "agreed", true, "kind", "A"), (name) -> null,
				(condition) -> true))
			.isEmpty();
		assertThat(messages(check.check(Map.of("name", "ABCDEFG", "count", 2.5, "agreed", false, "kind", "B"),
				(name) -> null, (condition) -> false)))
			.containsExactly("Das Feld „Name“ darf höchstens 5 Zeichen lang sein.",
					"Das Feld „Anzahl“ muss eine ganze Zahl sein.", "Das Feld „Einverstanden“ muss angekreuzt sein.",
					"Das Feld „Art“ hat einen Wert, der nicht zur Auswahl gehört.",
					"Das Feld „Am“ ist ein Pflichtfeld.");
		assertThat(messages(check.check(Map.of("name", "  ", "on", "2026-02-30", "shown", "x"), (name) -> null,
				(condition) -> false)))
			.containsExactly("Das Feld „Nur Ansicht“ ist nur zur Ansicht und kann nicht geändert werden.",
					"Das Feld „Name“ ist ein Pflichtfeld.", "Das Feld „Einverstanden“ muss angekreuzt sein.",
					"Das Feld „Am“ muss ein Datum (JJJJ-MM-TT) sein.");
		assertThat(check.check(Map.of("agreed", true, "kind", "A", "shown", "wie vorher"),
				(name) -> "name".equals(name) ? "abc" : "shown".equals(name) ? "wie vorher" : null,
				(condition) -> true))
			.as("values given before count; an unchanged view-only value passes")
			.isEmpty();
	}

	private static List<String> messages(List<FormCheck.Problem> problems) {
		return problems.stream().map(FormCheck.Problem::message).toList();
	}

	private static FormSchema read(String json) {
		return FormSchema.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
	}

}
