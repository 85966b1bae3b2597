package jp.akapen.proofreading;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A proofreader that remembers its last few texts' suggestions. The same round's text is checked each time its
 * correction view opens, shows a further page of suggestions, or is saved unchanged; a check of 20,000 characters
 * takes tens of milliseconds (a morphological analysis and every rule), a look-up none (issue 17). Made anew with each
 * dictionary version, so a changed dictionary is never answered from memory. The check itself runs outside the lock:
 * two people opening different rounds do not wait for each other.
 */
final class RecentChecks {

    private final Proofreader proofreader;
    private final Map<String, List<Suggestion>> recent;

    RecentChecks(Proofreader proofreader, int texts) {
        this.proofreader = proofreader;
        this.recent = new LinkedHashMap<>(texts * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, List<Suggestion>> eldest) {
                return size() > texts;
            }
        };
    }

    List<Suggestion> check(String text) {
        synchronized (recent) {
            var known = recent.get(text);
            if (known != null) {
                return known;
            }
        }
        var found = proofreader.check(text);
        synchronized (recent) {
            recent.put(text, found);
        }
        return found;
    }
}
