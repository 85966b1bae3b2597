package jp.akapen.demo;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import jp.akapen.edition.progress.MilestoneKind;

/** The current edition's six milestones, counted from a day: the demo's schedule, and the load test's. */
public final class DemoSchedule {

    private DemoSchedule() {
    }

    public static Map<MilestoneKind, LocalDate> from(LocalDate today) {
        Map<MilestoneKind, LocalDate> schedule = new EnumMap<>(MilestoneKind.class);
        schedule.put(MilestoneKind.DRAFT_DUE, today.plusDays(7));
        schedule.put(MilestoneKind.FIRST_CORRECTION_DUE, today.plusDays(17));
        schedule.put(MilestoneKind.FINAL_TEXT_DUE, today.plusDays(31));
        schedule.put(MilestoneKind.DESIGN_PROOF, today.plusDays(45));
        schedule.put(MilestoneKind.PRINT, today.plusDays(60));
        schedule.put(MilestoneKind.DELIVERY, today.plusDays(70));
        return schedule;
    }
}
