package jp.akapen.proofreading;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Characters that look right but are not: half-width kana, decomposed (NFD) text, zero-width and odd spaces. */
final class CleanupRule implements Rule {

    private static final String SOURCE = "textlint-rule-preset-ja-technical-writing; JIS X 4051; Unicode UAX #15";

    private record Check(String ruleId, Pattern pattern, UnaryOperator<String> fix, String message) {
    }

    private static final List<Check> CHECKS = List.of(
            new Check("cleanup.halfwidth-kana", Pattern.compile("[\\uFF61-\\uFF9F]+"),
                    s -> Normalizer.normalize(s, Normalizer.Form.NFKC),
                    "半角カタカナは全角にします / Half-width katakana: use full-width"),
            new Check("cleanup.nfd", Pattern.compile("\\P{M}\\p{M}+"),
                    s -> Normalizer.normalize(s, Normalizer.Form.NFC),
                    "濁点・半濁点などが分解されています（NFD） / Decomposed characters (NFD): compose them"),
            new Check("cleanup.zero-width", Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF]+"),
                    s -> "",
                    "見えない文字（ゼロ幅スペースなど）があります / Invisible zero-width character"),
            new Check("cleanup.odd-space", Pattern.compile("[\\u00A0\\u2000-\\u200A\\u202F\\u205F]+"),
                    s -> " ",
                    "特殊な空白があります / Unusual space character"));

    @Override
    public List<Suggestion> check(Draft draft) {
        List<Suggestion> found = new ArrayList<>();
        for (Check check : CHECKS) {
            Matcher matcher = check.pattern().matcher(draft.text());
            while (matcher.find()) {
                String fixed = check.fix().apply(matcher.group());
                if (!fixed.equals(matcher.group())) {
                    found.add(Suggestion.of(check.ruleId(), draft, matcher.start(), matcher.end(), List.of(fixed),
                            check.message(), SOURCE));
                }
            }
        }
        return found;
    }
}
