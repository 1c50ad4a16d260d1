package de.lotse.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.lotse.support.LotseTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lotse's own pages: the German login page, the session it opens for the pages and their
 * API, the CSRF protection of that session, the steering dashboard kept for the
 * Lenkungsgruppe, and a Tasklist login that counts for the pages too.
 */
@LotseTest
class PageLoginTests {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Test
	void aPageWithoutLoginLeadsToTheGermanLoginPage() throws Exception {
		Browser browser = new Browser();
		HttpResponse<String> page = browser.get("/steering");
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/anmelden"));

		HttpResponse<String> login = browser.get("/anmelden");
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.body()).contains("<html lang=\"de\">", "Benutzername", "Passwort", "Anmelden")
			.containsPattern(CSRF_FIELD);
	}

	@Test
	void aWrongPasswordIsRefusedInGermanAndOpensNoSession() throws Exception {
		Browser browser = new Browser();
		HttpResponse<String> answer = browser.logIn("lenkungsgruppe", "falsch");
		assertThat(answer.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/anmelden?fehler"));
		assertThat(browser.get("/anmelden?fehler").body()).contains("Benutzername oder Passwort ist falsch.");
		assertThat(browser.get("/steering").statusCode()).isEqualTo(302);
		assertThat(browser.getJson("/engine-rest/task").statusCode()).isEqualTo(401);
	}

	@Test
	void theSteeringGroupOpensTheDashboardAndItsSessionCarriesTheApiWithItsOwnRights() throws Exception {
		Browser browser = new Browser();
		HttpResponse<String> answer = browser.logIn("lenkungsgruppe", "demo");
		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(URI.create(to).getPath()).isEqualTo("/steering"));

		assertThat(browser.get("/steering").statusCode()).isNotIn(302, 401, 403);
		HttpResponse<String> tasks = browser.getJson("/engine-rest/task");
		assertThat(tasks.statusCode()).isEqualTo(200);
		assertThat(tasks.body()).isEqualTo("[]");
	}

	@Test
	void aClerkIsToldInGermanThatTheDashboardIsNotForThem() throws Exception {
		Browser browser = new Browser();
		browser.logIn("sozialamt", "demo");
		HttpResponse<String> page = browser.get("/steering");
		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.body()).contains("Keine Berechtigung", "Ihre Rolle erlaubt den Zugriff auf diese Seite nicht.");
	}

	@Test
	void aChangeRidingOnlyOnTheSessionCookieNeedsTheCsrfToken() throws Exception {
		Browser browser = new Browser();
		browser.logIn("integrationsmanagement", "demo");
		HttpResponse<String> forged = browser.postJson("/api/cases", "{}", null);
		assertThat(forged.statusCode()).isEqualTo(403);

		HttpResponse<String> withBasic = browser.postJson("/api/cases", "{}", "Basic "
				+ Base64.getEncoder().encodeToString("integrationsmanagement:demo".getBytes(StandardCharsets.UTF_8)));
		assertThat(withBasic.statusCode()).isEqualTo(400);
	}

	@Test
	void aTasklistLoginCountsForThePagesAndEndsWithIt() throws Exception {
		Browser browser = new Browser();
		assertThat(browser.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
		HttpResponse<String> login = browser.form("/camunda/api/admin/auth/user/default/login/tasklist",
				"username=sozialamt&password=demo", browser.cookie("XSRF-TOKEN"));
		assertThat(login.statusCode()).isEqualTo(200);

		assertThat(browser.get("/cases/LT-2026-AAAAAA").statusCode()).isNotIn(302, 401, 403);
		assertThat(browser.getJson("/engine-rest/task").statusCode()).isEqualTo(200);
		assertThat(browser.get("/steering").statusCode()).isEqualTo(403);

		// the webapps hand out a new CSRF token for the session that the login opened
		assertThat(browser.getJson("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(200);
		HttpResponse<String> logout = browser.form("/camunda/api/admin/auth/user/default/logout", "",
				browser.cookie("XSRF-TOKEN"));
		assertThat(logout.statusCode()).isEqualTo(200);
		assertThat(browser.getJson("/engine-rest/task").statusCode()).isEqualTo(401);
	}

	/** A client that keeps cookies and does not follow redirects, like a browser tab. */
	private final class Browser {

		private final CookieManager cookies = new CookieManager();

		private final HttpClient client = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return this.client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build(),
					HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> getJson(String path) throws IOException, InterruptedException {
			return this.client.send(
					HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET().build(),
					HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> logIn(String user, String password) throws IOException, InterruptedException {
			get("/steering");
			Matcher csrf = CSRF_FIELD.matcher(get("/anmelden").body());
			assertThat(csrf.find()).isTrue();
			return form("/anmelden",
					"username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1)),
					null);
		}

		HttpResponse<String> form(String path, String body, String xsrfToken) throws IOException, InterruptedException {
			HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body));
			if (xsrfToken != null) {
				request.header("X-XSRF-TOKEN", xsrfToken);
			}
			return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> postJson(String path, String body, String authorization)
				throws IOException, InterruptedException {
			HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body));
			if (authorization != null) {
				request.header("Authorization", authorization);
			}
			return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}

		String cookie(String name) {
			return this.cookies.getCookieStore()
				.getCookies()
				.stream()
				.filter((cookie) -> cookie.getName().equals(name))
				.map(java.net.HttpCookie::getValue)
				.findFirst()
				.orElse(null);
		}

		private URI uri(String path) {
			return URI.create("http://localhost:" + PageLoginTests.this.port + path);
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}

	}

}
