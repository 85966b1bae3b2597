package jp.akapen.shared.live;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import jp.akapen.shared.PortalUser;
import jp.akapen.shared.SignedIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells the pages open on this instance what happened, at once, and what happened on the other instances within a
 * poll. An event is written to {@code live_event} in the caller's transaction and told here after it commits (never
 * when it rolls back); every instance reads the others' events of the last ten seconds each
 * {@code akapen.live.poll-every}. Listeners are called on the hub's own thread, one after the other: they must hand
 * their work on (a page does, with {@code UI.access}).
 */
@Component
public class LiveHub implements SmartLifecycle {

    /** How far back a poll reads: longer than any commit takes, so an event committed late is still seen. */
    static final int READ_BACK_SECONDS = 10;
    static final int PRESENCE_SECONDS = 60;
    static final int KEEP_EVENTS_SECONDS = 600;
    static final Duration TOUCH_EVERY = Duration.ofSeconds(20);

    private static final Logger log = LoggerFactory.getLogger(LiveHub.class);

    private final LiveRepository repository;
    private final Duration pollEvery;
    private final String instance = UUID.randomUUID().toString();
    private final Map<String, Set<Consumer<LiveEvent>>> listeners = new ConcurrentHashMap<>();
    /** Ids of other instances' events already told, with when they were first read (System.nanoTime). */
    private final Map<Long, Long> told = new ConcurrentHashMap<>();
    private ExecutorService delivery;
    private ScheduledExecutorService polling;
    private volatile boolean running;
    private volatile long lastTouch;
    private volatile long lastCleanup;
    private volatile long lastFailureLogged;

    LiveHub(LiveRepository repository, @Value("${akapen.live.poll-every:PT1S}") Duration pollEvery) {
        this.repository = repository;
        this.pollEvery = pollEvery;
    }

    /** Writes the event, and tells this instance's listeners once the caller's transaction has committed. */
    public void publish(String topic, String kind) {
        var event = new LiveEvent(topic, kind, SignedIn.user().map(PortalUser::id).orElse(null));
        repository.insertEvent(instance, event);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    tell(event);
                }
            });
        } else {
            tell(event);
        }
    }

    /** Calls {@code listener} with every event of {@code topic} until the returned subscription is closed. */
    public Subscription subscribe(String topic, Consumer<LiveEvent> listener) {
        listeners.computeIfAbsent(topic, t -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> listeners.computeIfPresent(topic, (t, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    /**
     * Records that the person has a page of {@code topic} open, doing {@code activity}, and tells the topic;
     * @return the entry, for {@link #leave}
     */
    public long join(String topic, PortalUser person, String activity, Integer detail) {
        long entry = repository.insertPresence(instance, topic, person.id(), person.role(), activity, detail);
        publish(topic, "presence");
        return entry;
    }

    /**
     * Removes the page's entry and tells the topic. Once the hub has stopped, {@link #stop} has removed every entry of
     * this instance already: pages closed as the portal shuts down (Tomcat ends its sessions after Spring has closed
     * the database pools) leave nothing to remove.
     */
    public void leave(String topic, long entryId) {
        if (!running) {
            return;
        }
        if (repository.deletePresence(entryId)) {
            publish(topic, "presence");
        }
    }

    /** Who has a page of the topic open now, in the order they opened it; {@code mine} marks the asking page's. */
    public List<Presence> present(String topic, long myEntryId) {
        return repository.present(topic, PRESENCE_SECONDS, myEntryId);
    }

    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    String instance() {
        return instance;
    }

    private void tell(LiveEvent event) {
        var forTopic = listeners.get(event.topic());
        if (forTopic == null || forTopic.isEmpty() || delivery == null) {
            return;
        }
        delivery.execute(() -> forTopic.forEach(listener -> {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                log.warn("A live listener of {} failed", event.topic(), e);
            }
        }));
    }

    void poll() {
        try {
            for (var stored : repository.recentFromOthers(instance, READ_BACK_SECONDS)) {
                if (told.putIfAbsent(stored.id(), System.nanoTime()) == null) {
                    tell(stored.event());
                }
            }
            long now = System.nanoTime();
            told.values().removeIf(first -> now - first > TimeUnit.SECONDS.toNanos(READ_BACK_SECONDS * 3L));
            if (now - lastTouch > TOUCH_EVERY.toNanos()) {
                lastTouch = now;
                repository.touch(instance);
                repository.deleteStale(PRESENCE_SECONDS).forEach(topic -> publish(topic, "presence"));
            }
            if (now - lastCleanup > TimeUnit.MINUTES.toNanos(1)) {
                lastCleanup = now;
                repository.deleteEventsOlderThan(KEEP_EVENTS_SECONDS);
            }
        } catch (RuntimeException e) {
            long now = System.nanoTime();
            if (now - lastFailureLogged > TimeUnit.MINUTES.toNanos(1)) {
                lastFailureLogged = now;
                log.warn("Reading other instances' live events failed; pages here learn of them late", e);
            }
        }
    }

    @Override
    public void start() {
        delivery = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("live-delivery").factory());
        polling = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("live-poll").factory());
        lastTouch = System.nanoTime();
        lastCleanup = System.nanoTime() - TimeUnit.MINUTES.toNanos(2);
        polling.scheduleWithFixedDelay(this::poll, pollEvery.toMillis(), pollEvery.toMillis(), TimeUnit.MILLISECONDS);
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        polling.shutdownNow();
        try {
            repository.deleteAllOf(instance).forEach(topic -> publish(topic, "presence"));
        } catch (RuntimeException e) {
            log.debug("Presence of this instance left for the others to expire", e);
        }
        delivery.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
