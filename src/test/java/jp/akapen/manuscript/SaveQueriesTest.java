package jp.akapen.manuscript;

import static jp.akapen.TestSupport.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import jp.akapen.AkapenSpringTest;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.PortalUser;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * How much a save reads and writes: a long manuscript with many changes must not be read or
 * rewritten more often than the save needs (issue 11).
 */
@AkapenSpringTest
class SaveQueriesTest {

    static final String DRAFT = CorrectionFlowTest.DRAFT;

    @Autowired
    ManuscriptService manuscripts;

    @Autowired
    CorrectionService corrections;

    @Autowired
    ReviewService reviews;

    @Autowired
    UserDetailsService users;

    @Autowired
    DSLContext db;

    long manuscriptId;

    @BeforeEach
    void aManuscriptWithADraft() {
        long resident1 = ((PortalUser) users.loadUserByUsername("resident1")).id();
        signIn(users, "ward1");
        manuscriptId = manuscripts.assign("数える朝", resident1, null).id();
        signIn(users, "resident1");
        manuscripts.saveDraft(manuscriptId, 0, DRAFT, VersionOrigin.DRAFT, null, null);
    }

    @Test
    void saving_a_correction_reads_the_changes_twice_and_writes_each_change_once() {
        signIn(users, "handler1");
        var round = corrections.openRound(manuscriptId, LocalDate.now(JapaneseDates.ZONE).plusDays(7));
        String corrected = DRAFT.replace("八時", "8時").replace("黄色い", "きいろい").replace("母親ばかり", "母親がほとんど");
        round = corrections.saveCorrection(round.id(), round.lockVersion(), corrected);
        assertThat(round.changes()).hasSize(3);
        corrections.annotate(round.changes().getFirst().id(), Reason.CONSISTENCY, "算用数字に");
        round = corrections.round(manuscriptId, 1);

        Round saved;
        try (var sql = SqlCounter.on(db)) {
            // a new first change moves the three others, each to a new place and number
            saved = corrections.saveCorrection(round.id(), round.lockVersion(), corrected.replace("わたしの", "私の"));

            assertThat(sql.selectsFrom("correction_change")).as("change list reads: to match, to show").hasSize(2);
            assertThat(sql.writesTo("correction_change")).as("one write per change: three moved, one new")
                    .isEqualTo(4);
        }
        assertThat(saved.changes()).hasSize(4).extracting(TrackedChange::seq).containsExactly(1, 2, 3, 4);
        assertThat(saved.changes().get(1).reason()).isEqualTo(Reason.CONSISTENCY);
        assertThat(saved.changes().get(1).comment()).isEqualTo("算用数字に");
        assertThat(saved.changes().get(1).before()).contains("八");
    }

    @Test
    void a_residents_decision_reads_the_rounds_text_once_not_twice() {
        signIn(users, "handler1");
        var round = corrections.openRound(manuscriptId, LocalDate.now(JapaneseDates.ZONE).plusDays(7));
        round = corrections.saveCorrection(round.id(), round.lockVersion(), DRAFT.replace("八時", "8時"));
        corrections.returnRound(round.id(), Annotations.complete(corrections, round).lockVersion());
        long change = round.changes().getFirst().id();
        signIn(users, "resident1");

        try (var sql = SqlCounter.on(db)) {
            reviews.decide(change, Decision.ACCEPTED);

            assertThat(sql.selectsFrom("correction_round")).as("whose round, then the round under the lock")
                    .hasSize(2)
                    .filteredOn(s -> s.sql().contains("corrected_body")).hasSize(1);
        }
        assertThat(corrections.round(manuscriptId, 1).changes().getFirst().decision()).isEqualTo(Decision.ACCEPTED);
    }

    @Test
    void a_rounds_stamp_reads_the_manuscript_and_the_rounds_status_not_its_texts_or_changes() {
        signIn(users, "handler1");
        var round = corrections.openRound(manuscriptId, LocalDate.now(JapaneseDates.ZONE).plusDays(7));
        corrections.saveCorrection(round.id(), round.lockVersion(), DRAFT.replace("八時", "8時"));
        signIn(users, "resident1");

        try (var sql = SqlCounter.on(db)) {
            var stamp = corrections.stamp(manuscriptId, 1);

            assertThat(stamp.status()).isEqualTo(RoundStatus.OPEN);
            assertThat(sql.selectsFrom("correction_round")).singleElement()
                    .satisfies(s -> assertThat(s.sql()).doesNotContain("corrected_body"));
            assertThat(sql.selectsFrom("correction_change")).isEmpty();
            assertThat(sql.selectsFrom("manuscript_version")).isEmpty();
            assertThat(sql.selectsFrom("manuscript")).as("the access check, once").hasSize(1);
        }
    }

    @Test
    void saving_a_draft_reads_two_version_texts_however_many_there_are() {
        for (int i = 1; i <= 4; i++) {
            manuscripts.saveDraft(manuscriptId, i, DRAFT + "追記" + i + "。\n", VersionOrigin.DRAFT, null, null);
        }

        Version saved;
        try (var sql = SqlCounter.on(db)) {
            saved = manuscripts.saveDraft(manuscriptId, 5, DRAFT + "最後。\n", VersionOrigin.DRAFT, null, null);

            assertThat(sql.selectsFrom("manuscript_version").stream().mapToInt(SqlCounter.Statement::rows).sum())
                    .as("the previous text, to refuse an unchanged save, and the new one").isEqualTo(2);
        }
        assertThat(saved.number()).isEqualTo(6);
        assertThat(saved.body()).endsWith("最後。\n");
        assertThat(saved.authorName()).isEqualTo(manuscripts.versions(manuscriptId).getLast().authorName());
        assertThat(saved).isEqualTo(manuscripts.latest(manuscriptId).orElseThrow());
    }
}
