/**
 * NUTS 2 regions (NUTS 2021, the codes Company.region holds) of the gazetteer's places, from the
 * GeoNames first-level division (admin1) and, where a Land or a voivodeship holds several NUTS 2
 * regions, from the official municipality key the gazetteer carries: the German AGS, whose first
 * three digits are the Regierungsbezirk, and the Polish TERYT, whose first four are the powiat
 * (Mazowieckie is split into PL91 Warszawski stołeczny and PL92 Mazowiecki regionalny by powiat).
 */

/** GeoNames admin1 → NUTS 2 where one division is (within) one region. */
const byAdmin1: Record<string, Record<string, string>> = {
  // Bulgarian oblasts grouped into the six planning regions.
  BG: {
    "63": "BG31", "64": "BG31", "46": "BG31", "47": "BG31", "50": "BG31",
    "62": "BG32", "41": "BG32", "53": "BG32", "52": "BG32", "55": "BG32",
    "61": "BG33", "40": "BG33", "54": "BG33", "60": "BG33",
    "39": "BG34", "56": "BG34", "65": "BG34", "59": "BG34",
    "42": "BG41", "58": "BG41", "38": "BG41", "49": "BG41", "45": "BG41",
    "51": "BG42", "43": "BG42", "48": "BG42", "57": "BG42", "44": "BG42",
  },
  // The Bundesländer are the NUTS 2 regions.
  AT: { "01": "AT11", "03": "AT12", "09": "AT13", "02": "AT21", "06": "AT22", "04": "AT31", "05": "AT32", "07": "AT33", "08": "AT34" },
  // Counties (megyék) grouped into the NUTS 2 regions; Budapest and Pest are two since NUTS 2021.
  HU: {
    "05": "HU11", "16": "HU12",
    "08": "HU21", "12": "HU21", "23": "HU21",
    "09": "HU22", "22": "HU22", "24": "HU22",
    "02": "HU23", "17": "HU23", "21": "HU23",
    "04": "HU31", "11": "HU31", "14": "HU31",
    "10": "HU32", "20": "HU32", "18": "HU32",
    "01": "HU33", "03": "HU33", "06": "HU33",
  },
  // Voivodeships; Masovia (78) is decided by powiat below.
  PL: {
    "77": "PL21", "83": "PL22", "86": "PL41", "87": "PL42", "76": "PL43", "72": "PL51", "79": "PL52",
    "73": "PL61", "85": "PL62", "82": "PL63", "74": "PL71", "84": "PL72", "75": "PL81", "80": "PL82", "81": "PL84",
  },
  // Länder that are one NUTS 2 region (for places without an AGS).
  DE: { "10": "DEF0", "04": "DE60", "03": "DE50", "09": "DEC0", "16": "DE30", "11": "DE40", "12": "DE80", "14": "DEE0", "15": "DEG0" },
};

/** AGS prefix (Land or Regierungsbezirk) → NUTS 2. */
const germanAgs: Record<string, string> = {
  "01": "DEF0", "02": "DE60", "04": "DE50", "10": "DEC0", "11": "DE30", "12": "DE40", "13": "DE80", "15": "DEE0", "16": "DEG0",
  "031": "DE91", "032": "DE92", "033": "DE93", "034": "DE94",
  "051": "DEA1", "053": "DEA2", "055": "DEA3", "057": "DEA4", "059": "DEA5",
  "064": "DE71", "065": "DE72", "066": "DE73",
  "071": "DEB1", "072": "DEB2", "073": "DEB3",
  "081": "DE11", "082": "DE12", "083": "DE13", "084": "DE14",
  "091": "DE21", "092": "DE22", "093": "DE23", "094": "DE24", "095": "DE25", "096": "DE26", "097": "DE27",
  "145": "DED4", "146": "DED2", "147": "DED5",
};

/** Powiaty of PL91 Warszawski stołeczny: the capital, Warszawski wschodni and Warszawski zachodni. */
const warsawPowiaty = new Set(["1465", "1408", "1412", "1417", "1434", "1405", "1414", "1418", "1421", "1432"]);

/**
 * The NUTS 2 code of a place from its country, GeoNames admin1 and municipality key (AGS for
 * Germany, TERYT for Poland); null when the tables cannot tell (a German or Masovian place
 * without a key: the gazetteer then borrows the region of the nearest place that has one).
 */
export function nutsOf(country: string, admin1: string, muni: string | undefined): string | null {
  if (country === "DE" && muni && /^\d{5,}$/.test(muni)) return germanAgs[muni.slice(0, 3)] ?? germanAgs[muni.slice(0, 2)] ?? null;
  if (country === "PL" && admin1 === "78") {
    if (!muni || !/^14\d{2}/.test(muni)) return null;
    return warsawPowiaty.has(muni.slice(0, 4)) ? "PL91" : "PL92";
  }
  return byAdmin1[country]?.[admin1] ?? null;
}
