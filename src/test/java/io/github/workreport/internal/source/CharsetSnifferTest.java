package io.github.workreport.internal.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CharsetSnifferTest {
  private static final String REPORT =
      "各位代表：现在，我代表区人民政府，向大会报告工作，请予审议。过去一年，全区地区生产总值增长6.5%，"
          + "城乡居民人均可支配收入分别增长5.6%和7.2%，新建高标准农田9万亩，城镇新增就业3570人。";

  @Test
  void utf8WithoutBom() {
    DecodedText d = CharsetSniffer.decode(REPORT.getBytes(StandardCharsets.UTF_8));
    assertThat(d.text()).isEqualTo(REPORT);
    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void byteOrderMarksDecideAndAreDropped() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = REPORT.getBytes(StandardCharsets.UTF_8);
    byte[] utf8 = concat(bom, body);
    assertThat(CharsetSniffer.decode(utf8).text()).isEqualTo(REPORT);
    assertThat(
            CharsetSniffer.decode(
                    concat(
                        new byte[] {(byte) 0xFE, (byte) 0xFF},
                        REPORT.getBytes(StandardCharsets.UTF_16BE)))
                .text())
        .isEqualTo(REPORT);
    DecodedText le =
        CharsetSniffer.decode(
            concat(
                new byte[] {(byte) 0xFF, (byte) 0xFE}, REPORT.getBytes(StandardCharsets.UTF_16LE)));
    assertThat(le.text()).isEqualTo(REPORT);
    assertThat(le.reason()).isEqualTo("bom");
  }

  @Test
  void gbkBytesAreDetectedAndReadAsGb18030() {
    DecodedText d = CharsetSniffer.decode(REPORT.getBytes(Charset.forName("GBK")));
    assertThat(d.text()).isEqualTo(REPORT);
    assertThat(d.charset()).isEqualTo(CharsetSniffer.GB18030);
  }

  @Test
  void big5BytesAreDetected() {
    String trad =
        "各位代表：現在，我代表縣人民政府，向大會報告工作，請予審議。過去一年，全縣經濟社會發展取得新成績，"
            + "地區生產總值增長百分之六，城鄉居民收入穩步提高，民生福祉持續改善，社會大局和諧穩定。";
    DecodedText d = CharsetSniffer.decode(trad.getBytes(CharsetSniffer.BIG5));
    assertThat(d.text()).isEqualTo(trad);
  }

  @Test
  void aDeclarationTheBytesContradictIsOverruled() {
    String page =
        "<html><head><meta charset=\"utf-8\"></head><body><p>" + REPORT + "</p></body></html>";
    DecodedText d = CharsetSniffer.decode(page.getBytes(Charset.forName("GBK")));
    assertThat(d.text()).isEqualTo(page);
  }

  @Test
  void aTrueGbkDeclarationIsFollowed() {
    String page =
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body><p>"
            + REPORT
            + "</p></body></html>";
    DecodedText d = CharsetSniffer.decode(page.getBytes(Charset.forName("GBK")));
    assertThat(d.text()).isEqualTo(page);
    assertThat(d.reason()).isEqualTo("declared");
  }

  @Test
  void utf8CutInsideTheLastCharacterStaysUtf8() {
    byte[] b = REPORT.getBytes(StandardCharsets.UTF_8);
    byte[] cut = Arrays.copyOf(b, b.length - 2);
    DecodedText d = CharsetSniffer.decode(cut);
    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(d.text()).startsWith(REPORT.substring(0, REPORT.length() - 2));
  }

  @Test
  void emptyAndBinaryInputDecodeWithoutThrowing() {
    assertThat(CharsetSniffer.decode(new byte[0]).text()).isEmpty();
    byte[] png = new byte[4096];
    for (int i = 0; i < png.length; i++) {
      png[i] = (byte) (i * 31 + 7);
    }
    assertThat(CharsetSniffer.decode(png).text()).isNotNull();
  }

  @Test
  void labelsMapToTheCharsetToDecodeWith() {
    assertThat(CharsetSniffer.forLabel("GB2312")).isEqualTo(CharsetSniffer.GB18030);
    assertThat(CharsetSniffer.forLabel("gbk")).isEqualTo(CharsetSniffer.GB18030);
    assertThat(CharsetSniffer.forLabel("Big5")).isEqualTo(CharsetSniffer.BIG5);
    assertThat(CharsetSniffer.forLabel("UTF8")).isEqualTo(StandardCharsets.UTF_8);
    assertThat(CharsetSniffer.forLabel("ISO-8859-1")).isNull();
    assertThat(
            CharsetSniffer.declaredCharset(
                "<meta charset=latin1><meta charset='big5'>".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo(CharsetSniffer.BIG5);
    assertThat(CharsetSniffer.declaredCharset("no declaration".getBytes(StandardCharsets.US_ASCII)))
        .isNull();
  }

  @Test
  void mojibakeIsCounted() {
    assertThat(CharsetSniffer.mojibake("正常文本")).isZero();
    assertThat(CharsetSniffer.mojibake("\uFFFD\uFFFD")).isEqualTo(2);
    assertThat(CharsetSniffer.mojibake("锟斤拷锟斤拷")).isEqualTo(6);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
