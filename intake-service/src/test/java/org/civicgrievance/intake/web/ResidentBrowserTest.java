package org.civicgrievance.intake.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.civicgrievance.infra.test.StaffTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A resident in a real browser: Debian's headless Chromium at a phone's width, with JavaScript
 * switched off, driven through Debian's chromedriver. Fails, never skips, when either is missing:
 * the build installs them ({@code deploy/local/install-browser}, run by intake's pom before its tests).
 */
@QuarkusTest
class ResidentBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

    @TestHTTPResource("/")
    URL root;

    private static final int PHONE_WIDTH = 360;

    private Path profile;
    private ChromeDriver browser;

    @BeforeEach
    void openBrowser() throws IOException {
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and chromedriver are needed at " + CHROMIUM + " and " + CHROMEDRIVER
                        + ": ./mvnw verify installs Debian's chromium and chromium-driver through deploy/local/install-browser");
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // the flags that keep Chromium quiet on a machine without a network, as root, without a display
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        ChromeDriverService driver = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(driver, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        // a phone's screen: headless windows are at least 500 pixels wide, an emulated device is not
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", PHONE_WIDTH, "height", 740, "deviceScaleFactor", 1, "mobile", true));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    @Test
    void aResidentSubmitsACaseSeesTheNumberCorrectsAMistakeAndLooksTheCaseUp() {
        browser.get(root.toString());
        arriveAt("反映问题、查询进度");
        assertEquals("zh-CN", browser.findElement(By.tagName("html")).getAttribute("lang"));
        browser.findElement(By.linkText("我要反映问题")).click();
        arriveAt("反映问题：选择类型和类别");

        // step 1: kind and category, by their labels as a person clicks them
        browser.findElement(By.cssSelector("label[for='kind']")).click(); // 投诉
        label("道路损坏").click();
        screenshot("1-choose");
        browser.findElement(By.cssSelector("button[type='submit']")).click();

        // step 2: the details and the category's own question
        arriveAt("反映问题：填写详情");
        field("标题").sendKeys("井盖丢了");
        field("问题描述").sendKeys("解放路88号门前的井盖不见了，晚上路过很危险。");
        field("详细地址").sendKeys("解放路88号门前");
        label("井盖缺失或破损").click();
        field("手机或电话").sendKeys("13812345678");
        label("老年人").click();
        assertFitsThePhone();
        screenshot("2-details");
        submit();

        // the receipt: number and code, once
        arriveAt("提交成功");
        String trackingNumber = browser.findElement(By.id("tracking-number")).getText();
        String accessCode = browser.findElement(By.id("access-code")).getText();
        assertTrue(trackingNumber.matches("GR-\\d{4}-\\d{8}"), trackingNumber);
        assertTrue(accessCode.matches("[A-Z0-9]{10}"), accessCode);
        assertTrue(browser.getPageSource().contains("查询码只显示这一次"));
        assertFitsThePhone();
        screenshot("3-receipt");

        // a second case with a mistake: the error is beside the field, in Chinese, and the text is kept
        browser.findElement(By.linkText("再反映一个问题")).click();
        arriveAt("反映问题：选择类型和类别");
        browser.findElement(By.cssSelector("label[for='kind']")).click();
        label("道路损坏").click();
        browser.findElement(By.cssSelector("button[type='submit']")).click();
        arriveAt("反映问题：填写详情");
        field("问题描述").sendKeys("人行道塌了一块");
        label("塌陷").click();
        field("手机或电话").sendKeys("打我电话");
        submit();
        arriveAt("反映问题：填写详情");
        assertTrue(browser.getTitle().startsWith("错误："), browser.getTitle());
        assertEquals("请更正以下问题", browser.findElement(By.id("error-summary-title")).getText());
        assertEquals("错误：请填写此项", text(By.id("address-error")));
        WebElement address = browser.findElement(By.id("address"));
        assertEquals("true", address.getAttribute("aria-invalid"));
        assertTrue(address.getAttribute("aria-describedby").contains("address-error"));
        assertEquals("错误：请填写正确的电话号码（5至20位数字）", text(By.id("phone-error")));
        assertEquals("人行道塌了一块", browser.findElement(By.id("description")).getAttribute("value"));
        assertEquals("打我电话", browser.findElement(By.id("phone")).getAttribute("value"));
        assertTrue(browser.findElement(By.id("q-hazard-2")).isSelected(), "the chosen kind of damage stays chosen");
        assertFitsThePhone();
        screenshot("4-errors");

        // switch to English and look the first case up
        browser.findElement(By.linkText("English")).click();
        arriveAt("Submit a case: details");
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        browser.findElement(By.linkText("Civic Grievance")).click();
        arriveAt("Raise an issue, follow your case");
        browser.findElement(By.linkText("Look up a case")).click();
        arriveAt("Look up a case");
        field("Tracking number").sendKeys(trackingNumber);
        field("Access code").sendKeys(accessCode);
        submit();
        arriveAt("Your case");
        assertEquals("Received; being assigned to the responsible department",
                browser.findElement(By.id("status")).getText());
        assertTrue(browser.getPageSource().contains(trackingNumber));
        screenshot("5-case");
    }

    @Test
    void aResidentAnswersAnOpinionFormAndCorrectsAMissedQuestion() {
        String formId = publishedForm();
        browser.get(root.toString());
        arriveAt("反映问题、查询进度");
        browser.findElement(By.linkText("参与征求意见")).click();
        arriveAt("征求意见");
        // the list holds every open form of the test run: this one by its address
        browser.findElement(By.cssSelector("a[href='/opinion/" + formId + "?lang=zh-CN']")).click();
        arriveAt("路灯改造征求意见表");

        // the required rating is missed: the error is beside it, in Chinese, and the rest is kept
        label("一般").click();
        label("绿化带").click();
        field("您住在哪个小区").sendKeys("幸福小区");
        submit();
        arriveAt("路灯改造征求意见表");
        assertTrue(browser.getTitle().startsWith("错误："), browser.getTitle());
        assertEquals("错误：请选择一项", text(By.id("answer-q3-error")));
        assertTrue(browser.findElement(By.id("answer-q1-2")).isSelected(), "the chosen option stays chosen");
        assertTrue(browser.findElement(By.id("answer-q2-2")).isSelected(), "the ticked box stays ticked");
        assertEquals("幸福小区", browser.findElement(By.id("answer-q4")).getAttribute("value"));
        assertFitsThePhone();
        screenshot("6-opinion-errors");

        browser.findElement(By.cssSelector("label[for='answer-q3-4']")).click();
        submit();
        arriveAt("感谢您的意见");
        assertTrue(browser.findElement(By.id("answer-code")).getText().matches("[A-Z0-9]{10}"));
        assertTrue(browser.findElement(By.id("answer-id")).getText().matches("[0-9a-f-]{36}"));
        assertFitsThePhone();
        screenshot("7-opinion-thanks");
    }

    /** An open opinion form, drafted and published through the administrators' API. */
    private static String publishedForm() {
        String body = """
                {"title":"路灯改造征求意见表","language":"zh-CN","audience":["RESIDENTS"],"opensAt":"%s","closesAt":"%s",
                 "questions":[
                   {"type":"SINGLE_CHOICE","text":"您对夜间照明是否满意？","required":true,"options":["满意","一般","不满意"]},
                   {"type":"MULTIPLE_CHOICE","text":"哪些地方最暗？","options":["路口","绿化带","停车场"]},
                   {"type":"RATING","text":"请为路灯维护打分","required":true},
                   {"type":"SHORT_TEXT","text":"您住在哪个小区？"}
                 ]}""".formatted(Instant.now().minus(Duration.ofHours(1)), Instant.now().plus(Duration.ofDays(7)));
        String token = StaffTokens.admin("zhou.ping");
        String formId = given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/opinion-forms").then().statusCode(201).extract().path("id");
        given().auth().oauth2(token).when().post("/api/opinion-forms/{id}/publish", formId).then().statusCode(200);
        return formId;
    }

    /**
     * Waits for the page whose heading is {@code heading}: a click that submits a form returns
     * before the next page is there, later on a busy machine.
     */
    private void arriveAt(String heading) {
        try {
            Awaitility.await().atMost(Duration.ofSeconds(20)).pollInSameThread().ignoreExceptions()
                    .until(() -> heading.equals(browser.findElement(By.tagName("h1")).getText()));
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("Expected the page \"" + heading + "\" but the browser shows "
                    + browser.getCurrentUrl() + ":\n" + browser.getPageSource(), e);
        }
    }

    /** Nothing sticks out sideways: the page is no wider than the phone's screen. */
    @SuppressWarnings("unchecked")
    private void assertFitsThePhone() {
        Map<String, Object> metrics = browser.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Number contentWidth = (Number) ((Map<String, Object>) metrics.get("cssContentSize")).get("width");
        Number viewportWidth = (Number) ((Map<String, Object>) metrics.get("cssLayoutViewport")).get("clientWidth");
        assertTrue(viewportWidth.intValue() <= PHONE_WIDTH, "a phone-sized viewport: " + viewportWidth);
        assertTrue(contentWidth.doubleValue() <= viewportWidth.doubleValue(),
                "the page (" + contentWidth + " px) fits the phone's screen (" + viewportWidth + " px)");
    }

    /** Text as read out, without the line breaks layout puts around the hidden "Error:" prefix. */
    private String text(By element) {
        return browser.findElement(element).getText().replaceAll("\\s+", "");
    }

    private WebElement label(String text) {
        return browser.findElement(By.xpath("//label[normalize-space(.)='" + text + "']"));
    }

    /** The control a label names, found the way assistive technology finds it: through the label's for. */
    private WebElement field(String labelStart) {
        WebElement label = browser.findElement(By.xpath("//label[starts-with(normalize-space(.), '" + labelStart + "')]"));
        return browser.findElement(By.id(label.getAttribute("for")));
    }

    private void submit() {
        browser.findElement(By.cssSelector("main form button[type='submit']")).click();
    }

    private void screenshot(String name) {
        try {
            Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
