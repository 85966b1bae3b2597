/**
 * Where a mail is built, and the contract's rules with it (seed E1, E2; issue 12 item 3): residents' addresses only
 * in Bcc, the ward's correspondence address always in Cc, and a final guard that reads the finished message back
 * and refuses it before SMTP sees it. Plain Java on Jakarta Mail: no Spring, Vaadin or database, tested on its own.
 */
package jp.akapen.mail.rules;
