package de.lotse.runtime;

import de.lotse.support.LotseTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tasklist, Cockpit, Admin and the welcome page speak German, also to a browser that asks
 * for English, and the German texts they load are there.
 */
@LotseTest
class WebappLanguageTests {

	@Autowired
	TestRestTemplate rest;

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "cockpit", "admin", "welcome" })
	void webappIsConfiguredForGermanOnly(String app) {
		ResponseEntity<String> config = get("/camunda/app/" + app + "/scripts/config.js");
		assertThat(config.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(config.getBody()).contains("availableLocales: ['de']").contains("fallbackLocale: 'de'");
	}

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "cockpit", "admin", "welcome" })
	void germanTextsAreServed(String app) {
		ResponseEntity<String> texts = get("/camunda/app/" + app + "/locales/de.json");
		assertThat(texts.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(texts.getBody()).contains("\"Abmelden\"");
	}

	private ResponseEntity<String> get(String path) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.9");
		return this.rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
	}

}
