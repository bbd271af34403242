package io.github.workreport.internal.target;

import io.github.workreport.internal.text.WordIndex;
import io.github.workreport.model.Bound;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The vocabulary and thresholds of target reading, as data: verbs and what they make a figure
 * measure, bound words, the words that frame a subject without naming it, status, tier and headline
 * words. Words are written as they stand in folded text (see {@code TextNormalizer}): full-width
 * ASCII forms are ASCII there, Chinese punctuation stays. No logic beyond indexing.
 */
final class TargetRules {
  private TargetRules() {}

  /** What a verb before (or governing) a figure says about it. */
  enum VerbKind {
    /** A rise: GROWTH for a rate, INCREMENT for an amount ("增加300人"). */
    GROWTH,
    /** A fall, of a rate or an amount. */
    DECLINE,
    /** A level reached, held or kept within. */
    LEVEL,
    /**
     * A level reached from a start ("由61.5%提高到80.2%"): LEVEL, and a 从/由 before it is a baseline.
     */
    TO_LEVEL,
    /** New things made or added: the object names the indicator, measure INCREMENT. */
    INCREMENT,
    /** An action on an object that is counted (完成, 举办, 安排): the object names it, measure LEVEL. */
    ACTION,
    /** A verb that is also the name of an amount (投入, 投资): part of the name after a noun. */
    NOUN,
    /** A comparison with a reference ("高于全国1.2个百分点"): the reference is no part of the name. */
    COMPARE
  }

  /** A verb and what it makes the figure measure. */
  record VerbRule(String word, VerbKind kind) {}

  /** A word beside a figure and the bound it sets. */
  record BoundRule(String word, Bound bound) {}

  private static List<VerbRule> kind(VerbKind kind, String... words) {
    List<VerbRule> out = new ArrayList<>();
    for (String w : words) {
      out.add(new VerbRule(w, kind));
    }
    return out;
  }

  private static List<VerbRule> concat(List<List<VerbRule>> lists) {
    List<VerbRule> out = new ArrayList<>();
    lists.forEach(out::addAll);
    return List.copyOf(out);
  }

  /** The verbs, each with its kind; a longer word wins where two start or end at one place. */
  static final List<VerbRule> VERBS =
      concat(
          List.of(
              kind(
                  VerbKind.GROWTH,
                  "增长",
                  "增速",
                  "提高",
                  "提升",
                  "上涨",
                  "增加",
                  "涨幅",
                  "涨幅在",
                  "增幅",
                  "增幅在",
                  "上升",
                  "年均增长",
                  "增产",
                  "扩大",
                  "增长了",
                  "增加了",
                  "提高了",
                  "实际增长",
                  "名义增长",
                  "净增加",
                  "递增",
                  "增长到了",
                  "增发",
                  "调高",
                  "上调"),
              kind(
                  VerbKind.DECLINE,
                  "下降",
                  "降低",
                  "压减",
                  "减少",
                  "降幅",
                  "压降",
                  "缩减",
                  "削减",
                  "核减",
                  "下降了",
                  "回落",
                  "净减少",
                  "减少了",
                  "压缩",
                  "淘汰",
                  "关闭",
                  "化解",
                  "取消",
                  "退出",
                  "减排",
                  "精简",
                  "下调",
                  "压减了",
                  "拆除",
                  "拆除了",
                  "清退",
                  "腾退",
                  "疏解",
                  "关停",
                  "压降了",
                  "递减",
                  "废止",
                  "停征",
                  "免征",
                  "减征",
                  "减产",
                  "降低了",
                  "多降低了",
                  "节约",
                  "减轻",
                  "节减",
                  "节减了",
                  "消除"),
              kind(
                  VerbKind.LEVEL,
                  "达到",
                  "达",
                  "高达",
                  "突破",
                  "稳定在",
                  "控制在",
                  "保持在",
                  "维持在",
                  "为",
                  "占",
                  "超过",
                  "超",
                  "实现",
                  "是",
                  "定为",
                  "确定为",
                  "设定为",
                  "确定在",
                  "设定在",
                  "可达",
                  "保持",
                  "稳定",
                  "达到了",
                  "突破了",
                  "迈上",
                  "迈入",
                  "跨上",
                  "站上",
                  "跨过",
                  "登上",
                  "跨越",
                  "跃上",
                  "跨入",
                  "停留在"),
              kind(
                  VerbKind.TO_LEVEL,
                  "提高到",
                  "提高至",
                  "提升到",
                  "提升至",
                  "增加到",
                  "增加至",
                  "增至",
                  "增长到",
                  "增长至",
                  "上升到",
                  "上升至",
                  "降至",
                  "降到",
                  "下降到",
                  "下降至",
                  "降低到",
                  "降低至",
                  "减少到",
                  "减少至",
                  "压缩到",
                  "压缩至",
                  "压减到",
                  "压减至",
                  "扩大到",
                  "扩大至",
                  "缩短到",
                  "缩短至",
                  "缩减至",
                  "缩减到",
                  "提速到",
                  "跃升到",
                  "跃升至",
                  "回落到",
                  "回落至",
                  "攀升到",
                  "攀升至",
                  "升至",
                  "升到",
                  "提升为",
                  "调整为",
                  "调整到",
                  "放宽到",
                  "放宽至",
                  "延长到",
                  "延长至",
                  "缩小到",
                  "缩小至",
                  "拓展到",
                  "拓展至",
                  "扩展到",
                  "扩展至",
                  "增长为",
                  "下调至",
                  "下调到",
                  "上调至",
                  "上调到",
                  "减至",
                  "减到",
                  "下降为",
                  "上升为",
                  "提高为",
                  "降为",
                  "降低为",
                  "减少为",
                  "增加为",
                  "整合为",
                  "合并为",
                  "精简为",
                  "压减为",
                  "缩减为"),
              kind(
                  VerbKind.INCREMENT,
                  "新增",
                  "新增加",
                  "新建",
                  "新改建",
                  "改建",
                  "改扩建",
                  "扩建",
                  "改造",
                  "引进",
                  "发放",
                  "建成",
                  "培育",
                  "新开发",
                  "开发",
                  "招引",
                  "签约",
                  "新认定",
                  "认定",
                  "创建",
                  "开工",
                  "新开工",
                  "建设",
                  "组建",
                  "提供",
                  "安置",
                  "培训",
                  "救助",
                  "打造",
                  "实施",
                  "输转",
                  "转移",
                  "加装",
                  "开通",
                  "新培育",
                  "建立",
                  "储备",
                  "谋划储备",
                  "整治",
                  "治理",
                  "发行",
                  "新设",
                  "设立",
                  "布局",
                  "更新",
                  "创成",
                  "新招引",
                  "招聘",
                  "录用",
                  "吸纳",
                  "帮扶",
                  "转移就业",
                  "净增",
                  "新建改建",
                  "建设改造",
                  "开工改造",
                  "新开",
                  "增设",
                  "新培训",
                  "新发展",
                  "新组建",
                  "新招",
                  "新植",
                  "种植",
                  "修复",
                  "新改造",
                  "续建",
                  "新上",
                  "落地",
                  "投产",
                  "新签",
                  "新登记",
                  "新设立",
                  "新评定",
                  "新获批",
                  "获批",
                  "入选",
                  "引育",
                  "集聚",
                  "引才",
                  "认证",
                  "建成投运",
                  "建成投产",
                  "开工建设",
                  "建成运营",
                  "形成",
                  "完工",
                  "竣工",
                  "改造提升",
                  "建设筹集",
                  "筹集建设",
                  "新签约",
                  "新打造",
                  "开辟",
                  "新开辟",
                  "多种",
                  "扩充",
                  "扩增",
                  "新引进",
                  "新落地",
                  "新获得",
                  "筹建",
                  "增发国债",
                  "新建成",
                  "新开通",
                  "新投产",
                  "追加",
                  "招募",
                  "留用",
                  "招募留用",
                  "交付"),
              kind(
                  VerbKind.ACTION,
                  "动用",
                  "动用了",
                  "追回",
                  "审议",
                  "提请",
                  "报请",
                  "完成",
                  "启动",
                  "部署",
                  "维修养护",
                  "维修",
                  "养护",
                  "推进",
                  "举办",
                  "办理",
                  "争取",
                  "安排",
                  "投放",
                  "下达",
                  "支持",
                  "带动",
                  "吸引",
                  "接待",
                  "筹集",
                  "供应",
                  "保障",
                  "出台",
                  "制定",
                  "修订",
                  "落实",
                  "拨付",
                  "兑现",
                  "减免",
                  "惠及",
                  "营造",
                  "播种",
                  "审结",
                  "受理",
                  "办结",
                  "开展",
                  "组织",
                  "资助",
                  "补助",
                  "奖励",
                  "撬动",
                  "盘活",
                  "处置",
                  "收储",
                  "认购",
                  "利用",
                  "申请",
                  "获得",
                  "争取到",
                  "申报",
                  "签订",
                  "达成",
                  "清理",
                  "排查",
                  "整改",
                  "查处",
                  "立案",
                  "调解",
                  "化解了",
                  "完成了",
                  "实施了",
                  "推出",
                  "发布",
                  "评选",
                  "遴选",
                  "选派",
                  "派出",
                  "选树",
                  "表彰",
                  "举行",
                  "召开",
                  "承办",
                  "开行",
                  "抽检",
                  "检查",
                  "走访",
                  "救治",
                  "接种",
                  "筛查",
                  "覆盖",
                  "解决",
                  "帮助",
                  "改善",
                  "滚动推进",
                  "谋划",
                  "储备了",
                  "梳理",
                  "排出",
                  "实现了",
                  "取得",
                  "清付",
                  "偿还",
                  "支付",
                  "严守",
                  "坚守",
                  "用好",
                  "打通",
                  "推广",
                  "修改",
                  "完成了原定",
                  "评定",
                  "活化利用",
                  "生产",
                  "下放",
                  "安装",
                  "探索",
                  "在建",
                  "筹措",
                  "执行",
                  "完成计划的",
                  "完成年度计划的",
                  "完成全年计划的",
                  "攻克",
                  "下拨",
                  "代发"),
              kind(
                  VerbKind.NOUN,
                  "投入",
                  "投资",
                  "支出",
                  "占比",
                  "消费",
                  "营收",
                  "收入",
                  "产量",
                  "出口",
                  "进口",
                  "融资",
                  "贷款"),
              kind(VerbKind.COMPARE, "高于", "低于", "快于", "慢于", "好于", "超出", "多于", "少于", "高出", "低出")));

  /** Bound words right after a figure (and its unit). */
  static final List<BoundRule> BOUNDS_AFTER =
      List.of(
          new BoundRule("以上", Bound.AT_LEAST),
          new BoundRule("以内", Bound.AT_MOST),
          new BoundRule("以下", Bound.AT_MOST),
          new BoundRule("左右", Bound.ABOUT),
          new BoundRule("上下", Bound.ABOUT),
          new BoundRule("之内", Bound.AT_MOST));

  /** Bound words right before a figure. */
  static final List<BoundRule> BOUNDS_BEFORE =
      List.of(
          new BoundRule("不低于", Bound.AT_LEAST),
          new BoundRule("不少于", Bound.AT_LEAST),
          new BoundRule("超过", Bound.AT_LEAST),
          new BoundRule("突破", Bound.AT_LEAST),
          new BoundRule("高于", Bound.AT_LEAST),
          new BoundRule("至少", Bound.AT_LEAST),
          new BoundRule("超", Bound.AT_LEAST),
          new BoundRule("逾", Bound.AT_LEAST),
          new BoundRule("不超过", Bound.AT_MOST),
          new BoundRule("不高于", Bound.AT_MOST),
          new BoundRule("控制在", Bound.AT_MOST),
          new BoundRule("低于", Bound.AT_MOST),
          new BoundRule("不到", Bound.AT_MOST),
          new BoundRule("不足", Bound.AT_MOST),
          new BoundRule("大约", Bound.ABOUT),
          new BoundRule("约", Bound.ABOUT),
          new BoundRule("近", Bound.ABOUT),
          new BoundRule("接近", Bound.ABOUT),
          new BoundRule("将近", Bound.ABOUT),
          new BoundRule("超出", Bound.AT_LEAST),
          new BoundRule("少于", Bound.AT_MOST),
          new BoundRule("多于", Bound.AT_LEAST),
          new BoundRule("约有", Bound.ABOUT),
          new BoundRule("大约有", Bound.ABOUT));

  /**
   * Words after a figure's number and before its unit or magnitude that make it a lower bound
   * ("七百多万人").
   */
  static final String MORE_THAN = "多余";

  /**
   * Words that frame a subject from its left without naming it: time, scope, connectives, modals,
   * causatives and stance. Stripped from the start of a subject, longest first.
   */
  static final List<String> LEADING =
      List.of(
          "全区",
          "全县",
          "全市",
          "全省",
          "全州",
          "全国",
          "全盟",
          "全旗",
          "全镇",
          "全乡",
          "全自治区",
          // a province's one-character name after 全 scopes like 全省 (全疆, 全川)
          "全疆",
          "全藏",
          "全川",
          "全蜀",
          "全粤",
          "全晋",
          "全豫",
          "全鲁",
          "全皖",
          "全赣",
          "全湘",
          "全鄂",
          "全陕",
          "全陇",
          "全琼",
          "全黔",
          "全滇",
          "全桂",
          "全冀",
          "全辽",
          "全浙",
          "全渝",
          "全沪",
          "全年",
          "今年",
          "明年",
          "当年",
          "年内",
          "本年内",
          "其中",
          "确保",
          "力争",
          "预计",
          "计划",
          "争取",
          "努力",
          "推动",
          "推进",
          "使",
          "让",
          "把",
          "年均",
          "同比",
          "比上年",
          "较上年",
          "累计",
          "共",
          "共计",
          "合计",
          "并",
          "但是",
          "但",
          "而且",
          "和",
          "及",
          "以及",
          "还",
          "要",
          "将",
          "已",
          "已经",
          "再",
          "进一步",
          "持续",
          "当期",
          "一年来",
          "五年来",
          "过去一年",
          "过去五年",
          "同时",
          "此外",
          "另外",
          "目前",
          "截至",
          "截止",
          "底",
          "末",
          "年底",
          "年末",
          "期间",
          "主要预期目标是",
          "主要预期目标",
          "是",
          "的",
          "各类",
          "各项",
          "向上",
          "共有",
          "拟",
          "按",
          "全部",
          "去年",
          "上年",
          "前年",
          "提出",
          "包括",
          "继续",
          "我国",
          "我省",
          "我市",
          "我区",
          "我县",
          "我州",
          "我们",
          "各地",
          "各级",
          "带动",
          "促进",
          "促使",
          "推动实现",
          "实现",
          "着力",
          "力求",
          "做到",
          "保证",
          "预定",
          "预期",
          "必须",
          "应",
          "应当",
          "需要",
          "总体",
          "当前",
          "现在",
          "今后",
          "未来",
          "这",
          "这些",
          "首批",
          "首次",
          "新一轮",
          "每年",
          "平均每年",
          "分别",
          "均",
          "都",
          "也",
          "又",
          "并且",
          "从而",
          "通过",
          "力促",
          "全力",
          "加快",
          "积极",
          "不断",
          "大力",
          "同口径",
          "一季度",
          "上半年",
          "前三季度",
          "全年共",
          "年初",
          "年中",
          "五年",
          "十年",
          "三年",
          "两年",
          "近五年",
          "近年来",
          "多年来",
          "十年来",
          "这五年",
          "过去",
          "今后五年",
          "“十四五”时期",
          "“十五五”时期",
          "“十四五”期间",
          "“十五五”期间",
          "“十三五”时期",
          "“十三五”期间",
          "成功",
          "率先",
          "顺利",
          "扎实",
          "稳步",
          "全面",
          "带动全省",
          "首期",
          "精准",
          "集中",
          "统筹",
          "有序",
          "依法",
          "滚动",
          "分批",
          "分期",
          "逐步",
          "深入",
          "分两期",
          "分三期",
          "分两批",
          "分三批",
          "分年度",
          "分区分类",
          "阶段性",
          "全部完成",
          "基本完成",
          "完全",
          "则",
          "可以",
          "因为",
          "由于",
          "绝大多数",
          "大多数",
          "准备",
          "例如",
          "比如",
          "根据",
          "被评为",
          "被评选为",
          "评为",
          "后来",
          "紧急",
          "中央提出",
          "中央确定",
          "国务院提出",
          "国务院决定",
          "大体",
          "就能",
          "就可以",
          "即",
          "却",
          "认真",
          "正常年景下",
          "规定",
          "计划规定",
          "预算规定",
          "国家预算规定",
          "按可比价格计算",
          "按可比口径计算",
          "按可比价格",
          "按可比口径",
          "可比口径",
          "国家计划规定",
          "这个",
          "该",
          "转为",
          "扣除价格因素",
          "扣除物价上涨因素",
          "扣除价格因素后",
          "扣除物价因素",
          "因而",
          "而",
          "要求",
          "如果",
          "估计",
          "预计将",
          "估计将");

  /** Words that close a subject on its right without naming it: modals, adverbs, stance. */
  static final List<String> TRAILING =
      List.of(
          "分别", "均", "同口径", "同比", "年均", "的", "了", "都", "要", "将", "比上年", "只", "有", "共有", "双双", "较上年",
          "累计", "共", "力争", "确保", "预计", "各类", "拟按", "按", "拟", "不", "总是", "原来", "继续", "持续", "连年",
          "连续", "首次", "再", "已", "已经", "也", "还", "实际", "名义", "平均", "每年", "平均每年", "稳步", "大幅", "进一步",
          "总体", "基本", "可", "预期", "预定", "争取", "努力", "必须", "应", "应该", "力求", "做到", "保证", "逐年", "稳定",
          "较快", "快速", "明显", "分别较", "当年", "全年", "净", "合计", "共计", "今年", "明年", "预期目标", "目标", "目标是",
          "目标为", "等", "首批", "一律", "同步", "大幅度", "较大幅度", "又", "可以", "力争实现", "实现", "将要", "有望", "就",
          "准备", "计划", "的指标", "仍以", "仍", "要求", "逐步", "去年底", "去年末", "上年底", "去年", "中", "在", "到年末",
          "到年底", "年末", "年底", "约", "近", "超", "达", "期间", "以来", "以上", "由", "从", "估计", "估计将", "预计将",
          "止跌", "逆势", "却", "大体", "总共", "总共只", "屡创历史新高", "创历史新高", "再创新高", "创新高", "仍然", "依然", "仍旧",
          "安排", "则", "按可比价格计算", "按可比口径计算", "按可比价格", "按可比口径", "设定为", "确定为", "定为", "设定在", "确定在",
          "定在");

  /** Letters after a scope or framing word that make it part of a word ("全市性", "全域旅游"). */
  static final String LEADING_GUARD = "性域";

  /** Words after a scope (全国, 全省) that make it part of a title ("全国重点实验室", "全国文明城市"). */
  static final List<String> TITLES =
      List.of("重点实验室", "文明", "先进", "示范", "百强", "优秀", "模范", "劳动模范", "民族团结进步", "社会保障基金", "社保基金");

  /**
   * Two-letter words whose one-letter end is a framing word elsewhere: never split ("使用", "人均").
   */
  static final List<String> NOT_SPLIT =
      List.of(
          "和美", "为民", "和谐", "使用", "将来", "要素", "再生", "共享", "共同", "共建", "共富", "按期", "把握", "让利", "并购",
          "还款", "是否", "人均", "首都", "成都", "平等", "节约", "附近", "最近", "发达", "高超", "即将", "认可", "供应", "自由",
          "理由", "青年", "老年", "少年", "合同", "均衡", "再造", "共治", "共用", "总量", "有序", "已有", "要求", "要点", "将军",
          "再次", "再就", "所有", "拥有", "现有", "具有", "没有", "占有", "享有", "持有", "还有", "设计", "统计", "会计", "审计",
          "合计", "预计", "估计", "公共", "应届", "则是", "高中", "初中", "集中", "华中", "居中", "适中", "空中", "途中", "存在",
          "现在", "正在", "所在", "实在", "内在", "外在", "潜在", "应用", "与会", "在校", "在建", "在岗", "在读", "在职", "在线",
          "在途", "在园", "在押", "在册", "在库", "在营", "在售", "即期", "即时");

  /** Scope words that name no indicator when they stand alone ("省外12所高水平大学"). */
  static final List<String> SCOPE_ONLY =
      List.of(
          "平均每人", "每人平均", "每人", "人均", "省外", "省内", "市外", "市内", "区外", "区内", "县外", "县内", "境外", "境内",
          "国外", "国内", "海外", "全国", "全省", "全市", "全区", "全县", "各地", "各级", "城乡", "其中", "此外", "同时", "今年",
          "全年", "累计", "共", "每年");

  /**
   * Modal and causative words inside a subject: the subject is what stands before a modal
   * ("集团购买力要按上年实际数额") and after a causative ("力争使全国人口增长率").
   */
  static final List<String> MODALS =
      List.of(
          "要", "将", "拟", "力争", "确保", "争取", "努力", "预计", "估计", "预定", "必须", "保证", "做到", "计划在", "力求",
          "应当");

  /** Causatives: the measured subject follows them. */
  static final List<String> CAUSATIVES =
      List.of("使", "让", "把", "推动", "促进", "带动", "促使", "确保", "力争", "实现", "保持", "拉动");

  /** Characters before 要/将/使… that make them part of a word ("主要", "即将", "使用" is checked after). */
  static final String NOT_MODAL_BEFORE = "主重需纲只必即行大促致";

  /** Characters after 要/将/使/把… that make them part of a word ("要素", "使用", "把握"). */
  static final String NOT_MODAL_AFTER = "素求点害用命握关";

  /** Comparison frames inside a subject: 比 or 较 and the reference after it ("比上年", "较2020年"). */
  static final String COMPARISON_MARKS = "比较";

  /** Characters after 比/较 that make them part of a word (比重, 比例, 比率, 较好…). */
  static final String NOT_COMPARISON_AFTER = "重例率值对照较为大快好多少小强弱低高";

  /** Characters before 比/较 that make them part of a word (占比, 对比, 相比, 同比…). */
  static final String NOT_COMPARISON_BEFORE = "占对相同类环攀之可";

  /** The start frames of a from→to statement. */
  static final String FROM_MARKS = "从由";

  /** Characters after 从/由 that make them part of a word (从业, 由于…). */
  static final String NOT_FROM_AFTER = "业事而严优头来于此衷";

  /** Characters before 从/由 that make them part of a word (自由, 理由, 服从…). */
  static final String NOT_FROM_BEFORE = "自理缘事服听随";

  /** Indicators too general to stand alone; the subject carried over stands for them. */
  static final List<String> GENERIC =
      List.of(
          "总量", "总额", "规模", "增速", "增幅", "比重", "总数", "数量", "总规模", "总值", "增长", "其中", "占比", "水平", "年均",
          "增长速度", "速度", "幅度", "但是", "就是", "可是");

  /** Plans and budgets that set a figure before 规定 ("五年计划规定", "国家预算规定"). */
  static final List<String> STIPULATING = List.of("计划", "预算", "纲要", "规划");

  /**
   * Established names of statistics that begin with a verb and keep it ("新增城镇就业", "新开工 项目"): a verb
   * at the start of a subject is split off only when the subject is not one of these.
   */
  static final List<String> NAMED_STATISTICS =
      List.of(
          "城镇新增就业",
          "新增城镇就业",
          "新增就业",
          "新增减税降费",
          "减税降费",
          "新开工",
          "新增人民币贷款",
          "新增贷款",
          "接待游客",
          "接待国内外游客",
          "接待国内游客",
          "接待入境游客",
          "营造林",
          "新增专项债券",
          "新增地方政府专项债券",
          "新增债券",
          "实际使用外资",
          "利用外资",
          "实际利用外资",
          "城镇新增就业人数",
          "新增劳动力",
          "转移就业",
          "新增建设用地",
          "新增耕地",
          "发电装机",
          "新增装机",
          "新增发电装机",
          "出口",
          "进口",
          "进出口",
          "外贸进出口",
          "利用内资",
          "引进内资",
          "引进外资",
          "新登记经营主体",
          "新设经营主体",
          "新增经营主体",
          "新设立企业",
          "新设企业",
          "新登记企业",
          "新注册企业",
          "新设立经营主体");

  /** Words inside a name that make its figure an amount added ("城镇新增就业", "农村劳动力转移就业"). */
  static final List<String> ADDED_WORDS =
      List.of("新增", "净增", "新开工", "新建", "转移就业", "新设", "新登记", "新注册");

  /** Measure words that may follow an established name and keep it whole ("接待游客人次"). */
  static final List<String> NAMED_TAILS = List.of("人数", "人次", "总量", "规模", "增速", "总额", "数量");

  /** Letters before 有 that make it part of another verb ("拥有", "具有", "占有"), not "there are". */
  static final String NOT_EXISTENCE_BEFORE_YOU = "拥具享持占没所";

  /**
   * Verbs that ask another body to act or join it in acting ("提请全国人大常委会审议法律议案18件", "配合市人大制定法规4部"):
   * what is counted is the object of the verb asked for, after the body asked.
   */
  static final List<String> REQUEST_VERBS = List.of("提请", "报请", "配合");

  /** The mark of whom an act is for ("为劳动者追回工资"): what is counted is the act's object. */
  static final String BENEFIT_MARK = "为";

  /**
   * Objects that open with a letter of {@link #VERB_CONTINUATIONS} and still stand apart from the
   * verb before them in a list of acts ("、压减资金42.6亿元", "、节约费用").
   */
  static final List<String> OBJECTS_LIKE_CONTINUATIONS = List.of("资金", "资产", "资源", "费用", "总量");

  /**
   * Letters after a verb at the start of a subject that make the verb part of a noun ("服务业",
   * "保障性住房").
   */
  static final String VERB_CONTINUATIONS = "业性率链区化房费款金者员面量额价力度标型类式点车网线站会馆院局厅室队组团社值总安成资";

  /**
   * Words a figure's text may hold between its verb and the figure ("提高到2025年的52%", "压缩到目前的平均4个").
   */
  static final List<String> NEAR_FIGURE =
      List.of(
          "平均", "每年", "年均", "目前的", "当年的", "去年的", "上年的", "年初的", "年底的", "的", "分别", "均", "累计", "共",
          "合计", "净", "再", "都", "预计", "将", "已", "总计", "总共", "一共", "分别为", "各", "各类", "就", "还", "又",
          "首批", "新一批", "第一批", "原定计划的", "年度计划的", "全年计划的", "年计划的", "计划的", "现在的", "今年的", "去年底的",
          "去年末的", "上年底的", "上年末的", "每月", "每人每月", "全国平均的", "全国平均水平的", "全省平均的", "全省平均水平的", "全市平均的",
          "全市平均水平的", "每人每年", "人均");

  /**
   * Scopes that may stand between a verb of reaching and its figure ("扩大到全国80%以上的县"); after a
   * comparison they are what is compared with ("高于全国1.2个百分点").
   */
  static final List<String> SCOPE_BEFORE_FIGURE = List.of("全国", "全省", "全市", "全区", "全县", "全州", "全盟");

  /**
   * Ends of a name that make its percentage a rate of growth, whatever verb holds it ("经济增长",
   * "涨幅").
   */
  static final List<String> RATE_NAME_ENDINGS =
      List.of("增速", "增幅", "涨幅", "上涨幅度", "增长速度", "经济增长", "增长", "预期增长");

  /** Verbs of action that, after an actor ("中央财政预算安排再就业补助资金"), leave their object as the name. */
  static final List<String> MID_ACTIONS =
      List.of("安排", "下达", "下拨", "代发", "拨付", "投入", "筹集", "发放", "增设");

  /** The longest bare object that a verb of new work in the clause before goes on to ("复线"). */
  static final int BARE_OBJECT_MAX = 4;

  /** Words of manner that may stand before an act ("高质量办理…建议", "高标准建成…"). */
  static final List<String> MANNER_BEFORE_ACT = List.of("高质量", "高标准", "高水平", "高效", "高起点", "就");

  /** Ends of an actor before such a verb: a government or its budget. */
  static final List<String> ACTOR_ENDINGS =
      List.of("财政", "预算", "政府", "中央", "省级", "市级", "县级", "本级", "决算");

  /** The rate words that stay in a short name ("经济增速"). */
  static final List<String> RATE_WORDS = List.of("增速", "增幅", "涨幅", "降幅");

  /**
   * Last letters of a part that names a measure of its own ("事故起数", "死亡人数"): it takes no shared
   * head.
   */
  static final String MEASURE_ENDINGS = "数率量额值比重度价费";

  /** Head nouns that a list of subjects shares from its last part ("新能源汽车、集成电路产量"). */
  static final List<String> HEAD_NOUNS =
      List.of(
          "增加值", "投资", "产量", "收入", "支出", "人数", "人次", "产值", "营收", "比重", "占比", "规模", "面积", "总额",
          "排放量", "吞吐量", "销量", "消费", "出口", "进口", "贷款", "覆盖率", "价格", "营业收入", "利润", "销售额", "交易额",
          "零售额", "用电量", "装机", "产能", "存量", "余额", "数量", "总量", "接待量", "客运量", "货运量", "保有量", "普及率",
          "达标率", "利用率", "合格率", "完成率", "入学率", "新增就业", "增加值增速", "营收增速", "进出口总额", "进出口");

  /** One-letter verbs that end another word ("作为", "成为", "发达"): not a verb there. */
  static final List<String> NOT_VERB_ENDINGS =
      List.of(
          "作为", "成为", "行为", "认为", "因为", "称为", "视为", "列为", "评为", "转为", "更为", "较为", "极为", "到达", "抵达",
          "发达", "表达", "传达", "但是", "就是", "还是", "或是", "即是", "总是", "只是", "凡是", "于是", "尤为");

  /**
   * The longest class of level that stands for a name ("自治区级"): longer, it is a name of its own.
   */
  static final int CLASS_MAX = 5;

  /** Words that hold 和, 及 or 与 without joining a list ("普及率", "参与率", "和谐"). */
  static final List<String> CONJUNCTION_WORDS =
      List.of(
          "普及", "涉及", "波及", "危及", "企及", "顾及", "及时", "及格", "及早", "参与", "给与", "和谐", "和美", "温和", "平和",
          "缓和", "总和", "柔和", "和平", "调和", "饱和", "共和", "中和");

  /** Letters before 等 that make it part of a word ("高等", "平等", "中等"), not "and so on". */
  static final String NOT_ETC_BEFORE = "平高中初同对均相次上";

  /**
   * Letters before 是 that make it part of a word or an adverb's ("但是", "还是", "就是", "于是"), no
   * copula.
   */
  static final String NOT_COPULA_BEFORE = "但还就总只要于或凡正若倒硬也都即乃便实可算更尤特为的";

  /** What a copula says an indicator is ("是综合性指标", "是约束性指标之一"): its subject is the topic. */
  static final List<String> INDICATOR_KINDS = List.of("指标", "指标之一");

  /** Meetings whose number of session ("十一次全会") is an ordinal, no count. */
  static final List<String> SESSIONS =
      List.of("全会", "全体会议", "会议", "代表大会", "党代会", "人代会", "常委会", "全委会");

  /**
   * Letters after a numeral inside a name that make it a phase, a line or a class ("二期", "三号线").
   */
  static final String ORDINAL_CLASSIFIERS = "期号";

  /** Letters after 对 that make it part of a word ("对外", "对口"), not a preposition scoping a list. */
  static final String NOT_SCOPE_AFTER_DUI = "外口接标象话比应待称";

  /** Letters before 对 that make it part of a word ("相对", "针对", "应对"). */
  static final String NOT_SCOPE_BEFORE_DUI = "相绝针应面核反";

  /** Letters after 等 that make it part of a word ("等级", "等同"). */
  static final String NOT_ETC_AFTER = "级同于值额";

  /**
   * Words that join two measures and spread over both: the word, then each measure it stands for.
   */
  static final List<String[]> JOINED_MEASURES =
      List.of(
          new String[] {"收支", "收入", "支出"},
          new String[] {"存贷款", "存款", "贷款"},
          new String[] {"进出口", "进口", "出口"});

  /** Rates of population that open a list and hold for every part ("每千人托位、养老床位数"). */
  static final List<String> PER_PERSON_SCOPES =
      List.of(
          "每千人口", "每万人口", "每百人口", "每十万人口", "每千常住人口", "每万常住人口", "每千人", "每万人", "每百人", "每十万人", "每千名",
          "每万名");

  /**
   * The longest part of a list that stands for the first part's qualifier with its own measure
   * ("能耗、水耗").
   */
  static final int TAIL_MAX = 2;

  /**
   * The longest category before a measure that a list shares whole ("产业增加值"); longer, only the
   * measure.
   */
  static final int CATEGORY_MAX = 2;

  /** The shortest part of a list of measures that names one in full ("巩固率", not "率"). */
  static final int MIN_MEASURE_NAME = 3;

  /** Letters before 约 that make it part of a word ("节约", "制约", "签约"), not "about". */
  static final String NOT_ABOUT_BEFORE = "节制公签预条合履违誓践邀";

  /**
   * Heads that name nothing without the thing they measure ("总产量达到…"): the sentence's topic gives
   * it.
   */
  static final List<String> BARE_HEADS = List.of("产量", "总产量", "年产量", "产值", "总产值", "播种面积");

  /** Words that end a topic without naming the thing ("棉花生产发展较快"), cut in this order. */
  static final List<String> TOPIC_TAILS = List.of("发展", "生产", "工作");

  /** The longest topic a bare head takes: longer, it is a clause rather than a thing. */
  static final int TOPIC_NAME_MAX = 12;

  /** One-letter products that name a figure as its subject ("钢突破7000万吨", "纱三百五十九万吨"). */
  static final String ONE_LETTER_PRODUCTS = "钢煤油纱布糖棉铁";

  /** Subjects of one or two letters that take 增长 into their name ("经济增长"). */
  static final List<String> GROWTH_SUBJECTS = List.of("经济", "物价", "工业", "农业", "投资", "消费");

  // ---- thresholds, each with its reason ----

  /**
   * How far around a figure its status and period words are looked for: one long sentence each way.
   */
  static final int CONTEXT = 200;

  /**
   * The most values one list of parallel figures holds ("2%、4%、8%"): reports list a handful, not
   * thousands.
   */
  static final int LIST_MAX = 16;

  /** The longest noun phrase read after a figure: longer runs are clauses, not names. */
  static final int NOUN_AFTER_MAX = 16;

  /** Longest time frame ending in 以来 that opens a subject ("长江十年禁渔以来"): longer is no frame. */
  static final int SINCE_MAX = 14;

  /** Longest reference after a comparison word ("高于全国平均水平"): longer is no reference. */
  static final int COMPARISON_MAX = 18;

  /** Longest text between 从/由 and the start value ("从2020年的"): a from→to frame is tight. */
  static final int FROM_GAP_MAX = 8;

  /** Prepositions that open a clause of circumstance, not a topic ("从中央到地方", "在全国范围内"). */
  static final List<String> TOPIC_PREPOSITIONS =
      List.of(
          "从", "由", "在", "对", "按", "为", "随着", "通过", "根据", "按照", "围绕", "经过", "以", "于", "自", "至", "到",
          "坚持", "着力", "如果", "虽然", "但", "同时", "并");

  /** Longest first clause taken as the topic of a sentence whose figure has no subject. */
  static final int TOPIC_MAX = 30;

  /** The fewest letters of an actor before a verb of change inside a subject ("省属行政及企事业单位减少…"). */
  static final int MIN_ACTOR_LETTERS = 4;

  /**
   * The fewest letters an indicator has; one-letter names come only from an explicit object
   * ("增产钢").
   */
  static final int MIN_NAME_LETTERS = 2;

  /** The longest bracket of unit names after a counted noun ("(自治区、直辖市)"), marks included. */
  static final int UNIT_BRACKET_MAX = 9;

  /** The longest unit name inside such a bracket ("自治区", "直辖市"). */
  static final int UNIT_NAME_MAX = 3;

  /** The longest subject before 有 that owns what the count after it names ("纺织工业部和轻工业部"). */
  static final int OWNER_MAX = 12;

  /**
   * The largest Chinese count read as an article rather than a figure when no verb stands before
   * it.
   */
  static final int SMALL_CHINESE_COUNT = 10;

  // ---- indexes, built once ----

  static final WordIndex VERB_INDEX = new WordIndex(VERBS.stream().map(VerbRule::word).toList());
  static final WordIndex BOUND_BEFORE_INDEX =
      new WordIndex(BOUNDS_BEFORE.stream().map(BoundRule::word).toList());
  static final WordIndex LEADING_INDEX = new WordIndex(LEADING);
  static final WordIndex MANNER_INDEX = new WordIndex(MANNER_BEFORE_ACT);
  static final WordIndex TRAILING_INDEX = new WordIndex(TRAILING);
  static final WordIndex NAMED_INDEX = new WordIndex(NAMED_STATISTICS);
  static final WordIndex MODAL_INDEX = new WordIndex(MODALS);
  static final WordIndex CAUSATIVE_INDEX = new WordIndex(CAUSATIVES);
  static final WordIndex NEAR_FIGURE_INDEX = new WordIndex(NEAR_FIGURE);

  static final WordIndex SCOPE_BEFORE_FIGURE_INDEX = new WordIndex(SCOPE_BEFORE_FIGURE);
  static final WordIndex HEAD_INDEX = new WordIndex(HEAD_NOUNS);

  /**
   * The kind of each verb of {@link #VERBS}; where a word is listed twice, its last rule. A table,
   * since the kind is asked for at every verb of every clause.
   */
  private static final Map<String, VerbKind> VERB_KINDS = verbKinds();

  private static Map<String, VerbKind> verbKinds() {
    Map<String, VerbKind> kinds = new HashMap<>();
    for (VerbRule r : VERBS) {
      kinds.put(r.word(), r.kind());
    }
    return Map.copyOf(kinds);
  }

  /** The kind of {@code verb}, which must be one of {@link #VERBS}. */
  static VerbKind kindOf(String verb) {
    VerbKind found = VERB_KINDS.get(verb);
    if (found == null && verb.length() > 1 && verb.charAt(0) == '新') {
      return kindOf(verb.substring(1)); // "新治理": new work of the verb after 新
    }
    if (found == null) {
      throw new IllegalArgumentException("not a verb of the table: " + verb);
    }
    return found;
  }

  /** The bound that {@code word} sets after a figure, or null. */
  static Bound boundAfter(String word) {
    for (BoundRule b : BOUNDS_AFTER) {
      if (b.word().equals(word)) {
        return b.bound();
      }
    }
    return null;
  }

  /**
   * The bound that {@code word} sets before a figure; {@code word} must be one of {@link
   * #BOUNDS_BEFORE}.
   */
  static Bound boundBefore(String word) {
    for (BoundRule b : BOUNDS_BEFORE) {
      if (b.word().equals(word)) {
        return b.bound();
      }
    }
    throw new IllegalArgumentException("not a bound word: " + word);
  }
}
