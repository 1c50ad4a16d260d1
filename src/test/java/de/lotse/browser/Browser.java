package de.lotse.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) driven
 * through Selenium, in German. A test gets one from {@link BrowserTest}; when Chromium is
 * not installed the test fails with the command that installs it, it is never skipped.
 */
public final class Browser implements AutoCloseable, ExtensionContext.Store.CloseableResource {

	/** Where test screenshots and printouts go. */
	public static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final Path CHROMIUM = Path.of(System.getProperty("lotse.browser.chromium", "/usr/bin/chromium"));

	private static final Path CHROMEDRIVER = Path
		.of(System.getProperty("lotse.browser.chromedriver", "/usr/bin/chromedriver"));

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	/**
	 * Selenium warns at every start that it brings no DevTools classes for this Chromium;
	 * the CDP commands used here go through the driver and need none. Held here so that
	 * the configured loggers are not collected.
	 */
	private static final List<Logger> QUIET = List.of(Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder"),
			Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver"));

	static {
		QUIET.forEach((logger) -> logger.setLevel(Level.SEVERE));
	}

	private final ChromeDriver driver;

	private Browser(ChromeDriver driver) {
		this.driver = driver;
	}

	/**
	 * Starts a headless Chromium with a German user interface.
	 * @return the started browser
	 * @throws IllegalStateException if Chromium or its driver is not installed
	 */
	public static Browser start() {
		requireExecutable(CHROMIUM);
		requireExecutable(CHROMEDRIVER);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-dev-shm-usage", "--lang=de-DE", "--window-size=1320,1000");
		// pages and requests in German; date fields follow the user interface language,
		// which stays English unless Debian's chromium-l10n is installed
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "de-DE,de"));
		return new Browser(new ChromeDriver(service, options));
	}

	private static void requireExecutable(Path path) {
		if (!Files.isExecutable(path)) {
			throw new IllegalStateException("Browser tests need Chromium and its driver at " + CHROMIUM + " and "
					+ CHROMEDRIVER + " (Debian: apt-get install -y chromium chromium-driver); " + path + " is missing");
		}
	}

	/** The Selenium driver, for anything this class does not offer. */
	public WebDriver driver() {
		return this.driver;
	}

	/** Opens the address and waits until the document has loaded. */
	public void open(String url) {
		this.driver.get(url);
		waitUntil((driver) -> "complete".equals(script("return document.readyState")));
	}

	/** Waits until the condition holds (at most 30 s) and returns its result. */
	public <T> T waitUntil(Function<? super WebDriver, T> condition) {
		return new WebDriverWait(this.driver, TIMEOUT).until(condition);
	}

	/** Waits until an element is visible and returns it. */
	public WebElement visible(By locator) {
		return waitUntil(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	/** The elements found now, without waiting. */
	public List<WebElement> all(By locator) {
		return this.driver.findElements(locator);
	}

	/** Runs JavaScript in the page and returns its result. */
	public Object script(String script, Object... arguments) {
		return this.driver.executeScript(script, arguments);
	}

	/**
	 * Fetches an address of the page's origin from within the page, with the page's
	 * session, as a link or a script of the page would.
	 * @param path the path, e.g. {@code /api/steering/funnel.csv}
	 * @return status, content type, content disposition and the body as UTF-8 text, a
	 * byte order mark included
	 */
	@SuppressWarnings("unchecked")
	public Fetched fetch(String path) {
		Map<String, Object> result = (Map<String, Object>) this.driver.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0], { credentials: 'same-origin' })
					.then(async (response) => done({ status: response.status,
						contentType: response.headers.get('Content-Type'),
						disposition: response.headers.get('Content-Disposition'),
						// keep a byte order mark: exports start with one for Excel
						body: new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer()) }))
					.catch((error) => done({ status: -1, body: String(error) }));
				""", path);
		return new Fetched(((Number) result.get("status")).intValue(), (String) result.get("contentType"),
				(String) result.get("disposition"), (String) result.get("body"));
	}

	/**
	 * Lets the page see the given media type, as when it is printed.
	 * @param media {@code print} or {@code screen}
	 */
	public void emulateMedia(String media) {
		this.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media));
	}

	/**
	 * Prints the page to PDF as the browser's print dialog would, with the page size and
	 * margins of the page's print stylesheet, and saves it.
	 * @param name the file name without extension
	 * @return the saved PDF
	 */
	public Path printToPdf(String name) {
		Map<String, Object> result = this.driver.executeCdpCommand("Page.printToPDF",
				Map.of("preferCSSPageSize", true, "printBackground", true, "displayHeaderFooter", false));
		return save(name + ".pdf", Base64.getDecoder().decode((String) result.get("data")));
	}

	/**
	 * Saves a screenshot of the whole page (not only the visible part) as
	 * {@code target/screenshots/<name>.png}.
	 * @param name the file name without extension
	 * @return the saved picture
	 */
	public Path screenshot(String name) {
		Map<String, Object> result = this.driver.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true));
		return save(name + ".png", Base64.getDecoder().decode((String) result.get("data")));
	}

	private static Path save(String fileName, byte[] content) {
		try {
			Files.createDirectories(SCREENSHOTS);
			return Files.write(SCREENSHOTS.resolve(fileName), content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		this.driver.quit();
	}

	/**
	 * A response fetched from within the page.
	 *
	 * @param status the HTTP status, -1 when the request failed
	 * @param contentType the {@code Content-Type} header
	 * @param disposition the {@code Content-Disposition} header
	 * @param body the body as text
	 */
	public record Fetched(int status, String contentType, String disposition, String body) {
	}

}
