import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router";
import { describe, expect, it, vi } from "vitest";
import type { MapPoint } from "../lib/mapClusters.ts";
import MapCanvas from "./MapCanvas.tsx";

const firm = (id: string, name: string, place: string, lat: number, lng: number): MapPoint => ({ id, name, place, lat, lng, href: `/companies/${id}` });

// Four firms around Plovdiv (a few km apart) and one in Munich: at the fitted zoom Plovdiv's crowd clusters.
const firms = [
  firm("p1", "Balkan Energy", "Plovdiv", 42.135, 24.745),
  firm("p2", "Prostil", "Plovdiv", 42.15, 24.75),
  firm("p3", "Termo Tech", "Plovdiv", 42.14, 24.72),
  firm("a1", "Asen Metal", "Asenovgrad", 42.01, 24.87),
  firm("m1", "Fräswerk Süd", "München", 48.135, 11.582),
];

function renderMap(props: Partial<Parameters<typeof MapCanvas>[0]> = {}) {
  const onActivate = vi.fn();
  const onShowInList = vi.fn();
  const view = render(
    <MemoryRouter>
      <MapCanvas points={firms} centre={null} radiusKm={null} label="Map of 5 results" activeId={null} onActivate={onActivate} onShowInList={onShowInList} {...props} />
    </MemoryRouter>,
  );
  const zoom = () => Number(screen.getByRole("region", { name: "Map of 5 results" }).dataset.zoom);
  return { ...view, user: userEvent.setup(), onActivate, onShowInList, zoom };
}

describe("MapCanvas", () => {
  it("shows crowded firms as a cluster button with its count, which zooms in and splits when clicked", async () => {
    const { user, zoom } = renderMap();
    const cluster = screen.getByRole("button", { name: /^4 companies: zoom in$|^4 companies around Plovdiv: zoom in$|companies: zoom in/ });
    expect(cluster.textContent).toMatch(/^\d+$/);
    expect(screen.getByRole("button", { name: "Fräswerk Süd, München" })).toBeTruthy();
    const before = zoom();
    const markersBefore = screen.getAllByTestId(/map-(marker|cluster)/).length;
    await user.click(cluster);
    expect(zoom()).toBeGreaterThanOrEqual(before + 1);
    expect(screen.getAllByTestId(/map-(marker|cluster)/).length).toBeGreaterThan(markersBefore - 1);
    expect(screen.getByRole("button", { name: "Show all results" })).toBeTruthy();
  });

  it("opens a firm's name, city and link from its marker, highlights it, and closes with Escape", async () => {
    const { user, onActivate, onShowInList } = renderMap();
    const marker = screen.getByRole("button", { name: "Fräswerk Süd, München" });
    await user.click(marker);
    expect(marker.getAttribute("aria-expanded")).toBe("true");
    const popup = screen.getByTestId("map-popup");
    expect(within(popup).getByRole("link", { name: "Fräswerk Süd" }).getAttribute("href")).toBe("/companies/m1");
    expect(popup.textContent).toContain("München");
    expect(onActivate).toHaveBeenLastCalledWith("m1");
    await user.click(within(popup).getByRole("button", { name: "Show in the list" }));
    expect(onShowInList).toHaveBeenCalledWith("m1");
    await user.keyboard("{Escape}");
    expect(screen.queryByTestId("map-popup")).toBeNull();
  });

  it("zooms with its buttons and keys, within limits, and fits the results again on request", async () => {
    const { user, zoom } = renderMap();
    const fitted = zoom();
    expect(screen.queryByRole("button", { name: "Show all results" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Zoom in" }));
    expect(zoom()).toBe(fitted + 1);
    await user.click(screen.getByRole("button", { name: "Zoom out" }));
    await user.click(screen.getByRole("button", { name: "Zoom out" }));
    expect(zoom()).toBe(fitted - 1);
    screen.getByRole("region", { name: "Map of 5 results" }).focus();
    await user.keyboard("+");
    expect(zoom()).toBe(fitted);
    await user.keyboard("{ArrowRight}");
    await user.click(screen.getByRole("button", { name: "Show all results" }));
    expect(zoom()).toBe(fitted);
    expect(screen.queryByRole("button", { name: "Show all results" })).toBeNull();
  });

  it("draws the search radius and labels the centre", () => {
    const { container } = renderMap({ centre: { lat: 42.1354, lng: 24.7453, label: "Plovdiv" }, radiusKm: 50 });
    expect(container.querySelector("[data-testid=map-radius]")?.getAttribute("d")).toMatch(/^M.+Z$/);
    expect(container.querySelector(".map-label-centre")?.textContent).toBe("Plovdiv");
  });

  it("marks the marker of the firm highlighted in the list", () => {
    renderMap({ activeId: "m1" });
    expect(screen.getByRole("button", { name: "Fräswerk Süd, München" }).classList.contains("map-marker-active")).toBe(true);
  });
});
