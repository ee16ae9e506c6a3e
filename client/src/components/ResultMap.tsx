import { lazy, Suspense, useId } from "react";
import { useTranslation } from "react-i18next";
import type { LatLng } from "../lib/geo.ts";

export interface MapPoint extends LatLng {
  id: string;
  label: string;
}

// The outlines of Europe weigh more than the rest of the page; they load with the first map.
const MapCanvas = lazy(() => import("./MapCanvas.tsx"));

/**
 * A map of results with a show/hide toggle. It complements the list, which stays the primary
 * content: the map is one image with a summary for screen readers.
 */
export function ResultMap({
  points,
  center,
  label,
  shown,
  onToggle,
}: {
  points: MapPoint[];
  center: (LatLng & { label: string }) | null;
  label: string;
  shown: boolean;
  onToggle: (shown: boolean) => void;
}) {
  const { t } = useTranslation();
  const regionId = useId();
  if (points.length === 0 && !center) return null;

  return (
    <div className="result-map">
      <button type="button" className="button button-link map-toggle" aria-expanded={shown} aria-controls={regionId} onClick={() => onToggle(!shown)}>
        {shown ? t("map.hide") : t("map.show")}
      </button>
      <div id={regionId} hidden={!shown}>
        {shown && (
          <Suspense fallback={<div className="map-frame map-loading">{t("map.loading")}</div>}>
            <MapCanvas points={points} center={center} label={label} />
            <p className="map-legend" aria-hidden="true">
              <span className="legend-item">
                <span className="legend-dot" />
                {t("map.legendCompany")}
              </span>
              {center && (
                <span className="legend-item">
                  <span className="legend-centre" />
                  {t("map.legendCentre", { place: center.label })}
                </span>
              )}
            </p>
          </Suspense>
        )}
      </div>
    </div>
  );
}
