package jp.akapen.proofreading;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.BaseFormAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.InflectionAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** Splits a text into morphemes with Lucene's Kuromoji tokenizer; a new tokenizer per call, as it is not thread-safe. */
final class Morphology {

    private Morphology() {
    }

    static List<Token> tokens(String text) {
        // Punctuation is kept: sentence ends and 読点 matter to the rules.
        try (JapaneseTokenizer tokenizer = new JapaneseTokenizer(null, false, false, JapaneseTokenizer.Mode.NORMAL)) {
            CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
            PartOfSpeechAttribute pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
            BaseFormAttribute base = tokenizer.addAttribute(BaseFormAttribute.class);
            InflectionAttribute inflection = tokenizer.addAttribute(InflectionAttribute.class);
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            List<Token> tokens = new ArrayList<>(text.length() / 2);
            while (tokenizer.incrementToken()) {
                String surface = term.toString();
                String baseForm = base.getBaseForm() == null ? surface : base.getBaseForm();
                String type = inflection.getInflectionType() == null ? "" : inflection.getInflectionType();
                String partOfSpeech = pos.getPartOfSpeech() == null ? "" : pos.getPartOfSpeech();
                tokens.add(new Token(surface, baseForm, partOfSpeech, type, offset.startOffset(), offset.endOffset()));
            }
            tokenizer.end();
            return tokens;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
