package io.github.workreport.internal.target;

import io.github.workreport.internal.text.WordIndex;
import java.util.List;

/**
 * The words around a count and the noun after it, as data: classifiers, the words that stop the
 * noun after a count, verbs of purpose and verbs that name a count. No logic beyond indexing.
 */
final class CountWords {
  private CountWords() {}

  /**
   * Words that end the noun phrase after a figure ("13个大模型通过国家备案"); never at its first letter.
   * Written folded ("显着" for 显著).
   */
  static final List<String> NOUN_AFTER_STOPS =
      List.of(
          "全部", "全面", "全覆盖", "均", "都", "已", "正在", "通过", "入选", "落户", "获批", "开工", "建成", "投运", "投产",
          "上榜", "入围", "开诊", "运营", "落地", "实现", "达到", "完成", "参与", "受益", "覆盖", "提请", "纳入", "获得", "荣获",
          "位居", "排名", "增长", "下降", "占比", "用于", "投入使用", "投入运行", "投入运营", "投入生产", "启用", "获评", "成为",
          "分别", "取得", "晋级", "晋升", "免费", "加强", "支持", "实现", "进行", "享受", "享有", "引入", "未能", "未", "提质升级",
          "提质", "圆满", "顺利", "列入", "拔地而起", "不动摇", "不变", "进城落户", "扎实", "赴", "在", "试运行", "显着", "明显",
          "大幅", "累计", "合计", "同比", "得到", "进入", "迈上", "跻身", "跃居", "通车", "开展", "开通", "加入", "认定", "评为",
          "评定", "批准", "签约", "集聚", "脱贫", "摘帽", "出列", "退出", "整改", "销号", "提升", "提高", "新增", "的", "是",
          "等", "和", "及", "与", "、", "或", "达", "占", "获", "被", "比", "较", "为", "帮扶", "加快", "加速", "有序",
          "顺利", "稳步", "按期", "提前", "高效", "率先", "基本", "陆续", "先后", "相继", "同步");

  /** Letters after a verb among the stops that make it part of a noun ("重点帮扶县", "开工项目"). */
  static final String STOP_CONTINUATIONS = "县村户区点市人企对项";

  /** Verbs of purpose after a sum ("用三十亿元建设职工住宅"): the noun after them is what the sum is for. */
  static final List<String> PURPOSE_VERBS =
      List.of("建设", "新建", "改造", "用于", "支持", "实施", "购置", "补充", "偿还", "安排", "发展", "扶持", "建成", "设立");

  /**
   * Units whose figure counts things and so may name them after it ("5个国家公园"): classifiers, not
   * measures.
   */
  static final List<String> CLASSIFIERS =
      List.of(
          "个", "家", "项", "所", "座", "部", "辆", "台", "套", "条", "名", "栋", "处", "间", "张", "件", "件次", "宗",
          "批", "床", "片", "村", "镇", "校", "册", "篇", "株", "棵", "口", "眼", "孔", "只", "头", "户", "户次", "人",
          "人次", "场", "种", "场次", "次", "列", "架次", "艘", "班", "门", "盏", "期", "标准箱", "标箱");

  /** Whether {@code unit} counts things, so that a noun after its figure names them. */
  static boolean isClassifier(String unit) {
    return unit != null && CLASSIFIERS.contains(unit);
  }

  /**
   * Whether {@code unit} is no rate: its figure may count or measure what a noun after it names.
   */
  static boolean isCountUnit(String unit) {
    return unit != null
        && !unit.endsWith("%")
        && !unit.endsWith("\u2030")
        && !unit.endsWith("百分点")
        && !unit.equals("倍")
        && !unit.equals("成");
  }

  /** A one-letter unit and the letter after it that make a word, not a unit: "14亿人口", "200万家庭". */
  static final List<String> NOT_UNIT_WORDS =
      List.of(
          "人口", "人民", "人才", "人员", "人群", "人士", "人工", "人居", "人文", "人大", "人社", "人身", "家庭", "家长", "家乡",
          "家居", "家政", "家电", "个人", "个体", "个性", "名单", "名牌", "名优", "条件", "条例", "部门", "部署", "部分", "次数",
          "台湾", "台账", "所得", "所有", "天然", "天数", "天气", "口岸", "口径", "口罩", "场所", "场景", "场馆", "期间", "期限",
          "期货", "处理", "处置", "间隔", "头部", "只有", "元素", "分类", "分配", "分析", "分别", "分布", "分享", "分级", "项目",
          "批次", "批准", "片区", "镇区", "村庄", "村民", "村级", "村集", "校区", "校园", "床位", "件事", "套餐", "户籍", "户外",
          "吨位", "度假", "天津", "门户", "门槛", "班子", "列车", "列入", "座谈", "张家", "倍增", "倍数", "次生", "台阶", "栋梁",
          "宗教", "人均", "种植", "种子", "种业", "种类", "种养", "种源", "担任", "担保", "担当");

  /** Letters after a sum that make it the size class of a thing ("200亿元县", "千亿元企业"). */
  static final String SIZED_THINGS = "县市区镇城企";

  /** One-letter nouns a count may name after it ("全市16个区"): places and households. */
  static final String ONE_LETTER_NOUNS = "区县市省村镇乡州盟旗户";

  /** Verbs of a state that never name the figure they hold ("建成过江通道4座、在建8座"). */
  static final List<String> VERBS_NEVER_NAMES =
      List.of(
          "在建", "续建", "现有", "安排", "完成", "实现", "推进", "支持", "落实", "开展", "组织", "争取", "获得", "取得", "保障",
          "覆盖", "解决", "帮助", "改善", "达成", "利用", "建成");

  /** Verbs after a figure that name it when nothing else does ("约6700万人受益", "超过5.2亿人次参与"). */
  static final List<String> VERBS_AS_NAMES =
      List.of(
          "受益", "参与", "就业", "脱贫", "参保", "参加", "入学", "就医", "受惠", "获益", "出行", "落户", "返乡", "参训", "就读",
          "入住", "入园", "上岗", "创业", "受助", "进城落户");

  static final WordIndex STOP_INDEX = new WordIndex(NOUN_AFTER_STOPS);
  static final WordIndex PURPOSE_INDEX = new WordIndex(PURPOSE_VERBS);
}
