package jp.akapen.privacy.oversight.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The annual audit's checklist is data shipped with the portal, read and checked here (特記事項15-17, O2; issue 15). */
class ChecklistTest {

    @Test
    void the_shipped_checklist_holds_the_21_special_clauses_each_with_evidence_in_the_portal() {
        var checklist = Checklist.shipped();
        var clauses = checklist.items().stream().filter(i -> i.kind() == Checklist.Kind.CLAUSE).toList();

        assertThat(clauses).hasSizeGreaterThanOrEqualTo(21);
        assertThat(clauses).extracting(Checklist.Item::code).contains("T01", "T14", "T16", "T21");
        assertThat(clauses).allSatisfy(c -> assertThat(c.evidence()).as(c.code()).isNotEmpty());
        assertThat(checklist.item("T06").orElseThrow().evidence()).containsExactly("takeout");
        assertThat(checklist.item("T16").orElseThrow().text(Locale.JAPANESE)).contains("年度当たり1回以上");
        assertThat(checklist.item("T16").orElseThrow().text(Locale.ENGLISH)).contains("once per fiscal year");
    }

    @Test
    void the_shipped_checklist_holds_the_operational_and_system_measures_of_both_parties() {
        var kinds = Checklist.shipped().items().stream().map(Checklist.Item::kind).distinct().toList();

        assertThat(kinds).containsExactlyInAnyOrder(Checklist.Kind.values());
    }

    @Test
    void a_clause_without_evidence_a_repeated_code_or_a_short_line_is_refused_with_its_line_number() {
        assertThatThrownBy(() -> Checklist.parse(new StringReader("# c\nT01\tCLAUSE\t基本\tBasics\t\n")))
                .hasMessageContaining("Line 2").hasMessageContaining("no evidence");
        assertThatThrownBy(() -> Checklist.parse(new StringReader(
                "T01\tCLAUSE\t基本\tBasics\thandlers\nT01\tCLAUSE\t基本\tBasics\thandlers\n")))
                .hasMessageContaining("Line 2").hasMessageContaining("repeated");
        assertThatThrownBy(() -> Checklist.parse(new StringReader("T01\tCLAUSE\t基本\n")))
                .hasMessageContaining("5 tab-separated cells");
        assertThatThrownBy(() -> Checklist.parse(new StringReader("T01\tCLAUSE\t基本\tBasics\thttp://x\n")))
                .hasMessageContaining("not a route");
    }

    @Test
    void an_on_site_measure_may_have_no_evidence_in_the_portal() throws Exception {
        var checklist = Checklist.parse(new StringReader("CS2\tCONTRACTOR_SYSTEM\tファイアウォール\tFirewall\t\n"));

        assertThat(checklist.items().getFirst().evidence()).isEmpty();
    }
}
