/**
 * The purpose notice (seed P6): which version a resident acknowledged and when; nothing is collected before.
 * Open to other areas ({@code demo} acknowledges for its people) through {@link PurposeNoticeService}.
 */
@NamedInterface("purpose")
package jp.akapen.privacy.purpose;

import org.springframework.modulith.NamedInterface;
