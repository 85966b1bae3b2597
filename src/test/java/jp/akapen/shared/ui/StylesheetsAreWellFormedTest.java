package jp.akapen.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Our CSS is served as written (no build step checks it): a rule left open swallows every rule after it, as a merge
 * once did to the correspondence pages. Every block closes, and only @-rules (media queries) hold other rules.
 */
class StylesheetsAreWellFormedTest {

    @Test
    void every_rule_in_every_stylesheet_closes_and_only_at_rules_nest() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("frontend"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".css")).sorted().toList()) {
                problems.addAll(problems(file.getFileName().toString(), Files.readString(file)));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void an_unclosed_rule_before_the_next_one_is_found() {
        assertThat(problems("x.css", ".a {\n  color: red;\n\n.b {\n  color: blue;\n}\n")).isNotEmpty();
        assertThat(problems("x.css", "@media (max-width: 600px) {\n  .a { color: red; }\n}\n.b { margin: 0; }\n"))
                .isEmpty();
    }

    static List<String> problems(String name, String css) {
        String text = css.replaceAll("(?s)/\\*.*?\\*/", "");
        List<String> problems = new ArrayList<>();
        var open = new ArrayDeque<Boolean>();
        int line = 1;
        var selector = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '\n') {
                line++;
            }
            if (c == '{') {
                boolean atRule = selector.toString().strip().startsWith("@");
                if (!open.isEmpty() && !open.peek()) {
                    problems.add(name + ":" + line + " a rule opens inside a rule that is not an @-rule");
                }
                open.push(atRule);
                selector.setLength(0);
            } else if (c == '}') {
                if (open.isEmpty()) {
                    problems.add(name + ":" + line + " closes a block that was never opened");
                } else {
                    open.pop();
                }
                selector.setLength(0);
            } else if (c == ';') {
                selector.setLength(0);
            } else {
                selector.append(c);
            }
        }
        if (!open.isEmpty()) {
            problems.add(name + ": " + open.size() + " block(s) never closed");
        }
        return problems;
    }
}
