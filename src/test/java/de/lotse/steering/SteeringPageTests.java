package de.lotse.steering;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.lotse.support.LotseTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who gets the steering dashboard at {@code /steering} after logging in, and that
 * everything the page loads comes from Lotse itself (no CDN). What the page shows is
 * checked in a real browser by {@link SteeringPageBrowserTests}; the login itself by
 * {@code PageLoginTests}.
 */
@LotseTest
class SteeringPageTests {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern REFERENCE = Pattern.compile("(?:src|href)=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Test
	void steeringGroupGetsTheDashboardInGerman() throws Exception {
		HttpResponse<String> page = new Session("lenkungsgruppe").get("/steering");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
		assertThat(page.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((value) -> assertThat(value).contains("no-store"));
		assertThat(page.body()).contains("<html lang=\"de\">", "Steuerungsbericht Integrationskette", "Bericht drucken",
				"CSV herunterladen");
	}

	@Test
	void administratorsGetTheDashboardToo() throws Exception {
		assertThat(new Session("admin").get("/steering").statusCode()).isEqualTo(200);
	}

	@Test
	void noOtherRoleGetsTheDashboard() throws Exception {
		for (String user : List.of("teamleitung-sozialamt", "prozessdesign", "integrationsmanagement", "jobcenter")) {
			HttpResponse<String> page = new Session(user).get("/steering");
			assertThat(page.statusCode()).as(user).isEqualTo(403);
			assertThat(page.body()).as(user).contains("Keine Berechtigung").doesNotContain("steering.js");
		}
	}

	@Test
	void logoutOnTheDashboardEndsTheSession() throws Exception {
		Session session = new Session("lenkungsgruppe");
		Matcher csrf = CSRF_FIELD.matcher(session.get("/steering").body());
		assertThat(csrf.find()).as("CSRF field of the logout form").isTrue();
		HttpResponse<String> logout = session.post("/abmelden", "_csrf=" + Session.encode(csrf.group(1)));
		assertThat(logout.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/anmelden?abgemeldet"));
		assertThat(session.get("/steering").statusCode()).isEqualTo(302);
	}

	@Test
	void trailingSlashLeadsToTheDashboard() throws Exception {
		HttpResponse<String> page = new Session("lenkungsgruppe").get("/steering/");
		assertThat(page.statusCode()).isEqualTo(301);
		assertThat(page.headers().firstValue("Location")).hasValue("/steering");
	}

	@Test
	void everyScriptStylesheetAndLibraryComesFromLotseItself() throws Exception {
		Session steering = new Session("lenkungsgruppe");
		List<String> references = REFERENCE.matcher(steering.get("/steering").body())
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
			HttpResponse<String> asset = steering.get(reference);
			assertThat(asset.statusCode()).as(reference).isEqualTo(200);
			assertThat(asset.body()).as(reference).isNotBlank();
			assertThat(asset.headers().firstValue("Content-Type")).as(reference)
				.hasValueSatisfying((type) -> assertThat(type)
					.matches(reference.endsWith(".css") ? "text/css.*" : "(text|application)/javascript.*"));
		}
	}

	/**
	 * A browser tab logged in through Lotse's login page: it keeps the session cookie.
	 */
	private final class Session {

		private final HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		Session(String user) throws IOException, InterruptedException {
			Matcher csrf = CSRF_FIELD.matcher(get("/anmelden").body());
			assertThat(csrf.find()).as("CSRF field of the login page").isTrue();
			HttpResponse<String> login = post("/anmelden",
					"username=" + encode(user) + "&password=demo&_csrf=" + encode(csrf.group(1)));
			assertThat(login.headers().firstValue("Location")).as("login of %s", user)
				.hasValueSatisfying((to) -> assertThat(to).doesNotContain("fehler"));
		}

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return this.client.send(HttpRequest.newBuilder(uri(path)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
			return this.client.send(HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		private URI uri(String path) {
			return URI.create("http://localhost:" + SteeringPageTests.this.port + path);
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}

	}

}
