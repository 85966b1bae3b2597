package jp.akapen.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.akapen.manuscript.CorrectionService;
import jp.akapen.manuscript.Decision;
import jp.akapen.manuscript.FollowUp;
import jp.akapen.manuscript.ManuscriptService;
import jp.akapen.manuscript.Reason;
import jp.akapen.manuscript.ReviewService;
import jp.akapen.manuscript.TrackedChange;
import jp.akapen.manuscript.VersionOrigin;

/**
 * Articles at each stage, so that a first visitor can try every step at once (issue 21): 青空 (resident3) has 初校
 * back with sixteen changes of every reason to decide, 若葉 (resident2)'s 初校 is still with handler2, こもれび
 * (resident4)'s text is final. さくら (resident1)'s draft waits for 初校 (seeded by {@link DemoData}); the others have
 * not started theirs in this edition ({@link DemoEditions} gives ひなた and しおり articles in the earlier ones).
 */
final class DemoRounds {

    /** resident3's draft: slips a corrector marks, each in a different place so each is its own change. */
    static final String RETURNED_DRAFT = """
            # 育休をとった父親たちの声

            区内で育児休業をとった父親五人に話を聞きました。みなさん、最初は職場に言い出しずらかったと言います。

            会社員の田村さん（仮名）は、二人目が生まれた時に三ヶ月の育休を取りました。「上司に相談したら、意外にもすぐに賛成してくれました」。けれども、同僚の中には「男が休むなんて」と言う人もいたそうです。

            育休中は、おむつ替えや夜泣きの対応、離乳食作りなど、毎日があっというまに過ぎました。田村さんは「妻が一人でやっていた事の大変さが、はじめて分かった」と話します。

            区の調査では、男性の育休取得率は2割程にとどまっています。主人の育休を「手伝い」と呼ぶ人もいますが、育児は夫婦二人の仕事です。

            取材を通して感じたのは制度があっても使いずらい雰囲気が残っているということでした。職場の理解と、周りの人の一言が、父親の背中を押すのだと思います。
            """;

    /** Each correction: the text it replaces (unique in the draft), the replacement, why, and a word to the writer. */
    record Correction(String before, String after, Reason reason, String comment) {
    }

    static final List<Correction> CORRECTIONS = List.of(
            new Correction("父親たちの声", "父親たちの声（仮題）", Reason.OTHER, "題は最終号の構成が決まってから確定します。"),
            new Correction("父親五人", "父親5人", Reason.CONSISTENCY, "人数は算用数字にそろえています。"),
            new Correction("言い出しずらかった", "言い出しづらかった", Reason.TYPO, "「づらい」が正しい表記です。"),
            new Correction("生まれた時に", "生まれたときに", Reason.CONSISTENCY, "時間を表す「とき」はひらがなにしています。"),
            new Correction("三ヶ月", "3か月", Reason.CONSISTENCY, "期間は「3か月」の形にそろえています。"),
            new Correction("育休を取りました", "育休をとりました", Reason.CONSISTENCY, "見出しと同じ「とる」にそろえました。"),
            new Correction("夜泣きの対応", "夜泣きへの対応", Reason.STYLE, "助詞を整えました。"),
            new Correction("あっというまに", "あっという間に", Reason.CONSISTENCY, "「間」は漢字にしています。"),
            new Correction("やっていた事", "やっていたこと", Reason.CONSISTENCY, "形式名詞の「こと」はひらがなにしています。"),
            new Correction("はじめて分かった", "初めて分かった", Reason.TYPO, "「最初に」の意味では「初めて」です。"),
            new Correction("区の調査", "区の2025年度の調査", Reason.FACT_CHECK, "調査の年度を補いました。数字は区の公表資料で確認済みです。"),
            new Correction("2割程に", "2割ほどに", Reason.CONSISTENCY, "「ほど」はひらがなにしています。"),
            new Correction("主人の育休", "夫の育休", Reason.GENDER_PERSPECTIVE,
                    "「主人」は上下関係を思わせるため、区の広報では「夫」を使っています。"),
            new Correction("夫婦二人の仕事です", "夫婦がともに担うものです", Reason.STYLE, "言い切りをやわらげました。ご確認ください。"),
            new Correction("感じたのは制度", "感じたのは、制度", Reason.STYLE, "読みやすいよう読点を補いました。"),
            new Correction("使いずらい", "使いづらい", Reason.TYPO, "「づらい」が正しい表記です。"),
            new Correction("周りの人", "周囲の人", Reason.STYLE, "書き言葉に整えました。"));

    static final String IN_CORRECTION_DRAFT = """
            # 家事の分担を話し合ってみた

            共働きのわが家では、家事の分担がいつも小さなけんかの種でした。ある週末、やっている家事を全部紙に書き出してみました。

            書き出してみると、名前のない家事がたくさんありました。ゴミ袋の補充、洗剤の買い置き、学校のプリントの整理。どれも、気付いた人がやっていたのです。
            """;

    static final String FINAL_DRAFT = """
            # 防災と男女共同参画

            避難所の運営に、女性の視点は欠かせません。区の防災訓練では、今年から女性のリーダーが運営に加わりました。

            更衣室や授乳室の場所、生理用品の配り方など、これまで見落とされてきたことが、話し合いの中で次々に出てきました。
            """;

    private DemoRounds() {
    }

    /** Signs in as each actor in turn through {@code as}; {@code manuscripts} maps a resident's username to theirs. */
    static void seed(ManuscriptService manuscripts, CorrectionService corrections, ReviewService reviews,
            Map<String, Long> manuscriptOf,
            java.util.function.Consumer<String> as, LocalDate today) {
        // 青空: 初校 returned with sixteen changes, every reason among them
        long returned = manuscriptOf.get("resident3");
        as.accept("resident3");
        manuscripts.saveDraft(returned, 0, RETURNED_DRAFT, VersionOrigin.DRAFT, null, null);
        as.accept("handler1");
        var round = corrections.openRound(returned, today.plusDays(10));
        String corrected = RETURNED_DRAFT;
        for (Correction c : CORRECTIONS) {
            corrected = corrected.replace(c.before(), c.after());
        }
        round = corrections.saveCorrection(round.id(), round.lockVersion(), corrected);
        for (TrackedChange change : round.changes()) {
            Correction why = correctionAt(change.start());
            corrections.annotate(change.id(), why.reason(), why.comment());
        }
        round = corrections.round(returned, round.number());
        corrections.returnRound(round.id(), round.lockVersion());

        // 若葉: 初校 open, two changes so far, not yet returned
        long inCorrection = manuscriptOf.get("resident2");
        as.accept("resident2");
        manuscripts.saveDraft(inCorrection, 0, IN_CORRECTION_DRAFT, VersionOrigin.DRAFT, null, null);
        as.accept("handler2");
        var open = corrections.openRound(inCorrection, today.plusDays(12));
        corrections.saveCorrection(open.id(), open.lockVersion(),
                IN_CORRECTION_DRAFT.replace("気付いた", "気づいた").replace("ゴミ袋", "ごみ袋"));

        // こもれび: one round, every change accepted, 校了
        long done = manuscriptOf.get("resident4");
        as.accept("resident4");
        manuscripts.saveDraft(done, 0, FINAL_DRAFT, VersionOrigin.DRAFT, null, null);
        as.accept("handler2");
        var last = corrections.openRound(done, today.plusDays(5));
        last = corrections.saveCorrection(last.id(), last.lockVersion(),
                FINAL_DRAFT.replace("これまで見落とされて", "これまで見落とされがちで"));
        for (TrackedChange change : last.changes()) {
            corrections.annotate(change.id(), Reason.STYLE, "意味が伝わりやすいよう整えました。");
        }
        last = corrections.round(done, last.number());
        corrections.returnRound(last.id(), last.lockVersion());
        as.accept("resident4");
        reviews.decideAll(last.id(), Decision.ACCEPTED);
        reviews.finishReview(last.id(), FollowUp.FINAL);
    }

    /** The correction whose text covers {@code offset} of the draft (the diff may start a change inside it). */
    private static Correction correctionAt(int offset) {
        Correction nearest = CORRECTIONS.getLast();
        int nearestDistance = Integer.MAX_VALUE;
        for (Correction c : CORRECTIONS) {
            int from = RETURNED_DRAFT.indexOf(c.before());
            int to = from + c.before().length();
            int distance = offset < from ? from - offset : offset > to ? offset - to : 0;
            if (distance < nearestDistance) {
                nearest = c;
                nearestDistance = distance;
            }
        }
        return nearest;
    }
}
