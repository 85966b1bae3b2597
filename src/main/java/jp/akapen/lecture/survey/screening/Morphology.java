package jp.akapen.lecture.survey.screening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.BaseFormAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/**
 * Kuromoji's words of a Japanese text, in search mode so that compounds (宗教法人, 障害者手帳) come apart. Kuromoji's
 * dictionaries take a second or two to load, so one analyser serves the whole JVM; Lucene's analyser keeps one
 * tokenizer per thread, which makes {@link #words} safe to call from any thread.
 */
final class Morphology {

    /** One word: where it stands in the text, its base form (信仰して → 信仰, 捕まっ → 捕まる), reading and part of speech. */
    record Word(int start, int end, String surface, String baseForm, String reading, String partOfSpeech,
            boolean compound) {
    }

    private static final class Holder {
        static final long STARTED = System.nanoTime();
        static final Analyzer ANALYZER = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                return new TokenStreamComponents(new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.SEARCH));
            }
        };
        // The dictionaries load on the first tokenizer; a first text makes that happen here, inside the measured time.
        static final List<Word> WARM_UP = analyse("起動");
        static final long START_UP_NANOS = System.nanoTime() - STARTED;
    }

    private Morphology() {
    }

    /** The words of {@code text}, in order; a compound split in search mode is listed whole as well, marked. */
    static List<Word> words(String text) {
        if (Holder.WARM_UP.isEmpty()) {
            throw new IllegalStateException("Kuromoji found no word in a warm-up text");
        }
        return analyse(text);
    }

    /** How long building the shared analyser took (once per JVM), including its dictionaries and a first text. */
    static long startUpNanos() {
        return Holder.START_UP_NANOS;
    }

    private static List<Word> analyse(String text) {
        List<Word> words = new ArrayList<>();
        try (TokenStream stream = Holder.ANALYZER.tokenStream("question", text)) {
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            BaseFormAttribute base = stream.addAttribute(BaseFormAttribute.class);
            ReadingAttribute reading = stream.addAttribute(ReadingAttribute.class);
            PartOfSpeechAttribute pos = stream.addAttribute(PartOfSpeechAttribute.class);
            PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String surface = text.substring(offset.startOffset(), offset.endOffset());
                String baseForm = base.getBaseForm();
                words.add(new Word(offset.startOffset(), offset.endOffset(), surface,
                        baseForm == null ? surface : baseForm, reading.getReading(), pos.getPartOfSpeech(),
                        length.getPositionLength() > 1));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
