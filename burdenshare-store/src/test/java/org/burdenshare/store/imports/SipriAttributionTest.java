package org.burdenshare.store.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.burdenshare.core.Engine;
import org.burdenshare.core.claims.ClaimChecker;
import org.burdenshare.core.claims.ClaimReader;
import org.burdenshare.core.claims.SentenceCheck;
import org.burdenshare.store.Languages;
import org.burdenshare.store.ReferenceData;
import org.burdenshare.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "According to SIPRI, …" is judged on SIPRI's figures when a SIPRI release is imported, and is
 * unverifiable, saying so, when none is.
 */
class SipriAttributionTest {
  @TempDir Path tmp;

  private static final LocalDate DATE = LocalDate.of(2023, 5, 1);

  private SentenceCheck check(Store store, String sentence) {
    Engine engine = new Engine(store.snapshot());
    return new ClaimChecker(engine, new ClaimReader(Languages.load("en"))).sentence(sentence, DATE);
  }

  @Test
  void aClaimAttributedToSipriIsJudgedOnSipriFiguresOnceImported() throws Exception {
    Store store = Store.open(tmp.resolve("data"), m -> {});
    String right =
        "According to SIPRI, Germany spent 1.34 per cent of GDP on its military in 2020.";
    String wrong = "According to SIPRI, Germany spent 1.5 per cent of GDP on its military in 2020.";
    SentenceCheck before = check(store, right);
    assertThat(before.verdict().toString()).isEqualTo("unverifiable");
    assertThat(before.reason()).contains("SIPRI").contains("no release of SIPRI");

    store.importRelease(
        SipriWorkbook.read(
            SyntheticSipri.write(tmp, new SyntheticSipri.Spec()),
            ReferenceData.load().countries(),
            ReleaseDetails.none(),
            m -> {}),
        false,
        m -> {});
    SentenceCheck supported = check(store, right);
    assertThat(supported.verdict().toString()).as(supported.reason()).isEqualTo("supported");
    assertThat(supported.reading()).isEqualTo("sipri_share_of_gdp(DEU, 2020) = 1.34%");
    assertThat(supported.release().publisher()).contains("SIPRI");
    SentenceCheck contradicted = check(store, wrong);
    assertThat(contradicted.verdict().toString()).isEqualTo("contradicted");
    // Figures of a publisher we cannot import stay unverifiable.
    SentenceCheck iiss =
        check(store, "According to the IISS, Germany spent 1.34 per cent of GDP in 2020.");
    assertThat(iiss.verdict().toString()).isEqualTo("unverifiable");
    assertThat(iiss.reason()).contains("IISS");
  }
}
