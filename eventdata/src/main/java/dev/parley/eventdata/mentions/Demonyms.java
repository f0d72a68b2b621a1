package dev.parley.eventdata.mentions;

import dev.parley.core.StateId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demonyms the gazetteer knows by default: adjectives and nouns that stand for a state's
 * government or people in news text ({@code Turkish}, {@code Iranian}).
 *
 * <p>The table covers the states of the Middle East, the permanent members of the UN Security
 * Council and other states frequent in diplomatic news; it lists only words that name one state
 * (no {@code Korean}, no {@code Arab}, no {@code Kurdish}). A gazetteer uses a demonym only for a
 * state it knows from its chronicles. Users add their own with {@link
 * Gazetteer.Builder#addDemonym(StateId, String)}, or leave the table out with {@link
 * Gazetteer.Builder#withoutDefaultDemonyms()}.
 */
public final class Demonyms {
  private static final Map<StateId, List<String>> DEFAULTS = build();

  private Demonyms() {}

  /**
   * The default table, by state.
   *
   * @return the demonyms of each state, immutable, in the order listed in the source
   */
  public static Map<StateId, List<String>> defaults() {
    return DEFAULTS;
  }

  private static Map<StateId, List<String>> build() {
    Map<StateId, List<String>> m = new LinkedHashMap<>();
    put(m, "AFG", "Afghan", "Afghans");
    put(m, "ARM", "Armenian", "Armenians");
    put(m, "AZE", "Azerbaijani", "Azerbaijanis", "Azeri");
    put(m, "BHR", "Bahraini", "Bahrainis");
    put(m, "BLR", "Belarusian", "Belarusians");
    put(m, "CHN", "Chinese");
    put(m, "CYP", "Cypriot", "Cypriots");
    put(m, "DEU", "German", "Germans");
    put(m, "DZA", "Algerian", "Algerians");
    put(m, "EGY", "Egyptian", "Egyptians");
    put(m, "FRA", "French");
    put(m, "GBR", "British");
    put(m, "GEO", "Georgian", "Georgians");
    put(m, "GRC", "Greek", "Greeks");
    put(m, "IND", "Indian", "Indians");
    put(m, "IRN", "Iranian", "Iranians");
    put(m, "IRQ", "Iraqi", "Iraqis");
    put(m, "ISR", "Israeli", "Israelis");
    put(m, "ITA", "Italian", "Italians");
    put(m, "JOR", "Jordanian", "Jordanians");
    put(m, "JPN", "Japanese");
    put(m, "KAZ", "Kazakh", "Kazakhstani");
    put(m, "KWT", "Kuwaiti", "Kuwaitis");
    put(m, "LBN", "Lebanese");
    put(m, "LBY", "Libyan", "Libyans");
    put(m, "MAR", "Moroccan", "Moroccans");
    put(m, "OMN", "Omani", "Omanis");
    put(m, "PAK", "Pakistani", "Pakistanis");
    put(m, "POL", "Polish");
    put(m, "QAT", "Qatari", "Qataris");
    put(m, "RUS", "Russian", "Russians");
    put(m, "SAU", "Saudi", "Saudis");
    put(m, "SDN", "Sudanese");
    put(m, "SYR", "Syrian", "Syrians");
    put(m, "TUN", "Tunisian", "Tunisians");
    put(m, "TUR", "Turkish", "Turks");
    put(m, "UKR", "Ukrainian", "Ukrainians");
    put(m, "ARE", "Emirati", "Emiratis");
    put(m, "USA", "American", "Americans");
    put(m, "YEM", "Yemeni", "Yemenis");
    return java.util.Collections.unmodifiableMap(m);
  }

  private static void put(Map<StateId, List<String>> m, String id, String... words) {
    m.put(StateId.of(id), List.of(words));
  }
}
