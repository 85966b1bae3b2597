package jp.akapen.shared.correspondence;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an area that owns correspondence subjects (articles, lectures) tells the mail area about them: implemented
 * as a Spring bean by that area, so the mail area lists and shows threads without depending on it. Reads that carry
 * message text ({@link #entries}, {@link #activity}) are for ward staff, and the implementation's service checks it.
 */
public interface CorrespondenceThreads {

    /** The {@link ThreadKey#kind()} this area answers for. */
    String kind();

    /** Every subject a mail may belong to, as far as the signed-in person may see them. */
    List<ThreadInfo> threads();

    /** The thread of a portal notice's link ({@code lectures/42}), so the notice's mail joins it; empty if none. */
    Optional<Long> threadOfLink(String link);

    /** The area's own messages in the thread, oldest first (ward staff only). */
    default List<ThreadEntry> entries(long id) {
        return List.of();
    }

    /** Per thread id, the area's own message count and last time (ward staff only); absent ids have none. */
    default Map<Long, ThreadActivity> activity() {
        return Map.of();
    }
}
