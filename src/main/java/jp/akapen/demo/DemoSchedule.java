package jp.akapen.demo;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import jp.akapen.edition.progress.MilestoneKind;

/** An edition's six milestones as the demo spaces them: the demo's editions, and the load test's. */
public final class DemoSchedule {

    private DemoSchedule() {
    }

    /** The current edition's: drafts due in a week, delivery in ten. */
    public static Map<MilestoneKind, LocalDate> from(LocalDate today) {
        return withDraftsDue(today.plusDays(7));
    }

    /** The dates of an edition whose drafts are due on {@code draftsDue}. */
    static Map<MilestoneKind, LocalDate> withDraftsDue(LocalDate draftsDue) {
        Map<MilestoneKind, LocalDate> schedule = new EnumMap<>(MilestoneKind.class);
        schedule.put(MilestoneKind.DRAFT_DUE, draftsDue);
        schedule.put(MilestoneKind.FIRST_CORRECTION_DUE, draftsDue.plusDays(10));
        schedule.put(MilestoneKind.FINAL_TEXT_DUE, draftsDue.plusDays(24));
        schedule.put(MilestoneKind.DESIGN_PROOF, draftsDue.plusDays(38));
        schedule.put(MilestoneKind.PRINT, draftsDue.plusDays(53));
        schedule.put(MilestoneKind.DELIVERY, draftsDue.plusDays(63));
        return schedule;
    }
}
