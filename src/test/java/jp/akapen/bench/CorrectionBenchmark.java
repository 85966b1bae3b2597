package jp.akapen.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import jp.akapen.manuscript.diff.Change;
import jp.akapen.manuscript.diff.CharacterLevel;
import jp.akapen.manuscript.diff.Changes;
import jp.akapen.manuscript.diff.CorrectionDiff;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch.Diff;

/**
 * W2 benchmark, prints figures and asserts nothing: {@link CorrectionDiff#between} against GNU {@code diff --minimal}
 * on real Japanese prose (Aozora Bunko) with generated corrections, at 20,000 and 100,000 chars.
 *
 * <p>Run: {@code .ci/mvn -q -Pbench -DskipTests test} (or this class's {@code main} with the test classpath).
 * System properties: {@code akapen.aozora} (folder of .txt files, default {@code ../shared/data/aozora}),
 * {@code bench.runs} (measured runs per figure, default 15), {@code bench.diff} (default {@code /usr/bin/diff}).
 *
 * <p>GNU diff gets the same pair written one code point per line (a line break as the two chars {@code \n});
 * its time is the wall time of the process. Changed characters: for Akapen the code points of every change's
 * before and after, for GNU the number of {@code <} and {@code >} lines of its normal output.
 */
public final class CorrectionBenchmark {

    private static final long SEED = 20_250_602L;

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(System.getProperty("akapen.aozora", "../shared/data/aozora"));
        int runs = Integer.getInteger("bench.runs", 15);
        String diff = System.getProperty("bench.diff", "/usr/bin/diff");
        String prose = prose(dir);
        System.out.printf(Locale.ROOT, "Aozora prose: %,d chars from %s; %d measured runs per figure (median); java %s%n",
                prose.length(), dir.toAbsolutePath().normalize(), runs, Runtime.version());
        // 24,000 / 369: the size of issue 22's held-out pair, here cut from the shared texts (the held-out texts are not in the repository)
        int[][] cases = {{20_000, 300}, {24_000, 369}, {100_000, 1_500}};
        List<String> rows = new ArrayList<>();
        for (int[] c : cases) {
            rows.add(measure(base(prose, c[0]), c[1], runs, diff));
        }
        Path loadavg = Path.of("/proc/loadavg");
        if (Files.isReadable(loadavg)) {
            System.out.println("load average after the runs (1/5/15 min): " + Files.readString(loadavg).strip());
        }
        System.out.println();
        System.out.println("size     edits | Akapen ms  GNU ms  ratio (goal<=1.0) | changed chars Akapen   GNU  excess (goal<=+5%) | changes"
                + " | without whole words: chars excess changes | dmp-only ms  chars");
        rows.forEach(System.out::println);
    }

    private static String measure(String base, int edits, int runs, String diff) throws Exception {
        String corrected = EditGenerator.edit(base, edits, SEED);
        List<Change> changes = CorrectionDiff.between(base, corrected);
        if (!Changes.apply(base, changes).equals(corrected)) {
            throw new IllegalStateException("the changes do not give the corrected text");
        }
        long warmUntil = System.nanoTime() + 3_000_000_000L; // warm-up: 3 s, at least 20 runs
        for (int i = 0; i < 20 || System.nanoTime() < warmUntil; i++) {
            CorrectionDiff.between(base, corrected);
        }
        long akapenChars = changedChars(changes);
        List<Change> byCharacter = CharacterLevel.between(base, corrected);
        long byCharacterChars = changedChars(byCharacter);

        // plain diff-match-patch over the whole text, for reference (no sentence pre-pass, no grouping)
        long[] dmpTimes = new long[Math.min(runs, 5)];
        long dmpChars = 0;
        for (int i = -2; i < dmpTimes.length; i++) {
            DiffMatchPatch dmp = new DiffMatchPatch();
            long t = System.nanoTime();
            LinkedList<Diff> diffs = dmp.diffMain(base, corrected, false);
            dmp.diffCleanupSemantic(diffs);
            long took = System.nanoTime() - t;
            if (i >= 0) {
                dmpTimes[i] = took;
            }
            dmpChars = diffs.stream().filter(d -> d.operation != DiffMatchPatch.Operation.EQUAL)
                    .mapToLong(d -> d.text.codePointCount(0, d.text.length())).sum();
        }

        Path a = Files.createTempFile("akapen-bench-a", ".txt");
        Path b = Files.createTempFile("akapen-bench-b", ".txt");
        Path out = Files.createTempFile("akapen-bench-diff", ".txt");
        try {
            Files.writeString(a, oneCodePointPerLine(base), StandardCharsets.UTF_8);
            Files.writeString(b, oneCodePointPerLine(corrected), StandardCharsets.UTF_8);
            // Akapen and GNU take turns, so that load from elsewhere on the machine hits both alike
            long[] akapen = new long[runs];
            long[] gnu = new long[runs];
            for (int i = -1; i < runs; i++) {
                long t0 = System.nanoTime();
                changes = CorrectionDiff.between(base, corrected);
                long took0 = System.nanoTime() - t0;
                if (i >= 0) {
                    akapen[i] = took0;
                }
                long t = System.nanoTime();
                Process p = new ProcessBuilder(diff, "--minimal", a.toString(), b.toString())
                        .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
                int exit = p.waitFor();
                long took = System.nanoTime() - t;
                if (exit > 1) {
                    throw new IllegalStateException(diff + " exited with " + exit);
                }
                if (i >= 0) {
                    gnu[i] = took;
                }
            }
            long gnuChars;
            try (Stream<String> lines = Files.lines(out, StandardCharsets.UTF_8)) {
                gnuChars = lines.filter(l -> l.startsWith("< ") || l.startsWith("> ")).count();
            }
            double akapenMs = median(akapen) / 1e6;
            double gnuMs = median(gnu) / 1e6;
            return String.format(Locale.ROOT, "%,7d %5d | %9.1f %7.1f %6.2f             | %20d %5d %+7.1f%%           | %7d"
                    + " | %26d %+6.1f%% %7d | %11.1f %6d",
                    base.length(), edits, akapenMs, gnuMs, akapenMs / gnuMs,
                    akapenChars, gnuChars, 100.0 * (akapenChars - gnuChars) / gnuChars, changes.size(),
                    byCharacterChars, 100.0 * (byCharacterChars - gnuChars) / gnuChars, byCharacter.size(),
                    median(dmpTimes) / 1e6, dmpChars);
        } finally {
            Files.deleteIfExists(a);
            Files.deleteIfExists(b);
            Files.deleteIfExists(out);
        }
    }

    /** Code points of every change's before and after. */
    private static long changedChars(List<Change> changes) {
        return changes.stream()
                .mapToLong(ch -> ch.before().codePointCount(0, ch.before().length()) + ch.after().codePointCount(0, ch.after().length()))
                .sum();
    }

    /** All .txt files of the folder, by name, joined. */
    public static String prose(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("no .txt files in " + dir.toAbsolutePath() + " (set -Dakapen.aozora=FOLDER)");
        }
        StringBuilder all = new StringBuilder();
        for (Path f : files) {
            all.append(Files.readString(f, StandardCharsets.UTF_8));
        }
        return all.toString();
    }

    /** The prose repeated as often as needed and cut to {@code length} chars (never inside a surrogate pair). */
    public static String base(String prose, int length) {
        StringBuilder b = new StringBuilder(length + prose.length());
        while (b.length() < length) {
            b.append(prose);
        }
        int cut = length;
        if (Character.isLowSurrogate(b.charAt(cut))) {
            cut--;
        }
        return b.substring(0, cut);
    }

    private static String oneCodePointPerLine(String text) {
        StringBuilder out = new StringBuilder(text.length() * 4);
        text.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append("\\n");
            } else {
                out.appendCodePoint(cp);
            }
            out.append('\n');
        });
        return out.toString();
    }

    private static double median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2.0;
    }
}
