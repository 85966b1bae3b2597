/**
 * The vault (seed P1, P5, P11): residents' personal data sealed field by field under a data key per cohort, the keys
 * wrapped under the master key, and the cohort membership that picks a resident's key, learnt from
 * {@code CohortFormed}. {@link PersonalDataService} is the one public way in, open to other areas ({@code demo}
 * seeds its residents) with its records; {@code Vault} and the repositories stay package-private. The cryptography
 * itself is plain Java in {@code crypto}.
 */
@NamedInterface("vault")
package jp.akapen.privacy.vault;

import org.springframework.modulith.NamedInterface;
