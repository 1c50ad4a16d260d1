package de.lotse.worklist;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import de.lotse.support.LotseTest;
import de.lotse.support.TestIntakes;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clerk logged in to Tasklist reads the case view with the Tasklist session, without
 * logging in again, with the groups the user has now.
 */
@LotseTest
class WebappSessionAuthenticationTests {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	IdentityService identity;

	@Test
	void aTasklistSessionOpensTheCaseViewOfTheUser() {
		String reference = openCase();
		HttpHeaders session = tasklistSession("admin");

		ResponseEntity<String> withSession = this.rest.exchange("/api/cases/{ref}", HttpMethod.GET,
				new HttpEntity<>(session), String.class, reference);
		ResponseEntity<String> withoutSession = this.rest.getForEntity("/api/cases/{ref}", String.class, reference);
		ResponseEntity<String> otherUser = this.rest.exchange("/api/cases/{ref}", HttpMethod.GET,
				new HttpEntity<>(tasklistSession("jobcenter")), String.class, reference);

		assertThat(withSession.getStatusCode()).as(withSession.getBody()).isEqualTo(HttpStatus.OK);
		assertThat(withSession.getBody()).contains("\"userId\":\"admin\"");
		assertThat(withoutSession.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(otherUser.getStatusCode()).as("the session's user, with their rights")
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void aMembershipRemovedAfterTheLoginCountsAtOnce() {
		String reference = openCase();
		HttpHeaders session = tasklistSession("teamleitung-sozialamt");
		this.identity.deleteMembership("teamleitung-sozialamt", "sozialamt");
		try {
			ResponseEntity<String> response = this.rest.exchange("/api/cases/{ref}", HttpMethod.GET,
					new HttpEntity<>(session), String.class, reference);
			assertThat(response.getStatusCode()).as("no department left").isEqualTo(HttpStatus.FORBIDDEN);
		}
		finally {
			this.identity.createMembership("teamleitung-sozialamt", "sozialamt");
		}
	}

	private String openCase() {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		ResponseEntity<Map> opened = this.rest.withBasicAuth("admin", "demo")
			.postForEntity("/api/cases", new HttpEntity<>(TestIntakes.recognisedRefugee(), headers), Map.class);
		assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return (String) opened.getBody().get("caseReference");
	}

	private HttpHeaders tasklistSession(String user) {
		ResponseEntity<String> page = this.rest.getForEntity("/camunda/app/tasklist/default/", String.class);
		LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("username", user);
		form.add("password", "demo");
		HttpHeaders login = new HttpHeaders();
		login.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		login.set("X-XSRF-TOKEN", page.getHeaders().getFirst("X-XSRF-TOKEN"));
		login.put(HttpHeaders.COOKIE, TaskFormValidationTests.cookies(page.getHeaders()));
		ResponseEntity<String> loggedIn = this.rest.postForEntity("/camunda/api/admin/auth/user/default/login/tasklist",
				new HttpEntity<>(form, login), String.class);
		assertThat(loggedIn.getStatusCode()).isEqualTo(HttpStatus.OK);
		HttpHeaders session = new HttpHeaders();
		List<String> cookies = new ArrayList<>(TaskFormValidationTests.cookies(loggedIn.getHeaders()));
		session.put(HttpHeaders.COOKIE, cookies);
		return session;
	}

}
