package jp.akapen.privacy.audit.ui;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import jp.akapen.privacy.audit.AuditLogService;
import jp.akapen.privacy.audit.chain.AuditEvent;
import jp.akapen.shared.Csv;

/**
 * The audit log as a CSV file for the ward's inspection, in the house style ({@link Csv}: UTF-8 with
 * BOM, CRLF, formula-guarded cells). Codes (action, outcome, role) stay as stored, so the file
 * reads the same in any language; hashes are whole, so the ward can keep the last one as a
 * checkpoint of its own.
 */
final class AuditCsv {

    private AuditCsv() {
    }

    static byte[] of(Component in, List<AuditLogService.Row> rows) {
        List<String> header = List.of(in.getTranslation("audit.seq"), in.getTranslation("audit.at"),
                in.getTranslation("audit.csv.actor-id"), in.getTranslation("audit.actor"),
                in.getTranslation("audit.csv.role"), in.getTranslation("audit.action"),
                in.getTranslation("audit.csv.object-type"), in.getTranslation("audit.csv.object-id"),
                in.getTranslation("audit.fields"), in.getTranslation("audit.outcome"), in.getTranslation("audit.session"),
                in.getTranslation("audit.client"), in.getTranslation("audit.csv.previous-hash"),
                in.getTranslation("audit.csv.hash"));
        var lines = new ArrayList<List<String>>(rows.size());
        for (var row : rows) {
            AuditEvent e = row.event();
            lines.add(java.util.Arrays.asList(String.valueOf(e.seq()), AuditLabels.tokyoMicros(e.at()),
                    e.actorId() == null ? "" : e.actorId().toString(), row.actorName(), e.actorRole(), e.action(),
                    e.objectType(), e.objectId(), e.fields() == null ? null : String.join(" ", e.fields()), e.outcome(),
                    e.sessionHash(), e.clientAddress(), e.previousHash(), e.hash()));
        }
        return Csv.utf8WithBom(header, lines);
    }
}
