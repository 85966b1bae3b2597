package jp.akapen.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jp.akapen.e2e.Screens;

/**
 * N Chromium profiles signed in and each left open on a page, run as a process of its own so that the client's objects
 * (Playwright's Java side keeps each page's messages) stay out of the heap the benchmark weighs. Prints {@code ready}
 * once every page shows its element, then keeps the pages open until its standard input closes.
 * Arguments: base URL, user, paths separated by commas (page i opens the i-th, in turn), CSS selector of the element
 * that says the page is ready, count.
 */
public final class BrowserSessions implements AutoCloseable {

    private final Process process;

    private BrowserSessions(Process process) {
        this.process = process;
    }

    /**
     * Starts the process with this JVM's class path and waits until its pages are ready; closing the result closes
     * the pages and their browser.
     */
    static BrowserSessions start(int port, String user, List<String> paths, String ready, int count) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                BrowserSessions.class.getName(), "http://localhost:" + port + "/", user, String.join(",", paths), ready,
                String.valueOf(count)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        var output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = output.readLine()) != null; ) {
            if (line.startsWith("ready")) {
                return new BrowserSessions(process);
            }
        }
        process.destroyForcibly();
        throw new IOException("the browsers' process ended before its " + count + " pages of " + paths + " were ready");
    }

    @Override
    public void close() throws InterruptedException, IOException {
        process.getOutputStream().close();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String user = args[1];
        String[] paths = args[2].split(",");
        String ready = args[3];
        int count = Integer.parseInt(args[4]);
        try (Playwright playwright = Sessions.playwright(); Browser chromium = Sessions.chromium(playwright)) {
            List<Page> pages = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Page page = Screens.signedIn(chromium.newContext(new Browser.NewContextOptions().setLocale("ja-JP")),
                        base, user);
                page.setDefaultTimeout(120_000);
                page.navigate(base + paths[i % paths.length]);
                page.locator(ready).first().waitFor();
                pages.add(page);
            }
            System.out.println("ready " + pages.size());
            System.out.flush();
            while (System.in.read() >= 0) {
                // the pages stay open until the benchmark closes this input
            }
        }
    }
}
