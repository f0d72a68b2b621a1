package dev.parley.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's "## Maven" pom is the downstream project that the build runs
 * ({@code src/it/downstream/pom.xml}, by the invoker plugin), so that the two cannot drift: they
 * are equal but for the invoker's {@code @project.version@}, which stands for this build's
 * version and which the README spells out.
 */
class ReadmeMavenSectionTest {
  private static final String VERSION_PLACEHOLDER = "@project.version@";

  /** The fenced {@code xml} blocks of the README's "## Maven" section. */
  static List<String> mavenSectionXmlBlocks(List<String> readme) {
    List<String> blocks = new ArrayList<>();
    boolean inSection = false;
    StringBuilder block = null;
    for (String line : readme) {
      if (block != null) {
        if (line.equals("```")) {
          blocks.add(block.toString());
          block = null;
        } else {
          block.append(line).append('\n');
        }
      } else if (line.startsWith("## ")) {
        inSection = line.equals("## Maven");
      } else if (inSection && line.equals("```xml")) {
        block = new StringBuilder();
      }
    }
    return blocks;
  }

  private static String readmePom() throws IOException {
    List<String> readme = Files.readAllLines(Path.of("../README.md"), StandardCharsets.UTF_8);
    List<String> blocks = mavenSectionXmlBlocks(readme);
    assertEquals(1, blocks.size(), "the README's ## Maven section holds one xml block: the pom");
    return blocks.get(0);
  }

  @Test
  void theDownstreamProjectIsTheReadmePom() throws IOException {
    String version = System.getProperty("parley.version");
    assertNotNull(version, "parley.version is set by this module's Surefire configuration");
    String invokerPom = Files.readString(Path.of("src/it/downstream/pom.xml"),
        StandardCharsets.UTF_8);
    assertTrue(invokerPom.contains("<version>" + VERSION_PLACEHOLDER + "</version>"),
        "the downstream pom takes the BOM's version from the build");
    assertFalse(invokerPom.replace(VERSION_PLACEHOLDER, "").contains("@"),
        "no placeholder but " + VERSION_PLACEHOLDER + " in the downstream pom");
    assertEquals(invokerPom.replace(VERSION_PLACEHOLDER, version), readmePom(),
        "README.md's ## Maven pom differs from testkit/src/it/downstream/pom.xml (with "
            + VERSION_PLACEHOLDER + " = " + version + "): change both");
  }

  @Test
  void theReadmePomPinsWhatMaven38LacksAndRunsPropertyClasses() throws IOException {
    String pom = readmePom();
    assertTrue(pom.startsWith("<?xml"), "a whole pom.xml");
    assertTrue(pom.contains("<artifactId>maven-compiler-plugin</artifactId>\n        <version>"),
        "compiler plugin pinned");
    assertTrue(pom.contains("<release>17</release>"), "compiles for Java 17");
    assertTrue(pom.contains("<artifactId>maven-surefire-plugin</artifactId>\n        <version>"),
        "Surefire pinned");
    assertTrue(pom.contains("<include>**/*Properties.java</include>"), "*Properties run");
    assertTrue(pom.contains("<artifactId>assertj-core</artifactId>"), "an assertion library");
  }

  @Test
  void theExtractionFindsOnlyTheMavenSectionsXml() {
    List<String> readme = List.of("## Quick start", "```xml", "<a/>", "```", "## Maven", "text",
        "```xml", "<b/>", "```", "```", "mvn", "```", "## Usage", "```xml", "<c/>", "```");
    assertEquals(List.of("<b/>\n"), mavenSectionXmlBlocks(readme));
  }
}
