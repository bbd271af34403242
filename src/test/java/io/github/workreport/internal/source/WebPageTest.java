package io.github.workreport.internal.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The page path end to end on small pages written for each rule: the article is chosen, its
 * headline found, furniture inside it removed, and the page's signals carried out.
 */
class WebPageTest {
  private static final String PROSE = ArticleProse.PROSE;

  private static final String MENU =
      "<div class=\"menu\"><a href=\"/\">首页</a><a href=\"/a\">政务公开</a>"
          + "<a href=\"/b\">新闻中心</a><a href=\"/c\">办事服务</a></div>";

  private static final String RELATED =
      "<div class=\"box\"><h3>相关新闻</h3><ul><li><a href=\"/1\">市政府召开常务会议研究部署近期重点工作</a></li>"
          + "<li><a href=\"/2\">全市安全生产工作会议召开</a></li><li><a href=\"/3\">我市举办优化营商环境专题培训班</a></li></ul></div>";

  private static String page(String head, String body) {
    return "<html><head><meta charset=\"utf-8\">"
        + head
        + "</head><body>"
        + body
        + "</body></html>";
  }

  @Test
  void theArticleIsReadAndTheMenusAndListsAroundItAreNot() {
    ExtractedText t =
        HtmlText.extract(
            page(
                "<title>全市经济运行情况通报_某市人民政府</title>",
                MENU
                    + "<div class=\"main\"><h1>全市经济运行情况通报</h1><div class=\"content\">"
                    + PROSE
                    + "</div>"
                    + RELATED
                    + "</div><div class=\"links\"><a href=\"/x\">国务院</a><a href=\"/y\">省政府</a></div>"));
    assertThat(t.text())
        .startsWith("全市经济运行情况通报\n")
        .contains("今年以来", "推动经济实现质的有效提升和量的合理增长。")
        .doesNotContain("政务公开", "相关新闻", "常务会议", "国务院");
    assertThat(t.hints()).containsEntry(0, HeadingHint.H1);
    assertThat(t.signals().title()).isEqualTo("全市经济运行情况通报");
    assertThat(t.signals().article()).isTrue();
  }

  @Test
  void theHeadlineIsTheElementThatShowsTheTitleOfTheHead() {
    // the page has an h1 for the site name; the headline is the element matching og:title
    ExtractedText t =
        HtmlText.extract(
            page(
                "<meta property=\"og:title\" content=\"我市召开防汛工作会议\">" + "<title>新闻中心</title>",
                "<h1>某市人民政府门户网站</h1>"
                    + MENU
                    + "<div class=\"article-title\">我市召开防汛工作会议</div><div class=\"text\">"
                    + PROSE
                    + "</div>"));
    assertThat(t.signals().title()).isEqualTo("我市召开防汛工作会议");
    assertThat(t.text()).startsWith("我市召开防汛工作会议\n").doesNotContain("门户网站");
    assertThat(t.hints()).containsEntry(0, HeadingHint.H1);
  }

  @Test
  void theTitleElementLessItsSiteNameFindsTheHeadline() {
    for (String sep : new String[] {"_", " - ", " | ", "—", "｜"}) {
      ExtractedText t =
          HtmlText.extract(
              page(
                  "<title>省政府新闻发布会在京举行" + sep + "某省人民政府网</title>",
                  MENU
                      + "<div><span class=\"x\">省政府新闻发布会在京举行</span></div><div class=\"detail\">"
                      + PROSE
                      + "</div>"));
      assertThat(t.signals().title()).as(sep).isEqualTo("省政府新闻发布会在京举行");
    }
  }

  @Test
  void withNoTitleToMatchTheNearestHeadingBeforeTheArticleIsTheHeadline() {
    ExtractedText t =
        HtmlText.extract(
            page(
                "<title>新闻动态--某学会官网</title>",
                "<h3>首页 - 新闻动态</h3>"
                    + MENU
                    + "<h5>学术年会在京成功举行</h5><div class=\"ly\">发布时间：2019-05-18</div>"
                    + "<div class=\"detailCon\">"
                    + PROSE
                    + "</div>"));
    assertThat(t.signals().title()).isEqualTo("学术年会在京成功举行");
    assertThat(t.signals().dateline()).contains("2019-05-18");
  }

  @Test
  void aHeadingFarBeforeTheArticleIsNoHeadline() {
    String far = "<div>" + "<p>栏目介绍文字栏目介绍文字栏目介绍文字</p>".repeat(20) + "</div>";
    ExtractedText t =
        HtmlText.extract(
            page(
                "",
                "<h2>栏目名称</h2>"
                    + far
                    + "<div class=\"content\">"
                    + PROSE
                    + PROSE
                    + PROSE
                    + "</div>"));
    assertThat(t.signals().title()).isNull();
    assertThat(t.signals().article()).isFalse();
  }

  @Test
  void theArticlesOwnH1IsTheHeadlineWhenNothingElseSaysSo() {
    ExtractedText t =
        HtmlText.extract(
            page("", MENU + "<div class=\"content\"><h1>关于做好春耕生产的通知</h1>" + PROSE + "</div>"));
    assertThat(t.signals().title()).isEqualTo("关于做好春耕生产的通知");
  }

  @Test
  void metaTagsGiveTitleTimeAndSource() {
    ExtractedText t =
        HtmlText.extract(
            page(
                "<meta name=\"ArticleTitle\" content=\"国务院常务会议召开\">"
                    + "<meta name=\"PubDate\" content=\"2023-08-02 14:39\"><meta name=\"ContentSource\" content=\"新华社\">",
                "<div class=\"content\">" + PROSE + "</div>"));
    assertThat(t.signals())
        .isEqualTo(new PageSignals("国务院常务会议召开", "2023-08-02 14:39", "新华社", null, true));
    for (String name : new String[] {"publishdate", "article:published_time"}) {
      String attr = name.contains(":") ? "property" : "name";
      ExtractedText u =
          HtmlText.extract(
              page(
                  "<meta " + attr + "=\"" + name + "\" content=\"2019-09-18T06:23:00+08:00\">",
                  PROSE));
      assertThat(u.signals().published()).as(name).isEqualTo("2019-09-18T06:23:00+08:00");
      assertThat(u.signals().article()).isTrue();
    }
  }

  @Test
  void theBylineBetweenHeadlineAndTextIsTheDateline() {
    ExtractedText t =
        HtmlText.extract(
            page(
                "",
                MENU
                    + "<h1>全市经济运行情况通报</h1>"
                    + "<div class=\"info\"><a href=\"/\">http://www.example.cn</a> 2009年11月09日 <a href=\"/s\">某市日报</a>"
                    + " <a href=\"/c\">我要评论</a></div><div class=\"content\">"
                    + PROSE
                    + "</div>"));
    assertThat(t.signals().dateline()).contains("2009年11月09日").doesNotContain("今年以来");
    assertThat(t.text()).contains("2009年11月09日");
  }

  @Test
  void aLabelledDateLineAnywhereIsTheLastResortDateline() {
    ExtractedText t =
        HtmlText.extract(
            page("", "<div class=\"content\">" + PROSE + "</div>" + "<div>发布日期：2019-03-06</div>"));
    assertThat(t.signals().dateline()).isEqualTo("发布日期：2019-03-06");
    assertThat(
            HtmlText.extract(
                    page("", "<div class=\"content\">" + PROSE + "</div><div>时间就是生命</div>"))
                .signals()
                .dateline())
        .isNull();
  }

  @Test
  void controlsAndLinksToNeighbouringArticlesAreRemoved() {
    ExtractedText t =
        HtmlText.extract(
            page(
                "",
                "<h1>全市经济运行情况通报</h1><div class=\"content\">"
                    + "<div>【打印本页】 【关闭窗口】</div><div>字号：大 中 小</div>"
                    + PROSE
                    + "<div>分享到： <a href=\"#\">微博</a></div><span><a href=\"#\">【纠错】</a></span>"
                    + "<p>上一篇：<a href=\"/p\">全市安全生产工作会议召开</a></p><p>下一篇：<a href=\"/n\">我市举办专题培训班</a></p>"
                    + "<div>返回顶部</div></div>"));
    assertThat(t.text())
        .contains("今年以来")
        .doesNotContain("打印", "关闭", "字号", "纠错", "上一篇", "下一篇", "返回顶部", "安全生产", "分享到");
  }

  @Test
  void aBlockHeadedAsRelatedGoesEvenWithoutLinks() {
    ExtractedText t =
        HtmlText.extract(
            page(
                "",
                "<h1>全市经济运行情况通报</h1><div class=\"content\">"
                    + PROSE
                    + "<div><h3>推荐阅读</h3><p>市政府召开常务会议研究部署近期重点工作 2019-05-01</p>"
                    + "<p>全市安全生产工作会议召开 2019-04-30</p></div></div>"));
    assertThat(t.text()).contains("今年以来").doesNotContain("推荐阅读", "常务会议", "安全生产");
  }

  @Test
  void aLineThatIsAllLinksIsLeftOutOfAnArticle() {
    ExtractedText t =
        HtmlText.extract(
            page(
                "",
                "<h1>全市经济运行情况通报</h1><div class=\"content\">"
                    + PROSE
                    + "<p><a href=\"/more\">点击查看更多精彩图片新闻</a></p><p>附件：<a href=\"/f\">统计表</a></p></div>"));
    assertThat(t.text()).doesNotContain("点击查看更多").contains("附件：统计表");
  }

  @Test
  void aLongLinkedParagraphInsideTheArticleIsKept() {
    ExtractedText t =
        HtmlText.extract(
            page(
                "",
                "<div class=\"content\">"
                    + PROSE
                    + "<div><p>会议强调，要坚持稳中求进，<a href=\"/x\">完整、准确、全面贯彻新发展理念</a>，扎实推动高质量发展。</p></div></div>"));
    assertThat(t.text()).contains("完整、准确、全面贯彻新发展理念");
  }

  @Test
  void hiddenElementsAreNotText() {
    ExtractedText t =
        HtmlText.extract(
            page(
                "",
                "<div style=\"display: none\">隐藏一</div><div hidden>隐藏二</div>"
                    + "<div aria-hidden=\"true\">隐藏三</div><div style=\"visibility:hidden\">隐藏四</div><p>可见。</p>"));
    assertThat(t.text()).isEqualTo("可见。\n");
  }

  @Test
  void aBlockNamedAsFurnitureIsKeptWhenItHoldsTheArticle() {
    ExtractedText t =
        HtmlText.extract(
            page(
                "",
                MENU
                    + "<div class=\"print\">"
                    + PROSE
                    + "</div>"
                    + "<div class=\"share\">分享到微信朋友圈</div>"));
    assertThat(t.text()).contains("今年以来").doesNotContain("朋友圈");
  }

  @Test
  void aFormAroundThePageIsNoLongerDroppedWhole() {
    ExtractedText t =
        HtmlText.extract(
            page(
                "",
                "<form id=\"form1\">"
                    + MENU
                    + "<h1>全市经济运行情况通报</h1>"
                    + "<div class=\"content\">"
                    + PROSE
                    + "</div><div class=\"search\"><input name=\"q\">搜索</div></form>"));
    assertThat(t.text()).contains("今年以来").doesNotContain("搜索");
  }

  @Test
  void aShortPageIsKeptWholeAndHasNoSignals() {
    ExtractedText t = HtmlText.extract("<p><a href=\"/\">首页</a></p><p>正文。</p>");
    assertThat(t.text()).isEqualTo("首页\n正文。\n");
    assertThat(t.signals()).isEqualTo(PageSignals.NONE);
  }

  @Test
  void signalsAreStrippedAndBlankOnesAreNull() {
    PageSignals s = new PageSignals("  标题 ", " ", null, "\n", false);
    assertThat(s.title()).isEqualTo("标题");
    assertThat(s.published()).isNull();
    assertThat(s.dateline()).isNull();
    assertThat(ExtractedText.plain("x").signals()).isEqualTo(PageSignals.NONE);
  }

  @Test
  void proseIsToldFromABylineLine() {
    assertThat(PageText.isProse("2019-12-10 07:57:40 来源：新华网")).isFalse();
    assertThat(PageText.isProse("新华社巴黎12月9日电（记者唐霁）法国9日再次爆发全国跨行业大罢工。")).isTrue();
    assertThat(PageText.isProse("会议强调，要压实责任，细化措施，确保各项任务落地见效")).isTrue();
    assertThat(PageText.isProse("短句。")).isFalse();
  }
}
