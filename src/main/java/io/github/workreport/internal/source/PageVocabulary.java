package io.github.workreport.internal.source;

import java.util.List;
import java.util.Set;

/**
 * The words and thresholds the page stage reads a DOM with, in one table: class and id hints, page
 * controls, related-list headers, date labels and the meta tags of page metadata. They are about
 * page markup, so they live here rather than in the line rules of the text stage; every word recurs
 * across sites, none is one site's.
 */
final class PageVocabulary {
  private PageVocabulary() {}

  /** A page whose text is shorter than this (characters, spaces excluded) is kept whole. */
  static final int MIN_PAGE_TEXT = 200;

  /** A text run shorter than this does not score as a paragraph. */
  static final int MIN_RUN_TEXT = 10;

  /** Run length that earns one point, up to {@link #MAX_LENGTH_POINTS}. */
  static final int CHARS_PER_POINT = 40;

  /** Most points a run earns for its length. */
  static final int MAX_LENGTH_POINTS = 3;

  /** Weight of a class or id hint: weak evidence beside the text itself. */
  static final int CLASS_WEIGHT = 15;

  /** A sibling of the best block joins the article at this share of its score. */
  static final double SIBLING_SHARE = 0.2;

  /** ...and never below this score. */
  static final double SIBLING_MIN_SCORE = 10;

  /** Candidates this close to the best (share of its score) vote for a common ancestor. */
  static final double ALTERNATIVE_SHARE = 0.75;

  /** How many such candidates make their common ancestor the article. */
  static final int ALTERNATIVE_VOTES = 3;

  /** A line with this share of its characters in links is a link, not text. */
  static final double LINK_LINE_SHARE = 0.8;

  /** Longest element text read as a headline candidate. */
  static final int HEADLINE_MAX = 100;

  /** Fewest characters of a headline (or of a reference title it is matched with). */
  static final int HEADLINE_MIN = 4;

  /**
   * A headline found without a reference title stands at most this far (characters) before the
   * article.
   */
  static final int HEADLINE_REACH = 300;

  /** A headline is a prefix of a reference title at least this share of it long. */
  static final double HEADLINE_PREFIX_SHARE = 0.6;

  /** Longest dateline kept as a signal. */
  static final int DATELINE_MAX = 400;

  /** Longest text of an element removed as a page control. */
  static final int CONTROL_MAX = 40;

  /** Longest "上一篇：…" line removed as a page control. */
  static final int NEIGHBOUR_LINK_MAX = 100;

  /** Class or id tokens of article containers (pinyin included: 正文 zw, 内容 nr). */
  static final Set<String> POSITIVE_TOKENS =
      Set.of(
          "article",
          "body",
          "content",
          "entry",
          "main",
          "post",
          "text",
          "story",
          "blog",
          "detail",
          "zw",
          "zoom",
          "con",
          "cont",
          "txt",
          "artibody",
          "trs_editor",
          "editor",
          "news",
          "nr",
          "neirong");

  /** Class or id tokens of page parts around the article. */
  static final Set<String> NEGATIVE_TOKENS =
      Set.of(
          "nav",
          "menu",
          "footer",
          "foot",
          "sidebar",
          "side",
          "right",
          "comment",
          "comments",
          "share",
          "related",
          "relate",
          "recommend",
          "tuijian",
          "xiangguan",
          "hot",
          "rank",
          "paihang",
          "ad",
          "ads",
          "banner",
          "link",
          "links",
          "friend",
          "copyright",
          "login",
          "search",
          "tool",
          "tools",
          "widget",
          "top",
          "bottom",
          "list");

  /**
   * Parts of a class or id token that name an element holding the headline ("ArticleTit",
   * "con-title").
   */
  static final List<String> TITLE_HINTS = List.of("tit", "biaoti", "headline");

  /** Words of page controls: an element whose text is only these is a control. */
  static final Set<String> CONTROL_WORDS =
      Set.of(
          "打印", "打印本页", "打印此页", "打印文稿", "关闭", "关闭窗口", "关闭本页", "返回", "返回顶部", "返回首页", "顶部", "分享",
          "分享到", "收藏", "加入收藏", "纠错", "我要纠错", "字号", "字体", "大", "中", "小", "放大", "缩小", "正常", "默认",
          "复制链接", "评论", "发表评论", "我要评论", "查看评论", "推荐", "点赞", "转发", "举报", "下载");

  /** Openings of share bars ("分享到：微博 微信"): a short element opening with one is a control. */
  static final List<String> SHARE_OPENINGS = List.of("分享到", "分享至", "转发到", "转发至");

  /** Openings of links to the neighbouring articles ("上一篇：…"). */
  static final List<String> NEIGHBOUR_OPENINGS =
      List.of("上一篇", "下一篇", "上一条", "下一条", "上篇", "下篇", "阅读下一篇", "前一篇", "后一篇");

  /** Headers of related-content blocks: a block that opens with one is not the article. */
  static final Set<String> RELATED_HEADERS =
      Set.of(
          "相关新闻", "相关阅读", "相关链接", "相关文章", "相关报道", "相关专题", "相关内容", "相关稿件", "推荐阅读", "为你推荐", "猜你喜欢",
          "你可能会喜欢", "你可能感兴趣", "热点推荐", "热门推荐", "精彩推荐", "小编推荐", "延伸阅读", "热点新闻", "热门新闻", "最热新闻",
          "点击排行", "新闻排行", "新闻排行榜", "热点排行", "阅读排行", "精彩图集", "热图推荐", "图片新闻", "视频新闻", "网友评论", "最新评论",
          "栏目导航", "友情链接");

  /** Labels a publication date follows ("发布日期：2019-03-06"). */
  static final List<String> DATE_LABELS = List.of("发布日期", "发布时间", "发表时间", "更新时间", "日期", "时间");

  /** Meta names and properties that state the publication time. */
  static final Set<String> PUBLISHED_META =
      Set.of(
          "article:published_time",
          "pubdate",
          "publishdate",
          "publish_date",
          "publish-date",
          "dcterms.created",
          "dc.date",
          "og:release_date");

  /** Meta names that state the article's own title. */
  static final List<String> TITLE_META =
      List.of("og:title", "articletitle", "title", "twitter:title");

  /** Meta names that state the source. */
  static final Set<String> SOURCE_META = Set.of("contentsource", "source");
}
