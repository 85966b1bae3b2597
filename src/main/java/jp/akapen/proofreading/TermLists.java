package jp.akapen.proofreading;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the TSV term lists under {@code proofreading/}: tab-separated, '#' starts a comment line, first line is the header. */
final class TermLists {

    static final String HOUSE_DICTIONARY = "/proofreading/house-dictionary.tsv";
    static final String GENDER_PERSPECTIVE = "/proofreading/gender-perspective.tsv";

    private TermLists() {
    }

    /** Columns: id, pattern, replacement, note, example-before, example-after. */
    static List<TermEntry> houseDictionary() {
        return houseRows().stream().map(TermLists::houseEntry).toList();
    }

    /** The shipped house dictionary's rows as written: id, pattern, replacement, note, example-before, example-after. */
    static List<String[]> houseRows() {
        return rows(HOUSE_DICTIONARY, 6);
    }

    static TermEntry houseEntry(String[] r) {
        return houseEntry(r[0], r[1], r[2], r[3], r[4], r[5]);
    }

    static TermEntry houseEntry(String id, String pattern, String replacement, String note, String exampleBefore,
            String exampleAfter) {
        return new TermEntry(id, TermPattern.parse(pattern), alternatives(replacement), true, note, exampleBefore,
                exampleAfter);
    }

    /** Columns: id, pattern, alternatives (separated by ｜), kind (fix or advice), why, example-before, example-after. */
    static List<TermEntry> genderPerspective() {
        return rows(GENDER_PERSPECTIVE, 7).stream()
                .map(r -> new TermEntry(r[0], TermPattern.parse(r[1]), alternatives(r[2]), kind(r[3]), r[4], r[5], r[6]))
                .toList();
    }

    private static boolean kind(String kind) {
        return switch (kind) {
            case "fix" -> true;
            case "advice" -> false;
            default -> throw new IllegalStateException("kind must be fix or advice, not " + kind);
        };
    }

    private static List<String> alternatives(String cell) {
        return cell.isBlank() ? List.of() : Arrays.stream(cell.split("[｜|]")).map(String::strip).toList();
    }

    static List<String[]> rows(String resource, int columns) {
        try (InputStream in = TermLists.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n");
            List<String[]> rows = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].isBlank() || lines[i].startsWith("#")) {
                    continue;
                }
                String[] cells = lines[i].split("\t", -1);
                if (cells.length != columns) {
                    throw new IllegalStateException(resource + " line " + (i + 1) + " has " + cells.length
                            + " columns, not " + columns);
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
