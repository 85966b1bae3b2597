package jp.akapen.shared.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.shared.PortalUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 23 (W2, W6): what happens reaches the pages that show it, on this instance at once after the commit, on
 * another instance within a poll; who has a thing open is shared by every instance.
 */
@AkapenSpringTest
class LiveHubTest {

    @Autowired
    LiveHub hub;

    @Autowired
    LiveRepository repository;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    UserDetailsService users;

    private static String topic() {
        return "test:" + System.nanoTime();
    }

    @Test
    void an_event_is_told_here_once_its_transaction_commits_and_never_when_it_rolls_back() throws Exception {
        String topic = topic();
        BlockingQueue<LiveEvent> told = new LinkedBlockingQueue<>();
        try (var subscription = hub.subscribe(topic, told::add)) {
            PortalUser handler = (PortalUser) TestSupport.signIn(users, "handler1");
            transactions.executeWithoutResult(status -> {
                hub.publish(topic, "version-saved");
                assertThat(told).as("nothing is told before the commit").isEmpty();
            });
            assertThat(told.poll(2, TimeUnit.SECONDS)).isEqualTo(new LiveEvent(topic, "version-saved", handler.id()));

            transactions.executeWithoutResult(status -> {
                hub.publish(topic, "round-returned");
                status.setRollbackOnly();
            });
            assertThat(told.poll(1500, TimeUnit.MILLISECONDS)).as("a rolled-back change is not told").isNull();
        }
    }

    @Test
    void an_event_on_another_instance_reaches_this_one_within_two_seconds_and_only_once() throws Exception {
        String topic = topic();
        BlockingQueue<LiveEvent> here = new LinkedBlockingQueue<>();
        var other = new LiveHub(repository, Duration.ofMillis(200));
        other.start();
        try (var subscription = hub.subscribe(topic, here::add)) {
            long start = System.nanoTime();
            other.publish(topic, "schedule-changed");
            assertThat(here.poll(2, TimeUnit.SECONDS)).isEqualTo(new LiveEvent(topic, "schedule-changed", null));
            System.out.printf("another instance's event arrived after %d ms%n",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            assertThat(here.poll(2500, TimeUnit.MILLISECONDS)).as("read again by later polls, told once").isNull();
        } finally {
            other.stop();
        }
    }

    @Test
    void presence_is_shared_between_instances_and_goes_when_a_page_or_an_instance_closes() throws Exception {
        String topic = topic();
        PortalUser resident = (PortalUser) users.loadUserByUsername("resident1");
        PortalUser handler = (PortalUser) users.loadUserByUsername("handler1");
        BlockingQueue<LiveEvent> here = new LinkedBlockingQueue<>();
        var other = new LiveHub(repository, Duration.ofMillis(200));
        other.start();
        try (var subscription = hub.subscribe(topic, here::add)) {
            long mine = hub.join(topic, resident, "writing", null);
            long theirs = other.join(topic, handler, "correcting", 2);

            assertThat(hub.present(topic, mine)).extracting(Presence::accountId, Presence::activity, Presence::detail,
                    Presence::mine).containsExactly(
                            org.assertj.core.groups.Tuple.tuple(resident.id(), "writing", null, true),
                            org.assertj.core.groups.Tuple.tuple(handler.id(), "correcting", 2, false));
            assertThat(hub.present(topic, mine).get(1).role()).isEqualTo(handler.role());
            assertThat(drain(here, "presence", 2)).as("the other instance's arrival is told here").isTrue();

            other.leave(topic, theirs);
            assertThat(drain(here, "presence", 1)).isTrue();
            assertThat(hub.present(topic, mine)).extracting(Presence::accountId).containsExactly(resident.id());

            other.join(topic, handler, "reading-round", 1);
            other.stop();
            assertThat(hub.present(topic, mine)).as("an instance that stops takes its pages with it")
                    .extracting(Presence::accountId).containsExactly(resident.id());
            hub.leave(topic, mine);
            assertThat(hub.present(topic, mine)).isEmpty();
        } finally {
            if (other.isRunning()) {
                other.stop();
            }
        }
    }

    @Test
    void a_page_closed_after_its_instance_stopped_asks_nothing_of_the_database_whose_pools_may_be_closed() {
        var closedPools = org.mockito.Mockito.mock(LiveRepository.class);
        org.mockito.Mockito.when(closedPools.deletePresence(org.mockito.ArgumentMatchers.anyLong()))
                .thenThrow(new org.springframework.dao.DataAccessResourceFailureException("pool closed"));
        var stopped = new LiveHub(closedPools, Duration.ofMillis(200));
        stopped.start();
        stopped.stop();

        org.assertj.core.api.Assertions.assertThatCode(() -> stopped.leave(topic(), 42)).doesNotThrowAnyException();
        org.mockito.Mockito.verify(closedPools, org.mockito.Mockito.never())
                .deletePresence(org.mockito.ArgumentMatchers.anyLong());
    }

    /** Whether an event of {@code kind} arrives within {@code seconds}, skipping others. */
    private static boolean drain(BlockingQueue<LiveEvent> queue, String kind, int seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            LiveEvent event = queue.poll(100, TimeUnit.MILLISECONDS);
            if (event != null && event.kind().equals(kind)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void topics_name_things_by_id_only() {
        assertThat(List.of(Topics.account(7), Topics.role("RESIDENT"), Topics.manuscript(12), Topics.edition(3)))
                .containsExactly("account:7", "role:RESIDENT", "manuscript:12", "edition:3");
    }
}
