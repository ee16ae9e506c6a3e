import { lazy, Suspense, useId } from "react";
import { useTranslation } from "react-i18next";
import { formatDistance, formatNumber } from "../lib/format.ts";
import type { LatLng } from "../lib/geo.ts";
import { useLocale } from "../lib/useLocale.ts";
import type { MapCanvasProps } from "./MapCanvas.tsx";

export type { MapPoint } from "../lib/mapClusters.ts";

// The outlines of Europe weigh more than the rest of the page; they load with the first map.
const MapCanvas = lazy(() => import("./MapCanvas.tsx"));

/**
 * The map of results. Beside the list on wide screens (`toggle` off: always there), on demand
 * above it on narrow ones (a show/hide button, so a phone opens on the list). The list stays the
 * primary content and the map's text alternative.
 */
export function ResultMap({
  toggle,
  shown = true,
  onToggle,
  ...canvas
}: Omit<MapCanvasProps, "centre"> & {
  centre: (LatLng & { label: string }) | null;
  toggle: boolean;
  shown?: boolean;
  onToggle?: (shown: boolean) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const regionId = useId();
  const { points, centre, radiusKm } = canvas;
  if (points.length === 0 && !centre) return null;
  const visible = !toggle || shown;

  return (
    <div className={toggle ? "result-map result-map-inline" : "result-map result-map-aside"}>
      {toggle && (
        <button
          type="button"
          className="button button-secondary map-toggle"
          aria-expanded={shown}
          aria-controls={regionId}
          onClick={() => onToggle?.(!shown)}
          data-testid="map-toggle"
        >
          <span className="map-toggle-icon" aria-hidden="true" />
          {shown ? t("map.hide") : t("map.showCount", { count: points.length, n: formatNumber(points.length, locale) })}
        </button>
      )}
      <div id={regionId} hidden={!visible}>
        {visible && (
          <Suspense fallback={<div className="map-viewport map-loading">{t("map.loading")}</div>}>
            <MapCanvas {...canvas} />
            <p className="map-legend" aria-hidden="true">
              <span className="legend-item">
                <span className="legend-dot" />
                {t("map.legendCompany")}
              </span>
              <span className="legend-item">
                <span className="legend-cluster">3</span>
                {t("map.legendCluster")}
              </span>
              {centre && (
                <span className="legend-item">
                  <span className="legend-centre" />
                  {radiusKm ? t("map.legendRadius", { place: centre.label, distance: formatDistance(radiusKm, locale) }) : t("map.legendCentre", { place: centre.label })}
                </span>
              )}
            </p>
          </Suspense>
        )}
      </div>
    </div>
  );
}
