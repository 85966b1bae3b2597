package jp.akapen.mail;

/**
 * A composed mail was approved by a second person (E4), published inside the approving transaction: a module that
 * drafted the mail (a lecture's invitation) learns that it will go out, without the mail area knowing that module.
 */
public record ComposedMailApproved(long mailId) {
}
