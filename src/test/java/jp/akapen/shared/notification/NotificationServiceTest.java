package jp.akapen.shared.notification;

import static jp.akapen.TestSupport.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.shared.PortalUser;
import jp.akapen.shared.Roles;
import jp.akapen.shared.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@AkapenSpringTest
@RecordApplicationEvents
class NotificationServiceTest {

    @Autowired
    NotificationService notices;

    @Autowired
    UserDetailsService users;

    @Test
    void a_notice_to_one_person_reaches_only_them_and_the_bell_counts_it() {
        PortalUser resident2 = (PortalUser) signIn(users, "resident2");
        int mine = notices.myUnreadCount();
        signIn(users, "resident3");
        int theirs = notices.myUnreadCount();

        long id = notices.notifyAccount(resident2.id(), "notice.account.welcome", null, "若葉");

        assertThat(notices.myUnreadCount()).isEqualTo(theirs);
        signIn(users, "resident2");
        assertThat(notices.myUnreadCount()).isEqualTo(mine + 1);
        // by id, not as the newest: a test that moved the clock on left notices dated later in the shared database
        assertThat(notices.myInbox(100)).filteredOn(n -> n.id() == id).singleElement().satisfies(n -> {
            assertThat(n.messageKey()).isEqualTo("notice.account.welcome");
            assertThat(n.args()).containsExactly("若葉");
            assertThat(n.read()).isFalse();
        });
    }

    @Test
    void a_notice_to_a_role_reaches_everyone_in_it_and_each_reads_it_separately() {
        long id = notices.notifyRole(Roles.CONTRACTOR_HANDLER, "notice.demo.cohort", null, "2022");
        signIn(users, "handler1");
        assertThat(notices.myInbox(100)).extracting(Notice::id).contains(id);
        int handler1Unread = notices.myUnreadCount();
        notices.markRead(id);
        assertThat(notices.myUnreadCount()).isEqualTo(handler1Unread - 1);

        signIn(users, "handler2");
        assertThat(notices.myInbox(100)).filteredOn(n -> n.id() == id).singleElement()
                .satisfies(n -> assertThat(n.read()).isFalse());
        signIn(users, "staff1");
        assertThat(notices.myInbox(100)).extracting(Notice::id).doesNotContain(id);
    }

    @Test
    void nobody_can_mark_someone_elses_notice_read() {
        PortalUser resident4 = (PortalUser) signIn(users, "resident4");
        long id = notices.notifyAccount(resident4.id(), "notice.account.password-changed", null);
        signIn(users, "resident5");
        notices.markRead(id);
        signIn(users, "resident4");
        assertThat(notices.myInbox(100)).filteredOn(n -> n.id() == id).singleElement()
                .satisfies(n -> assertThat(n.read()).isFalse());
    }

    @Test
    void mark_all_read_empties_the_bell() {
        signIn(users, "resident6");
        notices.notifyAccount(SignedIn.require().id(), "notice.account.password-changed", null);
        notices.markAllRead();
        assertThat(notices.myUnreadCount()).isZero();
    }

    @Test
    void every_notice_is_published_as_an_event_for_mail_delivery_to_attach_to(@Autowired ApplicationEvents events) {
        signIn(users, "resident7");
        long id = notices.notifyAccount(SignedIn.require().id(), "notice.account.password-changed", null);
        assertThat(events.stream(NoticePosted.class)).extracting(NoticePosted::noticeId).containsExactly(id);
    }
}
