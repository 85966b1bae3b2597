package jp.akapen.proofreading;

import java.util.List;

/** One check over a prepared text. */
interface Rule {

    List<Suggestion> check(Draft draft);
}
