import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { Link, Route, Routes, useLocation, useNavigate } from "react-router";
import { afterEach, describe, expect, it } from "vitest";
import i18n from "./index.ts";
import { LocaleRouter, useSwitchLocale } from "./LocaleRouter.tsx";

function Page() {
  const switchLocale = useSwitchLocale();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  // State a remount would lose: a half-filled form.
  const [draft, setDraft] = useState("");
  return (
    <>
      <p data-testid="path">{pathname}</p>
      <label>
        Draft <input value={draft} onChange={(e) => setDraft(e.target.value)} />
      </label>
      <Link to="/companies/alfa">Alfa</Link>
      <button type="button" onClick={() => void switchLocale("de")}>
        Deutsch
      </button>
      <button type="button" onClick={() => void navigate("/search?q=laser")}>
        Search
      </button>
    </>
  );
}

function renderAt(url: string) {
  window.history.replaceState(null, "", url);
  return render(
    <LocaleRouter>
      <Routes>
        <Route path="*" element={<Page />} />
      </Routes>
    </LocaleRouter>,
  );
}

afterEach(async () => {
  document.cookie = "cm_locale=; Path=/; Max-Age=0";
  await i18n.changeLanguage("en");
});

describe("LocaleRouter", () => {
  it("keeps the language prefix on every link and navigation", async () => {
    renderAt("/en/companies");
    expect(screen.getByTestId("path").textContent).toBe("/companies");
    expect(screen.getByRole("link", { name: "Alfa" }).getAttribute("href")).toBe("/en/companies/alfa");
    await userEvent.click(screen.getByRole("button", { name: "Search" }));
    expect(window.location.pathname + window.location.search).toBe("/en/search?q=laser");
    expect(screen.getByTestId("path").textContent).toBe("/search");
  });

  it("switches language on the same page: new prefix, same query, the choice kept, nothing remounted", async () => {
    renderAt("/en/companies?page=2");
    await userEvent.type(screen.getByLabelText("Draft"), "half a sentence");
    await userEvent.click(screen.getByRole("button", { name: "Deutsch" }));
    // The German catalogue loads first, then the address changes.
    await waitFor(() => expect(window.location.pathname + window.location.search).toBe("/de/companies?page=2"));
    expect(i18n.language).toBe("de");
    expect(document.cookie).toContain("cm_locale=de");
    expect(screen.getByRole("link", { name: "Alfa" }).getAttribute("href")).toBe("/de/companies/alfa");
    expect((screen.getByLabelText("Draft") as HTMLInputElement).value).toBe("half a sentence");
  });

  it("on back or forward into another language, a choice made on this device wins over the old entry's prefix", async () => {
    renderAt("/en/companies");
    document.cookie = "cm_locale=de; Path=/";
    await act(async () => {
      window.history.pushState(null, "", "/en/clusters");
      window.dispatchEvent(new PopStateEvent("popstate"));
    });
    expect(window.location.pathname).toBe("/de/clusters");
    expect(screen.getByTestId("path").textContent).toBe("/clusters");
  });

  it("without a choice, the texts follow the address of a back or forward step", async () => {
    renderAt("/en/companies");
    await act(async () => {
      window.history.pushState(null, "", "/de/clusters");
      window.dispatchEvent(new PopStateEvent("popstate"));
    });
    expect(screen.getByTestId("path").textContent).toBe("/clusters");
    await act(async () => {
      await i18n.loadLanguages("de");
    });
    expect(i18n.language).toBe("de");
  });
});
