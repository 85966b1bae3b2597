package jp.akapen.proofreading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a dictionary row looks for. Three spellings in the TSV files:
 * {@code 全て} a literal, {@code /(?<=[てで])下さい/} a regular expression, both only where they begin and
 * end on morpheme boundaries (so 主人 does not fire inside 主人公); and {@code {出来る}} or
 * {@code {事:名詞-非自立}} one morpheme by its base form (any inflection) and, optionally, part of speech.
 */
sealed interface TermPattern {

    /** A place that matched; {@code baseForm} is set for morpheme patterns, whose replacement follows the inflection. */
    record Hit(int start, int end, String surface, String baseForm) {

        String adapt(String replacement) {
            if (baseForm == null || surface.equals(baseForm)) {
                return replacement;
            }
            // 出来(ます) with base 出来る and replacement できる: drop the base's own ending, keep the surface's.
            int common = 0;
            while (common < surface.length() && common < baseForm.length()
                    && surface.charAt(common) == baseForm.charAt(common)) {
                common++;
            }
            String baseEnding = baseForm.substring(common);
            if (!replacement.endsWith(baseEnding)) {
                return replacement;
            }
            return replacement.substring(0, replacement.length() - baseEnding.length()) + surface.substring(common);
        }
    }

    List<Hit> find(Draft draft);

    static TermPattern parse(String spelling) {
        if (spelling.length() > 2 && spelling.startsWith("/") && spelling.endsWith("/")) {
            return new Text(Pattern.compile(spelling.substring(1, spelling.length() - 1)));
        }
        if (spelling.startsWith("{") && spelling.endsWith("}")) {
            String[] parts = spelling.substring(1, spelling.length() - 1).split(":", 2);
            return new Morpheme(parts[0], parts.length == 2 ? parts[1] : "");
        }
        return new Text(Pattern.compile(Pattern.quote(spelling)));
    }

    record Text(Pattern pattern) implements TermPattern {

        @Override
        public List<Hit> find(Draft draft) {
            List<Hit> hits = new ArrayList<>();
            Matcher matcher = pattern.matcher(draft.text());
            while (matcher.find()) {
                if (matcher.end() > matcher.start() && draft.onTokenBoundaries(matcher.start(), matcher.end())) {
                    hits.add(new Hit(matcher.start(), matcher.end(), matcher.group(), null));
                }
            }
            return hits;
        }
    }

    record Morpheme(String baseForm, String partOfSpeech) implements TermPattern {

        @Override
        public List<Hit> find(Draft draft) {
            List<Hit> hits = new ArrayList<>();
            for (Token token : draft.tokens()) {
                if (token.baseForm().equals(baseForm) && token.is(partOfSpeech)) {
                    hits.add(new Hit(token.start(), token.end(), token.surface(), token.baseForm()));
                }
            }
            return hits;
        }
    }
}
