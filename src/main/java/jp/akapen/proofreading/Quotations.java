package jp.akapen.proofreading;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;

/** Marks the characters inside 「」 and 『』 (brackets included) and on Markdown block-quote lines (> or ＞). */
final class Quotations {

    private Quotations() {
    }

    static BitSet of(String text) {
        BitSet quoted = new BitSet(text.length());
        Deque<Integer> open = new ArrayDeque<>();
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                markBlockQuote(text, lineStart, i, quoted);
                lineStart = i + 1;
                continue;
            }
            char c = text.charAt(i);
            if (c == '「' || c == '『') {
                open.push(i);
            } else if ((c == '」' || c == '』') && !open.isEmpty()) {
                int from = open.pop();
                quoted.set(from, i + 1);
            }
        }
        return quoted;
    }

    private static void markBlockQuote(String text, int start, int end, BitSet quoted) {
        int i = start;
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\u3000')) {
            i++;
        }
        if (i < end && (text.charAt(i) == '>' || text.charAt(i) == '＞')) {
            quoted.set(start, end);
        }
    }
}
