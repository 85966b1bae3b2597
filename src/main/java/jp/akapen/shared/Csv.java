package jp.akapen.shared;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The portal's one CSV writer (progress and turnaround tables for the ward, W6; the audit log, P4). UTF-8 with BOM (so Japanese Excel
 * opens it without mojibake), CRLF line ends, RFC 4180 quoting (fields with , " CR LF quoted, quotes
 * doubled). Cells starting with = + - @ TAB or CR, or with the full-width ＝ ＋ － ＠ that Japanese Excel
 * reads as the same signs, get a leading ' so spreadsheets never run them as formulas (OWASP CSV
 * injection).
 */
public final class Csv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Csv() {
    }

    /**
     * The header line and then one line per row, each ended by CRLF. A null cell is written empty. Lone
     * surrogates cannot be written in UTF-8 and come out as '?'.
     */
    public static byte[] utf8WithBom(List<String> header, List<List<String>> rows) {
        StringBuilder text = new StringBuilder();
        line(text, header);
        for (List<String> row : rows) {
            line(text, row);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(BOM.length + text.length() * 3);
        out.writeBytes(BOM);
        out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static void line(StringBuilder text, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            field(text, guarded(cells.get(i)));
        }
        text.append("\r\n");
    }

    /** The cell as a spreadsheet may safely read it: never starting a formula. */
    static String guarded(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠' -> "'" + cell;
            default -> cell;
        };
    }

    private static void field(StringBuilder text, String cell) {
        boolean quote = false;
        for (int i = 0; i < cell.length() && !quote; i++) {
            char c = cell.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        if (!quote) {
            text.append(cell);
            return;
        }
        text.append('"').append(cell.replace("\"", "\"\"")).append('"');
    }
}
