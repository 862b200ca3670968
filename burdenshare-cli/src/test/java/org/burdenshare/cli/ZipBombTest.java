package org.burdenshare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * NATO's workbook with 50 junk parts of 95 MB each, every part under the ratio guard (1:98) and the
 * per-part cap, 4.75 GB inflated from under 50 MB on disk: imported by a child JVM with a 512 MB
 * heap, it is refused with one message, as it would be by any larger heap.
 */
class ZipBombTest {
  @TempDir Path tmp;

  @Test
  void aBombUnderEveryPerPartGuardIsRefusedWithOneMessageUnderASmallHeap() throws Exception {
    byte[] nato = RedTeamImportTest.resource("/redteam/240617-def-exp-2024-TABLES-en.xlsx");
    ZipBomb.Bomb bomb = ZipBomb.of(nato, 50, 95_000_000, 20261207L);
    assertThat(bomb.ratio())
        .as("each junk part under 1:100, POI's ratio guard")
        .isGreaterThan(0.01);
    assertThat(bomb.ratio()).as("and close to it").isLessThan(0.0125);
    assertThat(bomb.inflated()).isGreaterThan(4_750_000_000L);
    assertThat(bomb.bytes().length).as("under the 50 MB file limit").isLessThan(50 << 20);
    Path file = Files.write(tmp.resolve("240617-def-exp-2024-TABLES-en.xlsx"), bomb.bytes());

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path log = tmp.resolve("child.log");
    Process p =
        new ProcessBuilder(
                java,
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "import",
                "nato",
                file.toString(),
                "--dry-run",
                "--data-dir",
                tmp.resolve("data").toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the import ends").isTrue();
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    List<String> messages = lines.stream().filter(l -> l.startsWith("burdenshare: ")).toList();
    boolean passed =
        p.exitValue() == Main.USER_ERROR
            && messages.size() == 1
            && messages.get(0).contains("zip bomb")
            && lines.stream().noneMatch(l -> l.contains("Exception") || l.contains("Error:"));
    System.out.printf(
        "red team, zip bomb (%d MB on disk, %.2f GB inflated, -Xmx512m): 1 tried, %d passed, %d"
            + " failed%n",
        bomb.bytes().length >> 20, bomb.inflated() / 1e9, passed ? 1 : 0, passed ? 0 : 1);
    assertThat(p.exitValue()).as(String.join("\n", lines)).isEqualTo(Main.USER_ERROR);
    assertThat(messages).as(String.join("\n", lines)).hasSize(1);
    assertThat(messages.get(0)).contains("zip bomb").contains("64 MB").contains(file.toString());
    assertThat(lines).noneMatch(l -> l.contains("Exception") || l.contains("\tat "));
  }
}
