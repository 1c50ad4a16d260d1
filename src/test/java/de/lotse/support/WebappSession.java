package de.lotse.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user logged in to Tasklist the way the browser does it: Camunda's login form, the
 * session cookie, and the CSRF token the webapps send with every change. Requests go to
 * the webapps' own engine API ({@code /camunda/api/engine/engine/default/...}), which
 * Tasklist itself uses.
 */
public final class WebappSession {

	private static final String ENGINE_API = "/camunda/api/engine/engine/default";

	private final TestRestTemplate rest;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	private String csrfToken;

	private WebappSession(TestRestTemplate rest) {
		this.rest = rest;
	}

	/**
	 * Logs in to Tasklist.
	 * @param rest an anonymous client of the running application
	 * @param user the user id
	 * @param password the password
	 * @return the session
	 */
	public static WebappSession tasklist(TestRestTemplate rest, String user, String password) {
		WebappSession session = new WebappSession(rest);
		ResponseEntity<String> page = rest.getForEntity("/camunda/app/tasklist/default/", String.class);
		session.remember(page);
		LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("username", user);
		form.add("password", password);
		HttpHeaders headers = session.headers();
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		ResponseEntity<String> login = rest.postForEntity("/camunda/api/admin/auth/user/default/login/tasklist",
				new HttpEntity<>(form, headers), String.class);
		assertThat(login.getStatusCode().is2xxSuccessful()).as("login of %s: %s", user, login.getBody()).isTrue();
		session.remember(login);
		// the login starts a new session with a new CSRF token, handed out with the next
		// GET
		session.get("/user/" + user + "/profile", MediaType.APPLICATION_JSON);
		return session;
	}

	/**
	 * A GET against the webapps' engine API.
	 * @param path the path below the engine, e.g. {@code /filter}
	 * @param accept the media type to accept
	 * @param variables URI variables
	 * @return the response
	 */
	public ResponseEntity<String> get(String path, MediaType accept, Object... variables) {
		return exchange(HttpMethod.GET, path, null, accept, variables);
	}

	/**
	 * A change (POST, PUT, DELETE) against the webapps' engine API, with the CSRF token.
	 * @param method the method
	 * @param path the path below the engine
	 * @param body the JSON body, or null
	 * @param accept the media type to accept
	 * @param variables URI variables
	 * @return the response
	 */
	public ResponseEntity<String> exchange(HttpMethod method, String path, String body, MediaType accept,
			Object... variables) {
		HttpHeaders headers = headers();
		headers.setAccept(List.of(accept));
		if (body != null) {
			headers.setContentType(MediaType.APPLICATION_JSON);
		}
		ResponseEntity<String> response = this.rest.exchange(ENGINE_API + path, method, new HttpEntity<>(body, headers),
				String.class, variables);
		remember(response);
		return response;
	}

	private HttpHeaders headers() {
		HttpHeaders headers = new HttpHeaders();
		if (!this.cookies.isEmpty()) {
			headers.put(HttpHeaders.COOKIE, new ArrayList<>(this.cookies.values()));
		}
		if (this.csrfToken != null) {
			headers.set("X-XSRF-TOKEN", this.csrfToken);
		}
		return headers;
	}

	private void remember(ResponseEntity<String> response) {
		String token = response.getHeaders().getFirst("X-XSRF-TOKEN");
		if (token != null) {
			this.csrfToken = token;
		}
		for (String setCookie : response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)) {
			String cookie = setCookie.split(";", 2)[0];
			this.cookies.put(cookie.substring(0, cookie.indexOf('=')), cookie);
		}
	}

}
