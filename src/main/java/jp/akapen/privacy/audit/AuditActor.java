package jp.akapen.privacy.audit;

/**
 * Who acted, where the signed-in user is not the one to name: a login attempt (the account tried,
 * or nobody when the name matches none), a scheduled job (nobody).
 */
public record AuditActor(Long accountId, String role) {

    public static final AuditActor NOBODY = new AuditActor(null, null);
}
