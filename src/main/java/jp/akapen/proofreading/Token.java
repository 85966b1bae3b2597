package jp.akapen.proofreading;

/** One morpheme from Kuromoji (IPADIC): part of speech like {@code 名詞-非自立-一般}; baseForm never null. */
record Token(String surface, String baseForm, String partOfSpeech, String inflectionType, int start, int end) {

    boolean is(String posPrefix) {
        return partOfSpeech.startsWith(posPrefix);
    }

    boolean isSymbol() {
        return is("記号");
    }
}
