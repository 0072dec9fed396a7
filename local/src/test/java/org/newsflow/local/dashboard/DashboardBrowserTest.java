package org.newsflow.local.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsflow.local.LocalPipeline;
import org.newsflow.local.ProjectionsProbe;
import org.newsflow.local.SeedSubmitter;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real browser: the whole pipeline runs in this JVM with the seed articles, headless Chromium
 * opens every page, and the test checks that real content rendered (actors from the seed, a drawn timeline, graphs
 * with nodes, highlighted mentions, search results) without a single console error. One screenshot per page goes
 * to {@code target/screenshots/} for a person to look at.
 */
@Timeout(300)
class DashboardBrowserTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("newsflow.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("newsflow.chromedriver",
            "/usr/bin/chromedriver"));
    private static final Path REPO = Path.of(System.getProperty("newsflow.repo.dir", ".."));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** Held so the setting sticks: Selenium warns when no CDP binding matches this Chromium, which nothing here uses. */
    private static final java.util.logging.Logger CDP_LOG = java.util.logging.Logger.getLogger(
            "org.openqa.selenium.devtools.CdpVersionFinder");

    @TempDir
    static Path tempDir;

    private static LocalPipeline pipeline;
    private static ChromeDriverService service;
    private static WebDriver browser;
    private static String base;
    private static String articleId;

    @BeforeAll
    static void startPipelineAndBrowser() throws Exception {
        CDP_LOG.setLevel(Level.SEVERE);
        assumeTrue(Files.isExecutable(CHROMIUM), "No Chromium at " + CHROMIUM + " (Debian package chromium)");
        assumeTrue(Files.isExecutable(CHROMEDRIVER), "No ChromeDriver at " + CHROMEDRIVER
                + " (Debian package chromium-driver)");
        // A short stall time, so that a stopped stage is reported within seconds.
        pipeline = LocalPipeline.start(LocalPipeline.Options.freePorts().withSettings(Map.of("health.stall.ms",
                "3000")));
        base = pipeline.projectionsUrl();
        List<String> ids = SeedSubmitter.submit(REPO.resolve("seeds"), pipeline.config());
        assertThat(ids).isNotEmpty();
        new ProjectionsProbe(base).awaitComplete(ids, Duration.ofSeconds(120));
        articleId = ids.get(0);

        // Chromium and its driver from the system: with the driver's path given, Selenium Manager is never asked
        // to find or download anything.
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(tempDir.resolve("chromedriver.log").toFile())
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--no-first-run", "--no-default-browser-check",
                "--disable-component-update", "--disable-sync", "--disable-quic", "--disable-extensions",
                "--window-size=1366,1000", "--user-data-dir=" + Files.createDirectories(tempDir.resolve("profile")));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(WAIT).scriptTimeout(WAIT);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            if (service != null) {
                service.stop();
            }
            if (pipeline != null) {
                pipeline.close();
            }
        }
    }

    @AfterEach
    void noConsoleErrors() {
        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::toString)
                // Chrome logs every non-2xx response; a 503 from /health/ready while a stage is stopped is the
                // truthful answer the page reads and shows, not an error of the page
                .filter(e -> !(e.contains("/health/ready") && e.contains("status of 503")))
                .toList();
        assertThat(errors).as("browser console errors").isEmpty();
    }

    @Test
    void overviewShowsTopActorsLatestArticlesAndHealth() throws IOException {
        open("#/", "overview");
        assertThat(text("#top-actors-body")).contains("Marco Rubio", "Vladimir Putin", "NATO", "Russia");
        assertThat(text("#readiness")).contains("Projections ready");
        assertThat(text("#pipeline-apps")).contains("ingest", "enrich", "projections").contains("stable");
        assertThat(text("#health-body")).contains("Consumer lag").contains("Dead letters");
        assertThat(all("#latest-articles-body a.article-link")).isNotEmpty();
        assertThat(all("#top-actors-body .bar")).hasSizeGreaterThanOrEqualTo(10);
        assertThat(text("#counts")).contains("Articles", "Actors");
        screenshot("overview");
    }

    @Test
    void actorPageDrawsTimelineNetworkQuotesAndArticles() throws IOException {
        open("#/actor/marco_rubio", "actor");
        assertThat(text("#actor-name")).isEqualTo("Marco Rubio");
        assertThat(text("#identity")).contains("U.S. Secretary of State", "Person", "USA");
        assertThat(all("#timeline-body svg.timeline .bars rect")).isNotEmpty();
        assertThat(all("#timeline-body svg.sentiment .sentiment-point")).isNotEmpty();
        assertThat(text("#timeline-body")).contains("Sentiment: how the paragraphs mentioning the actor portray it");
        assertThat(all("#actor-network-body svg .node")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(text("#actor-network-body")).contains("Vladimir Putin");
        assertThat(all("#quotes blockquote")).isNotEmpty();
        assertThat(all("#actor-articles-body a.article-link")).isNotEmpty();
        screenshot("actor");

        browser.findElement(By.cssSelector("button[data-interval='hour']")).click();
        waitForPage("#/actor/marco_rubio?interval=hour", "actor");
        assertThat(all("#timeline-body svg.timeline .bars rect")).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector("button[data-interval='hour']")).getAttribute("aria-pressed"))
                .isEqualTo("true");
    }

    @Test
    void articlePageHighlightsMentionsWithIdentityOnHover() throws IOException {
        open("#/article/" + URLEncoder.encode(articleId, StandardCharsets.UTF_8), "article");
        assertThat(all(".paragraph")).hasSizeGreaterThanOrEqualTo(10);
        assertThat(all("a.mention")).hasSizeGreaterThanOrEqualTo(20);
        assertThat(all("a.mention[data-actor='nato']")).isNotEmpty();
        assertThat(all("a.mention[data-actor='vladimir_putin']")).isNotEmpty();
        assertThat(all(".paragraph .tone-badge")).hasSizeGreaterThanOrEqualTo(10);
        assertThat(text("#paragraphs")).contains("Marco Rubio");
        assertThat(all(".para-quotes .speaker")).isNotEmpty();

        WebElement rubio = browser.findElement(By.cssSelector("a.mention[data-actor='marco_rubio']"));
        new Actions(browser).moveToElement(rubio).perform();
        WebElement tooltip = new WebDriverWait(browser, WAIT)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("tooltip")));
        assertThat(tooltip.getText()).contains("Marco Rubio", "U.S. Secretary of State");
        screenshot("article");
    }

    @Test
    void networkPageDrawsTheWholeGraphColouredByCountryOrType() throws IOException {
        open("#/network", "network");
        assertThat(all("#network-body svg .node")).hasSizeGreaterThanOrEqualTo(10);
        assertThat(all("#network-body svg .links line")).hasSizeGreaterThanOrEqualTo(10);
        assertThat(text("#network-body")).contains("NATO", "Vladimir Putin", "Person");

        browser.findElement(By.cssSelector("button[data-color='country']")).click();
        waitForPage("#/network?minWeight=1&color=country", "network");
        assertThat(text("#network-body .legend")).contains("RUS", "USA");
        screenshot("network");
    }

    @Test
    void searchBoxFindsActorsAndWords() throws IOException {
        open("#/", "overview");
        WebElement box = browser.findElement(By.id("search-input"));
        box.clear();
        box.sendKeys("Putin");
        browser.findElement(By.cssSelector("#search-form button[type='submit']")).click();
        waitForPage("#/search?q=Putin", "search");
        assertThat(text("#actor-results")).contains("Vladimir Putin");
        assertThat(all("#article-results a.article-link")).isNotEmpty();
        screenshot("search");

        open("#/search?q=ceasefire", "search");
        assertThat(all("#article-results a.article-link")).isNotEmpty();
        assertThat(text("#article-results")).containsIgnoringCase("ceasefire");
    }

    @Test
    void aStageThatStopsIsShownInRedWithTheReasonUntilItMovesAgain() throws Exception {
        var enrich = pipeline.enrich().runner().streams();
        enrich.pause();
        try {
            HttpResponse<String> posted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(pipeline.ingestUrl() + "/articles"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"id\":\"stalled-stage\",\"body\":\"Vladimir Putin spoke in Moscow.\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(posted.statusCode()).as(posted.body()).isEqualTo(202);

            Map<String, String> enrichHealth = awaitOverviewHealth("enrich", "no progress for");
            assertThat(enrichHealth.get("class")).contains("bad");
            assertThat(enrichHealth.get("color")).as("colour of the enrich health cell")
                    .isEqualTo(cssColor("var(--bad)")).isNotEqualTo(cssColor("var(--ink)"));
            screenshot("overview-stalled");
        } finally {
            enrich.resume();
        }
        new ProjectionsProbe(base).awaitComplete(List.of("stalled-stage"), Duration.ofSeconds(60));
        assertThat(awaitOverviewHealth("enrich", "working").get("class")).contains("ok");
    }

    // ---- helpers

    /**
     * Reloads the overview until the app's health cell says {@code expected}; returns the cell's text, class and
     * computed colour, read in one step (the page re-renders itself while it is open).
     */
    private static Map<String, String> awaitOverviewHealth(String app, String expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Object last = null;
        while (System.nanoTime() < deadline) {
            open("#/", "overview");
            last = ((JavascriptExecutor) browser).executeScript(
                    "for (const row of document.querySelectorAll('#pipeline-apps tbody tr')) {"
                            + " const cells = row.querySelectorAll('td');"
                            + " if (cells[0].textContent !== arguments[0]) continue;"
                            + " const health = cells[cells.length - 1];"
                            + " return {text: health.textContent, className: health.className,"
                            + " color: getComputedStyle(health).color}; }"
                            + " return null;", app);
            if (last instanceof Map<?, ?> cell && String.valueOf(cell.get("text")).contains(expected)) {
                return Map.of("text", String.valueOf(cell.get("text")),
                        "class", String.valueOf(cell.get("className")),
                        "color", org.openqa.selenium.support.Color.fromString(String.valueOf(cell.get("color")))
                                .asRgba());
            }
            Thread.sleep(500);
        }
        throw new AssertionError(app + "'s health never said '" + expected + "'; last: " + last);
    }

    /** The computed colour of a CSS colour expression, in the form getCssValue reports. */
    private static String cssColor(String expression) {
        Object rgb = ((JavascriptExecutor) browser).executeScript(
                "const e = document.createElement('span'); e.style.color = arguments[0];"
                        + " document.body.appendChild(e); const c = getComputedStyle(e).color; e.remove(); return c;",
                expression);
        return org.openqa.selenium.support.Color.fromString(rgb.toString()).asRgba();
    }


    private static void open(String hash, String page) {
        browser.get(base + "/" + hash);
        waitForPage(hash, page);
    }

    /** Waits until the app says the page for this route finished rendering (or failed, which fails the test). */
    private static void waitForPage(String hash, String page) {
        By ready = By.cssSelector("main[data-page='" + page + "'][data-state='ready'], main[data-state='error']");
        new WebDriverWait(browser, WAIT).until(driver -> {
            WebElement main = driver.findElement(By.id("main"));
            return hash.equals(main.getAttribute("data-route")) && !driver.findElements(ready).isEmpty();
        });
        assertThat(browser.findElement(By.id("main")).getAttribute("data-state"))
                .as("page %s rendered without error: %s", hash, text("#main"))
                .isEqualTo("ready");
    }

    private static String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private static List<WebElement> all(String css) {
        return browser.findElements(By.cssSelector(css));
    }

    /** A screenshot of the whole page: the window grows to the page's height for the shot, then shrinks back. */
    private static void screenshot(String name) throws IOException {
        Object height = ((JavascriptExecutor) browser)
                .executeScript("return Math.ceil(document.documentElement.scrollHeight)");
        Dimension before = browser.manage().window().getSize();
        int h = Math.min(4000, Math.max(before.getHeight(), ((Number) height).intValue()));
        browser.manage().window().setSize(new Dimension(before.getWidth(), h));
        try {
            File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } finally {
            browser.manage().window().setSize(before);
        }
    }
}
