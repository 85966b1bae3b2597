package jp.akapen.privacy.oversight.inspection;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The annual audit's checklist (特記事項15-17, seed O2), read from data shipped with the portal
 * ({@value #RESOURCE}), not written in code: the contract's 21 special clauses and the committee report's operational
 * and system measures, each with the routes of the portal's pages that hold its evidence. Spring-free.
 */
public record Checklist(List<Item> items) {

    public static final String RESOURCE = "oversight/audit-checklist.tsv";
    private static final Pattern CODE = Pattern.compile("[A-Z]{1,3}[0-9]{1,3}");
    private static final Pattern ROUTE = Pattern.compile("[a-z][a-z0-9-]*(/[a-z][a-z0-9-]*)*");

    public enum Kind {
        CLAUSE, WARD_OPERATION, WARD_SYSTEM, CONTRACTOR_OPERATION, CONTRACTOR_SYSTEM;

        public String labelKey() {
            return "oversight.audit.kind." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** One thing to check: its code, kind, texts and evidence routes (empty only for an on-site check). */
    public record Item(String code, Kind kind, String japanese, String english, List<String> evidence) {

        public Item {
            evidence = List.copyOf(evidence);
        }

        public String text(Locale locale) {
            return locale == null || "ja".equals(locale.getLanguage()) ? japanese : english;
        }
    }

    public Checklist {
        items = List.copyOf(items);
    }

    public Optional<Item> item(String code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** The checklist shipped with the portal. */
    public static Checklist shipped() {
        try (InputStream in = Checklist.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The audit checklist " + RESOURCE + " is missing from the build");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the tab-separated lines ({@code #} comments and blank lines skipped).
     *
     * @throws IllegalArgumentException naming the line, when a line is malformed, a code repeats, a kind is unknown,
     *     a route is not a route, or a clause has no evidence
     */
    public static Checklist parse(Reader source) throws IOException {
        List<Item> items = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        var lines = new BufferedReader(source);
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 5) {
                throw new IllegalArgumentException("Line " + number + ": 5 tab-separated cells expected, found "
                        + cells.length);
            }
            String code = cells[0].strip();
            if (!CODE.matcher(code).matches() || !codes.add(code)) {
                throw new IllegalArgumentException("Line " + number + ": the code " + code + " is malformed or repeated");
            }
            Kind kind;
            try {
                kind = Kind.valueOf(cells[1].strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Line " + number + ": unknown kind " + cells[1], e);
            }
            if (cells[2].isBlank() || cells[3].isBlank()) {
                throw new IllegalArgumentException("Line " + number + ": both texts are required");
            }
            List<String> evidence = cells[4].isBlank() ? List.of()
                    : Arrays.stream(cells[4].split(",")).map(String::strip).toList();
            for (String route : evidence) {
                if (!ROUTE.matcher(route).matches()) {
                    throw new IllegalArgumentException("Line " + number + ": " + route + " is not a route");
                }
            }
            if (kind == Kind.CLAUSE && evidence.isEmpty()) {
                throw new IllegalArgumentException("Line " + number + ": the clause " + code + " has no evidence");
            }
            items.add(new Item(code, kind, cells[2].strip(), cells[3].strip(), evidence));
        }
        return new Checklist(items);
    }
}
