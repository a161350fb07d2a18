package dev.pyprep.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    private final Markdown markdown = new Markdown();

    @Test
    void scriptTagsRenderInert() {
        String html = markdown.toHtml("Hello <script>alert('x')</script> world");
        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;");
    }

    @Test
    void javascriptLinksAndEventHandlersAreRemoved() {
        String html = markdown.toHtml("[click](javascript:alert(1)) <img src=x onerror=\"alert(2)\">\n\n![i](javascript:alert(3))");
        assertThat(html).doesNotContain("javascript:").doesNotContain("onerror=").doesNotContain("<img");
    }

    @Test
    void ordinaryMarkdownSurvives() {
        String html = markdown.toHtml("**bold** and `code`\n\n```python\nprint('hi')\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |");
        assertThat(html).contains("<strong>bold</strong>", "<code>code</code>", "<pre><code class=\"language-python\">",
                "<table>", "<td>1</td>");
    }
}
