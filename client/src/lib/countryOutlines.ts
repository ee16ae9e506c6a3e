import type { Geometry } from "geojson";
import { feature } from "topojson-client";
import world from "world-atlas/countries-110m.json";
import { ringsToPath } from "./geo.ts";

export interface CountryOutline {
  /** ISO 3166-1 numeric code, as Natural Earth gives it. */
  id: string;
  path: string;
}

/** The cluster countries (BG, DE, AT, PL, HU) by their ISO numeric codes. */
const clusterCountryIds = new Set(["100", "276", "040", "616", "348"]);

export function isClusterCountry(id: string): boolean {
  return clusterCountryIds.has(id);
}

// Everything a view of the cluster's partners could show; the rest of the world is left out.
const region = { west: -35, east: 65, south: 20, north: 80 };

function polygons(geometry: Geometry | null): number[][][][] {
  if (!geometry) return [];
  if (geometry.type === "Polygon") return [geometry.coordinates];
  if (geometry.type === "MultiPolygon") return geometry.coordinates;
  return [];
}

const inRegion = (rings: number[][][]) =>
  rings[0]?.some(([lng = 0, lat = 0]) => lng >= region.west && lng <= region.east && lat >= region.south && lat <= region.north) ?? false;

/**
 * Country outlines of Europe and its neighbours (Natural Earth 1:110m, bundled with the app, so
 * the map needs no tile server), as SVG paths in the coordinates of lib/geo.ts.
 */
export const countryOutlines: CountryOutline[] = (() => {
  const topology = world as unknown as Parameters<typeof feature>[0];
  const collection = feature(topology, topology.objects.countries as Parameters<typeof feature>[1]);
  const features = "features" in collection ? collection.features : [collection];
  return features.flatMap((country) => {
    const parts = polygons(country.geometry).filter(inRegion);
    return parts.length > 0 ? [{ id: String(country.id ?? ""), path: parts.map(ringsToPath).join("") }] : [];
  });
})();
