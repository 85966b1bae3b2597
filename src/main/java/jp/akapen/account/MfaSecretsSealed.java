package jp.akapen.account;

/**
 * TOTP secrets stored before they were sealed have been sealed in place at start-up (seed P3, P11; issue 24), in
 * the transaction that sealed them. Published once per start that found any; holds no secret.
 *
 * @param count how many secrets were sealed
 */
public record MfaSecretsSealed(int count) {
}
