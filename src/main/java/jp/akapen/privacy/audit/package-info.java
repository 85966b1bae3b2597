/**
 * The audit trail (seed P4): every read of personal data, login, refusal and change, in a hash chain
 * ({@code chain}). Open to other areas ({@code mail} records its four-eyes steps) through {@link AuditTrail},
 * {@link AuditEntry} and {@link AuditAction}.
 */
@NamedInterface("audit")
package jp.akapen.privacy.audit;

import org.springframework.modulith.NamedInterface;
