package io.github.workreport.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.WorkReportParser;
import io.github.workreport.internal.source.ArticleProse;
import io.github.workreport.internal.source.PageSignals;
import io.github.workreport.model.DocumentKind;
import io.github.workreport.model.Metadata;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Page signals read into metadata, and the metadata of small pages that state them. */
class PageSignalReaderTest {
  private static final WorkReportParser PARSER = WorkReportParser.create();

  private static final String PROSE = ArticleProse.PROSE;

  private static Metadata meta(String head, String body) {
    return PARSER
        .parseHtml(
            "<html><head><meta charset=\"utf-8\">"
                + head
                + "</head><body>"
                + body
                + "</body></html>")
        .metadata();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"2019-09-18T06:23:00+08:00", "2019-09-18 06:23", "2019年9月18日", "２０１９－０９－１８"})
  void aPublicationTimeIsReadAsItsDate(String time) {
    assertThat(PageSignalReader.published(new PageSignals(null, time, null, null, true)))
        .isEqualTo(LocalDate.of(2019, 9, 18));
  }

  @Test
  void aDatelineGivesItsFirstDate() {
    PageSignals s =
        new PageSignals(
            null, "不是日期", null, "http://ent.QQ.com 2009年11月09日11:30 腾讯音乐\n发布日期：2010-01-01", true);
    assertThat(PageSignalReader.published(s)).isNull();
    assertThat(PageSignalReader.dateline(s)).isEqualTo(LocalDate.of(2009, 11, 9));
    assertThat(PageSignalReader.dateline(PageSignals.NONE)).isNull();
  }

  @Test
  void aSourceLosesItsLabel() {
    assertThat(PageSignalReader.source(new PageSignals(null, null, "来源：人民网-文化频道 原创稿", null, true)))
        .isEqualTo("人民网-文化频道 原创稿");
    assertThat(PageSignalReader.source(new PageSignals(null, null, "新华社", null, true)))
        .isEqualTo("新华社");
    assertThat(PageSignalReader.source(new PageSignals(null, null, "来源：", null, true))).isNull();
    assertThat(PageSignalReader.source(PageSignals.NONE)).isNull();
  }

  @Test
  void anArticleWithADateOrSourceIsNews() {
    PageSignals article = new PageSignals("标题", null, null, null, true);
    assertThat(PageSignalReader.isNews(article, LocalDate.of(2020, 1, 1), null)).isTrue();
    assertThat(PageSignalReader.isNews(article, null, "新华网")).isTrue();
    assertThat(PageSignalReader.isNews(article, null, null)).isFalse();
    assertThat(PageSignalReader.isNews(PageSignals.NONE, LocalDate.of(2020, 1, 1), "新华网"))
        .isFalse();
  }

  @Test
  void theMarkupsHeadlineTimeAndSourceBecomeTheMetadata() {
    Metadata m =
        meta(
            "<meta property=\"og:title\" content=\"全市经济运行情况通报\">"
                + "<meta name=\"PubDate\" content=\"2023-08-02 14:39\"><meta name=\"ContentSource\" content=\"某市日报\">",
            "<div class=\"menu\"><a href=\"/\">首页</a></div><h2>全市经济运行情况通报</h2><div class=\"content\">"
                + PROSE
                + "</div>");
    assertThat(m.title()).isEqualTo("全市经济运行情况通报");
    assertThat(m.date()).isEqualTo(LocalDate.of(2023, 8, 2));
    assertThat(m.source()).isEqualTo("某市日报");
    assertThat(m.kind()).isEqualTo(DocumentKind.NEWS_ARTICLE);
  }

  @Test
  void aSourceLineOnThePageWinsOverTheMetaSource() {
    Metadata m =
        meta(
            "<meta name=\"source\" content=\"新华社\">",
            "<h1>全市经济运行情况通报</h1>"
                + "<div>2019-12-10 07:57 来源于：新华网</div><div class=\"content\">"
                + PROSE
                + "</div>");
    assertThat(m.source()).isEqualTo("新华网");
    assertThat(m.date()).isEqualTo(LocalDate.of(2019, 12, 10));
    assertThat(m.kind()).isEqualTo(DocumentKind.NEWS_ARTICLE);
  }

  @Test
  void aReportPageStaysAReportAndAPageStatingNothingStaysOther() {
    Metadata report =
        meta(
            "<meta name=\"PubDate\" content=\"2024-01-20\">",
            "<h1>2024年某县政府工作报告</h1>" + "<div class=\"content\"><p>各位代表：</p>" + PROSE + "</div>");
    assertThat(report.kind()).isEqualTo(DocumentKind.GOVERNMENT_WORK_REPORT);
    assertThat(report.title()).isEqualTo("2024年某县政府工作报告");
    Metadata plain = meta("", "<div class=\"content\">" + PROSE + "</div>");
    assertThat(plain.kind()).isEqualTo(DocumentKind.OTHER);
    assertThat(plain.date()).isNull();
  }

  @Test
  void aHeadlineWithItsSubtitleOnOneLineIsSplit() {
    Metadata m =
        meta("", "<h1>提升城市品质 擦亮幸福底色——书写高质量发展新篇章</h1><div class=\"content\">" + PROSE + "</div>");
    assertThat(m.title()).isEqualTo("提升城市品质 擦亮幸福底色");
    assertThat(m.subtitle()).isEqualTo("书写高质量发展新篇章");
  }

  @Test
  void aNewsLeadNamingTheSiteIsTextNotANotice() {
    assertThat(LineShapes.isNotice(LineShapesTest.line("本站讯（通讯员 李某）10月30日，我院举办技能大赛。"))).isFalse();
    assertThat(LineShapes.isNotice(LineShapesTest.line("本站所有稿件未经许可不得转载"))).isTrue();
    assertThat(LineShapes.isNotice(LineShapesTest.line("今年以来"))).isFalse();
    assertThat(LineClassifier.contextFree(LineShapesTest.line("[责任编辑：celiawu]")))
        .isEqualTo(LineRole.METADATA);
    assertThat(MetadataLine.read("来源于:东区办事处"))
        .containsExactly(new MetadataLine.Field("来源于", "东区办事处"));
  }
}
