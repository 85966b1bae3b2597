package jp.akapen.edition;

import static jp.akapen.TestSupport.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.edition.progress.MilestoneKind;
import jp.akapen.edition.progress.Stage;
import jp.akapen.manuscript.Annotations;
import jp.akapen.manuscript.CorrectionService;
import jp.akapen.manuscript.Decision;
import jp.akapen.manuscript.FollowUp;
import jp.akapen.manuscript.ManuscriptService;
import jp.akapen.manuscript.ReviewService;
import jp.akapen.manuscript.VersionOrigin;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.PortalUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Cohorts, editions, articles and the dashboard's derived stages and turnaround (W5–W7). */
@AkapenSpringTest
@RecordApplicationEvents
class EditionFlowTest {

    /** Each test gets its own fiscal year: cohorts are unique per year. */
    static final AtomicInteger YEAR = new AtomicInteger(2300);

    @Autowired
    EditionService editions;

    @Autowired
    ProgressService progress;

    @Autowired
    ManuscriptService manuscripts;

    @Autowired
    CorrectionService corrections;

    @Autowired
    ReviewService reviews;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestSupport.MovableClock clock;

    @Autowired
    ApplicationEvents events;

    long resident1;
    long resident2;
    long handler1;
    Edition edition;

    @BeforeEach
    void anEditionOfANewCohort() {
        resident1 = id("resident1");
        resident2 = id("resident2");
        handler1 = id("handler1");
        signIn(users, "ward1");
        var cohort = TestSupport.freeYear(YEAR, year -> editions.createCohort(new NewCohort(year,
                LocalDate.of(year, 4, 15), LocalDate.of(year + 1, 3, 31), "あかね編集室", List.of(resident1, resident2))));
        Map<MilestoneKind, LocalDate> schedule = new EnumMap<>(MilestoneKind.class);
        schedule.put(MilestoneKind.DRAFT_DUE, today().plusDays(10));
        schedule.put(MilestoneKind.FINAL_TEXT_DUE, today().plusDays(30));
        schedule.put(MilestoneKind.DESIGN_PROOF, today().plusDays(40));
        schedule.put(MilestoneKind.DELIVERY, today().plusDays(60));
        edition = editions.createEdition(cohort.id(), 1, "まちと私", schedule);
    }

    @AfterEach
    void resetTheClock() {
        clock.reset();
    }

    private long id(String username) {
        return ((PortalUser) users.loadUserByUsername(username)).id();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), JapaneseDates.ZONE);
    }

    private ProgressRow row(Article article) {
        signIn(users, "ward1");
        return progress.progress(edition.id()).stream().filter(r -> r.article().id() == article.id()).findFirst()
                .orElseThrow();
    }

    @Test
    void an_article_gives_its_first_resident_a_manuscript_and_its_stage_follows_the_manuscript() {
        var article = editions.addArticle(edition.id(), "朝の旗", 1200, List.of(resident1, resident2), handler1);
        assertThat(article.penNames()).isEqualTo("さくら・若葉");
        assertThat(row(article).stage().stage()).isEqualTo(Stage.NOT_STARTED);
        long manuscriptId = row(article).manuscriptId();

        signIn(users, "resident1");
        manuscripts.saveDraft(manuscriptId, 0, "朝の八時に旗が立ちます。", VersionOrigin.DRAFT, null, null);
        assertThat(row(article).stage().stage()).isEqualTo(Stage.DRAFT_SUBMITTED);

        signIn(users, "handler1");
        var round = corrections.openRound(manuscriptId, today().plusDays(5));
        assertThat(row(article).stage().stage()).isEqualTo(Stage.IN_CORRECTION);
        assertThat(row(article).stage().nextDue()).isEqualTo(today().plusDays(5));

        signIn(users, "handler1");
        round = corrections.saveCorrection(round.id(), round.lockVersion(), "朝の8時に旗が立ちます。");
        corrections.returnRound(round.id(), Annotations.complete(corrections, round).lockVersion());
        assertThat(row(article).stage().stage()).isEqualTo(Stage.WITH_RESIDENT);

        signIn(users, "resident1");
        reviews.decideAll(round.id(), Decision.ACCEPTED);
        reviews.finishReview(round.id(), FollowUp.FINAL);
        assertThat(row(article).stage().stage()).isEqualTo(Stage.FINAL);
    }

    @Test
    void an_article_past_its_due_date_is_overdue_once_the_clock_passes_it() {
        var article = editions.addArticle(edition.id(), "遅れる原稿", 800, List.of(resident2), handler1);
        assertThat(row(article).overdue()).isFalse();

        clock.advance(Duration.ofDays(11));

        assertThat(row(article).overdue()).isTrue();
        assertThat(row(article).stage().nextDue()).isEqualTo(edition.milestones().get(MilestoneKind.DRAFT_DUE));
    }

    @Test
    void the_dashboard_lists_overdue_articles_first_whatever_order_they_were_added_in() {
        var onTime = editions.addArticle(edition.id(), "間に合う原稿", 800, List.of(resident1), handler1);
        editions.addArticle(edition.id(), "遅れる原稿", 800, List.of(resident2), handler1);
        long manuscriptId = row(onTime).manuscriptId();
        signIn(users, "resident1");
        manuscripts.saveDraft(manuscriptId, 0, "締切前に出しました。", VersionOrigin.DRAFT, null, null);

        clock.advance(Duration.ofDays(11));

        signIn(users, "ward1");
        assertThat(progress.progress(edition.id())).extracting(r -> r.article().title() + ":" + r.overdue())
                .containsExactly("遅れる原稿:true", "間に合う原稿:false");
    }

    @Test
    void turnaround_figures_are_the_times_between_submission_return_and_decision() {
        var article = editions.addArticle(edition.id(), "測る原稿", 800, List.of(resident1), handler1);
        long manuscriptId = row(article).manuscriptId();
        signIn(users, "resident1");
        manuscripts.saveDraft(manuscriptId, 0, "はじめの文です。", VersionOrigin.DRAFT, null, null);
        clock.advance(Duration.ofHours(30));
        signIn(users, "handler1");
        var round = corrections.openRound(manuscriptId, today().plusDays(5));
        round = corrections.saveCorrection(round.id(), round.lockVersion(), "はじめの文章です。");
        clock.advance(Duration.ofHours(18));
        corrections.returnRound(round.id(), Annotations.complete(corrections, round).lockVersion());
        clock.advance(Duration.ofHours(6));
        signIn(users, "resident1");
        reviews.decideAll(round.id(), Decision.ACCEPTED);
        reviews.finishReview(round.id(), FollowUp.NONE);

        signIn(users, "ward1");
        var figures = progress.turnaroundOf(edition.id());
        assertThat(figures.rounds()).isEqualTo(1);
        assertThat(figures.contractorMedian()).isBetween(Duration.ofHours(48), Duration.ofHours(48).plusSeconds(5));
        assertThat(figures.residentMedian()).isBetween(Duration.ofHours(6), Duration.ofHours(6).plusSeconds(5));
        var summary = progress.turnaround();
        assertThat(summary.perEdition()).anySatisfy(e -> {
            assertThat(e.edition().id()).isEqualTo(edition.id());
            assertThat(e.figures().rounds()).isEqualTo(1);
        });
        assertThat(summary.perHandler()).anySatisfy(h -> assertThat(h.handlerName()).contains("赤井"));
    }

    @Test
    void every_schedule_change_is_kept_with_who_and_when() {
        signIn(users, "manager");
        editions.reschedule(edition.id(), MilestoneKind.DRAFT_DUE, today().plusDays(12));

        var changes = editions.scheduleChanges(edition.id());
        assertThat(changes.getFirst().kind()).isEqualTo(MilestoneKind.DRAFT_DUE);
        assertThat(changes.getFirst().oldDue()).isEqualTo(today().plusDays(10));
        assertThat(changes.getFirst().newDue()).isEqualTo(today().plusDays(12));
        assertThat(changes.getFirst().changedBy()).contains("編集 責子");
        assertThat(changes).hasSize(5);
    }

    @Test
    void the_delivery_counts_once_the_ward_confirms_it_and_is_published_as_an_event() {
        signIn(users, "manager");
        editions.markDelivered(edition.id(), today());
        assertThat(events.stream(EditionDelivered.class)).isEmpty();

        signIn(users, "ward1");
        editions.confirmDelivery(edition.id());

        assertThat(events.stream(EditionDelivered.class)).singleElement().satisfies(e -> {
            assertThat(e.editionId()).isEqualTo(edition.id());
            assertThat(e.deliveredOn()).isEqualTo(today());
            assertThat(e.lastOfCohort()).isTrue();
        });
        var article = editions.addArticle(edition.id(), "納品後", 100, List.of(resident1), null);
        assertThat(row(article).stage().stage()).isEqualTo(Stage.DELIVERED);
    }

    @Test
    void who_may_change_what_is_checked_by_the_services() {
        signIn(users, "staff1");
        assertThatThrownBy(() -> editions.reschedule(edition.id(), MilestoneKind.PRINT, today()))
                .isInstanceOf(AccessDeniedException.class);
        signIn(users, "handler1");
        assertThatThrownBy(() -> editions.addArticle(edition.id(), "x", 1, List.of(resident1), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> progress.progress(edition.id())).isInstanceOf(AccessDeniedException.class);
        signIn(users, "resident1");
        assertThatThrownBy(() -> editions.editions()).isInstanceOf(AccessDeniedException.class);
        signIn(users, "manager");
        assertThatThrownBy(() -> editions.confirmDelivery(edition.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_resident_outside_the_cohort_cannot_be_given_an_article() {
        assertThatThrownBy(() -> editions.addArticle(edition.id(), "外の人", 100, List.of(id("resident7")), null))
                .isInstanceOf(EditionException.class).hasMessage("edition.error.not-in-cohort");
        assertThat(editions.articlesOf(edition.id())).isEmpty();
    }

    @Test
    void a_resident_sees_only_their_own_articles_and_a_handler_the_drafts_waiting_for_them() {
        var mine = editions.addArticle(edition.id(), "さくらの記事", 100, List.of(resident1), handler1);
        editions.addArticle(edition.id(), "若葉の記事", 100, List.of(resident2), handler1);
        long manuscriptId = row(mine).manuscriptId();
        signIn(users, "resident1");
        assertThat(progress.myArticles()).extracting(r -> r.article().title()).contains("さくらの記事")
                .doesNotContain("若葉の記事");

        manuscripts.saveDraft(manuscriptId, 0, "本文", VersionOrigin.DRAFT, null, null);
        signIn(users, "handler1");
        assertThat(progress.waitingForMe()).extracting(r -> r.article().title()).contains("さくらの記事")
                .doesNotContain("若葉の記事");
    }
}
