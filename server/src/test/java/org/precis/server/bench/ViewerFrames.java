package org.precis.server.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The browser side of bench/ki67-workstation.sh: logs in to a running server in headless Chromium
 * (Debian's), opens a case and its first slide, and pans the viewer by dragging for about a second,
 * first with no overlay on, then with the given overlays on; prints each run's frame times (from
 * requestAnimationFrame) as one JSON line. A console error fails the run.
 *
 * <p>Usage: {@code ViewerFrames BASE_URL USER PASSWORD CASE_ID TOGGLE_ID[,TOGGLE_ID...]}
 */
public final class ViewerFrames {
    private static final int DRAG_STEPS = 60;

    private ViewerFrames() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: ViewerFrames BASE_URL USER PASSWORD CASE_ID TOGGLE_ID[,TOGGLE_ID...]");
            System.exit(2);
        }
        List<String> errors = new ArrayList<>();
        StringBuilder json = new StringBuilder("{");
        try (Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(Path.of("/usr/bin/chromium"))
                            .setHeadless(true));
            for (boolean overlays : new boolean[] {false, true}) {
                Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 900));
                page.onConsoleMessage(message -> {
                    if (message.type().equals("error")) {
                        errors.add(message.text());
                    }
                });
                page.navigate(args[0] + "/");
                page.fill("#login-name", args[1]);
                page.fill("#login-password", args[2]);
                page.click("#login-submit");
                page.click("#cases li[data-case-id='" + args[3] + "']");
                page.waitForSelector("#overlay-toggles input");
                page.waitForTimeout(3000);
                if (overlays) {
                    for (String toggle : args[4].split(",")) {
                        page.locator("#" + toggle).check();
                    }
                    page.waitForTimeout(3000);
                }
                json.append(overlays ? ", " : "")
                        .append('"')
                        .append(overlays ? "overlays_on" : "overlays_off")
                        .append("\": ")
                        .append(pan(page));
                page.close();
            }
            browser.close();
        }
        if (!errors.isEmpty()) {
            System.err.println("viewer console errors: " + errors);
            System.exit(1);
        }
        System.out.println(json.append('}'));
    }

    /** Frame times while the viewer is dragged: count, median, 95th percentile and longest, ms. */
    private static String pan(Page page) {
        page.evaluate("() => { window.benchFrames = []; const tick = (t) => { window.benchFrames.push(t);"
                + " if (window.benchFrames.length < 100000) requestAnimationFrame(tick); };"
                + " requestAnimationFrame(tick); }");
        page.mouse().move(900, 500);
        page.mouse().down();
        for (int i = 0; i < DRAG_STEPS; i++) {
            page.mouse().move(900 - 4 * i, 500 - 2 * i);
            page.waitForTimeout(16);
        }
        page.mouse().up();
        page.waitForTimeout(300);
        @SuppressWarnings("unchecked")
        List<Number> stats = (List<Number>)
                page.evaluate(
                        "() => { const f = window.benchFrames; const d = [];"
                                + " for (let i = 1; i < f.length; i++) d.push(f[i] - f[i - 1]); d.sort((a, b) => a - b);"
                                + " return [d.length, d[Math.floor(d.length / 2)], d[Math.floor(d.length * 0.95)], d[d.length - 1]]; }");
        return String.format(
                Locale.ROOT,
                "{\"frames\": %d, \"median_ms\": %.1f, \"p95_ms\": %.1f, \"max_ms\": %.1f}",
                stats.get(0).intValue(),
                stats.get(1).doubleValue(),
                stats.get(2).doubleValue(),
                stats.get(3).doubleValue());
    }
}
