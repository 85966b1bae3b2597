package jp.akapen.proofreading;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/** A text prepared once for all rules: its morphemes, its sentences and which characters are quoted. */
final class Draft {

    /** A sentence from {@code start} to {@code end}, holding tokens {@code firstToken} (inclusive) to {@code lastToken} (exclusive). */
    record Sentence(int start, int end, int firstToken, int lastToken) {
    }

    private final String text;
    private final List<Token> tokens;
    private final BitSet tokenStarts = new BitSet();
    private final BitSet tokenEnds = new BitSet();
    private final BitSet quoted;
    private final List<Sentence> sentences;

    Draft(String text) {
        this.text = text;
        this.tokens = Morphology.tokens(text);
        for (Token token : tokens) {
            tokenStarts.set(token.start());
            tokenEnds.set(token.end());
        }
        this.quoted = Quotations.of(text);
        this.sentences = splitSentences();
    }

    String text() {
        return text;
    }

    List<Token> tokens() {
        return tokens;
    }

    List<Sentence> sentences() {
        return sentences;
    }

    /**
     * Starts on a morpheme and does not end inside a word that began with it: 主人 matches neither
     * 主人公 nor 家主人, but 看護婦 matches 看護婦長 (看護|婦長) and することができ matches before できる.
     */
    boolean onTokenBoundaries(int start, int end) {
        if (!tokenStarts.get(start)) {
            return false;
        }
        if (tokenEnds.get(end)) {
            return true;
        }
        Token last = tokenAt(end - 1);
        return last != null && last.start() > start;
    }

    boolean quoted(int start, int end) {
        int next = quoted.nextSetBit(start);
        return next >= 0 && next < end;
    }

    Token tokenAt(int start) {
        int low = 0;
        int high = tokens.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            Token token = tokens.get(middle);
            if (token.end() <= start) {
                low = middle + 1;
            } else if (token.start() > start) {
                high = middle - 1;
            } else {
                return token;
            }
        }
        return null;
    }

    /** Sentences end at 。．！？ outside 「」『』, and always at a line break. */
    private List<Sentence> splitSentences() {
        List<Sentence> result = new ArrayList<>();
        int depth = 0;
        int start = 0;
        int firstToken = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            String surface = token.surface();
            if (surface.equals("「") || surface.equals("『")) {
                depth++;
            } else if ((surface.equals("」") || surface.equals("』")) && depth > 0) {
                depth--;
            }
            boolean lineBreak = surface.indexOf('\n') >= 0;
            boolean terminator = depth == 0 && isTerminator(surface);
            if (lineBreak || terminator) {
                int end = lineBreak ? token.start() : token.end();
                addSentence(result, start, end, firstToken, lineBreak ? i : i + 1);
                start = token.end();
                firstToken = i + 1;
                if (lineBreak) {
                    depth = 0;
                }
            }
        }
        addSentence(result, start, text.length(), firstToken, tokens.size());
        return List.copyOf(result);
    }

    private static boolean isTerminator(String surface) {
        return !surface.isEmpty() && "。．！？!?".indexOf(surface.charAt(surface.length() - 1)) >= 0;
    }

    private void addSentence(List<Sentence> result, int start, int end, int firstToken, int lastToken) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        if (start < end) {
            result.add(new Sentence(start, end, firstToken, lastToken));
        }
    }
}
