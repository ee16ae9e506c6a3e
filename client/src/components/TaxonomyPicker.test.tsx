import { screen, waitFor } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { renderPage } from "../../test/render.tsx";
import { TaxonomyPicker } from "./TaxonomyPicker.tsx";

const term = (code: string, en: string, bg: string, de: string) => ({ code, group: "SHEET", parentCode: "SHEET", isGroup: false, labels: { en, bg, de }, synonyms: {} });
const capabilities = [
  term("SHEET.LASER_CUTTING", "Laser cutting", "Лазерно рязане", "Laserschneiden"),
  term("JOIN.LASER_WELDING", "Laser welding", "Лазерно заваряване", "Laserschweißen"),
  term("MACH.CNC_MILLING", "CNC milling", "CNC фрезоване", "CNC-Fräsen"),
];

/** The picker inside a form, as the profile editor has it: a submit would show here. */
function Harness({ onSubmit }: { onSubmit: () => void }) {
  const [value, setValue] = useState<string[]>([]);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <TaxonomyPicker label="Capabilities" value={value} onChange={setValue} />
      <output data-testid="value">{value.join(",")}</output>
    </form>
  );
}

async function renderPicker() {
  let submits = 0;
  const page = renderPage(<Harness onSubmit={() => (submits += 1)} />, {
    url: "/",
    handlers: { taxonomy: { picker: () => ({ capabilities, materials: [], certifications: [] }) } },
  });
  const box = screen.getByRole("combobox", { name: "Capabilities" });
  await waitFor(() => expect((box as HTMLInputElement).disabled).toBe(false));
  return { ...page, box, submits: () => submits, value: () => screen.getByTestId("value").textContent };
}

describe("TaxonomyPicker", () => {
  it("does not pick one of several matches on Enter before the user moves to one", async () => {
    const { user, box, value, submits } = await renderPicker();
    await user.type(box, "лазерно");
    expect(screen.getAllByRole("option")).toHaveLength(2);
    expect(screen.getAllByRole("option").filter((o) => o.getAttribute("aria-selected") === "true")).toHaveLength(0);
    await user.keyboard("{Enter}");
    expect(value()).toBe("");
    expect(submits()).toBe(0);
    expect(screen.getAllByText(/2 suggestions fit; choose one/).length).toBeGreaterThan(0);

    // The user moves to the second suggestion and takes it.
    await user.keyboard("{ArrowDown}{ArrowDown}");
    const second = screen.getAllByRole("option")[1]!;
    expect(second.getAttribute("aria-selected")).toBe("true");
    expect(box.getAttribute("aria-activedescendant")).toBe(second.id);
    const label = second.textContent!.includes("Laser welding") ? "JOIN.LASER_WELDING" : "SHEET.LASER_CUTTING";
    await user.keyboard("{Enter}");
    expect(value()).toBe(label);
  });

  it("takes the only match, or the one named exactly, on Enter", async () => {
    const { user, box, value } = await renderPicker();
    await user.type(box, "фрезоване{Enter}");
    expect(value()).toBe("MACH.CNC_MILLING");
    await user.type(box, "laser cutting{Enter}");
    expect(value()).toBe("MACH.CNC_MILLING,SHEET.LASER_CUTTING");
  });
});
