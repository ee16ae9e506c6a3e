import { bulkImportCsvColumns, isValidEik } from "@cluster-match/shared";
import type { AccessSamples } from "../access-matrix.ts";

/** A fresh, valid Bulgarian EIK (random first eight digits, the check digit that fits). */
function freshEik(): string {
  for (;;) {
    const body = String(Math.floor(Math.random() * 1e8)).padStart(8, "0");
    for (let d = 0; d <= 9; d++) if (isValidEik(`${body}${d}`)) return `${body}${d}`;
  }
}

/** A one-row CSV of a new firm, different on every call. */
function oneFirmCsv(): string {
  const eik = freshEik();
  const cells: Record<string, string> = {
    externalId: `matrix-${eik}`,
    name: `Матрица ${eik} ООД`,
    legalForm: "ООД",
    country: "BG",
    registryId: eik,
    city: "Габрово",
    capabilities: "MACH.CNC_MILLING",
    description_bg: "Фирма за проверка на правата.",
  };
  return `${bulkImportCsvColumns.join(",")}\n${bulkImportCsvColumns.map((c) => cells[c] ?? "").join(",")}\n`;
}

export const importsSamples: AccessSamples = {
  "imports.preview": (f) => ({ clusterId: f.clusterId, fileName: "matrix.csv", format: "CSV", content: oneFirmCsv() }),
  "imports.commit": (f) => ({ clusterId: f.clusterId, fileName: "matrix.csv", format: "CSV", content: oneFirmCsv() }),
  "imports.history": (f) => ({ clusterId: f.clusterId }),
};
