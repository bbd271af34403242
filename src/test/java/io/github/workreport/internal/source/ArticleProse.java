package io.github.workreport.internal.source;

/** Text for the small pages the page-path tests write. */
public final class ArticleProse {
  private ArticleProse() {}

  /** Prose long enough that a page holding it is read as an article. */
  public static final String PROSE =
      "<p>今年以来，全市上下认真贯彻落实各项决策部署，经济运行稳中有进，民生保障持续改善，"
          + "各项事业取得新的进展。</p><p>会议强调，要坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念，"
          + "扎实推动高质量发展，切实保障和改善民生。</p><p>会议要求，各地各部门要压实责任，细化措施，"
          + "确保各项任务落地见效，以实干实绩推动经济社会持续健康发展。</p><p>会议指出，当前经济社会发展仍面临不少困难和挑战，"
          + "必须增强忧患意识，坚持底线思维，统筹发展和安全，推动经济实现质的有效提升和量的合理增长。</p>";
}
