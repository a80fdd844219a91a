package io.podesk.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTests {

  @Test
  void cellsThatLookLikeFormulasGetALeadingApostrophe() {
    assertThat(Csv.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
    assertThat(Csv.cell("+1")).isEqualTo("'+1");
    assertThat(Csv.cell("-2+3")).isEqualTo("'-2+3");
    assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(Csv.cell("\tcmd")).isEqualTo("'\tcmd");
  }

  @Test
  void quotesCellsWithCommasQuotesOrLineBreaks() {
    assertThat(Csv.cell("Dash, Inc")).isEqualTo("\"Dash, Inc\"");
    assertThat(Csv.cell("the \"best\"")).isEqualTo("\"the \"\"best\"\"\"");
    assertThat(Csv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
  }

  @Test
  void leavesPlainCellsAloneAndWritesNullAsEmpty() {
    assertThat(Csv.cell("PO-123456")).isEqualTo("PO-123456");
    assertThat(Csv.cell(42)).isEqualTo("42");
    assertThat(Csv.cell(null)).isEmpty();
  }

  @Test
  void writesAHeaderAndRowsWithCrlfLineEnds() {
    assertThat(Csv.of(List.of("a", "b"), List.of(List.of("1", "x,y"))))
        .isEqualTo("a,b\r\n1,\"x,y\"\r\n");
  }
}
