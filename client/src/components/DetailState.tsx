import { useTranslation } from "react-i18next";
import { appCodeOf } from "../lib/errors.ts";
import { NotFound } from "./NotFound.tsx";
import { PageTitle } from "./PageTitle.tsx";
import { ErrorState, LoadingState } from "./QueryStates.tsx";

/**
 * Loading and error states of a detail page, each with the page's one h1.
 * NOT_FOUND shows the 404 page, as an unknown URL would; so does VALIDATION, since a malformed
 * id in the URL cannot name any record.
 */
export function DetailState({ query, loadingText }: { query: { isError: boolean; error: unknown; refetch: () => unknown }; loadingText: string }) {
  const { t } = useTranslation();
  if (query.isError && ["NOT_FOUND", "VALIDATION"].includes(appCodeOf(query.error))) return <NotFound />;
  if (query.isError) {
    return (
      <>
        <PageTitle title={t("errors.title")} />
        <h1>{t("errors.title")}</h1>
        <ErrorState error={query.error} onRetry={() => void query.refetch()} withTitle={false} />
      </>
    );
  }
  return (
    <>
      <h1 className="visually-hidden">{loadingText}</h1>
      <LoadingState label={loadingText} />
    </>
  );
}
