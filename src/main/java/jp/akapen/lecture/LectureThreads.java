package jp.akapen.lecture;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.correspondence.CorrespondenceThreads;
import jp.akapen.shared.correspondence.ThreadInfo;
import jp.akapen.shared.correspondence.ThreadKey;
import org.springframework.stereotype.Component;

/**
 * Lectures and meetings as correspondence threads (E2): the invitation (a composed mail) and the reminders and
 * notices whose link is the session's page. The session holds no messages of its own.
 */
@Component
class LectureThreads implements CorrespondenceThreads {

    private static final Pattern LINK = Pattern.compile("lectures/([0-9]{1,18})");

    private final LectureService lectures;

    LectureThreads(LectureService lectures) {
        this.lectures = lectures;
    }

    @Override
    public String kind() {
        return ThreadKey.LECTURE;
    }

    @Override
    public List<ThreadInfo> threads() {
        try {
            return lectures.lectures().stream()
                    .map(l -> new ThreadInfo(ThreadKey.lecture(l.id()), l.title(),
                            JapaneseDates.isoDateTime(l.startsAt()), "", "lectures/" + l.id()))
                    .toList();
        } catch (LectureException notAnOrganiser) {
            return List.of();
        }
    }

    @Override
    public Optional<Long> threadOfLink(String link) {
        var m = link == null ? null : LINK.matcher(link);
        return m != null && m.matches() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
    }
}
