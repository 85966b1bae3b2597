package jp.akapen.edition;

import java.util.List;

/**
 * An article of an edition. Residents appear by pen name; the first writes the manuscript.
 *
 * @param plannedLength planned length in characters
 */
public record Article(long id, long editionId, String title, int plannedLength, List<Cohort.Member> residents,
        Long handlerId, String handlerName) {

    public String penNames() {
        return String.join("・", residents.stream().map(Cohort.Member::penName).toList());
    }
}
