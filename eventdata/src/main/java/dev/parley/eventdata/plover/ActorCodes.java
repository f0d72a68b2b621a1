package dev.parley.eventdata.plover;

import static java.util.Objects.requireNonNull;

import dev.parley.core.StateId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How the actor codes of PLOVER and CAMEO records map to Parley actors, and back.
 *
 * <p><b>States.</b> PLOVER codes states by ISO 3166-1 alpha-3; CAMEO-coded data (such as the
 * PLOVER gold standard records, converted from the CAMEO manual) also uses codes that are not
 * ISO 3166-1 alpha-3. Each code is read as follows:
 *
 * <table class="striped">
 *   <caption>Actor codes</caption>
 *   <thead><tr><th scope="col">code</th><th scope="col">read as</th>
 *     <th scope="col">written back as</th></tr></thead>
 *   <tbody>
 *     <tr><td>an ISO 3166-1 alpha-3 code the JDK knows ({@link
 *       Locale#getISOCountries(Locale.IsoCountryCode)})</td><td>the state of that code</td>
 *       <td>the code</td></tr>
 *     <tr><td>{@code JAP}, {@code ITL} (CAMEO's codes for Japan and Italy in the CAMEO
 *       1.1b3 manual's examples)</td><td>{@code JPN}, {@code ITA}</td><td>the ISO code, or the
 *       code as read where the event keeps it</td></tr>
 *     <tr><td>{@code ROM}, {@code TMP}, {@code ZAR} (ISO codes before 2002 and 1997 for
 *       Romania, East Timor and Zaire, found in older CAMEO data)</td><td>{@code ROU}, {@code
 *       TLS}, {@code COD}</td><td>likewise</td></tr>
 *     <tr><td>{@code KSV} (CAMEO's Kosovo, which has no ISO code)</td><td>{@code XKX}, the
 *       user-assigned code the European Union and others use</td><td>likewise</td></tr>
 *     <tr><td>{@code SUN}, {@code DDR}, {@code YUG}, {@code CSK} (withdrawn ISO codes of the
 *       Soviet Union, East Germany, Yugoslavia and Czechoslovakia, in ISO 3166-3)</td>
 *       <td>a state with that code, as the dictionaries use it for the years it existed</td>
 *       <td>the code</td></tr>
 *     <tr><td>{@code IGO}, {@code NGO} (PLOVER's non-state codes for international
 *       governmental and non-governmental organizations)</td><td>an organization named by the
 *       actor text</td><td>{@code IGO} for an international organization, {@code NGO} for
 *       another organization without a state</td></tr>
 *     <tr><td>{@code ISM}, {@code IMG}, {@code MNC} (PLOVER's other non-state codes) and every
 *       other code, such as CAMEO's region codes ({@code AFR}, {@code EUR}, {@code WST}) and
 *       codes nobody has assigned</td><td>an actor known by its description (the actor text),
 *       with the code kept on the event</td><td>the code kept</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>State names come from the JDK's English country names, or from the table above for the
 * withdrawn codes.
 */
public final class ActorCodes {
  private static final Set<String> ISO = Set.of(
      Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3).toArray(new String[0]));

  private static final Map<String, String> ALIASES = Map.of(
      "JAP", "JPN", "ITL", "ITA", "ROM", "ROU", "TMP", "TLS", "ZAR", "COD", "KSV", "XKX");

  private static final Map<String, String> WITHDRAWN = Map.of(
      "SUN", "Soviet Union", "DDR", "German Democratic Republic", "YUG", "Yugoslavia",
      "CSK", "Czechoslovakia");

  private static final Map<String, String> NAMES = new HashMap<>();

  static {
    for (String alpha2 : Locale.getISOCountries()) {
      Locale l = new Locale("", alpha2);
      NAMES.put(l.getISO3Country(), l.getDisplayCountry(Locale.ENGLISH));
    }
    NAMES.put("XKX", "Kosovo");
    NAMES.putAll(WITHDRAWN);
  }

  /** The non-state code for international governmental organizations. */
  public static final String IGO = "IGO";
  /** The non-state code for non-governmental organizations. */
  public static final String NGO = "NGO";

  private ActorCodes() {}

  /**
   * The state a code stands for, as the class description says.
   *
   * @param code an actor code, such as {@code "TUR"} or {@code "JAP"}
   * @return the state; empty for non-state, region and unknown codes
   * @throws NullPointerException if {@code code} is null
   */
  public static Optional<StateId> state(String code) {
    requireNonNull(code, "code");
    if (ISO.contains(code) || WITHDRAWN.containsKey(code)) {
      return Optional.of(StateId.of(code));
    }
    return Optional.ofNullable(ALIASES.get(code)).map(StateId::of);
  }

  /**
   * Whether a code names an organization: {@code IGO} or {@code NGO}.
   *
   * @param code an actor code
   * @return whether the code is {@link #IGO} or {@link #NGO}
   */
  public static boolean isOrganization(String code) {
    return IGO.equals(code) || NGO.equals(code);
  }

  /**
   * The English name of a state Parley reads from a code.
   *
   * @param state a state
   * @return its name, or its code when the JDK has no name for it
   */
  public static String name(StateId state) {
    return NAMES.getOrDefault(state.value(), state.value());
  }
}
