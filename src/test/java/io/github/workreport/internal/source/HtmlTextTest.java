package io.github.workreport.internal.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlTextTest {

  private static String page() throws IOException {
    return Files.readString(
        Path.of("src/test/resources/html/county-report.utf8.html"), StandardCharsets.UTF_8);
  }

  @Test
  void dropsScriptsNavigationHeaderFooterAndWidgets() throws IOException {
    String text = HtmlText.extract(page()).text();
    assertThat(text)
        .contains("各位代表：", "一、2023年工作回顾", "名词解释")
        .doesNotContain(
            "统计代码", "_hmt", "互动交流", "欢迎访问", "分享到微信", "相关新闻", "网友评论", "网站标识码", "text-indent");
  }

  @Test
  void blocksBecomeLinesAndWhiteSpaceIsFolded() {
    ExtractedText t =
        HtmlText.extract("<div>  第一段\n  文字 </div><p>第二段<br>换行</p><ul><li>甲</li><li>乙</li></ul>");
    assertThat(t.text()).isEqualTo("第一段 文字\n第二段\n换行\n甲\n乙\n");
  }

  @Test
  void headingsBoldParagraphsAndCentredLinesAreHints() {
    ExtractedText t =
        HtmlText.extract(
            "<h1>标题</h1><h3>小标题</h3><p><strong>一、</strong><b>加粗段落</b></p>"
                + "<p>正文<strong>部分加粗</strong>不是标题。</p><p align=\"center\">居中短行</p><center>另一行</center>");
    String text = t.text();
    assertThat(t.hints())
        .containsEntry(0, HeadingHint.H1)
        .containsEntry(text.indexOf("小标题"), HeadingHint.HEADING)
        .containsEntry(text.indexOf("一、加粗段落"), HeadingHint.BOLD)
        .containsEntry(text.indexOf("居中短行"), HeadingHint.CENTERED)
        .containsEntry(text.indexOf("另一行"), HeadingHint.CENTERED)
        .doesNotContainKey(text.indexOf("正文"));
  }

  @Test
  void aLongCentredParagraphIsNotAHint() {
    String longText = "这是一段很长的居中正文，".repeat(5);
    ExtractedText t = HtmlText.extract("<p style=\"text-align: center\">" + longText + "</p>");
    assertThat(t.hints()).isEmpty();
  }

  @Test
  void malformedAndEmptyMarkupGivesText() {
    assertThat(HtmlText.extract("").text()).isEmpty();
    assertThat(HtmlText.extract("<p>未闭合<div>嵌套<p>段落").text()).contains("未闭合", "嵌套", "段落");
    assertThat(HtmlText.extract("<html><body><script>x</script></body></html>").text()).isEmpty();
  }

  @Test
  void aSiteHeaderWithTheTitleInsideIsKept() {
    String t = HtmlText.extract("<header><h1>2024年某县政府工作报告</h1></header><p>正文。</p>").text();
    assertThat(t).contains("2024年某县政府工作报告");
  }

  @Test
  void htmlIsToldFromText() {
    assertThat(InputSniffer.isHtml("<!DOCTYPE html><html></html>")).isTrue();
    assertThat(InputSniffer.isHtml("  <html><body>x</body></html>")).isTrue();
    assertThat(InputSniffer.isHtml("<div>一</div><p>二</p>")).isTrue();
    assertThat(InputSniffer.isHtml("各位代表：\n现在，我代表政府报告工作。")).isFalse();
    assertThat(InputSniffer.isHtml("a < b and <p> once")).isFalse();
  }

  @Test
  void shortTagNamesAreBlocksExactlyWhenHtmlMakesThemLines() {
    Set<String> blocks =
        Set.of(
            "p", "br", "li", "ul", "ol", "dl", "dt", "dd", "tr", "td", "th", "hr", "h1", "h2", "h3",
            "h4", "h5", "h6");
    String letters = "abcdefghijklmnopqrstuvwxyz0123456789";
    for (char a : letters.toCharArray()) {
      String one = String.valueOf(a);
      assertThat(HtmlText.isBlock(new Element(one))).as(one).isEqualTo(blocks.contains(one));
      for (char b : letters.toCharArray()) {
        String two = one + b;
        assertThat(HtmlText.isBlock(new Element(two))).as(two).isEqualTo(blocks.contains(two));
      }
    }
    assertThat(HtmlText.isBlock(new Element("div"))).isTrue();
    assertThat(HtmlText.isBlock(new Element("blockquote"))).isTrue();
    assertThat(HtmlText.isBlock(new Element("span"))).isFalse();
    assertThat(HtmlText.isBlock(new Element("h7"))).isFalse();
  }

  @Test
  void titlesFoldTheirWhiteSpaceWithoutARegex() {
    assertThat(HtmlText.foldSpaces("无空白", " ")).isEqualTo("无空白");
    assertThat(HtmlText.foldSpaces(" 政府\t\n 工作\u000B报告 ", " ")).isEqualTo(" 政府 工作 报告 ");
    assertThat(HtmlText.foldSpaces(" 政府\t\n 工作\u000B报告 ", "")).isEqualTo("政府工作报告");
    // only ASCII white space folds, as \\s does: a full-width or no-break space stays
    assertThat(HtmlText.foldSpaces("政府\u3000工作\u00A0报告", "")).isEqualTo("政府\u3000工作\u00A0报告");
    assertThat(Headline.compact("２０２４年 政府\n工作报告")).isEqualTo("2024年政府工作报告");
  }

  @Test
  void anElementIsFoundBelowButNotAtTheTop() {
    Element div = org.jsoup.Jsoup.parse("<div><span><p>一</p></span></div>").selectFirst("div");
    assertThat(HtmlText.hasBelow(div, "p", "h1")).isTrue();
    assertThat(HtmlText.hasBelow(div, "div", "h1")).isFalse(); // the element itself does not count
    assertThat(HtmlText.hasBelow(div, "h1", "h2")).isFalse();
  }

  @Test
  void metaTagsInsidePrunedBlocksAreStillRead() {
    ExtractedText t =
        HtmlText.extract(
            "<html><head><meta name=\"publishdate\" content=\"2024-01-20\"></head><body>"
                + "<div style=\"display: none\"><meta name=\"ArticleTitle\" content=\"某市政府工作报告\">"
                + "<p>隐藏的文字</p></div><p>正文。</p>"
                + "<meta name=\"ArticleTitle\" content=\"后来的标题\"></body></html>");
    assertThat(t.text()).isEqualTo("正文。\n");
    assertThat(t.signals().title()).isEqualTo("某市政府工作报告"); // the first in the page wins
    assertThat(t.signals().published()).isEqualTo("2024-01-20");
  }
}
