import { describe, expect, it } from "vitest";
import { useSeededDatabase } from "../../test/fixtures.ts";

describe(`taxonomy and clusters procedures (${process.env.TEST_DB})`, () => {
  const seeded = useSeededDatabase();

  it("returns the taxonomy in the requested locale, in file order, with its tree", async () => {
    const de = await seeded.api.taxonomy.get({ locale: "de" });
    const bg = await seeded.api.taxonomy.get({ locale: "bg" });
    expect(de.capabilities.find((c) => c.code === "SHEET")?.label).toBe("Blechbearbeitung und Umformung");
    expect(bg.capabilities.find((c) => c.code === "SHEET.LASER_CUTTING")?.label).toBe("Лазерно рязане");
    expect(de.capabilities.find((c) => c.code === "MACH.CNC_5AXIS")?.parentCode).toBe("MACH.CNC_MILLING");
    expect(de.capabilities[0]?.isGroup).toBe(true);
    expect(de.certifications.map((c) => c.code)).toContain("ISO_9001");
    expect(de.materials.find((m) => m.code === "stainless_steel")?.label).toBe("Edelstahl");
  });

  it("gives pickers every language's labels and synonyms", async () => {
    const picker = await seeded.api.taxonomy.picker();
    const milling = picker.capabilities.find((c) => c.code === "MACH.CNC_MILLING")!;
    expect(milling.labels).toMatchObject({ bg: "ЦПУ фрезоване", en: "CNC milling", de: "CNC-Fräsen" });
    expect(Object.keys(milling.labels).sort()).toEqual(["bg", "de", "en", "hu", "pl"]);
    expect(milling.synonyms.de).toContain("Fräsen");
    expect(picker.capabilities.find((c) => c.code === "MACH")?.isGroup).toBe(true);
    expect(picker.materials.find((m) => m.code === "stainless_steel")?.labels.de).toBe("Edelstahl");
    expect(picker.certifications.map((c) => c.code)).toContain("ISO_9001");
    expect(picker.capabilities).toHaveLength(await seeded.db.prisma.capabilityTerm.count());
  });

  it("lists clusters with member counts and shows one by slug", async () => {
    const clusters = await seeded.api.clusters.list({ locale: "en" });
    expect(clusters).toHaveLength(5);
    const bg = clusters.find((c) => c.country === "BG")!;
    expect(bg.memberCount).toBe(await seeded.db.prisma.companyCluster.count({ where: { clusterId: bg.id } }));
    const detail = await seeded.api.clusters.get({ idOrSlug: bg.slug, locale: "bg" });
    expect(detail.name).toBe("Клъстер зелени технологии и машиностроене");
    expect(detail.membersByCountry.reduce((sum, c) => sum + c.count, 0)).toBe(bg.memberCount);
    await expect(seeded.api.clusters.get({ idOrSlug: "nope" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
