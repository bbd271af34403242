package io.github.workreport.internal.parse;

import java.util.List;
import java.util.Set;

/**
 * The vocabulary and thresholds that decide what a line is, kept in one table so that a test suite
 * pins them down. Every word here recurs across sites and reports; none is one document's. All
 * strings are compared against normalised, space-free text.
 */
public final class LineRules {
  private LineRules() {}

  /** The last characters of the name of a government's region ("甘肃省", "酒泉市肃州区", "阿拉善盟"). */
  public static final String PLACE_SUFFIXES = "省市区县州旗盟镇乡";

  /** Longest bare heading (characters, spaces excluded). */
  public static final int BARE_HEADING_MAX = 30;

  /** Longest bare heading when the markup marked the line as a heading. */
  public static final int HINTED_HEADING_MAX = 40;

  /** Longest text after a "一、" or "第一部分" marker for the line to be a heading. */
  public static final int TOP_NUMBERED_HEADING_MAX = 50;

  /** Longest text after any other marker for the line to be a heading. */
  public static final int NUMBERED_HEADING_MAX = 40;

  /** Fewest Han characters in a heading. */
  public static final int HEADING_MIN_HAN = 2;

  /** A line at least this long without closing punctuation continues on the next line. */
  public static final int JOIN_MIN_LENGTH = 16;

  /**
   * Longest title of a numbered unit that opens a paragraph: its lead sentence when that ends
   * within this many characters after the marker, else its first clause (national reports' unit
   * sentences run to about 40 characters; a longer one is a paragraph, not a title).
   */
  public static final int INLINE_TITLE_MAX = 80;

  /**
   * Longest lead that stands on a line of its own above its paragraph's body (a bold lead as
   * scraped); such a lead may have two clauses. Longer first lines are ordinary sentences.
   */
  public static final int SET_APART_LEAD_MAX = 40;

  /** Longest lead sentence of a paragraph, closing mark included. */
  public static final int LEAD_MAX = 32;

  /** A head-zone line at least this long with clause punctuation is body text. */
  public static final int BODY_MIN_LENGTH = 40;

  /** Longest line that can be page furniture made of widget words or a metadata line. */
  public static final int FURNITURE_MAX = 80;

  /** Longest glossary heading. */
  public static final int GLOSSARY_HEADING_MAX = 24;

  /** Longest line that is a name standing alone under an office in a byline. */
  public static final int NAME_MAX = 12;

  /** A trailing notice or related-content block starts a cut only past this share of the text. */
  public static final double TAIL_FROM = 0.5;

  /** Words of page widgets: a line made only of these (and punctuation) is furniture. */
  public static final Set<String> WIDGET_WORDS =
      Set.of(
          "注册", "登录", "登陆", "退出", "首页", "返回", "返回顶部", "顶部", "打印", "打印本页", "打印此页", "关闭", "关闭窗口",
          "关闭本页", "分享", "分享到", "分享到微信", "分享到微博", "收藏", "下载", "全屏", "字号", "字体", "加大", "减小", "还原",
          "默认", "大", "中", "小", "投稿", "我要投稿", "笔记", "记笔记", "写下来", "复制", "问答", "搜索", "导出笔记", "官网原文",
          "原文", "一级目录", "二级目录", "报告年份", "筛选地域", "微信", "微博", "朋友圈", "QQ", "QQ空间", "纠错", "我要纠错",
          "上一篇", "下一篇", "评论", "点赞", "正文", "视力保护色", "朗读", "播报", "语音播报", "无障碍", "繁体", "简体", "繁", "简",
          "手机版", "客户端", "二维码", "扫码", "更多", "查看更多", "全文", "x", "×");

  /** Headers of related-content blocks; past the middle of the text, one ends the body. */
  public static final Set<String> RELATED_HEADERS =
      Set.of(
          "栏目导航", "推荐阅读", "相关新闻", "相关报道", "相关阅读", "相关链接", "相关文章", "相关文档", "延伸阅读", "热点推荐", "更多推荐",
          "猜你喜欢", "相关推荐", "热门推荐", "精彩推荐", "网友评论", "相关稿件", "专题推荐");

  /** Openings of notices (licence, copyright, disclaimer) that end the body. */
  public static final List<String> NOTICE_OPENINGS =
      List.of(
          "特别声明",
          "免责声明",
          "版权声明",
          "版权所有",
          "声明:",
          "本作品",
          "本网站",
          "本站",
          "Copyright",
          "copyright",
          "©",
          "注:中文维基文库",
          "Publicdomain",
          "扫一扫在手机");

  /** Openings of site banners and navigation lines. */
  public static final List<String> BANNER_OPENINGS =
      List.of("欢迎访问", "欢迎来到", "欢迎光临", "当前位置", "您的位置", "您现在的位置", "你的位置", "所在位置", "原标题");

  /** Keys of metadata lines ("来源:酒泉日报"), longest first so that 信息来源 wins over 来源. */
  public static final List<String> METADATA_KEYS =
      List.of(
          "信息来源", "文章来源", "稿件来源", "新闻来源", "来源于", "发布时间", "发布日期", "发表时间", "发表日期", "更新时间", "浏览次数",
          "阅读次数", "阅读量", "点击数", "点击量", "访问量", "责任编辑", "通讯员", "来源", "时间", "日期", "作者", "记者", "编辑",
          "责编", "审核", "校对", "字号", "字体", "摄影");

  /** Metadata keys whose value is the publishing outlet. */
  public static final Set<String> SOURCE_KEYS = Set.of("信息来源", "文章来源", "稿件来源", "新闻来源", "来源于", "来源");

  /** Metadata keys whose value is the publication date. */
  public static final Set<String> DATE_KEYS =
      Set.of("发布时间", "发布日期", "发表时间", "发表日期", "时间", "日期", "更新时间");

  /** Metadata keys whose value names authors. */
  public static final Set<String> AUTHOR_KEYS = Set.of("作者", "记者");

  /** Salutations that open a delivered report. */
  public static final List<String> SALUTATIONS = List.of("各位代表", "各位委员", "同志们", "各位代表、各位委员");

  /** What a glossary heading ends with, once 附件/附 and colons are stripped. */
  public static final List<String> GLOSSARY_HEADING_ENDINGS =
      List.of("名词解释", "词语解释", "名词解释说明", "名词注释", "词语注释", "注释", "名词说明", "术语解释");

  /** Headings of the closing remarks, which stand at the top whatever numbering came before. */
  public static final Set<String> CLOSING_HEADINGS = Set.of("结束语", "结语");

  /** Lines that only announce an attachment, such as the glossary after it. */
  public static final Set<String> ATTACHMENT_WORDS = Set.of("附件", "附", "附录", "附件1", "附件一");

  /** Offices whose holder delivers a report, as the last word of the speaker's title. */
  public static final List<String> OFFICES =
      List.of("总理", "省长", "市长", "区长", "县长", "州长", "旗长", "盟长", "主席", "镇长", "乡长", "书记");

  /** Words in a part's title that mark a review of the past. */
  public static final List<String> REVIEW_WORDS =
      List.of("回顾", "回眸", "过去", "成就", "总结", "执行情况", "工作情况", "成绩", "取得");

  /** Words in a part's title that mark the plan for the period ahead. */
  public static final List<String> PLAN_WORDS =
      List.of(
          "安排", "展望", "任务", "目标", "计划", "打算", "部署", "总体要求", "建议", "今年", "明年", "思路", "政策取向", "主要工作",
          "重点工作", "举措", "自身建设");

  /**
   * Words that open a part's heading given as an instruction ("进一步做好外交工作", "加强政府自身建设"); after the
   * plan has begun, such a part is a plan whatever tense its text is in.
   */
  public static final List<String> PLAN_OPENINGS =
      List.of(
          "进一步", "继续", "加快", "加强", "坚持", "推进", "促进", "做好", "搞好", "抓好", "大力", "积极", "着力", "深化", "努力",
          "切实", "全面", "不断", "实施", "扩大", "提高");

  /**
   * Verbs of work that govern a whole list when they open its first part ("坚持稳就业、稳金融、…稳预期 “六稳”"),
   * rather than belong to that part as a qualifier does ("农村厕所、垃圾、风貌").
   */
  public static final List<String> LIST_VERBS =
      List.of(
          "坚持", "推动", "推进", "促进", "实施", "开展", "抓好", "做好", "搞好", "深化", "加快", "加强", "强化", "突出", "聚焦",
          "围绕", "统筹", "落实", "打好", "打赢", "实现", "扎实推进", "大力推进", "全面推进", "持续推进", "深入实施");

  /** Words in running text that speak of things done. */
  public static final List<String> PAST_MARKERS =
      List.of(
          "累计", "同比", "比上年", "较上年", "了", "已经", "已", "以来", "截至", "去年", "先后", "共计", "荣获", "至目前",
          "目前");

  /** Words in running text that speak of things to do. */
  public static final List<String> FUTURE_MARKERS =
      List.of("力争", "确保", "将", "计划", "争取", "预计", "预期", "目标", "努力", "今年要", "明年");

  /** Words that, in a source line or near the title, mark a press text. */
  public static final List<String> NEWS_MARKERS =
      List.of("日报", "晚报", "报社", "新闻", "融媒体", "记者", "编者按", "原标题", "原载", "客户端", "网讯", "电视台", "广播");
}
