package org.burdenshare.core.claims;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A language file's cue names are checked when it loads: none unknown, none missing. */
class CueTest {
  private static Map<String, List<String>> all() {
    Map<String, List<String>> cues = new HashMap<>();
    for (Cue c : Cue.values()) {
      cues.put(c.key, List.of());
    }
    return cues;
  }

  private static Lexicon lexicon(Map<String, List<String>> cues) {
    return new Lexicon(cues, Map.of(), "", List.of(), List.of(), Map.of(), Map.of(), List.of());
  }

  @Test
  void aLexiconWithEveryCueLoads() {
    lexicon(all());
  }

  @Test
  void aMissingCueFailsLoudly() {
    Map<String, List<String>> cues = all();
    cues.remove("present");
    assertThatThrownBy(() -> lexicon(cues))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cues missing")
        .hasMessageContaining("present");
  }

  @Test
  void anUnknownCueFailsLoudly() {
    Map<String, List<String>> cues = all();
    cues.put("presnet", List.of("now"));
    assertThatThrownBy(() -> lexicon(cues))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not know")
        .hasMessageContaining("presnet");
  }
}
