package io.github.workreport.internal.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The content scorer, the headline finder and the cleaner's tests, each on its own small DOM. */
class MainContentTest {
  private static final String SENTENCE = "<p>会议强调，要坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念，扎实推动高质量发展。</p>";

  private static Element body(String html) {
    Document doc = Jsoup.parse("<html><body>" + html + "</body></html>");
    return doc.body();
  }

  @Test
  void theBlockWithTheMostProseWinsOverALinkList() {
    Element b =
        body(
            "<div id=\"list\">"
                + "<p><a href=\"/\">会议强调，要坚持稳中求进工作总基调，完整、准确。</a></p>".repeat(6)
                + "</div><div id=\"text\">"
                + SENTENCE.repeat(3)
                + "</div>");
    MainContent.Article a = MainContent.find(b, PageStats.walk(b));
    assertThat(a.top().id()).isEqualTo("text");
  }

  @Test
  void aBlockOfOneParagraphIsReadWithItsContainer() {
    Element b = body("<div id=\"c\"><p>导语。</p><div id=\"one\">" + SENTENCE + "</div></div>");
    assertThat(MainContent.find(b, PageStats.walk(b)).top().id()).isEqualTo("c");
    Element b2 = body("<div id=\"c\"><div id=\"two\">" + SENTENCE + SENTENCE + "</div></div>");
    assertThat(MainContent.find(b2, PageStats.walk(b2)).top().id()).isEqualTo("two");
  }

  @Test
  void aPageInSeveralStrongSectionsIsReadWhole() {
    String section = "<div class=\"part\">" + SENTENCE.repeat(3) + "</div>";
    Element b = body("<div id=\"all\">" + section.repeat(4) + "</div><div>" + SENTENCE + "</div>");
    MainContent.Article a = MainContent.find(b, PageStats.walk(b));
    assertThat(a.top().id()).isEqualTo("all");
  }

  @Test
  void siblingsThatReadLikeTheArticleJoinIt() {
    Element b =
        body(
            "<div><div id=\"top\">"
                + SENTENCE.repeat(10)
                + "</div>"
                + "<p id=\"end\">（完）。</p><p id=\"long\">"
                + "相关工作正在推进，各地积极落实部署，进展顺利".repeat(4)
                + "</p>"
                + "<p id=\"link\"><a href=\"/\">更多新闻</a></p><div id=\"more\">"
                + SENTENCE.repeat(2)
                + "</div></div>");
    MainContent.Article a = MainContent.find(b, PageStats.walk(b));
    assertThat(a.top().id()).isEqualTo("top");
    assertThat(a.siblings()).extracting(Element::id).containsExactly("end", "long", "more");
  }

  @Test
  void ofTwoEqualBlocksTheFirstIsTheArticleOnEveryRun() {
    for (int i = 0; i < 20; i++) {
      Element b =
          body(
              "<div id=\"a\">"
                  + SENTENCE.repeat(3)
                  + "</div><div id=\"b\">"
                  + SENTENCE.repeat(3)
                  + "</div>");
      assertThat(MainContent.find(b, PageStats.walk(b)).top().id()).isEqualTo("a");
    }
  }

  @Test
  void aPageWithoutProseHasNoArticle() {
    Element b = body("<div><a href=\"/\">首页</a></div>");
    assertThat(MainContent.find(b, PageStats.walk(b))).isNull();
  }

  @Test
  void classAndIdNamesAreWeakEvidence() {
    assertThat(MainContent.classWeight(body("<div class=\"article-content\">x</div>").child(0)))
        .isPositive();
    assertThat(MainContent.classWeight(body("<div id=\"sidebar_right\">x</div>").child(0)))
        .isNegative();
    assertThat(MainContent.classWeight(body("<div class=\"news-list\">x</div>").child(0)))
        .isNegative();
    assertThat(MainContent.classWeight(body("<div>x</div>").child(0))).isZero();
    assertThat(MainContent.initial(body("<ul><li>x</li></ul>").child(0))).isNegative();
    assertThat(MainContent.initial(body("<h2>x</h2>").child(0))).isNegative();
    assertThat(MainContent.initial(body("<table><tr><td>x</td></tr></table>").selectFirst("td")))
        .isPositive();
  }

  @Test
  void referenceTitlesAreTheMetaTitlesAndTheTitlesParts() {
    assertThat(Headline.references(List.of("国务院常务会议召开"), "国务院常务会议召开 - 中国政府网 | 要闻"))
        .containsExactly("国务院常务会议召开", "国务院常务会议召开-中国政府网|要闻", "中国政府网");
    assertThat(Headline.references(List.of(), null)).isEmpty();
    assertThat(Headline.references(List.of("短"), "要闻")).isEmpty();
  }

  @Test
  void headingsRankAboveElementsNamedAsTitlesAboveTheRest() {
    assertThat(Headline.rank(body("<h1>x</h1>").child(0))).isEqualTo(3);
    assertThat(Headline.rank(body("<h4>x</h4>").child(0))).isEqualTo(2);
    assertThat(Headline.rank(body("<div id=\"ArticleTit\">x</div>").child(0))).isEqualTo(2);
    assertThat(Headline.rank(body("<div class=\"biaoti\">x</div>").child(0))).isEqualTo(2);
    assertThat(Headline.rank(body("<div class=\"hd\">x</div>").child(0))).isEqualTo(1);
    assertThat(Headline.rank(body("<hr>").child(0))).isEqualTo(1);
  }

  @Test
  void aHeadlineIsMatchedWholeOrAsAPrefixOfTheReference() {
    Element b = body("<h2 id=\"h\">国务院常务会议召开</h2><div id=\"t\">" + SENTENCE.repeat(3) + "</div>");
    PageStats s = PageStats.walk(b);
    Element top = b.getElementById("t");
    assertThat(Headline.find(b, top, List.of("国务院常务会议召开部署经济工作"), s).id()).isEqualTo("h");
    assertThat(Headline.find(b, top, List.of("国务院常务"), s).id()).isEqualTo("h");
    assertThat(Headline.find(b, top, List.of("完全不同的标题文字"), s).id())
        .isEqualTo("h"); // the nearest heading
    Element b2 = body("<h2>相关新闻</h2><div id=\"t\">" + SENTENCE.repeat(3) + "</div>");
    assertThat(Headline.find(b2, b2.getElementById("t"), List.of(), PageStats.walk(b2))).isNull();
  }

  @Test
  void controlWordsAloneMakeAControl() {
    assertThat(RegionCleaner.isControl("【打印本页】【关闭窗口】")).isTrue();
    assertThat(RegionCleaner.isControl("字号：大 中 小")).isTrue();
    assertThat(RegionCleaner.isControl("字号 大 中 小")).isTrue();
    assertThat(RegionCleaner.isControl("大")).isFalse();
    assertThat(RegionCleaner.isControl("关闭")).isTrue();
    assertThat(RegionCleaner.isControl("打印 会议纪要")).isFalse();
    assertThat(RegionCleaner.isControl("")).isFalse();
  }

  @Test
  void aRelatedHeaderOpensARelatedBlock() {
    assertThat(RegionCleaner.isRelatedHeader("相关新闻")).isTrue();
    assertThat(RegionCleaner.isRelatedHeader("相关新闻：市政府召开")).isTrue();
    assertThat(RegionCleaner.isRelatedHeader("推荐阅读更多")).isTrue();
    assertThat(RegionCleaner.isRelatedHeader("相关新闻报道显示今年以来全市经济")).isFalse();
    assertThat(RegionCleaner.isRelatedHeader("今年以来")).isFalse();
    assertThat(RegionCleaner.isRelatedHeader(null)).isFalse();
  }

  @Test
  void theCommonAncestorOfTwoElements() {
    Element b = body("<div id=\"a\"><p id=\"x\">一</p><div><p id=\"y\">二</p></div></div>");
    assertThat(RegionCleaner.commonAncestor(b.getElementById("x"), b.getElementById("y")).id())
        .isEqualTo("a");
    assertThat(RegionCleaner.commonAncestor(b.getElementById("x"), b.getElementById("x")).id())
        .isEqualTo("x");
  }

  @Test
  void statisticsCountTextLinksPunctuationAndRuns() {
    Element b =
        body("<div id=\"d\"><p>一二三，四五。<a href=\"/\">六七</a></p><ul><li>甲</li></ul><input></div>");
    PageStats s = PageStats.walk(b);
    PageStats.Stats d = s.of(b.getElementById("d"));
    assertThat(d.text).isEqualTo(10);
    assertThat(d.link).isEqualTo(2);
    assertThat(d.punct).isEqualTo(2);
    assertThat(d.paragraphs).isEqualTo(1);
    assertThat(d.items).isEqualTo(1);
    assertThat(d.inputs).isEqualTo(1);
    assertThat(PageStats.first(b.getElementById("d"))).isEqualTo("一二三，四五。六七甲");
    assertThat(PageStats.first(b.selectFirst("input"))).isNull();
    assertThat(d.firstRun).isEqualTo("一二三，四五。六七");
    assertThat(s.runs()).extracting(PageStats.Run::head).containsExactly("一二三，四五。六七", "甲");
    assertThat(s.of(body("<p>x</p>").child(0)).text).isZero(); // an element outside the walk
  }
}
