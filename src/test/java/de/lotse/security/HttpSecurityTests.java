package de.lotse.security;

import java.util.List;
import java.util.Map;

import de.lotse.support.LotseTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What reaches Lotse over HTTP without, with wrong and with right credentials, in the
 * default (demo) run.
 */
@LotseTest
class HttpSecurityTests {

	private static final String OUTSIDER = "outsider";

	private static final String OUTSIDER_PASSWORD = "Nachbar-2026-lang!";

	@Autowired
	TestRestTemplate rest;

	@Autowired
	ProcessEngine engine;

	@BeforeEach
	void createUserWithoutAuthorizations() {
		IdentityService identity = this.engine.getIdentityService();
		User user = identity.newUser(OUTSIDER);
		user.setFirstName("Otto");
		user.setLastName("Außenstehend");
		user.setPassword(OUTSIDER_PASSWORD);
		identity.saveUser(user);
	}

	@AfterEach
	void deleteUser() {
		this.engine.getIdentityService().deleteUser(OUTSIDER);
	}

	@Test
	void restApiWithoutCredentialsIsUnauthorizedWithoutData() {
		ResponseEntity<String> response = this.rest.getForEntity("/engine-rest/engine", String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
		assertThat(response.getBody()).contains("Nicht angemeldet").doesNotContain("default");
	}

	@Test
	void restApiWithWrongPasswordIsUnauthorized() {
		ResponseEntity<String> response = this.rest.withBasicAuth(OUTSIDER, "falsch")
			.getForEntity("/engine-rest/engine", String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void restApiWithUnknownUserIsUnauthorized() {
		ResponseEntity<String> response = this.rest.withBasicAuth("niemand", "demo")
			.getForEntity("/engine-rest/engine", String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void restApiWithDemoAdministratorAnswers() {
		ResponseEntity<List<Map<String, Object>>> response = this.rest.withBasicAuth("admin", "demo")
			.exchange("/engine-rest/engine", HttpMethod.GET, null, new ParameterizedTypeReference<>() {
			});
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getBody()).extracting((engine) -> engine.get("name")).contains("default");
	}

	@Test
	void projectApiWithoutCredentialsIsUnauthorized() {
		ResponseEntity<String> response = this.rest.getForEntity("/api/cases", String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.isTrue();
	}

	@Test
	void healthIsOpenAndTellsNoDetails() {
		ResponseEntity<String> response = this.rest.getForEntity("/actuator/health", String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getBody()).contains("\"status\":\"UP\"").doesNotContain("db").doesNotContain("diskSpace");
	}

	@Test
	void otherActuatorEndpointsNeedALogin() {
		assertThat(this.rest.getForEntity("/actuator/info", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(this.rest.getForEntity("/actuator/env", String.class).getStatusCode()).isIn(HttpStatus.UNAUTHORIZED,
				HttpStatus.NOT_FOUND);
	}

	@Test
	void tasklistServesItsLoginPage() {
		ResponseEntity<String> response = this.rest.getForEntity("/camunda/app/tasklist/default/", String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getBody()).contains("<html").containsIgnoringCase("tasklist");
	}

	@Test
	void webappApiWithoutSessionIsUnauthorized() {
		ResponseEntity<String> response = this.rest.getForEntity("/camunda/api/engine/engine/default/task",
				String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void webappLoginAcceptsDemoAdministratorAndRefusesWrongPassword() {
		assertThat(webappLogin("admin", "demo").getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(webappLogin(OUTSIDER, "falsch").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void engineChecksAuthorizationsForTheAuthenticatedUser() {
		assertThat(this.engine.getProcessEngineConfiguration().isAuthorizationEnabled()).isTrue();
		TestRestTemplate outsider = this.rest.withBasicAuth(OUTSIDER, OUTSIDER_PASSWORD);

		ResponseEntity<String> ownProfile = outsider.getForEntity("/engine-rest/user/" + OUTSIDER + "/profile",
				String.class);
		assertThat(ownProfile.getStatusCode()).isEqualTo(HttpStatus.OK);

		ResponseEntity<String> users = outsider.getForEntity("/engine-rest/user", String.class);
		assertThat(users.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(users.getBody()).doesNotContain("\"admin\"");

		ResponseEntity<String> newUser = outsider.postForEntity("/engine-rest/user/create",
				jsonEntity("{\"profile\":{\"id\":\"eindringling\"},\"credentials\":{\"password\":\"x-Y-z-123456\"}}"),
				String.class);
		assertThat(newUser.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.engine.getIdentityService().createUserQuery().userId("eindringling").count()).isZero();
	}

	private ResponseEntity<String> webappLogin(String user, String password) {
		// Camunda's webapps hand out a CSRF token with the page and demand it back
		ResponseEntity<String> page = this.rest.getForEntity("/camunda/app/tasklist/default/", String.class);
		String token = page.getHeaders().getFirst("X-XSRF-TOKEN");
		LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("username", user);
		form.add("password", password);
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		headers.set("X-XSRF-TOKEN", token);
		headers.put(HttpHeaders.COOKIE, page.getHeaders().get(HttpHeaders.SET_COOKIE));
		return this.rest.postForEntity("/camunda/api/admin/auth/user/default/login/tasklist",
				new HttpEntity<>(form, headers), String.class);
	}

	private static HttpEntity<String> jsonEntity(String json) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(json, headers);
	}

}
