package jp.akapen.edition.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import jp.akapen.manuscript.ArticleManuscript;
import jp.akapen.shared.JapaneseDates;

/**
 * An article's stage from its manuscript's facts and its edition's schedule (W5, W6). The rules, in
 * order:
 * <ul>
 * <li>deliveredOn != null → DELIVERED, since = deliveredOn at start of day in Asia/Tokyo, nextDue null.
 * <li>manuscript null or versions == 0 → NOT_STARTED, since = manuscript?.statusSince (may be null),
 *     nextDue = DRAFT_DUE.
 * <li>status FINAL: if milestones has DESIGN_PROOF and !today.isBefore(it) → IN_LAYOUT, since =
 *     DESIGN_PROOF date at start of day (Asia/Tokyo), nextDue = the first of PRINT, DELIVERY that is
 *     present and not before today (else DELIVERY if present, else null); otherwise FINAL, since =
 *     statusSince, nextDue = DESIGN_PROOF.
 * <li>status IN_CORRECTION → IN_CORRECTION, round = roundNumber, since = statusSince, nextDue =
 *     roundDue (nextDueKind null) or, if roundDue null, FIRST_CORRECTION_DUE.
 * <li>status IN_REVIEW → WITH_RESIDENT, nextDue = FINAL_TEXT_DUE.
 * <li>status DRAFTING: roundNumber == 0 → DRAFT_SUBMITTED with nextDue FIRST_CORRECTION_DUE;
 *     roundNumber > 0 and anotherRoundRequested → DRAFT_SUBMITTED with nextDue FINAL_TEXT_DUE (waiting
 *     for the contractor's next round); otherwise → WITH_RESIDENT, nextDue FINAL_TEXT_DUE.
 * <li>round = roundNumber for all non-null manuscripts (0 without one); since = statusSince where not
 *     said otherwise.
 * </ul>
 * A milestone the schedule lacks gives nextDue null (and nextDueKind null).
 */
public final class Stages {

    private Stages() {
    }

    /**
     * @param manuscript may be null (no manuscript yet)
     * @param milestones the edition's schedule; may lack kinds (null counts as empty)
     * @param deliveredOn null unless the edition's delivery was confirmed
     */
    public static StageView of(ArticleManuscript manuscript, Map<MilestoneKind, LocalDate> milestones,
            LocalDate deliveredOn, LocalDate today) {
        Objects.requireNonNull(today, "today");
        Map<MilestoneKind, LocalDate> schedule = milestones == null ? Map.of() : milestones;
        int round = manuscript == null ? 0 : manuscript.roundNumber();
        if (deliveredOn != null) {
            return new StageView(Stage.DELIVERED, round, startOfDay(deliveredOn), null, null);
        }
        if (manuscript == null || manuscript.versions() == 0) {
            return due(Stage.NOT_STARTED, round, manuscript == null ? null : manuscript.statusSince(), schedule,
                    MilestoneKind.DRAFT_DUE);
        }
        Instant since = manuscript.statusSince();
        return switch (manuscript.status()) {
            case FINAL -> {
                LocalDate proof = schedule.get(MilestoneKind.DESIGN_PROOF);
                if (proof != null && !today.isBefore(proof)) {
                    yield inLayout(round, proof, schedule, today);
                }
                yield due(Stage.FINAL, round, since, schedule, MilestoneKind.DESIGN_PROOF);
            }
            case IN_CORRECTION -> manuscript.roundDue() != null
                    ? new StageView(Stage.IN_CORRECTION, round, since, manuscript.roundDue(), null)
                    : due(Stage.IN_CORRECTION, round, since, schedule, MilestoneKind.FIRST_CORRECTION_DUE);
            case IN_REVIEW -> due(Stage.WITH_RESIDENT, round, since, schedule, MilestoneKind.FINAL_TEXT_DUE);
            case DRAFTING -> {
                if (round == 0) {
                    yield due(Stage.DRAFT_SUBMITTED, round, since, schedule, MilestoneKind.FIRST_CORRECTION_DUE);
                }
                Stage stage = manuscript.anotherRoundRequested() ? Stage.DRAFT_SUBMITTED : Stage.WITH_RESIDENT;
                yield due(stage, round, since, schedule, MilestoneKind.FINAL_TEXT_DUE);
            }
        };
    }

    /** Whether the view's next due date has passed: a due date of today is not overdue, of yesterday is. */
    public static boolean overdue(StageView view, LocalDate today) {
        return view.nextDue() != null && view.nextDue().isBefore(today);
    }

    /** Whole days from since's date in {@code zone} to today; 0 when since is null or in the future. */
    public static long daysInStage(StageView view, LocalDate today, ZoneId zone) {
        if (view.since() == null) {
            return 0;
        }
        LocalDate from = LocalDate.ofInstant(view.since(), zone);
        return from.isAfter(today) ? 0 : ChronoUnit.DAYS.between(from, today);
    }

    private static StageView inLayout(int round, LocalDate proof, Map<MilestoneKind, LocalDate> schedule,
            LocalDate today) {
        for (MilestoneKind kind : new MilestoneKind[] {MilestoneKind.PRINT, MilestoneKind.DELIVERY}) {
            LocalDate date = schedule.get(kind);
            if (date != null && !date.isBefore(today)) {
                return new StageView(Stage.IN_LAYOUT, round, startOfDay(proof), date, kind);
            }
        }
        return due(Stage.IN_LAYOUT, round, startOfDay(proof), schedule, MilestoneKind.DELIVERY);
    }

    private static StageView due(Stage stage, int round, Instant since, Map<MilestoneKind, LocalDate> schedule,
            MilestoneKind kind) {
        LocalDate date = schedule.get(kind);
        return new StageView(stage, round, since, date, date == null ? null : kind);
    }

    private static Instant startOfDay(LocalDate date) {
        return date.atStartOfDay(JapaneseDates.ZONE).toInstant();
    }
}
