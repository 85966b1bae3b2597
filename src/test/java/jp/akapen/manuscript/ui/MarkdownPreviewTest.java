package jp.akapen.manuscript.ui;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.dom.Element;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownPreviewTest {

    // ---- what the Markdown becomes ----------------------------------------------------------------

    @Test
    void headings_of_every_level_become_h1_to_h6() {
        Element root = render("# 一\n## 二\n### 三\n#### 四\n##### 五\n###### 六");

        assertThat(tags(root)).containsSubsequence("h1", "h2", "h3", "h4", "h5", "h6");
        assertThat(first(root, "h1").getTextRecursively()).isEqualTo("一");
        assertThat(first(root, "h6").getTextRecursively()).isEqualTo("六");
    }

    @Test
    void the_preview_is_a_div_with_the_markdown_preview_class() {
        Element root = render("本文");

        assertThat(root.getTag()).isEqualTo("div");
        assertThat(root.getClassList()).contains("markdown-preview");
    }

    @Test
    void paragraphs_emphasis_strong_and_inline_code_become_p_em_strong_and_code() {
        Element root = render("最初の段落。\n\n*強調*と**重要**と`code`。");

        assertThat(all(root, "p")).hasSize(2);
        assertThat(first(root, "em").getTextRecursively()).isEqualTo("強調");
        assertThat(first(root, "strong").getTextRecursively()).isEqualTo("重要");
        assertThat(first(root, "code").getTextRecursively()).isEqualTo("code");
        assertThat(all(root, "p").get(1).getTextRecursively()).isEqualTo("強調と重要とcode。");
    }

    @Test
    void bullet_and_ordered_lists_become_ul_and_ol_with_li_and_keep_the_start_number() {
        Element root = render("- 一つ目\n- 二つ目\n  - 入れ子\n\n3. 三\n4. 四");

        assertThat(all(root, "ul")).hasSize(2);
        assertThat(all(root, "ol")).hasSize(1);
        assertThat(first(root, "ol").getAttribute("start")).isEqualTo("3");
        assertThat(all(root, "li")).hasSize(5);
        assertThat(all(root, "li").getFirst().getChild(0).isTextNode())
                .as("a tight list item holds its text without a <p>").isTrue();
    }

    @Test
    void a_fenced_code_block_becomes_pre_and_code_with_its_text_untouched() {
        Element root = render("```java\nif (a < b && c) { *not emphasis* }\n```");

        Element code = first(root, "pre").getChild(0);
        assertThat(code.getTag()).isEqualTo("code");
        assertThat(code.getClassList()).contains("language-java");
        assertThat(code.getTextRecursively()).isEqualTo("if (a < b && c) { *not emphasis* }\n");
        assertThat(all(root, "em")).isEmpty();
    }

    @Test
    void a_gfm_table_becomes_a_native_table_with_header_cells_and_alignment() {
        Element root = render("| 作品 | 字数 |\n|:---|---:|\n| 羅生門 | 6000 |\n| 鼻 | 4000 |");

        assertThat(tags(root)).containsSubsequence("table", "thead", "tr", "th", "th", "tbody", "tr", "td", "td");
        assertThat(all(root, "th")).extracting(Element::getTextRecursively).containsExactly("作品", "字数");
        assertThat(all(root, "td")).extracting(Element::getTextRecursively)
                .containsExactly("羅生門", "6000", "鼻", "4000");
        assertThat(all(root, "td").get(1).getStyle().get("text-align")).isEqualTo("right");
    }

    @Test
    void a_block_quote_a_thematic_break_inserted_text_and_a_hard_break_become_blockquote_hr_ins_and_br() {
        Element root = render("> 引用\n\n---\n\n++追加++した行  \n次の行");

        assertThat(first(root, "blockquote").getTextRecursively()).isEqualTo("引用");
        assertThat(all(root, "hr")).hasSize(1);
        assertThat(first(root, "ins").getTextRecursively()).isEqualTo("追加");
        assertThat(all(root, "br")).hasSize(1);
    }

    @Test
    void japanese_text_arrives_intact_and_each_single_line_break_is_shown_as_a_line_break() {
        String text = "　ある日の暮方の事である。一人の下人が、\n羅生門の下で雨やみを待っていた。\n広い門の下には、";

        Element paragraph = first(render(text), "p");

        assertThat(all(paragraph, "br")).as("one <br> per line break, as the editor shows them").hasSize(2);
        assertThat(paragraph.getChild(0).getTextRecursively()).isEqualTo("　ある日の暮方の事である。一人の下人が、");
        assertThat(paragraph.getChild(1).getTag()).isEqualTo("br");
        assertThat(paragraph.getChild(2).getTextRecursively()).isEqualTo("羅生門の下で雨やみを待っていた。");
        assertThat(paragraph.getTextRecursively())
                .isEqualTo("　ある日の暮方の事である。一人の下人が、羅生門の下で雨やみを待っていた。広い門の下には、");
    }

    @Test
    void a_line_break_in_english_text_is_shown_as_a_line_break_too() {
        Element paragraph = first(render("a quick\nbrown fox"), "p");

        assertThat(all(paragraph, "br")).hasSize(1);
        assertThat(paragraph.getTextRecursively()).isEqualTo("a quickbrown fox");
    }

    @Test
    void a_blank_line_still_starts_a_new_paragraph() {
        assertThat(all(render("一段落目。\n\n二段落目。"), "p")).hasSize(2);
    }

    // ---- furigana ---------------------------------------------------------------------------------------

    @Test
    void furigana_in_aozora_notation_become_ruby_with_the_reading_in_rt() {
        Element paragraph = first(render("会場は｜新宿《しんじゅく》の区民会館です。"), "p");

        Element ruby = first(paragraph, "ruby");
        assertThat(ruby.getChild(0).isTextNode()).isTrue();
        assertThat(ruby.getChild(0).getTextRecursively()).isEqualTo("新宿");
        assertThat(first(ruby, "rt").getTextRecursively()).isEqualTo("しんじゅく");
        assertThat(all(ruby, "rp")).extracting(Element::getTextRecursively).containsExactly("（", "）");
        assertThat(paragraph.getTextRecursively()).isEqualTo("会場は新宿（しんじゅく）の区民会館です。")
                .doesNotContain("｜", "《", "》");
    }

    @Test
    void the_short_form_gives_the_reading_to_the_kanji_just_before_it() {
        Element paragraph = first(render("ここは東京都杉並区《すぎなみく》です。一ヶ月《いっかげつ》後に。"), "p");

        List<Element> rubies = all(paragraph, "ruby");
        assertThat(rubies).extracting(r -> r.getChild(0).getTextRecursively()).containsExactly("東京都杉並区", "一ヶ月");
        assertThat(rubies).extracting(r -> first(r, "rt").getTextRecursively()).containsExactly("すぎなみく", "いっかげつ");
        assertThat(paragraph.getChild(0).getTextRecursively()).isEqualTo("ここは");
    }

    @Test
    void brackets_that_are_not_ruby_stay_as_written() {
        for (String text : List.of("かなの後の《二重山括弧》", "閉じない漢字《よみ", "空の漢字《》", "｜《よみ》", "行を｜越える\n《よみ》")) {
            Element root = render(text);
            assertThat(all(root, "ruby")).as(text).isEmpty();
            assertThat(root.getTextRecursively()).as(text).isEqualTo(text.replace("\n", ""));
        }
    }

    @Test
    void ruby_is_built_as_elements_so_markup_in_a_reading_stays_text() {
        Element root = render("｜悪《&lt;img src=x onerror=alert(1)&gt;》");

        assertThat(all(root, "img")).isEmpty();
        assertThat(first(root, "rt").getTextRecursively()).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(root.getOuterHTML()).contains("&lt;img").doesNotContain("<img");
    }

    @Test
    void set_markdown_replaces_what_is_shown_and_null_shows_nothing() {
        MarkdownPreview preview = new MarkdownPreview("# 古い");
        preview.setMarkdown("新しい");

        assertThat(all(preview.getElement(), "h1")).isEmpty();
        assertThat(preview.getElement().getTextRecursively()).isEqualTo("新しい");
        assertThat(preview.getMarkdown()).isEqualTo("新しい");

        preview.setMarkdown(null);
        assertThat(preview.getElement().getChildCount()).isZero();
    }

    // ---- raw HTML is text ---------------------------------------------------------------------------

    @Test
    void a_script_block_is_shown_as_literal_text_and_creates_no_script_element() {
        Element root = render("<script>alert(1)</script>\n\n本文");

        assertThat(all(root, "script")).isEmpty();
        assertThat(root.getTextRecursively()).contains("<script>alert(1)</script>");
        assertThat(root.getOuterHTML()).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script");
    }

    @Test
    void an_inline_img_tag_with_onerror_is_shown_as_literal_text_and_creates_no_img_element() {
        Element root = render("前 <img src=x onerror=alert(1)> 後");

        assertThat(all(root, "img")).isEmpty();
        assertThat(first(root, "p").getTextRecursively()).isEqualTo("前 <img src=x onerror=alert(1)> 後");
        assertThat(root.getOuterHTML()).doesNotContain("<img");
    }

    @Test
    void html_in_every_position_stays_text() {
        Element root = render("""
                <div onclick="alert(1)">block</div>

                # 見出し<iframe src="https://evil.example"></iframe>

                - <svg onload=alert(1)>
                | a | <b>b</b> |
                |---|---|
                | <style>*{}</style> | c |
                """);

        assertThat(tags(root)).doesNotContain("script", "img", "iframe", "svg", "style", "b");
        assertThat(root.getTextRecursively()).contains("<div onclick=\"alert(1)\">", "<iframe", "<svg onload=alert(1)>");
    }

    // ---- links -------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {
            "[x](javascript:alert(1))",
            "[x](JaVaScRiPt:alert(1))",
            "[x](data:text/html,<script>alert(1)</script>)",
            "[x](vbscript:msgbox(1))",
            "[x](file:///etc/passwd)",
            "[x](java&#9;script:alert(1))",
            "[x](<java\tscript:alert(1)>)",
            "[x](< javascript:alert(1)>)",
            "[x](&#106;avascript:alert(1))",
            "[x](java\\\nscript:alert(1))",
            "[x](java\u0000script:alert(1))",
            "[x](%6Aavascript:alert(1))",
            "[x][r]\n\n[r]: javascript:alert(1)",
            "<javascript:alert(1)>",
            "<JAVASCRIPT:alert(1)>",
    })
    void links_with_unsafe_schemes_lose_their_href_and_keep_their_text(String markdown) {
        Element root = render(markdown);

        assertThat(all(root, "a")).isEmpty();
        assertThat(allElements(root)).noneMatch(e -> e.hasAttribute("href"));
        assertThat(root.getOuterHTML()).doesNotContainIgnoringCase("href");
    }

    @Test
    void an_unsafe_link_becomes_a_plain_span_with_its_text() {
        Element span = first(render("[羅生門](javascript:alert(1))"), "span");

        assertThat(span.getClassList()).contains("md-link-removed");
        assertThat(span.getTextRecursively()).isEqualTo("羅生門");
    }

    @Test
    void web_links_keep_their_href_and_open_in_a_new_tab_without_referrer_or_opener() {
        Element root = render("[青空](https://www.aozora.gr.jp/ \"青空文庫\") と [旧](HTTP://example.org) と <https://example.com/a>");

        List<Element> links = all(root, "a");
        assertThat(links).extracting(a -> a.getAttribute("href"))
                .containsExactly("https://www.aozora.gr.jp/", "HTTP://example.org", "https://example.com/a");
        assertThat(links).allSatisfy(a -> {
            assertThat(a.getAttribute("target")).isEqualTo("_blank");
            assertThat(a.getAttribute("rel")).isEqualTo("noopener noreferrer nofollow");
        });
        assertThat(links.getFirst().getAttribute("title")).isEqualTo("青空文庫");
        assertThat(links.getFirst().getTextRecursively()).isEqualTo("青空");
    }

    @Test
    void mail_relative_and_fragment_links_keep_their_href_and_stay_in_the_tab() {
        Element root = render("[メール](mailto:henshu@example.jp) [次章](chapter-2) [注](#note-1) <mailto:a@example.jp>");

        List<Element> links = all(root, "a");
        assertThat(links).extracting(a -> a.getAttribute("href"))
                .containsExactly("mailto:henshu@example.jp", "chapter-2", "#note-1", "mailto:a@example.jp");
        assertThat(links).allSatisfy(a -> assertThat(a.getAttribute("target")).isNull());
    }

    @Test
    void scheme_relative_links_count_as_external() {
        Element link = first(render("[x](//example.com/page)"), "a");

        assertThat(link.getAttribute("href")).isEqualTo("//example.com/page");
        assertThat(link.getAttribute("rel")).isEqualTo("noopener noreferrer nofollow");
    }

    @Test
    void the_href_check_strips_control_characters_and_white_space_before_reading_the_scheme() {
        assertThat(MarkdownPolicy.safeHref(" java\tscript:alert(1)")).isEmpty();
        assertThat(MarkdownPolicy.safeHref("\u0001javascript:alert(1)")).isEmpty();
        assertThat(MarkdownPolicy.safeHref("java\nscript:alert(1)")).isEmpty();
        assertThat(MarkdownPolicy.safeHref("\u3000javascript:alert(1)")).isEmpty();
        assertThat(MarkdownPolicy.safeHref("java script:alert(1)")).isEmpty();
        assertThat(MarkdownPolicy.safeHref("java\u200Bscript:alert(1)")).isEmpty();
        assertThat(MarkdownPolicy.safeHref("DATA:text/html;base64,PHNjcmlwdD4=")).isEmpty();
        assertThat(MarkdownPolicy.safeHref(null)).isEmpty();
        assertThat(MarkdownPolicy.safeHref(" https://example.com/\t")).contains("https://example.com/");
        assertThat(MarkdownPolicy.safeHref("notes/a:b")).contains("notes/a:b");
        assertThat(MarkdownPolicy.safeHref("?page=2")).contains("?page=2");
    }

    // ---- images -------------------------------------------------------------------------------------

    @Test
    void images_are_never_loaded_and_show_their_alt_text_instead() {
        Element root = render("![羅生門の*挿絵*](https://tracker.example/pixel.gif \"門\") と ![](data:image/png;base64,AAAA)");

        assertThat(all(root, "img")).isEmpty();
        List<Element> images = allElements(root).stream().filter(e -> e.getClassList().contains("md-image")).toList();
        assertThat(images).extracting(Element::getTextRecursively).containsExactly("羅生門の挿絵", "");
        assertThat(root.getOuterHTML()).doesNotContain("tracker.example", "data:image");
    }

    // ---- hostile shapes -------------------------------------------------------------------------------

    @Test
    void ten_thousand_nested_block_quotes_render_without_overflowing_the_stack_and_keep_their_text() {
        MarkdownPreview preview = renderSafely(">".repeat(10_000) + " 深い所の文");

        assertThat(depth(preview.getElement())).isLessThanOrEqualTo(MarkdownPreview.MAX_DEPTH + 3);
        assertThat(preview.getElement().getTextRecursively()).contains("深い所の文");
    }

    @Test
    void ten_thousand_nested_list_items_render_without_overflowing_the_stack() {
        MarkdownPreview preview = renderSafely("- ".repeat(10_000) + "底");

        assertThat(depth(preview.getElement())).isLessThanOrEqualTo(MarkdownPreview.MAX_DEPTH + 3);
        assertThat(preview.getElement().getTextRecursively()).contains("底");
    }

    @Test
    void deeply_nested_emphasis_links_and_brackets_render_without_overflowing_the_stack() {
        for (String markdown : List.of(
                "*".repeat(20_000) + "中" + "*".repeat(20_000),
                "*a ".repeat(10_000) + "中" + " a*".repeat(10_000),
                "++".repeat(10_000) + "中" + "++".repeat(10_000),
                "![".repeat(10_000) + "中" + "](x)".repeat(10_000),
                "[".repeat(20_000) + "中" + "](x)".repeat(20_000),
                "> - ".repeat(5_000) + "中",
                "前 " + "`".repeat(20_000) + "中")) {
            MarkdownPreview preview = renderSafely(markdown);
            assertThat(preview.getElement().getTextRecursively()).as(markdown.substring(0, 8)).contains("中");
            assertThat(depth(preview.getElement())).isLessThanOrEqualTo(MarkdownPreview.MAX_DEPTH + 3);
        }
    }

    @Test
    void after_input_too_deep_to_parse_the_next_preview_renders_normally() {
        renderSafely("*".repeat(100_000) + "中" + "*".repeat(100_000));

        assertThat(first(render("*普通*の文"), "em").getTextRecursively()).isEqualTo("普通");
    }

    @Test
    void a_hundred_thousand_characters_of_aozora_text_render_in_reasonable_time() throws IOException {
        String markdown = aozoraText(100_000);

        long started = System.nanoTime();
        MarkdownPreview preview = new MarkdownPreview(markdown);
        long millis = (System.nanoTime() - started) / 1_000_000;

        System.out.printf("MarkdownPreview: %,d characters rendered in %,d ms (%,d paragraphs)%n",
                markdown.length(), millis, all(preview.getElement(), "p").size());
        assertThat(all(preview.getElement(), "p")).isNotEmpty();
        assertThat(preview.getElement().getTextRecursively()).contains("羅生門");
    }

    // ---- where it lives and what it may call -------------------------------------------------------------

    @Test
    void the_preview_lives_in_a_ui_package_and_never_turns_strings_into_markup() {
        // the link and text policy holds no component at all
        noClasses().that().belongToAnyOf(MarkdownPolicy.class).should().dependOnClassesThat()
                .resideInAPackage("com.vaadin..")
                .check(new ClassFileImporter().importClasses(MarkdownPolicy.class));
        JavaClasses preview = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackagesOf(MarkdownPreview.class);

        classes().that().belongToAnyOf(MarkdownPreview.class, MarkdownRenderer.class, MarkdownPolicy.class)
                .should().resideInAPackage("..ui..")
                .check(preview);
        noClasses().that().belongToAnyOf(MarkdownPreview.class, MarkdownRenderer.class, MarkdownPolicy.class)
                .should().dependOnClassesThat().haveFullyQualifiedName("com.vaadin.flow.component.Html")
                .orShould().callMethodWhere(target(name("executeJs")))
                .orShould().callMethodWhere(target(name("setProperty")))
                .orShould().callMethodWhere(target(name("setUnsafeHref")))
                .check(preview);
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private static Element render(String markdown) {
        return new MarkdownPreview(markdown).getElement();
    }

    private static MarkdownPreview renderSafely(String markdown) {
        MarkdownPreview[] preview = new MarkdownPreview[1];
        assertThatCode(() -> {
            preview[0] = new MarkdownPreview(markdown);
            preview[0].getElement().getOuterHTML();
        }).doesNotThrowAnyException();
        return preview[0];
    }

    /** Every element under the root, depth first in document order, without recursion. */
    private static List<Element> allElements(Element root) {
        List<Element> found = new ArrayList<>();
        Deque<Element> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Element e = todo.pop();
            if (e.isTextNode()) {
                continue;
            }
            found.add(e);
            List<Element> children = e.getChildren().toList();
            for (int i = children.size() - 1; i >= 0; i--) {
                todo.push(children.get(i));
            }
        }
        return found;
    }

    private static List<String> tags(Element root) {
        return allElements(root).stream().map(Element::getTag).toList();
    }

    private static List<Element> all(Element root, String tag) {
        return allElements(root).stream().filter(e -> tag.equals(e.getTag())).toList();
    }

    private static Element first(Element root, String tag) {
        return all(root, tag).getFirst();
    }

    private static int depth(Element root) {
        int max = 0;
        for (Element e : allElements(root)) {
            int d = 0;
            for (Element p = e; !p.equals(root); p = p.getParent()) {
                d++;
            }
            max = Math.max(max, d);
        }
        return max;
    }

    /** Aozora Bunko texts from the shared data folder when there, else generated Japanese prose. */
    private static String aozoraText(int atLeast) throws IOException {
        Path folder = Path.of("/work/shared/data/aozora");
        List<String> texts = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    texts.add("# " + file.getFileName() + "\n\n"
                            + Files.readString(file, StandardCharsets.UTF_8).replace("\n", "\n\n"));
                }
            }
        }
        if (texts.isEmpty()) {
            texts.add("# 羅生門\n\n" + "　ある日の暮方の事である。一人の下人が、羅生門の下で雨やみを待っていた。\n\n".repeat(200));
        }
        StringBuilder markdown = new StringBuilder();
        while (markdown.length() < atLeast) {
            texts.forEach(t -> markdown.append(t).append("\n\n"));
        }
        if (!markdown.toString().contains("羅生門")) {
            markdown.append("羅生門\n");
        }
        return markdown.toString();
    }
}
