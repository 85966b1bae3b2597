package jp.akapen.lecture.survey.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import jp.akapen.lecture.survey.screening.ScreeningDictionary.Entry;
import jp.akapen.lecture.survey.screening.ScreeningDictionary.Kind;
import org.springframework.stereotype.Component;

/**
 * Finds in a survey question what seed P7 forbids asking without the ward's consent: beliefs, creed and religion; facts
 * that cause social discrimination; crime. The words come from the dictionary file {@value ScreeningDictionary#RESOURCE}
 * and are compared with the question's words as Kuromoji splits them (search mode): a spelling matches where it starts
 * and ends on word boundaries (宗教 in 宗教的, 宗教観, 宗教法人, but 前科 not in 前科目), in the base form of an inflected word
 * (捕まった → 捕まる), or in kana by its reading (しゅうきょう). Plain Java apart from {@code @Component}: tests build it
 * with {@code new}; the Kuromoji analyser behind it is built once per JVM.
 */
@Component
public class QuestionScreening {

    /** A dictionary entry found in a question, over {@code [start, end)} of its normalized text. */
    record Match(Entry entry, int start, int end, String matched) {
    }

    private record Pattern(Entry entry, String folded, List<String> baseForms, String kanaReading) {
    }

    /** A spelling {@code *病}: any word that ends in 病 (糖尿病, 心臓病 = 心臓 + the suffix 病). */
    private record Ending(Entry entry, String folded) {
    }

    private record Compiled(List<Pattern> patterns, Map<String, List<Pattern>> byFirstBaseForm, List<Ending> endings) {
    }

    /** Built on a thread of its own: Kuromoji's dictionary takes a third of a second to load, beside the portal's start. */
    private final CompletableFuture<Compiled> compiled;

    public QuestionScreening() {
        this(ScreeningDictionary.load());
    }

    QuestionScreening(ScreeningDictionary dictionary) {
        compiled = CompletableFuture.supplyAsync(() -> compile(dictionary),
                task -> Thread.ofPlatform().daemon().name("akapen-screening").start(task));
    }

    private static Compiled compile(ScreeningDictionary dictionary) {
        List<Pattern> patterns = new ArrayList<>();
        Map<String, List<Pattern>> byFirstBaseForm = new HashMap<>();
        List<Ending> endings = new ArrayList<>();
        for (Entry entry : dictionary.entries()) {
            for (String spelling : entry.spellings()) {
                if (spelling.startsWith("*")) {
                    endings.add(new Ending(entry, Spelling.fold(Spelling.of(spelling.substring(1)).normalized())));
                    continue;
                }
                Pattern pattern = compile(entry, spelling);
                patterns.add(pattern);
                byFirstBaseForm.computeIfAbsent(pattern.baseForms().getFirst(), k -> new ArrayList<>()).add(pattern);
            }
        }
        return new Compiled(patterns, byFirstBaseForm, endings);
    }

    /** What in {@code question} needs the ward's consent (or the ward's judgement, for a topic); empty when nothing. */
    public List<ScreeningFinding> findings(String question) {
        LinkedHashSet<ScreeningFinding> findings = new LinkedHashSet<>();
        for (Match match : matches(question)) {
            if (match.entry().kind() != Kind.SAFE) {
                findings.add(new ScreeningFinding(match.entry().category(), match.matched(), explain(match)));
            }
        }
        return List.copyOf(findings);
    }

    /** Every entry found, in the order of the question, after longer matches have covered the shorter ones inside them. */
    List<Match> matches(String question) {
        Objects.requireNonNull(question, "question");
        if (question.isBlank()) {
            return List.of();
        }
        Spelling text = Spelling.of(question);
        List<Morphology.Word> words = Morphology.words(text.normalized());
        boolean[] starts = new boolean[text.normalized().length() + 1];
        boolean[] ends = new boolean[text.normalized().length() + 1];
        boolean[] kanaMayStart = new boolean[text.normalized().length() + 1];
        for (Morphology.Word word : words) {
            starts[word.start()] = true;
            ends[word.end()] = true;
            if (!word.compound()) {
                // し・そう is a verb and its ending, not 思想 in kana
                kanaMayStart[word.start()] = !word.partOfSpeech().startsWith("動詞")
                        && !word.partOfSpeech().startsWith("助");
            }
        }
        List<Match> found = new ArrayList<>();
        for (Pattern pattern : compiled.join().patterns()) {
            findSpelled(pattern, pattern.folded(), text, starts, ends, found);
            if (pattern.kanaReading() != null) {
                findSpelled(pattern, pattern.kanaReading(), text, kanaMayStart, ends, found);
            }
        }
        findBaseForms(words, text, found);
        findEndings(words, text, found);
        return longestFirst(found);
    }

    private void findEndings(List<Morphology.Word> words, Spelling text, List<Match> found) {
        List<Morphology.Word> simple = words.stream().filter(w -> !w.compound()).toList();
        for (int i = 0; i < simple.size(); i++) {
            Morphology.Word word = simple.get(i);
            String surface = Spelling.fold(word.surface());
            for (Ending ending : compiled.join().endings()) {
                if (!surface.endsWith(ending.folded())) {
                    continue;
                }
                int start = word.start();
                if (surface.equals(ending.folded())) {
                    // the suffix alone (病 of 心臓病) names an illness only right after nouns, which it takes along
                    int first = i;
                    while (first > 0 && simple.get(first - 1).end() == simple.get(first).start()
                            && simple.get(first - 1).partOfSpeech().startsWith("名詞")) {
                        first--;
                    }
                    if (!word.partOfSpeech().startsWith("名詞-接尾") || first == i) {
                        continue;
                    }
                    start = simple.get(first).start();
                }
                found.add(new Match(ending.entry(), start, word.end(), text.asWritten(start, word.end())));
            }
        }
    }

    private static void findSpelled(Pattern pattern, String spelled, Spelling text, boolean[] starts, boolean[] ends,
            List<Match> found) {
        for (int at = text.folded().indexOf(spelled); at >= 0; at = text.folded().indexOf(spelled, at + 1)) {
            int end = at + spelled.length();
            if (starts[at] && ends[end]) {
                found.add(new Match(pattern.entry(), at, end, text.asWritten(at, end)));
            }
        }
    }

    private void findBaseForms(List<Morphology.Word> words, Spelling text, List<Match> found) {
        List<Morphology.Word> simple = words.stream().filter(w -> !w.compound()).toList();
        for (int i = 0; i < simple.size(); i++) {
            for (Pattern pattern : compiled.join().byFirstBaseForm().getOrDefault(baseForm(simple.get(i)), List.of())) {
                int n = pattern.baseForms().size();
                if (i + n <= simple.size() && sameBaseForms(simple.subList(i, i + n), pattern.baseForms())) {
                    int start = simple.get(i).start();
                    int end = simple.get(i + n - 1).end();
                    found.add(new Match(pattern.entry(), start, end, text.asWritten(start, end)));
                }
            }
        }
    }

    private static boolean sameBaseForms(List<Morphology.Word> words, List<String> baseForms) {
        for (int k = 0; k < words.size(); k++) {
            if (!baseForm(words.get(k)).equals(baseForms.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static List<Match> longestFirst(List<Match> found) {
        List<Match> byLength = new ArrayList<>(found);
        byLength.sort(Comparator.comparingInt((Match m) -> m.end() - m.start()).reversed()
                .thenComparing(m -> m.entry().kind() == Kind.PERSON));
        List<Match> kept = new ArrayList<>();
        for (Match match : byLength) {
            boolean covered = kept.stream().anyMatch(k -> k.start() <= match.start() && match.end() <= k.end());
            if (!covered) {
                kept.add(match);
            }
        }
        kept.sort(Comparator.comparingInt(Match::start));
        return kept;
    }

    private static Pattern compile(Entry entry, String spelling) {
        String normalized = Spelling.of(spelling).normalized();
        List<Morphology.Word> words = Morphology.words(normalized).stream().filter(w -> !w.compound()).toList();
        if (words.isEmpty()) {
            throw new IllegalStateException(ScreeningDictionary.RESOURCE + " line " + entry.line() + ": 「" + spelling
                    + "」 has no word Kuromoji can read");
        }
        List<String> baseForms = words.stream().map(QuestionScreening::baseForm).toList();
        return new Pattern(entry, Spelling.fold(normalized), baseForms, kanaReading(normalized, words));
    }

    /** A kanji spelling may be written in kana (しゅうきょう); short readings (がん, うつ) are too ambiguous, list them. */
    private static String kanaReading(String normalized, List<Morphology.Word> words) {
        if (!Spelling.isKanji(normalized) || words.stream().anyMatch(w -> w.reading() == null)) {
            return null;
        }
        String reading = Spelling.fold(String.join("", words.stream().map(Morphology.Word::reading).toList()));
        return reading.length() >= 3 ? reading : null;
    }

    private static String baseForm(Morphology.Word word) {
        return Spelling.fold(word.baseForm());
    }

    private static String explain(Match match) {
        Entry entry = match.entry();
        String about = switch (entry.category()) {
            case BELIEF -> "思想・信条・宗教";
            case DISCRIMINATION -> "社会的差別の原因となる事実";
            case CRIME -> "犯罪の経歴";
        };
        if (entry.kind() == Kind.TOPIC) {
            return "「" + match.matched() + "」は" + about + "に関わる話題を指す言葉です(" + entry.explanation()
                    + ")。質問が話題について尋ねているのか、回答者本人の" + about + "を尋ねているのか、区の職員が判断してください。";
        }
        return "「" + match.matched() + "」は回答者本人の" + about + "に触れます(" + entry.explanation()
                + ")。区の職員が理由を添えて承認するまで、この質問は出せません(P7)。";
    }
}
