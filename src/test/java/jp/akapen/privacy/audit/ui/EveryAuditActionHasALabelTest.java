package jp.akapen.privacy.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import jp.akapen.privacy.audit.AuditAction;
import jp.akapen.shared.i18n.AkapenI18NProvider;
import org.junit.jupiter.api.Test;

/** Seed P4, O2: the audit log names every kind of entry in both languages (three were shown as "!audit.action…"). */
class EveryAuditActionHasALabelTest {

    @Test
    void every_audit_action_has_a_japanese_and_an_english_label() {
        var i18n = new AkapenI18NProvider();
        for (AuditAction action : AuditAction.values()) {
            String key = "audit.action." + action.name().toLowerCase(Locale.ROOT);
            assertThat(i18n.getTranslation(key, AkapenI18NProvider.JAPANESE)).as(key).doesNotStartWith("!");
            assertThat(i18n.getTranslation(key, AkapenI18NProvider.ENGLISH)).as(key).doesNotStartWith("!");
        }
    }
}
