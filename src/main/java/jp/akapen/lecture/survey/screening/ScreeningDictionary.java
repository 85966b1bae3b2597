package jp.akapen.lecture.survey.screening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The P7 dictionary: a plain UTF-8 file, one entry a line ({@code spellings | CATEGORY | kind | explanation}), with
 * {@code EXAMPLE: question → expected} lines that the tests run. The file's own header says how to write it.
 */
record ScreeningDictionary(List<Entry> entries, List<Example> examples) {

    static final String RESOURCE = "p7-dictionary.txt";

    /** What a word says about a question that contains it. */
    enum Kind {
        /** The word asks about the person (信仰, 病歴, 前科): the question needs the ward's consent. */
        PERSON,
        /** The word names a topic (宗教法人, 犯罪防止): reported, and the ward judges whether the person is asked. */
        TOPIC,
        /** A longer word that contains a listed one but means something else (出身校): it silences what it covers. */
        SAFE
    }

    record Entry(List<String> spellings, SensitiveCategory category, Kind kind, String explanation, int line) {
    }

    /** A question and what the dictionary must find in it; an empty {@code expected} means nothing. */
    record Example(String question, List<Expected> expected, int line) {
    }

    record Expected(SensitiveCategory category, Kind kind) {
    }

    static ScreeningDictionary load() {
        try (InputStream in = ScreeningDictionary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The screening dictionary " + RESOURCE + " is not on the class path");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ScreeningDictionary parse(List<String> lines) {
        List<Entry> entries = new ArrayList<>();
        List<Example> examples = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            int lineNumber = i + 1;
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("EXAMPLE:")) {
                examples.add(example(line.substring("EXAMPLE:".length()), lineNumber));
                continue;
            }
            Entry entry = entry(line, lineNumber);
            for (String spelling : entry.spellings()) {
                if (spelling.equals("*")) {
                    throw invalid(lineNumber, "a * needs the ending after it (*病)");
                }
                if (!seen.add(Spelling.fold(Spelling.of(spelling).normalized()))) {
                    throw invalid(lineNumber, "「" + spelling + "」 is listed twice");
                }
            }
            entries.add(entry);
        }
        return new ScreeningDictionary(List.copyOf(entries), List.copyOf(examples));
    }

    private static Entry entry(String line, int lineNumber) {
        String[] fields = line.split("\\|", 4);
        if (fields.length != 4) {
            throw invalid(lineNumber, "an entry needs four fields: spellings | CATEGORY | kind | explanation");
        }
        List<String> spellings = Arrays.stream(fields[0].split("/")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
        String explanation = fields[3].strip();
        if (spellings.isEmpty() || explanation.isEmpty()) {
            throw invalid(lineNumber, "an entry needs at least one spelling and an explanation");
        }
        return new Entry(spellings, category(fields[1].strip(), lineNumber), kind(fields[2].strip(), lineNumber),
                explanation, lineNumber);
    }

    private static Example example(String text, int lineNumber) {
        String[] parts = text.split("→", -1);
        if (parts.length != 2 || parts[0].isBlank()) {
            throw invalid(lineNumber, "an example reads EXAMPLE: question → CATEGORY [topic], … or none");
        }
        List<Expected> expected = new ArrayList<>();
        if (!parts[1].strip().equals("none")) {
            for (String item : parts[1].split(",")) {
                String[] words = item.strip().split("\\s+");
                Kind kind = words.length > 1 ? kind(words[1], lineNumber) : Kind.PERSON;
                expected.add(new Expected(category(words[0], lineNumber), kind));
            }
        }
        return new Example(parts[0].strip(), List.copyOf(expected), lineNumber);
    }

    private static SensitiveCategory category(String name, int lineNumber) {
        try {
            return SensitiveCategory.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw invalid(lineNumber, "unknown category " + name + " (one of " + Arrays.toString(SensitiveCategory.values())
                    + ")");
        }
    }

    private static Kind kind(String name, int lineNumber) {
        try {
            return Kind.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid(lineNumber, "unknown kind " + name + " (person, topic or safe)");
        }
    }

    private static IllegalStateException invalid(int lineNumber, String why) {
        return new IllegalStateException(RESOURCE + " line " + lineNumber + ": " + why);
    }
}
