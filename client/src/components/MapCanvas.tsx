import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { countryOutlines, isClusterCountry } from "../lib/countryOutlines.ts";
import { formatNumber } from "../lib/format.ts";
import { circleAround, project, type LatLng } from "../lib/geo.ts";
import { clusterIndex, markerHolds, placeLabels, type MapMarker, type MapPoint } from "../lib/mapClusters.ts";
import { canZoomIn, canZoomOut, fitCamera, panBy, toScreen, viewOf, zoomBy, zoomInto, type Camera, type FrameSize } from "../lib/mapView.ts";
import { useLocale } from "../lib/useLocale.ts";

export interface MapCanvasProps {
  points: MapPoint[];
  centre: (LatLng & { label: string }) | null;
  /** The search radius around the centre, drawn as a circle. */
  radiusKm: number | null;
  label: string;
  /** The firm highlighted in the list and on the map (hovered, focused or chosen). */
  activeId: string | null;
  onActivate: (id: string | null) => void;
  /** Scrolls the list to the firm's card. */
  onShowInList: (id: string) => void;
}

/** Until the frame is measured (and in tests without layout): the size of the map beside the list. */
const defaultFrame: FrameSize = { width: 640, height: 420 };
const pointRadius = 9;
const clusterSize = (count: number) => Math.min(44, 28 + Math.log2(count) * 4);
const panStep = 80;

/**
 * The result map: firms as markers on country outlines (an SVG drawn from bundled data, no tile
 * server), clustered where they crowd, with zoom and pan (buttons, keys, wheel, dragging), the
 * search radius and place labels. Markers are buttons named after their firms; the result list
 * is the map's text alternative, and the two highlight each other.
 */
export default function MapCanvas({ points, centre, radiusKm, label, activeId, onActivate, onShowInList }: MapCanvasProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const frameRef = useRef<HTMLDivElement>(null);
  const [frame, setFrame] = useState<FrameSize>(defaultFrame);
  const [open, setOpen] = useState<string | null>(null);

  const circle = useMemo(() => (centre && radiusKm ? circleAround(centre, radiusKm) : null), [centre, radiusKm]);
  const index = useMemo(() => clusterIndex(points), [points]);

  // The camera follows the results (fitted to them) until the user moves it; new results fit again.
  const fitKey = `${points.map((point) => point.id).join(",")}|${centre?.lat},${centre?.lng}|${radiusKm}`;
  const [moved, setMoved] = useState<{ key: string; camera: Camera } | null>(null);
  const fitted = useMemo(() => fitCamera(centre ? [...points, centre] : points, circle ? [circle.box] : [], frame), [points, centre, circle, frame]);
  const camera = moved?.key === fitKey ? moved.camera : fitted;
  const setCamera = (next: Camera | null) => setMoved(next ? { key: fitKey, camera: next } : null);

  useLayoutEffect(() => {
    const element = frameRef.current;
    if (!element) return;
    const measure = () => {
      const { width, height } = element.getBoundingClientRect();
      if (width > 0 && height > 0) setFrame((old) => (old.width === width && old.height === height ? old : { width, height }));
    };
    measure();
    if (typeof ResizeObserver !== "function") return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // React's wheel listener is passive: zooming must stop the page from scrolling, so listen natively.
  const latest = useRef({ camera, frame, setCamera });
  useLayoutEffect(() => {
    latest.current = { camera, frame, setCamera };
  });
  useEffect(() => {
    const element = frameRef.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      if (event.deltaY === 0) return;
      event.preventDefault();
      const rect = element.getBoundingClientRect();
      const anchor = { left: event.clientX - rect.left, top: event.clientY - rect.top };
      const { camera: now, frame: size, setCamera: set } = latest.current;
      set(zoomBy(now, event.deltaY < 0 ? 0.5 : -0.5, size, anchor));
    };
    element.addEventListener("wheel", onWheel, { passive: false });
    return () => element.removeEventListener("wheel", onWheel);
  }, []);

  const view = viewOf(camera, frame);
  const markers = index.markers(camera, frame);
  const placed = markers.map((marker) => ({ marker, ...toScreen(view, frame, marker.at) }));
  const centreAt = centre ? toScreen(view, frame, project(centre)) : null;
  const labels = placeLabels(
    [
      ...(centre && centreAt ? [{ key: "centre", text: centre.label, ...centreAt, priority: 1000 }] : []),
      ...dedupeByText(
        placed.flatMap(({ marker, left, top }) => {
          const text = marker.kind === "point" ? marker.point.place : marker.place;
          return text && text !== centre?.label ? [{ key: marker.key, text, left, top, priority: marker.kind === "point" ? 1 : marker.count }] : [];
        }),
      ),
    ],
    [
      ...placed.map(({ marker, left, top }) => ({ left, top, radius: marker.kind === "point" ? pointRadius : clusterSize(marker.count) / 2 })),
      ...(centreAt ? [{ ...centreAt, radius: 8 }] : []),
    ],
    frame,
  );

  const choose = (marker: MapMarker) => {
    if (marker.kind === "cluster" && marker.expansionZoom !== null) {
      setOpen(null);
      setCamera(zoomInto(camera, marker.at, marker.expansionZoom));
      return;
    }
    const next = open === marker.key ? null : marker.key;
    setOpen(next);
    if (marker.kind === "point") onActivate(next ? marker.point.id : null);
  };

  // Dragging pans (mouse and pen: on touch screens a drag scrolls the page, the buttons zoom).
  const drag = useRef<{ x: number; y: number; camera: Camera; moved: boolean } | null>(null);
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.pointerType === "touch" || event.button !== 0 || (event.target as Element).closest("button, a")) return;
    drag.current = { x: event.clientX, y: event.clientY, camera, moved: false };
    event.currentTarget.setPointerCapture?.(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const start = drag.current;
    if (!start) return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    if (!start.moved && Math.hypot(dx, dy) < 4) return;
    start.moved = true;
    setCamera(panBy(start.camera, -dx, -dy));
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    const start = drag.current;
    drag.current = null;
    // A click on the bare map (not a drag) closes the open popup.
    if (start && !start.moved) setOpen(null);
    event.currentTarget.releasePointerCapture?.(event.pointerId);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, [number, number]> = { ArrowLeft: [-panStep, 0], ArrowRight: [panStep, 0], ArrowUp: [0, -panStep], ArrowDown: [0, panStep] };
    const move = moves[event.key];
    if (move && event.target === event.currentTarget) {
      event.preventDefault();
      setCamera(panBy(camera, move[0], move[1]));
    } else if (event.key === "+" || event.key === "=") {
      event.preventDefault();
      setCamera(zoomBy(camera, 1, frame));
    } else if (event.key === "-" || event.key === "_") {
      event.preventDefault();
      setCamera(zoomBy(camera, -1, frame));
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      const marker = open;
      setOpen(null);
      // Back to the marker the popup belongs to, as a disclosure does.
      [...(frameRef.current?.querySelectorAll<HTMLButtonElement>("[data-marker]") ?? [])].find((button) => button.dataset.marker === marker)?.focus();
    }
  };

  const n = (value: number) => formatNumber(value, locale);
  const markerName = (marker: MapMarker): string => {
    if (marker.kind === "point") return t("map.marker", { name: marker.point.name, place: marker.point.place });
    const many = { count: marker.count, n: n(marker.count) };
    if (marker.expansionZoom === null) return marker.place ? t("map.clusterAt", { ...many, place: marker.place }) : t("map.clusterHere", many);
    return marker.place ? t("map.clusterZoomAt", { ...many, place: marker.place }) : t("map.clusterZoom", many);
  };

  return (
    <div className="map" data-testid="result-map">
      <div
        ref={frameRef}
        className="map-viewport"
        role="region"
        aria-label={label}
        aria-describedby={`${id}help`}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => (drag.current = null)}
        data-zoom={camera.zoom.toFixed(2)}
      >
        <svg className="map-svg" viewBox={`${view.x} ${view.y} ${view.width} ${view.height}`} preserveAspectRatio="none" aria-hidden="true">
          <g className="map-countries">
            {countryOutlines.map((country, index) => (
              <path key={`${country.id}-${index}`} d={country.path} className={isClusterCountry(country.id) ? "map-country map-country-cluster" : "map-country"} />
            ))}
          </g>
          {circle && <path d={circle.path} className="map-radius" data-testid="map-radius" />}
        </svg>
        {centreAt && <span className="map-centre" style={{ left: centreAt.left, top: centreAt.top }} aria-hidden="true" data-testid="map-centre" />}
        <div className="map-labels" aria-hidden="true">
          {labels.map((placedLabel) => (
            <span key={placedLabel.key} className={placedLabel.key === "centre" ? "map-label map-label-centre" : "map-label"} style={{ left: placedLabel.left, top: placedLabel.top }}>
              {placedLabel.text}
            </span>
          ))}
        </div>
        <ul className="map-markers" aria-label={t("map.markers")}>
          {placed.map(({ marker, left, top }) => {
            const active = !!activeId && markerHolds(marker, activeId);
            const isOpen = open === marker.key;
            const popupId = `${id}popup-${marker.key}`;
            const size = marker.kind === "point" ? 2 * pointRadius : clusterSize(marker.count);
            return (
              <li key={marker.key} className="map-marker-slot" style={{ left, top }}>
                <button
                  type="button"
                  data-marker={marker.key}
                  data-testid={marker.kind === "point" ? "map-marker" : "map-cluster"}
                  className={`map-marker map-marker-${marker.kind}${active ? " map-marker-active" : ""}`}
                  style={{ width: size, height: size }}
                  aria-label={markerName(marker)}
                  aria-expanded={marker.kind === "point" || marker.expansionZoom === null ? isOpen : undefined}
                  aria-controls={isOpen ? popupId : undefined}
                  onClick={() => choose(marker)}
                  onMouseEnter={() => marker.kind === "point" && onActivate(marker.point.id)}
                  onMouseLeave={() => marker.kind === "point" && !isOpen && onActivate(null)}
                >
                  {marker.kind === "cluster" && <span aria-hidden="true">{n(marker.count)}</span>}
                </button>
                {isOpen && (
                  <div id={popupId} className={`map-popup ${popupPlacement(left, top, frame)}`} role="group" aria-label={markerName(marker)} data-testid="map-popup">
                    {marker.kind === "point" ? (
                      <>
                        <p className="map-popup-name">
                          <Link to={marker.point.href}>{marker.point.name}</Link>
                        </p>
                        <p className="map-popup-place">{marker.point.place}</p>
                        <button type="button" className="button button-link map-popup-list" onClick={() => onShowInList(marker.point.id)}>
                          {t("map.showInList")}
                        </button>
                      </>
                    ) : (
                      <>
                        <p className="map-popup-place">{marker.place ? t("map.clusterAt", { count: marker.count, n: n(marker.count), place: marker.place }) : t("map.clusterHere", { count: marker.count, n: n(marker.count) })}</p>
                        <ul className="map-popup-list-items">
                          {marker.points.map((point) => (
                            <li key={point.id}>
                              <Link to={point.href} onFocus={() => onActivate(point.id)} onMouseEnter={() => onActivate(point.id)}>
                                {point.name}
                              </Link>
                            </li>
                          ))}
                        </ul>
                      </>
                    )}
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      </div>
      <div className="map-controls">
        <button type="button" className="map-control" aria-label={t("map.zoomIn")} title={t("map.zoomIn")} disabled={!canZoomIn(camera)} onClick={() => setCamera(zoomBy(camera, 1, frame))}>
          <span aria-hidden="true">+</span>
        </button>
        <button type="button" className="map-control" aria-label={t("map.zoomOut")} title={t("map.zoomOut")} disabled={!canZoomOut(camera)} onClick={() => setCamera(zoomBy(camera, -1, frame))}>
          <span aria-hidden="true">−</span>
        </button>
        {moved?.key === fitKey && (
          <button type="button" className="map-control map-control-fit" onClick={() => setCamera(null)}>
            {t("map.fit")}
          </button>
        )}
      </div>
      <p id={`${id}help`} className="visually-hidden">
        {t("map.help")}
      </p>
    </div>
  );
}

/** One label per place: several firms of one city need its name once. */
function dedupeByText<T extends { text: string; priority: number }>(candidates: T[]): T[] {
  const best = new Map<string, T>();
  for (const candidate of candidates) {
    const other = best.get(candidate.text);
    if (!other || other.priority < candidate.priority) best.set(candidate.text, candidate);
  }
  return [...best.values()];
}

/** Where a popup opens so that it stays inside the frame: below markers near the top, toward the middle near the sides. */
function popupPlacement(left: number, top: number, frame: FrameSize): string {
  const vertical = top < frame.height * 0.45 ? "map-popup-below" : "map-popup-above";
  const horizontal = left < frame.width * 0.3 ? "map-popup-start" : left > frame.width * 0.7 ? "map-popup-end" : "map-popup-middle";
  return `${vertical} ${horizontal}`;
}
