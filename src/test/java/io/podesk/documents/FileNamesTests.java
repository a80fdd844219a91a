package io.podesk.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileNamesTests {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "../../etc/passwd.pdf | passwd.pdf",
      "..\\..\\boot.ini | boot.ini",
      "/etc/cron.d/evil.pdf | evil.pdf",
      "C:\\Windows\\win.ini | win.ini",
      ".. | document.pdf",
      "../.. | document.pdf",
      "'   ' | document.pdf",
      "'a\u0000b.pdf' | ab.pdf",
      "'\u202egpj.pdf' | gpj.pdf",
      "'say \"hi\".pdf' | say hi.pdf"})
  void keepsOnlyAHarmlessLabel(String clientName, String label) {
    assertThat(FileNames.label(clientName)).isEqualTo(label);
  }

  @ParameterizedTest(name = "{0} characters")
  @CsvSource({"201", "5000", "100000"})
  void cutsVeryLongNamesToTheirLastTwoHundredCharacters(int length) {
    assertThat(FileNames.label("a".repeat(length - 4) + ".pdf")).hasSize(200).endsWith(".pdf");
  }
}
