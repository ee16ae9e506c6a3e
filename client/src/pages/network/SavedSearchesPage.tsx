import { type DigestFrequency, type SavedSearch } from "@cluster-match/shared/schemas/saved-searches";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageTitle } from "../../components/PageTitle.tsx";
import { EmptyState, ErrorState, LoadingState } from "../../components/QueryStates.tsx";
import { formatDate } from "../../lib/format.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { DigestFrequencyOptions } from "../../components/DigestFrequencyOptions.tsx";
import { Done } from "../../components/form/Done.tsx";
import { ServerError } from "../../components/form/ServerError.tsx";
import { savedSearchPath } from "./savedSearchLinks.ts";
import { useSavedSearches } from "./useSavedSearches.ts";

export function SavedSearchesPage() {
  const { t } = useTranslation();
  const { savedSearches, update, remove } = useSavedSearches();
  const [deleted, setDeleted] = useState<string | null>(null);

  let body;
  if (savedSearches.isPending) body = <LoadingState label={t("network.savedSearches.loading")} />;
  else if (savedSearches.isError) body = <ErrorState error={savedSearches.error} onRetry={() => void savedSearches.refetch()} />;
  else if (savedSearches.data.length === 0) {
    body = (
      <EmptyState message={t("network.savedSearches.empty")}>
        <p>
          <Link to="/search" className="button">
            {t("network.savedSearches.goSearch")}
          </Link>
        </p>
      </EmptyState>
    );
  } else {
    body = (
      <ul className="card-list">
        {savedSearches.data.map((saved) => (
          <li key={saved.id}>
            <SavedSearchCard
              saved={saved}
              onFrequency={(frequency) => update.mutate({ id: saved.id, data: { frequency } })}
              onDelete={() => remove.mutate({ id: saved.id }, { onSuccess: () => setDeleted(saved.name) })}
              busy={update.isPending || remove.isPending}
            />
          </li>
        ))}
      </ul>
    );
  }

  return (
    <>
      <PageTitle title={t("network.savedSearches.title")} />
      <div className="page-header">
        <h1>{t("network.savedSearches.title")}</h1>
        <p className="lead">{t("network.savedSearches.intro")}</p>
      </div>
      {deleted && (
        <Done look="network">
          <p>{t("network.savedSearches.deleted", { name: deleted })}</p>
        </Done>
      )}
      <ServerError look="network" error={update.error ?? remove.error} />
      {body}
    </>
  );
}

function SavedSearchCard({
  saved,
  onFrequency,
  onDelete,
  busy,
}: {
  saved: SavedSearch;
  onFrequency: (frequency: DigestFrequency) => void;
  onDelete: () => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  return (
    <article className="card net-saved">
      <div className="card-head">
        <h2 className="card-title net-saved-title">
          {saved.name}
        </h2>
        <span className="badge badge-type">{t(`network.savedSearches.kind.${saved.kind}`)}</span>
      </div>
      <p className="muted small">
        {saved.lastDigestAt ? t("network.savedSearches.lastDigest", { date: formatDate(saved.lastDigestAt, locale) }) : t("network.savedSearches.noDigestYet")}
      </p>
      <div className="net-saved-actions">
        <div className="net-inline-field">
          <label htmlFor={`${id}-frequency`}>{t("network.savedSearches.frequencyLabel")}</label>
          <select id={`${id}-frequency`} value={saved.frequency} disabled={busy} onChange={(event) => onFrequency(event.target.value as DigestFrequency)}>
            <DigestFrequencyOptions />
          </select>
        </div>
        <Link to={savedSearchPath(saved.kind, saved.query)} className="button button-secondary">
          {t("network.savedSearches.open")}
        </Link>
        {confirming ? (
          <span className="inline-actions" role="group" aria-label={t("network.savedSearches.deleteConfirm", { name: saved.name })}>
            <span>{t("network.savedSearches.deleteConfirm", { name: saved.name })}</span>
            <button type="button" className="button button-danger" disabled={busy} onClick={onDelete}>
              {t("network.savedSearches.deleteSubmit")}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setConfirming(false)}>
              {t("network.savedSearches.cancel")}
            </button>
          </span>
        ) : (
          <button type="button" className="button button-secondary" onClick={() => setConfirming(true)}>
            {t("network.savedSearches.delete")}
          </button>
        )}
      </div>
    </article>
  );
}
