import { useTranslation } from "react-i18next";
import { Section } from "../../components/Section.tsx";
import { ServerError } from "../../components/form/ServerError.tsx";
import { Done } from "../../components/form/Done.tsx";
import { useExportData } from "./useAccount.ts";

/** Everything the platform holds about the user, as a JSON file (GDPR Art. 15 and 20). */
export function ExportSection() {
  const { t } = useTranslation();
  const exportData = useExportData();
  return (
    <Section title={t("account.export.title")}>
      <p>{t("account.export.intro")}</p>
      {exportData.isError && <ServerError look="account" error={exportData.error} />}
      {exportData.isSuccess && <Done look="account">{t("account.export.done")}</Done>}
      <button type="button" className="button button-secondary" disabled={exportData.isPending} onClick={() => exportData.mutate()}>
        {t("account.export.button")}
      </button>
    </Section>
  );
}
