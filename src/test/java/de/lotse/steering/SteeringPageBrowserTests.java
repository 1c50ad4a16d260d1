package de.lotse.steering;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.lotse.browser.Browser;
import de.lotse.browser.BrowserTest;
import de.lotse.chain.ChainDriver;
import de.lotse.chain.ChainVariables;
import de.lotse.chain.IntegrationChainProcess;
import de.lotse.chain.JobcentreReferralProcess;
import de.lotse.chain.RegistrationProcess;
import de.lotse.support.LotseTest;
import de.lotse.support.TestIntakes;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static de.lotse.chain.ChainDriver.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The steering dashboard in a real headless Chromium, over twelve real cases driven
 * through the chain on H2: EU citizens (eight in Styrum, four in Broich) opened on 2
 * March 2026; seven are registered on 6 March, five still wait for the Meldebehörde on 20
 * March. Enough for figures in some cells and "< 5" in others.
 */
@LotseTest
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SteeringPageBrowserTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** Family names nobody else uses, so the page can be searched for them. */
	private static final List<String> FAMILY_NAMES = List.of("Wiśniewska", "Kowalczyk", "Zielińska", "Lewandowski",
			"Dąbrowska", "Kamiński", "Szymańska", "Woźniak", "Kozłowska", "Jankowski", "Mazurek", "Krawczyk");

	private static final String PERIOD = "from=2026-01-01&to=2026-06-30";

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	TestRestTemplate rest;

	private final List<String> references = new ArrayList<>();

	@BeforeAll
	void driveCases() {
		ChainDriver.staffDepartments(this.engine);
		ClockUtil.setCurrentTime(day("2026-03-02"));
		for (int i = 0; i < FAMILY_NAMES.size(); i++) {
			this.references.add(openCase(FAMILY_NAMES.get(i), (i < 8) ? "Styrum" : "Broich"));
		}
		ClockUtil.setCurrentTime(day("2026-03-04"));
		for (String reference : this.references) {
			ChainDriver driver = new ChainDriver(this.engine, this.rest, reference);
			driver.clerkCompletes(IntegrationChainProcess.TASK_INTAKE_APPOINTMENT, "integrationsmanagement",
					Map.of(ChainVariables.MOVE_IN_DATE, day("2026-03-02"),
							JobcentreReferralProcess.LABOUR_MARKET_REFERRAL, JobcentreReferralProcess.REFERRAL_NONE));
			driver.agencyCompletes(RegistrationProcess.TOPIC_REGISTER);
		}
		ClockUtil.setCurrentTime(day("2026-03-06"));
		for (String reference : this.references.subList(0, 7)) {
			new ChainDriver(this.engine, this.rest, reference).clerkCompletes(
					RegistrationProcess.TASK_CONFIRM_REGISTRATION, "meldebehoerde",
					Map.of(RegistrationProcess.REGISTRATION_DATE, day("2026-03-06")));
		}
		ClockUtil.setCurrentTime(day("2026-03-20"));
	}

	@AfterAll
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void steeringGroupSeesFiguresChartsAndTheColouredChainWithoutAnyPerson(Browser browser) throws IOException {
		logIn(browser, "lenkungsgruppe", "demo");
		browser.open(url("/steering?" + PERIOD));
		awaitReady(browser);

		assertThat(browser.driver().getTitle()).contains("Steuerung");
		assertThat(text(browser, By.id("meta-period"))).isEqualTo("01.01.2026 – 30.06.2026");
		List<String> registration = rowOf(browser, "funnel-table", "Anmeldung");
		assertThat(registration).as("Anmeldung: begonnen, davon abgeschlossen, davon offen")
			.containsExactly("12", "7", "5");
		assertThat(browser.all(By.cssSelector("td.suppressed"))).as("cells with fewer than five cases")
			.isNotEmpty()
			.allSatisfy((cell) -> assertThat(cell.getText()).isEqualTo("< 5"));
		assertThat(text(browser, By.cssSelector("#flow-table thead"))).contains("März 2026");

		for (String chart : List.of("funnel-chart", "lead-times-chart", "flow-chart", "backlog-chart",
				"naturalisation-chart")) {
			assertThat(paintedPixels(browser, chart)).as("pixels drawn on %s", chart).isGreaterThan(500);
		}
		assertThat(browser.script("return Chart.getChart('funnel-chart').data.datasets[0].data[1]"))
			.as("entered Anmeldung in the funnel chart")
			.isEqualTo(12L);

		assertThat(browser.all(By.cssSelector("#heatmap-canvas .djs-element"))).as("BPMN elements drawn")
			.hasSizeGreaterThan(10);
		List<WebElement> coloured = browser.all(By.cssSelector(
				"#heatmap-canvas .djs-element.heat-1, #heatmap-canvas .djs-element.heat-2, #heatmap-canvas .djs-element.heat-3,"
						+ " #heatmap-canvas .djs-element.heat-4, #heatmap-canvas .djs-element.heat-5"));
		assertThat(coloured).as("elements coloured by waiting cases").isNotEmpty();
		assertThat(coloured).extracting((element) -> element.getAttribute("data-element-id"))
			.contains(IntegrationChainProcess.CALL_ACTIVITY_REGISTRATION);
		assertThat(browser.all(By.cssSelector("#heatmap-canvas .heat-badge"))).extracting(WebElement::getText)
			.anySatisfy((badge) -> assertThat(badge).startsWith("5"));

		WebElement csvLink = browser.visible(By.cssSelector("a[data-csv='funnel']"));
		assertThat(csvLink.getAttribute("href")).isEqualTo(url("/api/steering/funnel.csv?" + PERIOD));
		Browser.Fetched csv = browser.fetch(csvLink.getAttribute("href"));
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.contentType()).startsWith("text/csv");
		assertThat(csv.disposition()).contains("attachment").contains("lotse-trichter-2026-01-01-2026-06-30.csv");
		assertThat(csv.body()).startsWith("\uFEFF").contains("Anmeldung;12;7;5");
		assertThat(csv.body().lines().findFirst().orElseThrow())
			.isEqualTo("\uFEFFStation;Eingetreten;Abgeschlossen;Offen");

		Path screenshot = browser.screenshot("steering-dashboard");
		assertThat(Files.size(screenshot)).isGreaterThan(10_000);
		assertNoPersonalData(browser, csv.body());
	}

	@Test
	void heatmapOpensTheStagesOfTheChain(Browser browser) {
		logIn(browser, "lenkungsgruppe", "demo");
		browser.open(url("/steering?" + PERIOD));
		awaitReady(browser);

		new Select(browser.visible(By.id("heatmap-process"))).selectByValue(RegistrationProcess.KEY);
		WebElement confirmation = awaitDiagramElement(browser, RegistrationProcess.TASK_CONFIRM_REGISTRATION);
		assertThat(confirmation.getAttribute("class")).as("five cases wait for the Meldebehörde")
			.containsPattern("heat-[1-5]");
		assertThat(browser.driver().getCurrentUrl()).contains("process=registration");
		assertThat(browser.visible(By.cssSelector("a[data-csv='heatmap']")).getAttribute("href"))
			.contains("/api/steering/heatmap.csv?")
			.contains("process=registration");
		assertThat(browser.all(By.cssSelector("#heatmap-table tbody tr"))).extracting(WebElement::getText)
			.anySatisfy((row) -> assertThat(row).endsWith("5 16 16"));
		new Select(browser.visible(By.id("heatmap-measure"))).selectByValue("medianWaitDays");
		assertThat(text(browser, By.id("heatmap-legend"))).startsWith("Median der Wartezeit:").contains("16 Tage");
		browser.screenshot("steering-heatmap-registration");

		new Select(browser.visible(By.id("heatmap-process"))).selectByValue(IntegrationChainProcess.KEY);
		awaitDiagramElement(browser, IntegrationChainProcess.CALL_ACTIVITY_BENEFIT_CLAIM).click();
		browser.waitUntil(
				(driver) -> "benefit-claim".equals(browser.visible(By.id("heatmap-process")).getDomProperty("value")));
		awaitReady(browser);
		assertThat(browser.all(By.cssSelector("#heatmap-canvas .djs-element[data-element-id^='Task_']")))
			.as("the tasks of the benefit claim")
			.isNotEmpty();
	}

	@Test
	void filtersNarrowTheFiguresAndTravelInTheAddress(Browser browser) {
		logIn(browser, "lenkungsgruppe", "demo");
		browser.open(url("/steering?" + PERIOD));
		awaitReady(browser);
		Select district = new Select(browser.visible(By.id("filter-district")));
		assertThat(district.getOptions()).extracting(WebElement::getText)
			.as("only districts with at least five cases are offered")
			.containsExactly("Alle Stadtteile", "Styrum");

		district.selectByValue("Styrum");
		browser.driver().findElement(By.cssSelector("#filters button[type='submit']")).click();
		browser.waitUntil((driver) -> "Styrum".equals(text(browser, By.id("meta-district"))));
		awaitReady(browser);

		assertThat(browser.driver().getCurrentUrl()).contains("district=Styrum");
		assertThat(rowOf(browser, "funnel-table", "Anmeldung").get(0)).as("entered Anmeldung in Styrum").isEqualTo("8");
		assertThat(browser.visible(By.cssSelector("a[data-csv='backlog']")).getAttribute("href"))
			.contains("/api/steering/backlog.csv?")
			.contains("district=Styrum");

		browser.visible(By.id("filter-from")).clear();
		browser.driver().findElement(By.cssSelector("#filters button[type='submit']")).click();
		WebElement errors = browser.visible(By.id("filter-errors"));
		assertThat(errors.getText()).contains("Beginn des Zeitraums");
	}

	@Test
	void oneClickPrintsAnA4ReportWithPeriodAndDate(Browser browser) throws IOException {
		logIn(browser, "lenkungsgruppe", "demo");
		browser.open(url("/steering?" + PERIOD));
		awaitReady(browser);

		browser.script("window.__printed = 0; window.print = () => { window.__printed++; };");
		browser.visible(By.id("print-report")).click();
		assertThat(browser.script("return window.__printed")).as("print dialogs opened").isEqualTo(1L);

		// an A4 page is 210 mm wide: 794 CSS pixels
		Dimension screen = browser.driver().manage().window().getSize();
		browser.driver().manage().window().setSize(new Dimension(794, screen.getHeight()));
		browser.emulateMedia("print");
		try {
			assertThat(browser.driver().findElement(By.id("filters")).isDisplayed()).isFalse();
			assertThat(browser.driver().findElement(By.id("print-report")).isDisplayed()).isFalse();
			assertThat(browser.all(By.cssSelector("a.csv-link"))).noneMatch(WebElement::isDisplayed);
			assertThat(text(browser, By.id("report-meta"))).contains("01.01.2026 – 30.06.2026")
				.contains("Erstellt am")
				.contains("weniger als 5 Fälle");
			assertThat(browser.driver().findElement(By.id("funnel-table")).isDisplayed()).isTrue();
			assertThat(browser.driver().findElement(By.id("heatmap-canvas")).isDisplayed()).isTrue();
			browser.screenshot("steering-print");
		}
		finally {
			browser.emulateMedia("");
			browser.driver().manage().window().setSize(screen);
		}

		Path pdf = browser.printToPdf("steering-report");
		String raw = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
		Matcher mediaBox = Pattern.compile("/MediaBox \\[0 0 ([\\d.]+) ([\\d.]+)]").matcher(raw);
		assertThat(mediaBox.find()).as("page size in the PDF").isTrue();
		assertThat(Double.parseDouble(mediaBox.group(1))).as("A4 width in points").isCloseTo(595.3, within(2.0));
		assertThat(Double.parseDouble(mediaBox.group(2))).as("A4 height in points").isCloseTo(841.9, within(2.0));
		assertThat(Pattern.compile("/Type\\s*/Page[^s]").matcher(raw).results().count()).as("pages").isBetween(2L, 8L);
	}

	@Test
	void clerkIsRefusedInGerman() {
		try (Browser clerk = Browser.start()) {
			logIn(clerk, "sozialamt", "demo");
			assertThat(clerk.visible(By.tagName("h1")).getText()).isEqualTo("Keine Berechtigung");
			assertThat(text(clerk, By.tagName("body"))).contains("Ihre Rolle erlaubt den Zugriff auf diese Seite nicht")
				.doesNotContain("Trichter");
			assertThat(clerk.all(By.id("funnel-table"))).isEmpty();
			Browser.Fetched figures = clerk.fetch("/api/steering/funnel?" + PERIOD);
			assertThat(figures.status()).isEqualTo(403);
			assertThat(figures.body()).contains("Lenkungsgruppe vorbehalten").doesNotContain("Anmeldung");
			clerk.screenshot("steering-refused");
		}
	}

	/**
	 * Logs the browser in as the user through Lotse's German login page, which opens a
	 * session for the pages and their API; a browser logged in already stays so.
	 */
	private void logIn(Browser browser, String user, String password) {
		browser.open(url("/steering"));
		if (!browser.driver().getCurrentUrl().contains("/anmelden")) {
			return;
		}
		browser.visible(By.id("username")).sendKeys(user);
		browser.visible(By.id("password")).sendKeys(password);
		browser.driver().findElement(By.cssSelector("button[type='submit']")).click();
		browser.waitUntil((driver) -> !driver.getCurrentUrl().contains("/anmelden"));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private static void awaitReady(Browser browser) {
		browser.waitUntil((driver) -> {
			Object state = browser.script("return document.body.dataset.state");
			if ("error".equals(state)) {
				throw new AssertionError("the dashboard shows errors: " + browser
					.script("return document.getElementById('status').textContent + ' '"
							+ " + Array.from(document.querySelectorAll('.section-error')).map(e => e.textContent).join(' | ')"));
			}
			return "ready".equals(state)
					&& "ready".equals(browser.script("return document.getElementById('heatmap-canvas').dataset.state"));
		});
	}

	/** Waits until the diagram shows the element and returns it. */
	private static WebElement awaitDiagramElement(Browser browser, String elementId) {
		WebElement shape = browser
			.visible(By.cssSelector("#heatmap-canvas .djs-element[data-element-id='" + elementId + "']"));
		awaitReady(browser);
		return shape;
	}

	private static String text(Browser browser, By locator) {
		return browser.driver().findElement(locator).getText();
	}

	/** The figures of the table row whose header is the label. */
	private static List<String> rowOf(Browser browser, String tableId, String label) {
		for (WebElement row : browser.all(By.cssSelector("#" + tableId + " tbody tr"))) {
			if (row.findElement(By.tagName("th")).getText().equals(label)) {
				return row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
			}
		}
		throw new AssertionError("no row " + label + " in " + tableId);
	}

	/** Pixels of the canvas that are not transparent: the chart library drew there. */
	private static long paintedPixels(Browser browser, String canvasId) {
		return (Long) browser.script("""
				const canvas = document.getElementById(arguments[0]);
				const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
				let painted = 0;
				for (let i = 3; i < pixels.length; i += 4) { if (pixels[i] > 0) painted++; }
				return painted;
				""", canvasId);
	}

	/**
	 * Neither the page (its text and its markup) nor the export names a person or a case.
	 */
	private void assertNoPersonalData(Browser browser, String csv) {
		String pageText = (String) browser.script("return document.body.innerText");
		String markup = browser.driver().getPageSource();
		for (String content : List.of(pageText, markup, csv)) {
			assertThat(content).doesNotContain("Amal", "Haddad", "1994-05-12", "LT-2026-");
			for (String familyName : FAMILY_NAMES) {
				assertThat(content).doesNotContain(familyName);
			}
			for (String reference : this.references) {
				assertThat(content).doesNotContain(reference);
			}
		}
	}

	private String openCase(String familyName, String district) {
		Map<String, Object> intake = TestIntakes.recognisedRefugee();
		intake.put("familyName", familyName);
		intake.put("nationality", "POL");
		intake.put("residenceStatus", "EU");
		intake.put("arrivalDate", "2026-03-02");
		intake.put("moveInDate", "2026-03-02");
		intake.put("district", district);
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		ResponseEntity<String> response = this.rest.withBasicAuth("integrationsmanagement", "demo")
			.postForEntity("/api/cases", new HttpEntity<>(intake, headers), String.class);
		assertThat(response.getStatusCode()).as("intake: %s", response.getBody()).isEqualTo(HttpStatus.CREATED);
		try {
			JsonNode body = JSON.readTree(response.getBody());
			return body.get("caseReference").asText();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
