package dev.parley.eventdata.actors;

import dev.parley.core.OrganizationKind;
import java.util.Locale;
import java.util.Map;

/** CAMEO's three-letter sector (actor type) codes, as used after the country in a code. */
final class Sectors {
  /** The sector codes the reader knows, with a label; from the CAMEO manual's actor types. */
  static final Map<String, String> LABELS = Map.ofEntries(
      Map.entry("GOV", "government"), Map.entry("MIL", "military"),
      Map.entry("ELI", "elite"), Map.entry("REB", "rebels"), Map.entry("OPP", "opposition"),
      Map.entry("PTY", "political party"), Map.entry("COP", "police"),
      Map.entry("JUD", "judiciary"), Map.entry("SPY", "intelligence"),
      Map.entry("MED", "media"), Map.entry("EDU", "education"), Map.entry("BUS", "business"),
      Map.entry("CRM", "criminal"), Map.entry("CVL", "civilians"),
      Map.entry("LEG", "legislature"), Map.entry("AGR", "agriculture"),
      Map.entry("ENV", "environment"), Map.entry("HLH", "health"),
      Map.entry("HRI", "human rights"), Map.entry("LAB", "labour"),
      Map.entry("REF", "refugees"), Map.entry("DEV", "development"),
      Map.entry("REL", "religion"), Map.entry("MUS", "Muslim"), Map.entry("CHR", "Christian"),
      Map.entry("JEW", "Jewish"), Map.entry("HIN", "Hindu"), Map.entry("BUD", "Buddhist"),
      Map.entry("INS", "insurgents"), Map.entry("SEP", "separatists"),
      Map.entry("UAF", "unaffiliated armed forces"), Map.entry("MOD", "moderate"),
      Map.entry("RAD", "radical"), Map.entry("UNR", "unrecognised"),
      Map.entry("OCC", "occupied"), Map.entry("AUT", "autonomous"),
      Map.entry("IGO", "intergovernmental organization"),
      Map.entry("NGO", "non-governmental organization"),
      Map.entry("IMG", "international militarised group"));

  private Sectors() {}

  static boolean isSector(String triple) {
    return LABELS.containsKey(triple);
  }

  /**
   * The free title of a post known only by its code: the sector labels and the code, for example
   * {@code "Government, business (CAMEO RUSGOVBUS)"}; unknown sector codes stand as written.
   */
  static String title(String code) {
    StringBuilder labels = new StringBuilder();
    for (int i = 3; i + 3 <= code.length(); i += 3) {
      String triple = code.substring(i, i + 3);
      if (labels.length() > 0) {
        labels.append(", ");
      }
      labels.append(LABELS.getOrDefault(triple, triple));
    }
    String head = labels.length() == 0 ? "national actor" : labels.toString();
    return head.substring(0, 1).toUpperCase(Locale.ROOT) + head.substring(1)
        + " (CAMEO " + code + ")";
  }

  /** The kind of a national institution with this code. */
  static OrganizationKind kind(String code) {
    String prefix = code.length() >= 3 ? code.substring(0, 3) : code;
    if (prefix.equals("IGO")) {
      return OrganizationKind.INTERNATIONAL_ORGANIZATION;
    }
    if (prefix.equals("IMG")) {
      return OrganizationKind.ARMED_GROUP;
    }
    String first = code.length() >= 6 ? code.substring(3, 6) : "";
    if (code.indexOf("SPY", 3) >= 0) {
      return OrganizationKind.INTELLIGENCE_AGENCY;
    }
    switch (first) {
      case "MIL":
        return OrganizationKind.ARMED_FORCES;
      case "SPY":
        return OrganizationKind.INTELLIGENCE_AGENCY;
      case "REB":
      case "INS":
      case "UAF":
      case "SEP":
        return OrganizationKind.ARMED_GROUP;
      case "PTY":
        return OrganizationKind.POLITICAL_PARTY;
      case "MED":
        return OrganizationKind.MEDIA;
      case "GOV":
      case "LEG":
      case "JUD":
      case "COP":
        return code.indexOf("MIL", 3) >= 0 ? OrganizationKind.ARMED_FORCES
            : OrganizationKind.GOVERNMENT_BODY;
      default:
        return OrganizationKind.OTHER;
    }
  }
}
