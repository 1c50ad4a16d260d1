package de.lotse.support;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The login form of Camunda's webapps (Tasklist, Cockpit, Admin) as a browser sends it:
 * first the page, which hands out the CSRF token and its cookie, then
 * {@code POST /camunda/api/admin/auth/user/default/login/<app>} with the form fields
 * {@code username} and {@code password}.
 */
public final class WebappLogin {

	private static final ObjectMapper JSON = new ObjectMapper();

	private WebappLogin() {
	}

	/**
	 * Logs in to one webapp.
	 * @param rest the client of the running application
	 * @param app {@code tasklist}, {@code cockpit} or {@code admin}
	 * @param user the user id
	 * @param password the password
	 * @return Camunda's answer: 200 with the user's authorized apps, 401 for a wrong
	 * password or unknown user, 403 for a user without access to the app
	 */
	public static ResponseEntity<String> login(TestRestTemplate rest, String app, String user, String password) {
		ResponseEntity<String> page = rest.getForEntity("/camunda/app/" + app + "/default/", String.class);
		LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("username", user);
		form.add("password", password);
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		headers.set("X-XSRF-TOKEN", page.getHeaders().getFirst("X-XSRF-TOKEN"));
		headers.put(HttpHeaders.COOKIE,
				page.getHeaders()
					.getOrEmpty(HttpHeaders.SET_COOKIE)
					.stream()
					.map((cookie) -> cookie.split(";", 2)[0])
					.toList());
		return rest.postForEntity("/camunda/api/admin/auth/user/default/login/" + app, new HttpEntity<>(form, headers),
				String.class);
	}

	/**
	 * The apps a successful login opened, as Camunda lists them in its answer.
	 * @param login the answer of {@link #login}
	 * @return e.g. {@code [tasklist, welcome]}; empty for a refused login
	 */
	public static List<String> authorizedApps(ResponseEntity<String> login) {
		if (!login.getStatusCode().is2xxSuccessful()) {
			return List.of();
		}
		try {
			List<String> apps = new ArrayList<>();
			JSON.readTree(login.getBody()).path("authorizedApps").forEach((app) -> apps.add(app.asText()));
			return apps;
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Camunda's login answer is not JSON: " + login.getBody(), ex);
		}
	}

}
