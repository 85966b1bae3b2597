package jp.akapen.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import jp.akapen.edition.EditionService;
import jp.akapen.manuscript.CorrectionService;
import jp.akapen.manuscript.Decision;
import jp.akapen.manuscript.FollowUp;
import jp.akapen.manuscript.ManuscriptService;
import jp.akapen.manuscript.Reason;
import jp.akapen.manuscript.ReviewService;
import jp.akapen.manuscript.TrackedChange;
import jp.akapen.manuscript.VersionOrigin;

/**
 * The year's two earlier editions, so that the last two stages can be seen at once too (issue 21): 第1号 was delivered
 * and the ward confirmed it (納品済み, ひなた's article); 第2号 is past its design proof (レイアウト中, しおり's article).
 * Both articles went through one round and were accepted whole.
 */
final class DemoEditions {

    static final String DELIVERED_TITLE = "子育て広場の一日";

    static final String DELIVERED_TEXT = """
            # 子育て広場の一日

            朝十時、区の子育て広場が開くと、ベビーカーを押したお父さんやお母さんが次々にやってきます。

            広場のスタッフは「ここでは、だれもが誰かの先輩です」と話します。
            """;

    static final String IN_LAYOUT_TITLE = "図書館で見つけた女性たちの歩み";

    static final String IN_LAYOUT_TEXT = """
            # 図書館で見つけた女性たちの歩み

            区立図書館の郷土資料室には、この町で働き、声をあげてきた女性たちの記録が残っています。

            戦後すぐに保育所をつくる運動を始めたのも、近所の母親たちでした。
            """;

    private DemoEditions() {
    }

    /**
     * As ward1, the manager and each resident in turn through {@code as}; {@code residentId} maps a username to its
     * account id. Leaves ward1 signed in.
     */
    static void seed(EditionService editions, ManuscriptService manuscripts, CorrectionService corrections,
            ReviewService reviews, long cohortId, long handler2, Map<String, Long> residentId,
            Consumer<String> as, LocalDate today) {
        as.accept("ward1");
        var delivered = editions.createEdition(cohortId, 1, "地域で育つ、地域で育てる", DemoSchedule.withDraftsDue(today.minusDays(130)));
        var first = editions.addArticle(delivered.id(), DELIVERED_TITLE, 1200, List.of(residentId.get("resident5")),
                handler2);
        var second = editions.createEdition(cohortId, 2, "ふだんの暮らしと平等", DemoSchedule.withDraftsDue(today.minusDays(50)));
        var inLayout = editions.addArticle(second.id(), IN_LAYOUT_TITLE, 1200,
                List.of(residentId.get("resident6")), handler2);
        finalText(manuscripts, corrections, reviews, as, "resident5", first.title(), DELIVERED_TEXT,
                "次々にやってきます", "次々とやってきます", today);
        finalText(manuscripts, corrections, reviews, as, "resident6", inLayout.title(), IN_LAYOUT_TEXT,
                "保育所をつくる", "保育所を作る", today);
        as.accept("manager");
        editions.markDelivered(delivered.id(), today.minusDays(60));
        as.accept("ward1");
        editions.confirmDelivery(delivered.id());
    }

    /** The resident's draft, one round with one change by handler2, accepted, 校了. */
    private static void finalText(ManuscriptService manuscripts, CorrectionService corrections, ReviewService reviews,
            Consumer<String> as, String resident, String title, String draft, String before, String after,
            LocalDate today) {
        as.accept(resident);
        long id = manuscripts.visible().stream().filter(m -> m.title().equals(title)).findFirst().orElseThrow().id();
        manuscripts.saveDraft(id, 0, draft, VersionOrigin.DRAFT, null, null);
        as.accept("handler2");
        var round = corrections.openRound(id, today);
        round = corrections.saveCorrection(round.id(), round.lockVersion(), draft.replace(before, after));
        for (TrackedChange change : round.changes()) {
            corrections.annotate(change.id(), Reason.STYLE, "意味が伝わりやすいよう整えました。");
        }
        round = corrections.round(id, round.number());
        corrections.returnRound(round.id(), round.lockVersion());
        as.accept(resident);
        reviews.decideAll(round.id(), Decision.ACCEPTED);
        reviews.finishReview(round.id(), FollowUp.FINAL);
    }
}
