package io.github.workreport.internal.target;

import java.util.List;

/**
 * The words of places and frames of place and time that a subject may open with, as data. No logic.
 */
final class PlaceWords {
  private PlaceWords() {}

  /** Letters after 在 that make it part of a noun ("在校生", "在建项目"), not a frame of place. */
  static final String NOT_PLACE_FRAME_AFTER = "校园建读职岗线押途册库营售";

  /** The longest frame of place "在…" that a subject may be ("在城镇安排600万人"). */
  static final int PLACE_FRAME_MAX = 4;

  /** Last characters of a place name that acts as the subject ("嘉峪关市预计投入…"). */
  static final String PLACE_ENDINGS = "市区县省州旗镇乡";

  /** Two-character words that end like a place but are common nouns ("地区生产总值", "城镇化率"). */
  static final List<String> NOT_PLACES =
      List.of(
          "地区", "社区", "园区", "城区", "市区", "小区", "街区", "景区", "矿区", "辖区", "新区", "片区", "城市", "都市", "集市",
          "超市", "县城", "城镇", "乡镇", "村镇", "城乡", "县区", "市县", "省市", "山区", "牧区", "灾区", "校区", "林区", "库区",
          "湖区", "港区", "老区", "开发区", "保税区", "试验区", "示范区", "功能区", "市州", "全州", "全省", "全市", "全区", "全县",
          "本市", "本省", "本县", "本区", "分区", "园区", "区县");

  /** Ends of a frame opened by 在 ("在过去四年中", "在“十四五”期间"). */
  static final List<String> FRAME_ENDS = List.of("期间", "以来", "中", "内", "里", "计算");

  /** Three-letter words that end like a place but name a kind of area ("棚户区", "开发区"). */
  static final List<String> NOT_PLACES_3 =
      List.of(
          "棚户区", "开发区", "保税区", "试验区", "示范区", "功能区", "保护区", "集聚区", "风景区", "自贸区", "合作区", "先行区", "新城区",
          "老城区", "主城区", "中心区", "生活区", "居住区", "商务区", "产业区", "工业区", "农业区", "牧业区", "核心区", "实验区", "改革区",
          "服务区", "贫困县", "重点县", "农业县", "示范县", "产粮县", "试点县", "示范市", "试点市", "城中村");

  /** Words a place name may not run into: "京津冀区域", "市场", "县域", "省级". */
  static final String PLACE_CONTINUATIONS = "域场级属直管辖内外村民块";

  /**
   * Letters after the 中 of "五年中" that make it the start of a word ("中央", "中国", "中小企业"), no frame.
   */
  static final String NOT_FRAME_AFTER_MIDDLE = "央华部东西南北小高等心医药";

  /** Ends of a time frame that opens a subject ("长江十年禁渔以来", "第一个五年期间"). */
  static final List<String> SINCE_ENDS = List.of("以来", "期间", "时期");
}
