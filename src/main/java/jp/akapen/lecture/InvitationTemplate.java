package jp.akapen.lecture;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import jp.akapen.shared.JapaneseDates;

/**
 * The invitation mail's Japanese text (issue 13 item 2): title, 和暦 date and time, place, RSVP deadline and the
 * portal link; never a person's data (it goes to every resident of the cohort, each in Bcc). An online meeting's link
 * stays in the portal, behind sign-in.
 */
final class InvitationTemplate {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private InvitationTemplate() {
    }

    static String kindName(LectureKind kind) {
        return kind == LectureKind.LECTURE ? "編集講座" : "編集会議";
    }

    static String subject(Lecture l) {
        return "【ご案内】" + kindName(l.kind()) + "「" + l.title() + "」（"
                + JapaneseDates.date(l.startsAt().atZone(JapaneseDates.ZONE).toLocalDate(), Locale.JAPANESE) + "）";
    }

    static String body(Lecture l, String portalUrl) {
        var start = l.startsAt().atZone(JapaneseDates.ZONE);
        var end = l.endsAt().atZone(JapaneseDates.ZONE);
        String where = LectureRules.blank(l.place()) ? "オンライン（参加方法はポータルに掲載しています）"
                : l.place().strip() + (LectureRules.blank(l.onlineUrl()) ? "" : "（オンラインでも参加できます。参加方法はポータルに掲載しています）");
        return "区民編集委員のみなさま\n\n"
                + kindName(l.kind()) + "「" + l.title() + "」を次のとおり開催します。\n\n"
                + "日時：" + JapaneseDates.date(start.toLocalDate(), Locale.JAPANESE) + " " + TIME.format(start)
                + "から" + TIME.format(end) + "まで\n"
                + "場所：" + where + "\n"
                + (l.capacity() == null ? "" : "定員：" + l.capacity() + "名\n")
                + "出欠の回答期限：" + JapaneseDates.dateTime(l.rsvpDeadline(), Locale.JAPANESE) + "\n\n"
                + "出欠は次のページからご回答ください（サインインが必要です）。\n"
                + portalUrl + "/lectures/" + l.id() + "\n\n"
                + "このメールは送信専用です。\n";
    }
}
