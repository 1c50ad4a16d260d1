package de.lotse.security;

import java.time.Duration;
import java.util.Date;

import de.lotse.directory.Departments;
import de.lotse.support.LotseTest;
import de.lotse.support.WebappLogin;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Wrong passwords slow a user's further logins down and, ten in a row, lock the user
 * until an administrator unlocks them: over HTTP Basic on the REST API and Lotse's API
 * and at the Tasklist login alike, for users in the engine's database, with the settings
 * of {@code application.properties} (first delay 3 s, doubling, at most 60 s; locked
 * after 10). The engine's clock is stopped and moved on by the tests instead of waiting
 * for the delays.
 */
@LotseTest
class LoginThrottlingTests {

	private static final String CLERK = "kbauer";

	private static final String CLERK_PASSWORD = "Buergeramt-Schalter-3!";

	private static final String COLLEAGUE = "tneumann";

	private static final String COLLEAGUE_PASSWORD = "Buergeramt-Schalter-4!";

	private static final String WRONG = "Buergeramt-Schalter-5!";

	@Autowired
	TestRestTemplate rest;

	@Autowired
	ProcessEngine engine;

	@BeforeEach
	void createTwoClerksAndStopTheClock() {
		// the engine's clock stands still unless the test moves it: no delay runs out by
		// itself while a slow machine works through the requests
		ClockUtil.setCurrentTime(new Date());
		createUser(CLERK, CLERK_PASSWORD);
		createUser(COLLEAGUE, COLLEAGUE_PASSWORD);
	}

	@AfterEach
	void deleteClerksAndResetTheClock() {
		ClockUtil.reset();
		this.engine.getIdentityService().deleteUser(CLERK);
		this.engine.getIdentityService().deleteUser(COLLEAGUE);
	}

	@Test
	void aWrongPasswordDelaysTheNextLoginEvenWithTheRightPassword() {
		assertThat(restApi(CLERK, WRONG).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

		assertThat(restApi(CLERK, CLERK_PASSWORD).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(restApi(COLLEAGUE, COLLEAGUE_PASSWORD).getStatusCode()).isEqualTo(HttpStatus.OK);

		advanceClock(Duration.ofSeconds(4));
		assertThat(restApi(CLERK, CLERK_PASSWORD).getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void tenWrongPasswordsInARowAreRefusedAndTheRightOneIsRefusedRightAfter() {
		for (int attempt = 1; attempt <= 10; attempt++) {
			assertThat(restApi(CLERK, WRONG).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		}

		ResponseEntity<String> refused = restApi(CLERK, CLERK_PASSWORD);
		assertRefusedWithProblemDocument(refused);
		assertThat(
				this.rest.withBasicAuth(CLERK, CLERK_PASSWORD).getForEntity("/api/cases", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(WebappLogin.login(this.rest, "tasklist", CLERK, CLERK_PASSWORD).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);

		assertThat(restApi(COLLEAGUE, COLLEAGUE_PASSWORD).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(WebappLogin.login(this.rest, "tasklist", COLLEAGUE, COLLEAGUE_PASSWORD).getStatusCode())
			.isEqualTo(HttpStatus.OK);
	}

	@Test
	void tenWrongPasswordsLockTheUserUntilAnAdministratorUnlocksThem() {
		for (int attempt = 1; attempt <= 10; attempt++) {
			assertThat(restApi(CLERK, WRONG).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
			// wait out the delay, so that every wrong password counts
			advanceClock(Duration.ofSeconds(61));
		}

		advanceClock(Duration.ofHours(1));
		assertRefusedWithProblemDocument(restApi(CLERK, CLERK_PASSWORD));
		assertThat(WebappLogin.login(this.rest, "tasklist", CLERK, CLERK_PASSWORD).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(restApi(COLLEAGUE, COLLEAGUE_PASSWORD).getStatusCode()).isEqualTo(HttpStatus.OK);

		ResponseEntity<String> byColleague = this.rest.withBasicAuth(COLLEAGUE, COLLEAGUE_PASSWORD)
			.postForEntity("/engine-rest/user/{id}/unlock", null, String.class, CLERK);
		assertThat(byColleague.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertRefusedWithProblemDocument(restApi(CLERK, CLERK_PASSWORD));

		ResponseEntity<String> byAdministrator = this.rest.withBasicAuth("admin", "demo")
			.postForEntity("/engine-rest/user/{id}/unlock", null, String.class, CLERK);
		assertThat(byAdministrator.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(restApi(CLERK, CLERK_PASSWORD).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(WebappLogin.login(this.rest, "tasklist", CLERK, CLERK_PASSWORD).getStatusCode())
			.isEqualTo(HttpStatus.OK);
	}

	@Test
	void wrongPasswordsAtTheTasklistLoginCountToo() {
		for (int attempt = 1; attempt <= 10; attempt++) {
			assertThat(WebappLogin.login(this.rest, "tasklist", CLERK, WRONG).getStatusCode())
				.isEqualTo(HttpStatus.UNAUTHORIZED);
			advanceClock(Duration.ofSeconds(61));
		}

		assertRefusedWithProblemDocument(restApi(CLERK, CLERK_PASSWORD));
		assertThat(WebappLogin.login(this.rest, "tasklist", CLERK, CLERK_PASSWORD).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	private ResponseEntity<String> restApi(String user, String password) {
		return this.rest.withBasicAuth(user, password)
			.getForEntity("/engine-rest/user/{id}/profile", String.class, user);
	}

	private static void assertRefusedWithProblemDocument(ResponseEntity<String> response) {
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.isTrue();
		assertThat(response.getBody()).contains("\"title\":\"Anmeldung fehlgeschlagen\"")
			.contains("nach Fehlversuchen gesperrt")
			.doesNotContain(CLERK);
	}

	private static void advanceClock(Duration duration) {
		ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + duration.toMillis()));
	}

	private void createUser(String id, String password) {
		IdentityService identity = this.engine.getIdentityService();
		User user = identity.newUser(id);
		user.setFirstName("Test");
		user.setLastName(id);
		user.setPassword(password);
		identity.saveUser(user);
		// a department's clerk, who may open Tasklist
		identity.createMembership(id, Departments.SOZIALAMT);
	}

}
