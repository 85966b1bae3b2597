package jp.akapen.manuscript;

import java.util.List;

/** What changed from one version to another, as changes against the older text. */
public record Comparison(Version from, Version to, List<TrackedChange> changes) {
}
