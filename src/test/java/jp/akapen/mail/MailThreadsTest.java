package jp.akapen.mail;

import static jp.akapen.TestSupport.signIn;
import static jp.akapen.db.Tables.ACCOUNT;
import static jp.akapen.db.Tables.MAIL_MESSAGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import jp.akapen.TestSupport;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport.MovableClock;
import jp.akapen.edition.EditionService;
import jp.akapen.edition.progress.MilestoneKind;
import jp.akapen.edition.NewCohort;
import jp.akapen.lecture.LectureDraft;
import jp.akapen.lecture.LectureKind;
import jp.akapen.lecture.LectureService;
import jp.akapen.mail.MailThreads.MailItem;
import jp.akapen.mail.MailThreads.OtherItem;
import jp.akapen.manuscript.CorrectionService;
import jp.akapen.manuscript.ManuscriptService;
import jp.akapen.manuscript.Reason;
import jp.akapen.manuscript.ReviewService;
import jp.akapen.manuscript.VersionOrigin;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.correspondence.ThreadEntry;
import jp.akapen.shared.correspondence.ThreadKey;
import jp.akapen.shared.notification.NotificationService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ward reads every exchange per article and per lecture (seed E2; issue 12 item 7): the mails written about it,
 * the notices mailed about it, an article's correction exchanges, in time order; nobody else may; and every mail of
 * a thread reaches the ward in Cc (real SMTP, GreenMail).
 */
@AkapenSpringTest
class MailThreadsTest {

    static final String WARD = OutboxSenderTest.WARD;
    private static final AtomicInteger YEAR = new AtomicInteger(2960 + (int) (System.nanoTime() % 30));
    private static final String DRAFT = "わたしの住む町では、朝の八時になると、小学校の前に黄色い旗を持った人たちが立ちます。\n";

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    /** Made once for the class: an article with a returned round and a reply, and a lecture with its invitation. */
    static ThreadKey article;
    static ThreadKey lecture;

    @Autowired
    MailThreads threads;
    @Autowired
    MailComposer composer;
    @Autowired
    EditionService editions;
    @Autowired
    ManuscriptService manuscripts;
    @Autowired
    CorrectionService corrections;
    @Autowired
    ReviewService reviews;
    @Autowired
    LectureService lectures;
    @Autowired
    NotificationService notices;
    @Autowired
    UserDetailsService users;
    @Autowired
    DSLContext db;
    @Autowired
    OutboxRepository outbox;
    @Autowired
    RecipientAddresses addresses;
    @Autowired
    MailSettings settings;
    @Autowired
    MovableClock clock;
    @Autowired
    PlatformTransactionManager transactions;

    long id(String username) {
        return db.select(ACCOUNT.ID).from(ACCOUNT).where(ACCOUNT.USERNAME.eq(username)).fetchOne(ACCOUNT.ID);
    }

    @BeforeEach
    void anArticleAndALectureWithTheirExchanges() {
        if (article != null) {
            return;
        }
        signIn(users, "ward1");
        long cohort = newCohort(List.of(id("resident1"), id("resident2")));
        Map<MilestoneKind, LocalDate> schedule = new EnumMap<>(MilestoneKind.class);
        LocalDate today = LocalDate.now(JapaneseDates.ZONE);
        schedule.put(MilestoneKind.DRAFT_DUE, today.plusDays(10));
        schedule.put(MilestoneKind.FINAL_TEXT_DUE, today.plusDays(30));
        schedule.put(MilestoneKind.DESIGN_PROOF, today.plusDays(40));
        schedule.put(MilestoneKind.DELIVERY, today.plusDays(60));
        var edition = editions.createEdition(cohort, 1, "スレッドの号", schedule);
        var written = editions.addArticle(edition.id(), "朝の旗（スレッド）", 800, List.of(id("resident1")), id("handler1"));
        article = ThreadKey.article(written.id());
        long manuscript = manuscripts.visible().stream().filter(m -> written.id() == m.articleId()).findFirst()
                .orElseThrow().id();

        signIn(users, "resident1");
        manuscripts.saveDraft(manuscript, 0, DRAFT, VersionOrigin.DRAFT, null, null);
        signIn(users, "handler1");
        var round = corrections.openRound(manuscript, today.plusDays(7));
        round = corrections.saveCorrection(round.id(), round.lockVersion(), DRAFT.replace("八時", "8時"));
        long change = round.changes().getFirst().id();
        corrections.annotate(change, Reason.CONSISTENCY, "数字は算用数字に統一します");
        round = corrections.round(manuscript, 1);
        corrections.returnRound(round.id(), round.lockVersion());
        signIn(users, "resident1");
        reviews.reply(change, "「八時」のままにしたいです");

        signIn(users, "handler1");
        long mail = composer.save(null, new MailComposer.Draft(List.of(id("resident1")), "スレッド: 初校について",
                "初校を返しました。ポータルでご確認ください。", article));
        composer.submit(mail);
        signIn(users, "handler2");
        composer.approve(mail, composer.mail(mail).contentHash());

        signIn(users, "handler1");
        Instant now = clock.instant();
        long session = lectures.schedule(new LectureDraft(cohort, LectureKind.LECTURE, "スレッドの講座",
                now.plus(Duration.ofDays(10)), now.plus(Duration.ofDays(10)).plus(Duration.ofHours(2)), "区民センター",
                null, 20, null, now.plus(Duration.ofDays(7)), List.of()));
        lecture = ThreadKey.lecture(session);
        long invitation = lectures.draftInvitation(session);
        signIn(users, "handler2");
        composer.approve(invitation, composer.mail(invitation).contentHash());
        // the reminder a few days before the deadline is a notice with the lecture's link, as LectureReminders posts it
        new TransactionTemplate(transactions).executeWithoutResult(s -> notices.notifyAccount(id("resident2"),
                "lecture.notice.reminder", "lectures/" + session, "スレッドの講座", "2026-12-01 10:00"));
    }

    long newCohort(List<Long> residents) {
        return TestSupport.freeYear(YEAR, year -> editions.createCohort(new NewCohort(year, LocalDate.of(year, 4, 1),
                LocalDate.of(year + 1, 3, 31), "あかね編集室（スレッドのテスト）", residents))).id();
    }

    @Test
    void the_ward_reads_an_articles_mails_notices_and_correction_exchanges_in_time_order() {
        signIn(users, "ward1");
        var thread = threads.thread(article).orElseThrow();

        assertThat(thread.info().title()).isEqualTo("朝の旗（スレッド）");
        assertThat(thread.info().context()).isEqualTo("スレッドの号");
        assertThat(thread.info().residents()).isEqualTo("さくら");
        assertThat(thread.items()).extracting(MailThreads.Item::at).isSorted();
        var mails = thread.mails();
        assertThat(mails).extracting(ComposedMail::subject).contains("スレッド: 初校について");
        // assigned, round opened, round returned (to the resident), the resident's reply (to the handler, who takes mail)
        assertThat(mails).filteredOn(m -> m.kind() == OutboxKind.NOTICE).hasSizeGreaterThanOrEqualTo(4)
                .extracting(m -> m.recipients().getFirst().name()).contains("さくら");
        assertThat(mails).filteredOn(m -> m.kind() == OutboxKind.COMPOSED).singleElement()
                .satisfies(m -> assertThat(m.recipients()).extracting(ComposedMail.Person::name).containsExactly("さくら"));
        var entries = thread.items().stream().filter(OtherItem.class::isInstance).map(i -> ((OtherItem) i).entry())
                .toList();
        assertThat(entries).extracting(ThreadEntry::kind).containsExactly(ThreadEntry.Kind.ROUND_RETURNED,
                ThreadEntry.Kind.CORRECTION_NOTE, ThreadEntry.Kind.REPLY);
        assertThat(entries.get(1).text()).isEqualTo("数字は算用数字に統一します");
        assertThat(entries.get(1).labelKey()).isEqualTo("manuscript.reason.consistency");
        assertThat(entries.get(2).text()).isEqualTo("「八時」のままにしたいです");
        assertThat(entries.get(2).author()).isEqualTo("さくら");
        assertThat(entries).allSatisfy(e -> assertThat(e.round()).isEqualTo(1));

        var listed = threads.threads().stream().filter(s -> s.info().key().equals(article)).findFirst().orElseThrow();
        assertThat(listed.mails()).isEqualTo(mails.size());
        assertThat(listed.messages()).isEqualTo(mails.size() + 2);
        assertThat(listed.lastActivity()).isEqualTo(thread.items().getLast().at());
    }

    @Test
    void a_lectures_invitation_and_its_reminder_join_the_lectures_thread_and_a_general_mail_joins_none() {
        signIn(users, "handler1");
        long general = composer.save(null, new MailComposer.Draft(List.of(id("resident2")), "スレッド: 一般のお知らせ",
                "年末年始の窓口についてお知らせします。"));
        assertThat(composer.mail(general).thread()).isNull();

        signIn(users, "ward1");
        var thread = threads.thread(lecture).orElseThrow();
        assertThat(thread.info().title()).isEqualTo("スレッドの講座");
        assertThat(thread.mails()).extracting(ComposedMail::kind).contains(OutboxKind.COMPOSED, OutboxKind.NOTICE);
        assertThat(thread.mails()).filteredOn(m -> m.kind() == OutboxKind.COMPOSED).singleElement()
                .satisfies(m -> assertThat(m.subject()).startsWith("【ご案内】"));
        assertThat(thread.mails()).noneMatch(m -> m.id() == general);
        assertThat(threads.thread(new ThreadKey("lecture", Long.MAX_VALUE))).isEmpty();
    }

    @Test
    void nobody_but_ward_staff_reads_a_thread_not_even_the_handlers_who_wrote_in_it() {
        for (String who : List.of("handler1", "manager", "resident1", "staff1")) {
            signIn(users, who);
            assertThatThrownBy(() -> threads.thread(article)).as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> threads.threads()).as(who).isInstanceOf(AccessDeniedException.class);
        }
        signIn(users, "handler1");
        assertThat(threads.choices()).extracting(c -> c.key()).contains(article, lecture);
    }

    @Test
    void every_mail_of_a_thread_reaches_the_ward_in_cc() throws Exception {
        var provider = new StaticListableBeanFactory(Map.of("smtp", OutboxSenderTest.smtpAt(SMTP.getSmtp().getPort())))
                .getBeanProvider(JavaMailSender.class);
        new OutboxSender(outbox, addresses, provider, settings, clock, transactions, "threads").sendDue();

        signIn(users, "ward1");
        for (ThreadKey key : List.of(article, lecture)) {
            var mails = threads.thread(key).orElseThrow().mails();
            assertThat(mails).as(key.text()).isNotEmpty();
            for (ComposedMail mail : mails) {
                assertThat(mail.state()).as("mail %d", mail.id()).isEqualTo(OutboxState.SENT);
                String messageId = db.select(MAIL_MESSAGE.MESSAGE_ID).from(MAIL_MESSAGE)
                        .where(MAIL_MESSAGE.ID.eq(mail.id())).fetchOne(MAIL_MESSAGE.MESSAGE_ID);
                var arrived = SMTP.findReceivedMessages(u -> u.getEmail().equalsIgnoreCase(WARD),
                        m -> messageId.equals(OutboxSenderTest.messageIdOf(m))).toList();
                assertThat(arrived).as("mail %d at the ward", mail.id()).singleElement()
                        .satisfies(m -> assertThat(m.getHeader("Cc", ",")).contains(WARD));
            }
        }
    }
}
