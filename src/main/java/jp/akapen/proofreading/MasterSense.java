package jp.akapen.proofreading;

import java.util.Set;

/**
 * 主人 and ご主人 in their other sense: the master of a servant (下人が主人から暇を出された) or the owner of a
 * shop or an inn (宿の主人, 八百屋のご主人). The gender list is about the husband called master, not about these.
 */
final class MasterSense {

    static final Set<String> RULE_IDS = Set.of("gender.shujin", "gender.goshujin");
    private static final Set<String> SERVANTS = Set.of("下人", "下男", "下女", "召使", "召使い", "使用人", "奉公人",
            "家来", "家臣", "女中", "丁稚", "奴隷", "従者", "小間使い", "雇い人");
    private static final Set<String> PREMISES = Set.of("宿", "店", "茶店", "料亭", "食堂", "工場", "農園", "牧場",
            "屋敷", "ホテル", "犬", "猫");

    private MasterSense() {
    }

    static boolean of(Draft draft, int start) {
        return ofPremises(draft, start) || servantInParagraph(draft, start);
    }

    private static boolean ofPremises(Draft draft, int start) {
        Token before = start > 0 ? draft.tokenAt(start - 1) : null;
        Token no = before != null && before.is("接頭詞") && before.start() > 0
                ? draft.tokenAt(before.start() - 1) : before;
        if (no == null || !no.surface().equals("の") || no.start() == 0) {
            return false;
        }
        Token owner = draft.tokenAt(no.start() - 1);
        if (owner == null || !owner.is("名詞")) {
            return false;
        }
        String word = owner.surface();
        return PREMISES.contains(word) || word.endsWith("屋") || word.endsWith("店") || word.endsWith("館");
    }

    private static boolean servantInParagraph(Draft draft, int start) {
        String text = draft.text();
        int from = text.lastIndexOf('\n', start - 1) + 1;
        int to = text.indexOf('\n', start);
        String paragraph = text.substring(from, to < 0 ? text.length() : to);
        for (String servant : SERVANTS) {
            for (int i = paragraph.indexOf(servant); i >= 0; i = paragraph.indexOf(servant, i + 1)) {
                if (draft.onTokenBoundaries(from + i, from + i + servant.length())) {
                    return true;
                }
            }
        }
        return false;
    }
}
