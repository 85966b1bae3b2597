package jp.akapen.shared.notification;

import java.time.Clock;
import java.util.List;
import jp.akapen.shared.PortalUser;
import jp.akapen.shared.Roles;
import jp.akapen.shared.SignedIn;
import jp.akapen.shared.live.LiveHub;
import jp.akapen.shared.live.Topics;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inbox any area can post to ("round 2 returned", "handler designated"). Readers only ever see
 * their own inbox: the signed-in user is taken from the security context, never from a caller.
 */
@Service
@Transactional
public class NotificationService {

    /** The kind of the live event told to the recipient's pages when a notice is posted or read (issue 23). */
    public static final String NOTICE = "notice";

    private final NotificationRepository notices;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final LiveHub live;

    NotificationService(NotificationRepository notices, ApplicationEventPublisher events, Clock clock, LiveHub live) {
        this.notices = notices;
        this.events = events;
        this.clock = clock;
        this.live = live;
    }

    public long notifyAccount(long accountId, String messageKey, String link, String... args) {
        long id = notices.insert(accountId, null, messageKey, List.of(args), link, clock.instant());
        events.publishEvent(new NoticePosted(id, accountId, null, messageKey, link));
        live.publish(Topics.account(accountId), NOTICE);
        return id;
    }

    public long notifyRole(String role, String messageKey, String link, String... args) {
        if (!Roles.ALL.contains(role)) {
            throw new IllegalArgumentException("Unknown role " + role);
        }
        long id = notices.insert(null, role, messageKey, List.of(args), link, clock.instant());
        events.publishEvent(new NoticePosted(id, null, role, messageKey, link));
        live.publish(Topics.role(role), NOTICE);
        return id;
    }

    /**
     * For an area whose notices carry a value that must go (a username erased with its account, issue 14): in the
     * notices of {@code messageKey}, the argument at {@code index} is replaced wherever it is one of the keys of
     * {@code replacements}, by its value, in the caller's transaction. Asks for no signed-in person: the caller does.
     *
     * @return the ids of the notices changed
     */
    public List<Long> replaceArgument(String messageKey, int index, java.util.Map<String, String> replacements) {
        return notices.replaceArgument(messageKey, index, replacements);
    }

    @Transactional(readOnly = true)
    public List<Notice> myInbox(int limit) {
        PortalUser me = SignedIn.require();
        return notices.inbox(me.id(), me.role(), limit);
    }

    @Transactional(readOnly = true)
    public int myUnreadCount() {
        PortalUser me = SignedIn.require();
        return notices.unreadCount(me.id(), me.role());
    }

    public void markRead(long noticeId) {
        PortalUser me = SignedIn.require();
        notices.markRead(me.id(), me.role(), List.of(noticeId), clock.instant());
        live.publish(Topics.account(me.id()), NOTICE);
    }

    public void markAllRead() {
        PortalUser me = SignedIn.require();
        notices.markRead(me.id(), me.role(), notices.unreadIds(me.id(), me.role()), clock.instant());
        live.publish(Topics.account(me.id()), NOTICE);
    }
}
