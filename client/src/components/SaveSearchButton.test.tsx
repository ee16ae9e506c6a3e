import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderPage } from "../../test/render.tsx";
import { SaveSearchButton } from "./SaveSearchButton.tsx";

const me = { id: "u1", email: "ana@example.test", name: "Ana", role: "MEMBER" as const, locale: "en", memberships: [], managedClusters: [], unreadNotifications: 0 };
const saved = (input: { name: string; kind: "COMPANIES" | "OPPORTUNITIES"; frequency?: string }) => ({
  id: "s1",
  name: input.name,
  kind: input.kind,
  query: {},
  frequency: (input.frequency ?? "WEEKLY") as "WEEKLY",
  lastDigestAt: null,
  createdAt: "2026-12-01T00:00:00.000Z",
});

describe("SaveSearchButton", () => {
  it("offers a weekly digest unless the user picks another frequency", async () => {
    const page = renderPage(<SaveSearchButton query={{ q: "laser cutting" }} />, {
      url: "/search?q=laser+cutting",
      handlers: { accounts: { me: () => me }, savedSearches: { create: (input) => saved(input) } },
    });
    await page.user.click(await screen.findByRole("button", { name: "Save this search" }));
    const frequency = screen.getByLabelText("Send me new results") as HTMLSelectElement;
    expect(frequency.value).toBe("WEEKLY");
    await page.user.click(screen.getByRole("button", { name: "Save" }));
    await screen.findByText("The search was saved.");
    expect(page.callsTo("savedSearches.create")).toEqual([expect.objectContaining({ kind: "COMPANIES", frequency: "WEEKLY", name: "laser cutting" })]);
  });

  it("saves an opportunity search of the board with the same default", async () => {
    const page = renderPage(<SaveSearchButton kind="OPPORTUNITIES" query={{ q: "welding", sort: "newest", types: ["SUPPLY_REQUEST"] }} />, {
      url: "/opportunities?q=welding",
      handlers: { accounts: { me: () => me }, savedSearches: { create: (input) => saved(input) } },
    });
    await page.user.click(await screen.findByRole("button", { name: "Save this search" }));
    expect((screen.getByLabelText("Send me new results") as HTMLSelectElement).value).toBe("WEEKLY");
    await page.user.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(page.callsTo("savedSearches.create")).toHaveLength(1));
    expect(page.callsTo("savedSearches.create")[0]).toMatchObject({ kind: "OPPORTUNITIES", frequency: "WEEKLY", query: { q: "welding", sort: "newest", types: ["SUPPLY_REQUEST"] } });
  });
});
