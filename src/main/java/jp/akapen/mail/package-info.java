/**
 * Mail (issue 12; seed E1–E4, W3, P1): the outbox and its sender, notices by mail, and the contract's rules where each
 * message is built ({@code rules}, plain Java). The outbox keeps account ids, never addresses: a resident's address
 * is asked of the privacy vault ({@link jp.akapen.privacy.vault.DeliveryAddresses}, audited) and a staff member's of
 * the account area while the message is built, and written down nowhere. Listens to {@code NoticePosted}. Mail a
 * person writes to residents goes out only under four eyes ({@link jp.akapen.mail.MailComposer}, seed E4), and ward
 * staff read every mail (E2), also per article and per lecture ({@link jp.akapen.mail.MailThreads}; a mail knows its
 * thread by an opaque key, and the owning areas describe it through {@code jp.akapen.shared.correspondence}).
 */
package jp.akapen.mail;
