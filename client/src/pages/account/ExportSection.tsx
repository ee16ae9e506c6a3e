import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Section } from "../../components/Section.tsx";
import { downloadJson, exportFileName } from "../../lib/download.ts";
import { useTRPC } from "../../trpc.ts";
import { FormError, FormStatus } from "./FormParts.tsx";

/** Everything the platform holds about the user, as a JSON file (GDPR Art. 15 and 20). */
export function ExportSection() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  // A query on the server, but fetched on demand like an action; the cache drops it afterwards.
  const exportData = useMutation({
    mutationFn: async () => {
      const options = trpc.accounts.exportData.queryOptions();
      try {
        return await queryClient.fetchQuery({ ...options, staleTime: 0 });
      } finally {
        queryClient.removeQueries({ queryKey: options.queryKey });
      }
    },
    onSuccess: (data) => downloadJson(data, exportFileName(new Date())),
  });
  return (
    <Section title={t("accounts.export.title")}>
      <p>{t("accounts.export.intro")}</p>
      {exportData.isError && <FormError error={exportData.error} />}
      {exportData.isSuccess && <FormStatus>{t("accounts.export.done")}</FormStatus>}
      <button type="button" className="button button-secondary" disabled={exportData.isPending} onClick={() => exportData.mutate()}>
        {t("accounts.export.button")}
      </button>
    </Section>
  );
}
