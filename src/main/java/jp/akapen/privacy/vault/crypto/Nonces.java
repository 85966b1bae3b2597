package jp.akapen.privacy.vault.crypto;

import java.security.SecureRandom;

/**
 * Where the vault's nonces come from when the caller gives no {@link SecureRandom}.
 *
 * <p>Random 96-bit GCM nonces are safe here: NIST SP 800-38D (§8.3) allows up to 2<sup>32</sup> encryptions per key
 * with random nonces, keeping the chance of a repeated nonce below 2<sup>-32</sup>. A cohort's data key seals a few
 * thousand fields in its lifetime (hundreds of residents × six fields × a few edits); for n = 10<sup>5</sup> the
 * chance of any repeat is about n² / 2<sup>97</sup> ≈ 10<sup>-19</sup>. The master key wraps one data key per cohort
 * per rotation. Counters would need state kept in step across restarts and backups restored, which random nonces
 * do not.
 */
final class Nonces {

    static final SecureRandom RANDOM = new SecureRandom();

    private Nonces() {
    }
}
