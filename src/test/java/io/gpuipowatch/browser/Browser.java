package io.gpuipowatch.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Collectors;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.text.Lang;
import org.assertj.core.api.SoftAssertions;
import org.jspecify.annotations.Nullable;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's headless Chromium, driven through Debian's chromedriver (nothing is
 * downloaded), and what every page must pass: its charts drawn and holding the database's
 * figures, no console error, every request answered 2xx or 3xx by the app's own origin,
 * no serious or critical axe violation. Each verified page also leaves a screenshot and
 * the time its charts took.
 */
final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final Path TIMINGS = Path.of("target", "browser-timings.txt");

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	private static final Duration POLL = Duration.ofMillis(25);

	private static final Set<String> SERIOUS = Set.of("serious", "critical");

	private final ChromeDriver driver;

	private final Path profile;

	private final Requests requests;

	private final Timings timings = new Timings();

	/** The page states scanned and photographed so far, as name-lang-width. */
	private final Set<String> seen = new HashSet<>();

	private URI origin = URI.create("http://localhost");

	private @Nullable Catalog catalog;

	private Viewport viewport = Viewport.DESKTOP;

	private boolean navigated;

	private Browser(ChromeDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
		this.requests = new Requests(driver.getWindowHandle());
		// Chromium opens on its new tab page: leave it, and forget what it logged, not
		// the app's doing.
		driver.get("about:blank");
		driver.manage().logs().get(LogType.PERFORMANCE);
		driver.manage().logs().get(LogType.BROWSER);
	}

	static Browser start() {
		try {
			FileSystemUtils.deleteRecursively(SCREENSHOTS);
			Path profile = Files.createTempDirectory("chromium-profile");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(CHROMIUM.toFile());
			// No background networking, updates or sync: the only server Chromium talks
			// to is the app.
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
					"--disable-sync", "--lang=en-US", "--user-data-dir=" + profile);
			options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL", LogType.PERFORMANCE, "ALL"));
			options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
				.build();
			return new Browser(new ChromeDriver(service, options), profile);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Points the browser at the app under test, and at the catalog its pages must agree
	 * with.
	 */
	void serve(URI origin, Catalog catalog) {
		this.origin = origin;
		this.catalog = catalog;
	}

	Catalog catalog() {
		if (catalog == null) {
			throw new IllegalStateException("No app to test: serve(origin, catalog) first");
		}
		return catalog;
	}

	/**
	 * Starts a flow at a viewport (in CSS pixels): forgets what earlier flows left in the
	 * logs, so one flow's failure is not blamed on the next.
	 */
	void begin(Viewport viewport) {
		this.viewport = viewport;
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", viewport.width, "height",
				viewport.height, "deviceScaleFactor", 1, "mobile", viewport == Viewport.PHONE));
		requests.read(driver.manage().logs().get(LogType.PERFORMANCE));
		requests.forget();
		driver.manage().logs().get(LogType.BROWSER);
		navigated = false;
	}

	/** Loads a page of the app by its path and query. */
	void open(String pathAndQuery) {
		driver.get(origin.resolve(pathAndQuery).toString());
		loaded();
	}

	/** Clicks a link or a submit button, and waits for the page it loads. */
	void follow(WebElement element) {
		WebElement page = driver.findElement(By.tagName("html"));
		element.click();
		waiting(PATIENCE).until(d -> isGone(page));
		loaded();
	}

	/**
	 * True once the old page's root is gone. Mid-navigation Chromium sometimes reports
	 * that as an inspector error ("Node … does not belong to the document") instead of a
	 * stale element.
	 */
	private static boolean isGone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (WebDriverException gone) {
			return true;
		}
	}

	void reload() {
		driver.navigate().refresh();
		loaded();
	}

	private void loaded() {
		navigated = true;
		waiting(PATIENCE).until(d -> "complete".equals(driver.executeScript("return document.readyState")));
		// charts.js draws each chart as it comes near the window: read the page down as a
		// reader would, then come back to where the page opened, with every chart drawn
		driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
				+ "var y = window.scrollY, step = Math.max(200, window.innerHeight - 100), top = 0;"
				+ "function frame(f) { requestAnimationFrame(function () { requestAnimationFrame(f); }); }"
				+ "(function next() { if (top >= document.documentElement.scrollHeight) {"
				+ " window.scrollTo(0, y); done(); return; }"
				+ " window.scrollTo(0, top); top += step; frame(next); })();");
		waiting(PATIENCE).until(d -> Boolean.TRUE.equals(driver.executeScript(
				"return !window.Chart || document.querySelectorAll('canvas[data-chart]:not([data-drawn])').length === 0")));
	}

	/**
	 * A wait that looks often: Selenium's default half second adds up over a few hundred
	 * pages.
	 */
	private WebDriverWait waiting(Duration timeout) {
		return new WebDriverWait(driver, timeout, POLL);
	}

	WebElement find(String css) {
		return driver.findElement(By.cssSelector(css));
	}

	List<WebElement> findAll(String css) {
		return driver.findElements(By.cssSelector(css));
	}

	/**
	 * The text of each element matched, as the reader sees it (textContent, trimmed, for
	 * hidden ones too).
	 */
	List<String> texts(String css) {
		return findAll(css).stream().map(e -> e.getDomProperty("textContent").trim().replaceAll("\\s+", " ")).toList();
	}

	/**
	 * Scrolls the first element matched to the middle of the window; the window's scroll
	 * position then.
	 */
	long scrollTo(String css) {
		driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", find(css));
		return scrollY();
	}

	long scrollY() {
		return ((Number) driver.executeScript("return Math.round(window.scrollY)")).longValue();
	}

	/** The values of the ticked checkboxes matched. */
	List<String> ticked(String css) {
		return findAll(css).stream().filter(WebElement::isSelected).map(box -> box.getDomAttribute("value")).toList();
	}

	@Nullable Object script(String script, Object... arguments) {
		return driver.executeScript(script, arguments);
	}

	/** The address of the current page, for a fresh visit: path and query. */
	String link() {
		URI url = URI.create(driver.getCurrentUrl());
		return url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
	}

	Lang lang() {
		return "zh-Hans".equals(find("html").getDomAttribute("lang")) ? Lang.ZH : Lang.EN;
	}

	Page verify(String name) {
		return verify(name, 200);
	}

	/**
	 * Verifies the page as it stands; {@code status} is what its own request must be
	 * answered with. The first time a page state of this name is seen in a language and
	 * width, it is also scanned for accessibility, saved as {@code name-lang-width.png},
	 * and its chart time recorded.
	 */
	Page verify(String name, int status) {
		return verify(name, status, null);
	}

	/**
	 * Verifies a page after a change within it (a footnote opened): the accessibility
	 * scan covers only the part that changed, the elements matching {@code part}.
	 */
	Page verifyChange(String name, String part) {
		return verify(name, 200, part);
	}

	private Page verify(String name, int status, @Nullable String part) {
		Lang lang = lang();
		String key = name + "-" + lang.code() + "-" + viewport.width;
		SoftAssertions soft = new SoftAssertions();
		soft.assertThat(driver.executeScript("return window.innerWidth"))
			.as("%s: viewport width", key)
			.isEqualTo((long) viewport.width);
		soft.assertThat((Long) driver.executeScript("return document.documentElement.scrollWidth"))
			.as("%s: page width (no sideways scrolling)", key)
			.isLessThanOrEqualTo(viewport.width);
		List<DrawnChart> charts = drawnCharts();
		ChartChecks checks = new ChartChecks(catalog());
		Company company = companyOnPage();
		charts.forEach(chart -> checks.check(chart, lang, company, soft, key));
		checkRequests(status, soft, key);
		checkConsole(status, soft, key);
		if (seen.add(key)) {
			checkAccessibility(part, soft, key);
			screenshot(key);
			if (navigated && !charts.isEmpty()) {
				recordTiming(name, lang, charts.size());
			}
		}
		navigated = false;
		soft.assertAll();
		return new Page(key, charts);
	}

	@SuppressWarnings("unchecked")
	private List<DrawnChart> drawnCharts() {
		List<Map<String, Object>> read = (List<Map<String, Object>>) driver.executeScript(DrawnChart.SCRIPT);
		return read.stream().map(DrawnChart::of).toList();
	}

	private @Nullable Company companyOnPage() {
		String path = URI.create(driver.getCurrentUrl()).getPath();
		return path.startsWith("/companies/") ? catalog().company(path.substring("/companies/".length())).orElse(null)
				: null;
	}

	private void checkRequests(int status, SoftAssertions soft, String key) {
		try {
			waiting(Duration.ofSeconds(10)).until(d -> {
				requests.read(driver.manage().logs().get(LogType.PERFORMANCE));
				return requests.settled();
			});
		}
		catch (TimeoutException ex) {
			// The requests still open are reported as unanswered.
		}
		requests.check(origin, navigated, status, soft, key);
	}

	private void checkConsole(int status, SoftAssertions soft, String key) {
		String url = driver.getCurrentUrl();
		// Chromium logs an error page's own status as a console error: that one is
		// expected.
		String expected = url + " - Failed to load resource: the server responded with a status of " + status;
		List<String> errors = driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.filter(message -> status < 400 || !message.startsWith(expected))
			.toList();
		soft.assertThat(errors).as("%s: console errors", key).isEmpty();
	}

	private void checkAccessibility(@Nullable String part, SoftAssertions soft, String key) {
		AxeRunOptions options = new AxeRunOptions();
		// Full details for violations only: the passes of pages this size are slow to
		// hand back.
		options.setResultTypes(List.of("violations"));
		AxeBuilder axe = new AxeBuilder().withOptions(options).disableIframeTesting();
		if (part != null) {
			axe.include(part);
		}
		Results results = axe.analyze(driver);
		soft.assertThat(results.isErrored()).as("%s: axe ran (%s)", key, results.getErrorMessage()).isFalse();
		List<String> violations = results.getViolations()
			.stream()
			.filter(rule -> SERIOUS.contains(rule.getImpact()))
			.map(rule -> rule.getId() + " (" + rule.getImpact() + ": " + rule.getHelp() + ") at "
					+ rule.getNodes()
						.stream()
						.map(node -> String.valueOf(node.getTarget()))
						.collect(Collectors.joining(", ")))
			.toList();
		soft.assertThat(violations).as("%s: serious or critical accessibility violations", key).isEmpty();
	}

	/** The whole page, not only the viewport. */
	private void screenshot(String key) {
		Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
		Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "clip",
						Map.of("x", 0, "y", 0, "width", viewport.width, "height", height.longValue(), "scale", 1)));
		try {
			Files.createDirectories(SCREENSHOTS);
			Files.write(SCREENSHOTS.resolve(key + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void recordTiming(String name, Lang lang, int chartCount) {
		Object mark = driver.executeScript("var marks = performance.getEntriesByName('charts-drawn', 'mark');"
				+ " return marks.length ? marks[marks.length - 1].startTime : null;");
		if (mark instanceof Number millis) {
			timings.record(name, lang, viewport, millis.doubleValue(), chartCount);
		}
	}

	/** Quits Chromium at the end of the run, and prints the chart timings. */
	@Override
	public void close() throws IOException {
		try {
			if (!timings.isEmpty()) {
				String table = timings.table();
				System.out.println();
				System.out.println(table);
				Files.writeString(TIMINGS, table);
			}
		}
		finally {
			driver.quit();
			FileSystemUtils.deleteRecursively(profile);
		}
	}

}
