package jp.akapen.lecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LectureRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
    private static final Instant START = NOW.plus(Duration.ofDays(7));

    private static LectureDraft draft(Instant start, Instant end, Instant deadline, String place, String url,
            Integer capacity) {
        return new LectureDraft(1, LectureKind.MEETING, "第3号 編集会議", start, end, place, url, capacity, null, deadline,
                List.of());
    }

    @Test
    void a_sensible_meeting_passes_online_only_or_in_a_room() {
        assertThat(LectureRules.refusal(draft(START, START.plusSeconds(3600), START, "区民センター", null, 12), NOW, true))
                .isEmpty();
        assertThat(LectureRules.refusal(draft(START, START.plusSeconds(3600), NOW.plusSeconds(60), null,
                "https://meet.example.jp/abc", null), NOW, true)).isEmpty();
    }

    @Test
    void each_broken_rule_is_named() {
        assertThat(LectureRules.refusal(draft(START, START, START, "室", null, null), NOW, true))
                .contains("lecture.refused.end-before-start");
        assertThat(LectureRules.refusal(draft(START, START.plusSeconds(60), START.plusSeconds(1), "室", null, null),
                NOW, true)).contains("lecture.refused.deadline-after-start");
        assertThat(LectureRules.refusal(draft(START, START.plusSeconds(60), START, "室", null, 0), NOW, true))
                .contains("lecture.refused.capacity");
        assertThat(LectureRules.refusal(draft(START, START.plusSeconds(60), START, "", " ", null), NOW, true))
                .contains("lecture.refused.where");
        assertThat(LectureRules.refusal(draft(START, START.plusSeconds(60), START, null, "javascript:alert(1)", null),
                NOW, true)).contains("lecture.refused.url");
        assertThat(LectureRules.refusal(draft(NOW.minusSeconds(60), NOW.plusSeconds(60), NOW.minusSeconds(120), "室",
                null, null), NOW, true)).contains("lecture.refused.start-past");
        assertThat(LectureRules.refusal(draft(NOW.minusSeconds(60), NOW.plusSeconds(60), NOW.minusSeconds(120), "室",
                null, null), NOW, false)).isEmpty();
    }
}
