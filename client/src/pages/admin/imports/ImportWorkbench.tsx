import { bulkImportCsvColumns, bulkImportFormats, bulkImportMaxBytes, type BulkImportFormat } from "@cluster-match/shared/schemas/bulk-import";
import { hasForbiddenCharacters } from "@cluster-match/shared/text-safety";
import { useId, useMemo, useState, type ChangeEvent } from "react";
import { useTranslation } from "react-i18next";
import { Section } from "../../../components/Section.tsx";
import { canCommit, formatOfFileName, importTemplateCsv } from "../../../lib/importFile.ts";
import { ServerError } from "../../../components/form/ServerError.tsx";
import { ImportHistory } from "./ImportHistory.tsx";
import { ImportReportView } from "./ImportReportView.tsx";
import { useBulkImport } from "./useBulkImport.ts";

interface ChosenFile {
  fileName: string;
  format: BulkImportFormat;
  content: string;
}

/** An example row for the template: a fictional Bulgarian firm with every column filled in. */
const templateExample: Record<string, string> = {
  externalId: "partner-0001",
  name: "Примерна Машиностроителна ООД",
  nameLatin: "Primerna Mashinostroitelna OOD",
  legalForm: "ООД",
  country: "BG",
  registryId: "204123454",
  city: "Габрово",
  cityLatin: "Gabrovo",
  website: "https://www.example.com",
  email: "office@example.com",
  phone: "+359 66 123 456",
  employees: "45",
  foundedYear: "2009",
  languages: "bg;en;de",
  capabilities: "MACH.CNC_MILLING;MACH.CNC_TURNING",
  certifications: "ISO_9001",
  materials: "steel;aluminium",
  machines: "DMG Mori DMU 65",
  naceCodes: "25.62",
  exportMarkets: "DE;AT",
  description_bg: "Фрезоване и струговане с ЦПУ на детайли по чертеж.",
  description_en: "CNC milling and turning of parts to drawing.",
  description_de: "",
  description_pl: "",
  description_hu: "",
};

/** Bulk import for one cluster: template, file choice, check with a per-row report, commit, history. */
export function ImportWorkbench({ clusterId, clusterName }: { clusterId: string; clusterName: string }) {
  const { t } = useTranslation();
  const id = useId();
  const { history, preview, commit } = useBulkImport(clusterId);
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [fileProblem, setFileProblem] = useState<"FILE_TOO_LARGE" | "UNSUPPORTED_FILE" | "READ_FAILED" | null>(null);
  const template = useMemo(
    () => `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${importTemplateCsv(bulkImportCsvColumns, templateExample)}`)}`,
    [],
  );

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    preview.reset();
    commit.reset();
    setFile(null);
    setFileProblem(null);
    const chosen = event.target.files?.[0];
    if (!chosen) return;
    if (chosen.size > bulkImportMaxBytes) return setFileProblem("FILE_TOO_LARGE");
    const reader = new FileReader();
    reader.onload = () => {
      const content = typeof reader.result === "string" ? reader.result : "";
      // A binary file (a spreadsheet, an image) read as text holds control characters the server refuses.
      if (hasForbiddenCharacters(content)) return setFileProblem("UNSUPPORTED_FILE");
      setFile({ fileName: chosen.name, format: formatOfFileName(chosen.name) ?? (content.trimStart().startsWith("[") ? "JSON" : "CSV"), content });
    };
    reader.onerror = () => setFileProblem("READ_FAILED");
    reader.readAsText(chosen, "utf-8");
  };

  const input = file ? { clusterId, fileName: file.fileName, format: file.format, content: file.content } : null;
  // The check must be of this very file and format; the commit button waits for a clean one.
  const checkedThis = preview.data && input && preview.variables?.content === input.content && preview.variables.format === input.format;
  const report = commit.data && commit.variables?.content === input?.content ? commit.data : checkedThis ? preview.data : undefined;
  const committed = commit.data?.committed === true && commit.variables?.content === input?.content;

  return (
    <>
      <Section title={t("admin.imports.fileTitle", { cluster: clusterName })}>
        <p>{t("admin.imports.howTo")}</p>
        <p>
          <a href={template} download="cluster-match-import-template.csv" data-testid="import-template">
            {t("admin.imports.template")}
          </a>
        </p>
        <details className="admin-columns">
          <summary>{t("admin.imports.columnsTitle")}</summary>
          <p>{t("admin.imports.columnsHelp")}</p>
          <p className="code admin-column-list">{bulkImportCsvColumns.join(", ")}</p>
        </details>
        <div className="admin-import-controls">
          <div className="filter">
            <label htmlFor={`${id}-file`}>{t("admin.imports.chooseFile")}</label>
            <input id={`${id}-file`} type="file" accept=".csv,.json,.jsonl,text/csv,application/json" onChange={choose} />
          </div>
          {file && (
            <div className="filter">
              <label htmlFor={`${id}-format`}>{t("admin.imports.format")}</label>
              <select
                id={`${id}-format`}
                value={file.format}
                onChange={(e) => {
                  preview.reset();
                  commit.reset();
                  setFile({ ...file, format: e.target.value as BulkImportFormat });
                }}
              >
                {bulkImportFormats.map((f) => (
                  <option key={f} value={f}>
                    {f}
                  </option>
                ))}
              </select>
            </div>
          )}
        </div>
        {fileProblem && (
          <p className="admin-alert" role="alert">
            {fileProblem === "READ_FAILED" ? t("admin.imports.readFailed") : t(`errors.${fileProblem}`)}
          </p>
        )}
        <p className="admin-actions">
          <button type="button" className="button button-secondary" disabled={!input || preview.isPending} onClick={() => input && preview.mutate(input)}>
            {t("admin.imports.check")}
          </button>
          <button
            type="button"
            className="button"
            data-testid="import-commit"
            disabled={!input || !checkedThis || !canCommit(preview.data) || commit.isPending || committed}
            onClick={() => input && commit.mutate(input)}
          >
            {t("admin.imports.commit")}
          </button>
        </p>
        {checkedThis && !canCommit(preview.data) && !committed && (
          <p className="muted" data-testid="commit-blocked">
            {preview.data!.totals.error > 0 || preview.data!.fileErrors.length > 0 ? t("admin.imports.fixFirst") : t("admin.imports.nothingToDo")}
          </p>
        )}
        {preview.isError && <ServerError look="admin" error={preview.error} />}
        {commit.isError && <ServerError look="admin" error={commit.error} />}
        {commit.data && commit.variables?.content === input?.content && (
          <p className={commit.data.committed ? "admin-done" : "admin-alert"} role={commit.data.committed ? "status" : "alert"} data-testid="import-outcome">
            {commit.data.committed
              ? t("admin.imports.committed", { created: commit.data.totals.create, updated: commit.data.totals.update, unchanged: commit.data.totals.unchanged })
              : t("admin.imports.refused")}
          </p>
        )}
        {report && <ImportReportView report={report} />}
      </Section>
      <Section title={t("admin.imports.historyTitle")}>
        <ImportHistory query={history} />
      </Section>
    </>
  );
}
