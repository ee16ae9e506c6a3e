import { countryOutlines, isClusterCountry } from "../lib/countryOutlines.ts";
import { fitView, project, type LatLng } from "../lib/geo.ts";
import type { MapPoint } from "./ResultMap.tsx";

/** Width : height of the fitted view; the frame's CSS may differ, the SVG then shows more around it. */
const aspect = 2.5;

/** An SVG map of points on country outlines, zoomed to fit them (no tiles, works offline). */
export default function MapCanvas({ points, center, label }: { points: MapPoint[]; center: (LatLng & { label: string }) | null; label: string }) {
  // At least 8° across: a single city still shows its country around it.
  const view = fitView(center ? [...points, center] : points, aspect, 8);
  // Marker sizes in map units, so they look the same at every zoom.
  const radius = view.width / 130;
  const [centreX, centreY] = center ? project(center) : [0, 0];

  return (
    <svg
      className="map-frame"
      viewBox={`${view.x} ${view.y} ${view.width} ${view.height}`}
      preserveAspectRatio="xMidYMid meet"
      role="img"
      aria-label={label}
      data-testid="result-map"
    >
      <g className="map-countries">
        {countryOutlines.map((country, index) => (
          <path key={`${country.id}-${index}`} d={country.path} className={isClusterCountry(country.id) ? "map-country map-country-cluster" : "map-country"} />
        ))}
      </g>
      <g className="map-points">
        {points.map((point) => {
          const [x, y] = project(point);
          return (
            <circle key={point.id} cx={x} cy={y} r={radius} className="map-point">
              <title>{point.label}</title>
            </circle>
          );
        })}
      </g>
      {center && (
        <g className="map-centre">
          <title>{center.label}</title>
          <circle cx={centreX} cy={centreY} r={radius * 1.9} className="map-centre-ring" />
          <circle cx={centreX} cy={centreY} r={radius * 0.6} className="map-centre-dot" />
        </g>
      )}
    </svg>
  );
}
