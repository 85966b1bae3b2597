package jp.akapen.lecture.survey;

import java.util.List;

/** A resident's answer to one question. {@code toString} keeps free text out of logs. */
public sealed interface Answer {

    /** The chosen options, 0-based (one for SINGLE). */
    record Choice(List<Integer> options) implements Answer {
        public Choice {
            options = List.copyOf(options);
        }
    }

    /** 1 to 5. */
    record Scale(int value) implements Answer {
    }

    record Text(String text) implements Answer {
        @Override
        public String toString() {
            return "Text[" + (text == null ? 0 : text.length()) + " chars]";
        }
    }
}
