package jp.akapen.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issue 17's figures per step: every sample's time kept (a run has tens of thousands at most), p50/p95/p99/max in
 * milliseconds by the nearest-rank method, errors counted with their first messages; printed as a Markdown table and
 * written as a plain HTML page with a server-made SVG chart of p50/p95/p99.
 */
final class LoadReport {

    /** One timed step: its samples in nanoseconds, its errors. */
    static final class Step {
        final String name;
        private final List<Long> nanos = new ArrayList<>();
        /** When each sample started, in nanoseconds since the run's start. */
        private final List<Long> startedAt = new ArrayList<>();
        final AtomicLong errors = new AtomicLong();
        final AtomicLong bytes = new AtomicLong();
        final Map<String, Integer> messages = new ConcurrentHashMap<>();

        Step(String name) {
            this.name = name;
        }

        synchronized void sample(long startedAt, long nanos) {
            this.nanos.add(nanos);
            this.startedAt.add(startedAt);
        }

        void error(String message) {
            errors.incrementAndGet();
            if (messages.size() < 8 || messages.containsKey(message)) {
                messages.merge(message, 1, Integer::sum);
            }
        }

        /** The samples that started at or after {@code from} (nanoseconds since the run's start), sorted. */
        synchronized long[] sorted(long from) {
            long[] out = java.util.stream.IntStream.range(0, nanos.size()).filter(i -> startedAt.get(i) >= from)
                    .mapToLong(nanos::get).toArray();
            Arrays.sort(out);
            return out;
        }

        synchronized int count() {
            return nanos.size();
        }
    }

    record Row(String step, int count, long errors, double p50, double p95, double p99, double max, double kb) {
    }

    private final Map<String, Step> steps = new LinkedHashMap<>();

    synchronized Step step(String name) {
        return steps.computeIfAbsent(name, Step::new);
    }

    synchronized List<Row> rows() {
        return rows(Long.MIN_VALUE);
    }

    /** Per step, the samples that started at or after {@code from} (ns since the run's start); errors and KB of all. */
    synchronized List<Row> rows(long from) {
        List<Row> rows = new ArrayList<>();
        for (Step step : steps.values()) {
            long[] sorted = step.sorted(from);
            rows.add(new Row(step.name, sorted.length, step.errors.get(), ms(percentile(sorted, 50)),
                    ms(percentile(sorted, 95)), ms(percentile(sorted, 99)),
                    ms(sorted.length == 0 ? 0 : sorted[sorted.length - 1]),
                    sorted.length == 0 ? 0 : step.bytes.get() / 1024.0 / sorted.length));
        }
        return rows;
    }

    synchronized Map<String, Map<String, Integer>> errorMessages() {
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        steps.values().stream().filter(s -> !s.messages.isEmpty()).forEach(s -> out.put(s.name, Map.copyOf(s.messages)));
        return out;
    }

    static long percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /**
     * Every sample, byte count and error message, one per line, for the report the load test's own JVM makes from
     * what the virtual users' JVM measured.
     */
    synchronized void writeSamples(Path file) throws IOException {
        var out = new StringBuilder();
        for (Step step : steps.values()) {
            synchronized (step) {
                for (int i = 0; i < step.nanos.size(); i++) {
                    out.append("sample\t").append(step.name).append('\t').append(step.startedAt.get(i)).append('\t')
                            .append(step.nanos.get(i)).append('\n');
                }
            }
            out.append("bytes\t").append(step.name).append('\t').append(step.bytes.get()).append('\n');
            out.append("errors\t").append(step.name).append('\t').append(step.errors.get()).append('\n');
            step.messages.forEach((message, count) -> out.append("message\t").append(step.name).append('\t')
                    .append(count).append('\t').append(message.replaceAll("[\t\r\n]", " ")).append('\n'));
        }
        Files.writeString(file, out, StandardCharsets.UTF_8);
    }

    /** The report of what {@link #writeSamples} wrote, steps in the order they were first timed. */
    static LoadReport readSamples(Path file) throws IOException {
        var report = new LoadReport();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", 4);
            Step step = report.step(f[1]);
            switch (f[0]) {
                case "sample" -> step.sample(Long.parseLong(f[2]), Long.parseLong(f[3]));
                case "bytes" -> step.bytes.set(Long.parseLong(f[2]));
                case "errors" -> step.errors.set(Long.parseLong(f[2]));
                case "message" -> step.messages.put(f[3], Integer.parseInt(f[2]));
                default -> throw new IOException("not a line of load samples: " + line);
            }
        }
        return report;
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    String markdown() {
        return markdown(Long.MIN_VALUE);
    }

    String markdown(long from) {
        var out = new StringBuilder("| step | samples | errors | p50 ms | p95 ms | p99 ms | max ms | KB received |\n"
                + "|---|---|---|---|---|---|---|---|\n");
        for (Row r : rows(from)) {
            out.append(String.format(Locale.ROOT, "| %s | %,d | %d | %.0f | %.0f | %.0f | %.0f | %.0f |%n", r.step(),
                    r.count(), r.errors(), r.p50(), r.p95(), r.p99(), r.max(), r.kb()));
        }
        return out.toString();
    }

    /** The page: settings and findings as given, the table, the chart (bars per step, log scale), error messages. */
    Path writeHtml(Path dir, String title, Map<String, String> facts) throws IOException {
        Files.createDirectories(dir);
        List<Row> rows = rows();
        var html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(title)).append("</title><style>body{font-family:sans-serif;margin:2em}"
                        + "table{border-collapse:collapse}td,th{border:1px solid #999;padding:.3em .6em;text-align:right}"
                        + "td:first-child,th:first-child{text-align:left}</style></head><body>\n<h1>")
                .append(escape(title)).append("</h1>\n<table>\n");
        facts.forEach((k, v) -> html.append("<tr><th>").append(escape(k)).append("</th><td>").append(escape(v))
                .append("</td></tr>\n"));
        html.append("</table>\n<h2>Per step</h2>\n<table>\n<tr><th>step</th><th>samples</th><th>errors</th>"
                + "<th>p50 ms</th><th>p95 ms</th><th>p99 ms</th><th>max ms</th><th>KB received (mean)</th></tr>\n");
        for (Row r : rows) {
            html.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%,d</td><td>%d</td><td>%.1f</td><td>%.1f</td>"
                    + "<td>%.1f</td><td>%.1f</td><td>%.0f</td></tr>%n", escape(r.step()), r.count(), r.errors(), r.p50(),
                    r.p95(), r.p99(), r.max(), r.kb()));
        }
        html.append("</table>\n<h2>p50, p95, p99 (ms, log scale; the line is the goal of 150 ms at p95)</h2>\n")
                .append(svg(rows));
        var errors = errorMessages();
        if (!errors.isEmpty()) {
            html.append("<h2>Errors (first messages)</h2>\n<ul>\n");
            errors.forEach((step, messages) -> messages.forEach((m, n) -> html.append("<li>").append(escape(step))
                    .append(": ").append(escape(m)).append(" × ").append(n).append("</li>\n")));
            html.append("</ul>\n");
        }
        html.append("</body></html>\n");
        Path file = dir.resolve("index.html");
        Files.writeString(file, html, StandardCharsets.UTF_8);
        return file;
    }

    private static String svg(List<Row> rows) {
        int rowHeight = 42;
        int left = 160;
        int width = 900;
        int height = rows.size() * rowHeight + 40;
        double maxMs = Math.max(1000, rows.stream().mapToDouble(Row::p99).max().orElse(1000));
        double logMax = Math.log10(maxMs);
        java.util.function.DoubleUnaryOperator x = ms -> left + (width - left - 20) * Math.max(0, Math.log10(Math.max(1, ms))) / logMax;
        var svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-size=\"12\">%n", width, height));
        for (double tick = 1; tick <= maxMs; tick *= 10) {
            double tx = x.applyAsDouble(tick);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"0\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>"
                    + "<text x=\"%.1f\" y=\"%d\">%.0f</text>%n", tx, tx, height - 20, tx, height - 5, tick));
        }
        double goal = x.applyAsDouble(150);
        svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"0\" x2=\"%.1f\" y2=\"%d\" stroke=\"#c00\" "
                + "stroke-dasharray=\"4\"/>%n", goal, goal, height - 20));
        int y = 5;
        String[] colours = {"#4a7", "#e90", "#c33"};
        for (Row r : rows) {
            svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\">%s</text>%n", y + 22, escape(r.step())));
            double[] values = {r.p50(), r.p95(), r.p99()};
            for (int i = 0; i < 3; i++) {
                svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"10\" fill=\"%s\">"
                        + "<title>%s %.1f ms</title></rect>%n", left, y + i * 11,
                        Math.max(1, x.applyAsDouble(values[i]) - left), colours[i], new String[] {"p50", "p95", "p99"}[i],
                        values[i]));
            }
            y += rowHeight;
        }
        return svg.append("</svg>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
