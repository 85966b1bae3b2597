package jp.akapen.lecture.survey;

import static jp.akapen.db.Tables.AUDIT_EVENT;
import static jp.akapen.db.Tables.SURVEY_ANSWER;
import static jp.akapen.db.Tables.SURVEY_COMPLETION;
import static jp.akapen.db.Tables.SURVEY_RESPONSE;
import static jp.akapen.db.Tables.SURVEY_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.account.AccountService;
import jp.akapen.account.NewAccount;
import jp.akapen.account.Role;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Surveys after a session (issue 13 items 6-10; W4, P6, P7), on the real database, whatever a view shows. */
@AkapenSpringTest
class SurveyServiceTest {

    @Autowired
    SurveyService surveys;
    @Autowired
    UserDetailsService users;
    @Autowired
    AccountService accounts;
    @Autowired
    DSLContext db;
    @Autowired
    Clock clock;

    SessionFixture fixture;
    long session;

    @BeforeEach
    void aLectureThatEndedAnHourAgoAttendedByThreeResidents() {
        fixture = new SessionFixture(db);
        session = fixture.session("編集講座 " + UUID.randomUUID().toString().substring(0, 6), clock.instant(),
                Duration.ofHours(1), List.of("resident1", "resident2", "resident3"));
    }

    long openedBy(String builder, boolean anonymous) {
        TestSupport.signIn(users, builder);
        long id = surveys.create(SessionFixture.draft(session, anonymous, "講座の満足度は？"));
        assertThat(surveys.submit(id)).isEqualTo(SurveyStatus.OPEN);
        return id;
    }

    void answerAs(String resident, long id, int single, String text) {
        TestSupport.signIn(users, resident);
        var survey = surveys.survey(id);
        surveys.answer(id, SessionFixture.answers(survey, single, List.of(0, 2), 4, text));
    }

    @Test
    void an_open_survey_is_answered_once_by_each_attendee_and_by_nobody_else() {
        long id = openedBy("handler1", true);

        TestSupport.signIn(users, "resident1");
        assertThat(surveys.list()).filteredOn(l -> l.id() == id).extracting(Survey.Listed::role)
                .containsExactly(Survey.Role.TO_ANSWER);
        Survey shown = surveys.survey(id);
        assertThat(shown.purpose()).isEqualTo("講座の内容を次回に活かすために伺います。");
        assertThat(shown.anonymous()).isTrue();
        answerAs("resident1", id, 0, "とても参考になりました");
        assertThatThrownBy(() -> answerAs("resident1", id, 1, null))
                .isInstanceOf(SurveyException.class).hasMessage("survey.refused.already-answered");
        assertThat(surveys.list()).filteredOn(l -> l.id() == id).extracting(Survey.Listed::role)
                .containsExactly(Survey.Role.ANSWERED);

        TestSupport.signIn(users, "resident4");
        assertThat(surveys.list()).extracting(Survey.Listed::id).doesNotContain(id);
        assertThatThrownBy(() -> surveys.survey(id)).isInstanceOf(SurveyException.class)
                .hasMessage("survey.refused.not-open-to-you");
        assertThat(db.fetchCount(SURVEY_RESPONSE, SURVEY_RESPONSE.SURVEY_ID.eq(id))).isEqualTo(1);
    }

    @Test
    void a_required_question_left_empty_is_refused_and_nothing_is_stored() {
        long id = openedBy("handler1", true);
        TestSupport.signIn(users, "resident2");
        var survey = surveys.survey(id);
        var answers = SessionFixture.answers(survey, 0, List.of(), 4, null);
        answers.remove(survey.questions().get(2).id());

        assertThatThrownBy(() -> surveys.answer(id, answers)).isInstanceOf(SurveyException.class)
                .hasMessage("survey.answer.refused.required");
        assertThat(surveys.answered(id)).isFalse();
    }

    @Test
    void anonymous_answers_cannot_be_joined_to_the_residents_who_gave_them() {
        long id = openedBy("handler1", true);
        long auditBefore = db.select(org.jooq.impl.DSL.max(AUDIT_EVENT.SEQ)).from(AUDIT_EVENT).fetchOne().value1();
        answerAs("resident1", id, 0, "声が聞き取りやすかった");
        answerAs("resident2", id, 2, "もっと実習がほしい");
        answerAs("resident3", id, 1, null);
        var residents = List.of(fixture.id("resident1"), fixture.id("resident2"), fixture.id("resident3"));

        var responses = db.selectFrom(SURVEY_RESPONSE).where(SURVEY_RESPONSE.SURVEY_ID.eq(id)).fetch();
        assertThat(responses).hasSize(3);
        assertThat(responses).allSatisfy(r -> {
            assertThat(r.getResidentId()).isNull();
            assertThat(r.getId()).hasSize(16);
            assertThat(r.getAnsweredOn()).isEqualTo(jp.akapen.shared.JapaneseDates.today(clock));
        });
        assertThat(db.meta().getTables("survey_response").getFirst().fields()).extracting(f -> f.getName())
                .containsExactlyInAnyOrder("id", "survey_id", "answered_on", "resident_id");
        assertThat(db.meta().getTables("survey_answer").getFirst().fields()).extracting(f -> f.getName())
                .containsExactlyInAnyOrder("response_id", "question_id", "seq", "option_index", "scale_value", "text_value");
        assertThat(db.meta().getTables("survey_completion").getFirst().fields()).extracting(f -> f.getName())
                .containsExactlyInAnyOrder("survey_id", "resident_id");
        assertThat(db.select(SURVEY_COMPLETION.RESIDENT_ID).from(SURVEY_COMPLETION)
                .where(SURVEY_COMPLETION.SURVEY_ID.eq(id)).fetch(SURVEY_COMPLETION.RESIDENT_ID))
                .containsExactlyInAnyOrderElementsOf(residents);

        var hexIds = responses.map(r -> HexFormat.of().formatHex(r.getId()));
        var audit = db.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.SEQ.gt(auditBefore)).fetch();
        assertThat(audit).noneSatisfy(e -> assertThat(residents).contains(e.getActorId()));
        assertThat(audit).allSatisfy(e -> hexIds.forEach(hex -> {
            assertThat(String.valueOf(e.getObjectId())).doesNotContainIgnoringCase(hex);
            assertThat(String.valueOf(e.getFields())).doesNotContainIgnoringCase(hex);
        }));
        assertThat(db.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.OBJECT_TYPE.eq("survey"))
                .and(AUDIT_EVENT.OBJECT_ID.eq(String.valueOf(id))).fetch(AUDIT_EVENT.ACTOR_ID))
                .doesNotContainAnyElementsOf(residents);
        assertThat(db.fetchCount(SURVEY_ANSWER, SURVEY_ANSWER.TEXT_VALUE.eq("もっと実習がほしい"))).isEqualTo(1);
    }

    @Test
    void a_question_on_belief_keeps_the_survey_closed_until_the_ward_approves_it_with_a_reason() {
        TestSupport.signIn(users, "handler1");
        long id = surveys.create(SessionFixture.draft(session, true, "あなたの信仰は取材に影響しますか？"));
        assertThat(surveys.submit(id)).isEqualTo(SurveyStatus.AWAITING_WARD);
        assertThat(surveys.flagged(id)).singleElement().satisfies(f -> {
            assertThat(f.number()).isEqualTo(1);
            assertThat(f.findings()).extracting(x -> x.matched()).contains("信仰");
        });
        TestSupport.signIn(users, "resident1");
        assertThatThrownBy(() -> surveys.survey(id)).hasMessage("survey.refused.not-open-to-you");

        TestSupport.signIn(users, "handler2");
        assertThatThrownBy(() -> surveys.approve(id, "自分で承認")).isInstanceOf(AccessDeniedException.class);
        TestSupport.signIn(users, "ward1");
        assertThat(surveys.list()).filteredOn(l -> l.id() == id).extracting(Survey.Listed::role)
                .containsExactly(Survey.Role.TO_REVIEW);
        assertThatThrownBy(() -> surveys.approve(id, "  ")).hasMessage("survey.refused.reason-required");
        surveys.approve(id, "取材姿勢を尋ねる趣旨で、個人の信仰そのものは尋ねないため承認する。");

        assertThat(surveys.survey(id).status()).isEqualTo(SurveyStatus.OPEN);
        var review = db.selectFrom(SURVEY_REVIEW).where(SURVEY_REVIEW.SURVEY_ID.eq(id)).fetchOne();
        assertThat(review.getQuestionsRead()).contains("あなたの信仰は取材に影響しますか？", "信仰");
        var event = db.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ACTION.eq("SURVEY_APPROVED"))
                .and(AUDIT_EVENT.OBJECT_ID.eq(String.valueOf(id))).fetchOne();
        assertThat(event.getActorId()).isEqualTo(fixture.id("ward1"));
        assertThat(event.getFields()).contains("reason", "questions_sha256_" + SurveyService.sha256(review.getQuestionsRead()).substring(0, 20));
        TestSupport.signIn(users, "resident1");
        assertThat(surveys.survey(id).actions()).contains(Survey.Action.ANSWER);
    }

    @Test
    void a_changed_question_voids_the_wards_approval_and_the_survey_waits_again() {
        TestSupport.signIn(users, "handler1");
        var draft = SessionFixture.draft(session, true, "宗教法人の取材をしてみたいですか？");
        long id = surveys.create(draft);
        surveys.submit(id);
        TestSupport.signIn(users, "ward1");
        surveys.approve(id, "宗教法人という取材先についての質問で、信仰を尋ねるものではない。");

        TestSupport.signIn(users, "handler1");
        var changed = new java.util.ArrayList<>(draft.questions());
        changed.set(0, new Question(null, QuestionKind.SINGLE, "あなたの宗教を教えてください", true, List.of("ある", "ない")));
        surveys.save(id, new SurveyDraft(session, draft.title(), draft.purpose(), true, draft.closesOn(), changed));
        Survey saved = surveys.survey(id);
        assertThat(saved.status()).isEqualTo(SurveyStatus.DRAFT);
        assertThat(saved.approved()).isFalse();
        assertThat(surveys.submit(id)).isEqualTo(SurveyStatus.AWAITING_WARD);
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("SURVEY_APPROVAL_VOIDED")
                .and(AUDIT_EVENT.OBJECT_ID.eq(String.valueOf(id))))).isEqualTo(1);

        TestSupport.signIn(users, "ward1");
        surveys.refuse(id, "個人の信仰を尋ねる質問は認めない。");
        TestSupport.signIn(users, "handler1");
        assertThat(surveys.survey(id).status()).isEqualTo(SurveyStatus.DRAFT);
        assertThat(surveys.survey(id).lastReview().reason()).isEqualTo("個人の信仰を尋ねる質問は認めない。");
    }

    @Test
    void anonymous_results_withhold_a_question_fewer_than_three_answered_and_show_the_rest() {
        long id = openedBy("manager", true);
        answerAs("resident1", id, 0, "ためになった");
        answerAs("resident2", id, 0, null);
        answerAs("resident3", id, 2, null);

        TestSupport.signIn(users, "ward1");
        var results = surveys.results(id);
        assertThat(results.responses()).isEqualTo(3);
        var first = results.questions().getFirst();
        assertThat(first.withheld()).isFalse();
        assertThat(first.bars()).extracting(SurveyResults.Bar::count).containsExactly(2, 0, 1);
        assertThat(first.bars()).extracting(SurveyResults.Bar::percent).containsExactly(67, 0, 33);
        var text = results.questions().get(3);
        assertThat(text.answered()).isEqualTo(1);
        assertThat(text.withheld()).isTrue();
        assertThat(text.texts()).isEmpty();
    }

    @Test
    void a_named_surveys_answers_go_to_handlers_by_pen_name_and_the_download_is_audited() {
        long id = openedBy("handler1", false);
        answerAs("resident1", id, 1, "=SUM(A1)");
        TestSupport.signIn(users, "handler2");

        String csv = new String(surveys.answersCsv(id, "筆名", "回答日", " / "), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFF筆名,回答日,1. 講座の満足度は？").contains("さくら", "ふつう", "取材 / 校正", "'=SUM(A1)");
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("SURVEY_ANSWERS_EXPORTED")
                .and(AUDIT_EVENT.OBJECT_ID.eq(String.valueOf(id))).and(AUDIT_EVENT.ACTOR_ID.eq(fixture.id("handler2")))))
                .isEqualTo(1);
        TestSupport.signIn(users, "ward1");
        assertThatThrownBy(() -> surveys.answersCsv(id, "a", "b", "/")).isInstanceOf(AccessDeniedException.class);
        long anonymous = openedBy("handler1", true);
        assertThatThrownBy(() -> surveys.answersCsv(anonymous, "a", "b", "/")).hasMessage("survey.refused.anonymous");
    }

    @Test
    void only_the_manager_and_designated_handlers_build_surveys() {
        String undesignated = "nodesig-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.bootstrap(new NewAccount(undesignated, "未指定 " + undesignated, Role.CONTRACTOR_HANDLER,
                "a long enough password"), true);
        TestSupport.signIn(users, undesignated);
        assertThat(surveys.mayBuild()).isFalse();
        assertThatThrownBy(() -> surveys.create(SessionFixture.draft(session, true, "満足度は？")))
                .hasMessage("survey.refused.not-builder");
        assertThat(surveys.list()).isEmpty();
        TestSupport.signIn(users, "staff1");
        assertThatThrownBy(() -> surveys.create(SessionFixture.draft(session, true, "満足度は？")))
                .isInstanceOf(AccessDeniedException.class);
        TestSupport.signIn(users, "resident1");
        assertThatThrownBy(() -> surveys.create(SessionFixture.draft(session, true, "満足度は？")))
                .isInstanceOf(AccessDeniedException.class);
    }
}
