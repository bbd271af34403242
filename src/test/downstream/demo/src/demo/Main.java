package demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.workreport.Outline;
import io.github.workreport.WorkReportParser;
import io.github.workreport.json.ReportJson;
import io.github.workreport.model.WorkReport;

/** Parses an HTML page to JSON on the module path, reads it back, and writes it with its own mapper. */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws Exception {
    WorkReport report = WorkReportParser.create().parse("""
        <html><body>
        <h1>2024年永和县政府工作报告</h1>
        <p>各位代表：</p>
        <p><strong>一、2023年工作回顾</strong></p>
        <p>过去一年，全县地区生产总值同比增长6.1%。</p>
        <p><strong>二、2024年工作安排</strong></p>
        <p>今年的主要预期目标是：地区生产总值增长6%左右。</p>
        </body></html>""");
    String json = ReportJson.toJson(report);
    if (!ReportJson.fromJson(json).equals(report)) {
      throw new AssertionError("the JSON does not read back as the report");
    }
    ObjectMapper mine = JsonMapper.builder().addModule(ReportJson.module()).build();
    if (!mine.writeValueAsString(report).equals(ReportJson.toJsonLine(report))) {
      throw new AssertionError("a mapper with ReportJson.module() writes other JSON");
    }
    System.out.println(Main.class.getModule().getName() + " " + WorkReport.class.getModule().getName());
    System.out.println(Outline.summary(report));
    System.out.print(json);
  }
}
