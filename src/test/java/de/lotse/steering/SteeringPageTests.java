package de.lotse.steering;

import java.util.List;
import java.util.regex.Pattern;

import de.lotse.support.LotseTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who gets the steering dashboard at {@code /steering}, and that everything the page
 * loads comes from Lotse itself (no CDN). What the page shows is checked in a real
 * browser by {@link SteeringPageBrowserTests}.
 */
@LotseTest
class SteeringPageTests {

	private static final Pattern REFERENCE = Pattern.compile("(?:src|href)=\"([^\"]+)\"");

	@Autowired
	TestRestTemplate rest;

	@Test
	void steeringGroupGetsTheDashboardInGerman() {
		ResponseEntity<String> page = this.rest.withBasicAuth("lenkungsgruppe", "demo")
			.getForEntity("/steering", String.class);
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(page.getHeaders().getContentType()).isEqualTo(MediaType.parseMediaType("text/html;charset=UTF-8"));
		assertThat(page.getHeaders().getCacheControl()).contains("no-store");
		assertThat(page.getBody()).contains("<html lang=\"de\">")
			.contains("Steuerungsbericht Integrationskette")
			.contains("Bericht drucken");
	}

	@Test
	void administratorsGetTheDashboardToo() {
		ResponseEntity<String> page = this.rest.withBasicAuth("admin", "demo").getForEntity("/steering", String.class);
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void everyoneElseIsRefusedInGerman() {
		for (String user : List.of("sozialamt", "teamleitung-sozialamt", "prozessdesign", "integrationsmanagement")) {
			ResponseEntity<String> page = this.rest.withBasicAuth(user, "demo").getForEntity("/steering", String.class);
			assertThat(page.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(page.getHeaders().getContentType()).as(user)
				.isEqualTo(MediaType.parseMediaType("text/html;charset=UTF-8"));
			assertThat(page.getBody()).as(user)
				.contains("Keine Berechtigung")
				.contains("der Lenkungsgruppe vorbehalten")
				.doesNotContain("steering.js");
		}
	}

	@Test
	void nobodyWithoutLoginGetsTheDashboard() {
		ResponseEntity<String> page = this.rest.getForEntity("/steering", String.class);
		assertThat(page.getStatusCode().is2xxSuccessful() && page.getBody() != null
				&& page.getBody().contains("steering.js"))
			.as("dashboard without login: %s", page.getStatusCode())
			.isFalse();
	}

	@Test
	void trailingSlashLeadsToTheDashboard() {
		ResponseEntity<String> page = this.rest.withBasicAuth("lenkungsgruppe", "demo")
			.getForEntity("/steering/", String.class);
		assertThat(page.getStatusCode().is3xxRedirection() || page.getStatusCode().is2xxSuccessful()).isTrue();
		if (page.getStatusCode().is3xxRedirection()) {
			assertThat(page.getHeaders().getLocation()).hasPath("/steering");
		}
	}

	@Test
	void everyScriptStylesheetAndLibraryComesFromLotseItself() {
		TestRestTemplate steering = this.rest.withBasicAuth("lenkungsgruppe", "demo");
		String page = steering.getForObject("/steering", String.class);
		List<String> references = REFERENCE.matcher(page)
			.results()
			.map((match) -> match.group(1))
			.filter((reference) -> !reference.startsWith("#"))
			.toList();
		assertThat(references).as("scripts and stylesheets")
			.contains("/webjars/chart.js/dist/chart.umd.min.js",
					"/webjars/bpmn-js/dist/bpmn-navigated-viewer.production.min.js", "/steering/steering.js",
					"/steering/steering.css")
			.allSatisfy((reference) -> assertThat(reference).startsWith("/").doesNotStartWith("//"));
		for (String reference : references) {
			ResponseEntity<byte[]> asset = steering.getForEntity(reference, byte[].class);
			assertThat(asset.getStatusCode()).as(reference).isEqualTo(HttpStatus.OK);
			assertThat(asset.getBody()).as(reference).isNotEmpty();
			assertThat(asset.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE)).as(reference)
				.matches(reference.endsWith(".css") ? "text/css.*" : "(text|application)/javascript.*");
		}
	}

}
