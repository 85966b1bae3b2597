package jp.akapen.edition;

import java.util.List;
import jp.akapen.edition.progress.Figures;

/**
 * Correction turnaround: for each finished round, resident's submission → contractor's return
 * (contractor) and return → resident's decision (resident); medians and maxima.
 *
 * @param perEdition in edition order, so the list is also the trend across editions
 */
public record TurnaroundSummary(Figures overall, List<ForEdition> perEdition, List<ForHandler> perHandler) {

    public record ForEdition(Edition edition, Figures figures) {
    }

    public record ForHandler(long handlerId, String handlerName, Figures figures) {
    }
}
