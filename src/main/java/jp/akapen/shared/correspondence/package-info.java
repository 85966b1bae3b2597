/**
 * Correspondence threads (seed E2; issue 12 item 7): a contractor–resident exchange about one article or one
 * lecture, known to the mail area only by an opaque {@link jp.akapen.shared.correspondence.ThreadKey}. The area that
 * owns the subject implements {@link jp.akapen.shared.correspondence.CorrespondenceThreads} to give a thread its
 * title and link, and any messages of its own (correction replies); so mail depends on neither lecture nor manuscript.
 */
package jp.akapen.shared.correspondence;
