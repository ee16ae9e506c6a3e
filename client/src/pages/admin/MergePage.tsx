import type { AdminCompanyRow, MergeCounts, MergeResult } from "@cluster-match/shared";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ConfirmDialog } from "../../components/ConfirmDialog.tsx";
import { ServerError } from "../../components/form/ServerError.tsx";
import { Section } from "../../components/Section.tsx";
import { formatNumber } from "../../lib/format.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { AdminFrame } from "./AdminFrame.tsx";
import { CompanyPicker } from "./CompanyPicker.tsx";
import { useMergeCompanies } from "./useAdminCompanies.ts";

const countKeys: (keyof MergeCounts)[] = [
  "memberships",
  "membershipsMerged",
  "opportunities",
  "introductionsFrom",
  "introductionsTo",
  "introductionsWithdrawn",
  "messages",
  "revisions",
  "revisionsSuperseded",
  "invitations",
  "capabilities",
  "certifications",
  "materials",
  "clusters",
  "earlierMerges",
];

function MergeSummary({ result }: { result: MergeResult }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <>
      <table className="data-table admin-merge-counts" data-testid="merge-counts">
        <caption className="visually-hidden">{t("admin.merge.countsCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("admin.merge.relation")}</th>
            <th scope="col" className="numeric">
              {t("admin.merge.count")}
            </th>
          </tr>
        </thead>
        <tbody>
          {countKeys.map((key) => (
            <tr key={key}>
              <th scope="row">{t(`admin.merge.counts.${key}`)}</th>
              <td className="numeric">{formatNumber(result.moved[key], locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        {result.filledFields.length > 0
          ? t("admin.merge.filled", { fields: result.filledFields.join(", ") })
          : t("admin.merge.nothingFilled")}
      </p>
    </>
  );
}

/** Merges a duplicate firm into the one that stays: pick both, check what moves (dry run), confirm. */
export function MergePage() {
  const { t } = useTranslation();
  const [source, setSource] = useState<AdminCompanyRow | null>(null);
  const [target, setTarget] = useState<AdminCompanyRow | null>(null);
  const { preview, merge } = useMergeCompanies();
  const [confirming, setConfirming] = useState(false);
  const same = source !== null && target !== null && source.id === target.id;
  const pair = source && target && !same ? { sourceId: source.id, targetId: target.id } : null;
  // A dry run counts only for the pair it was made for.
  const checked = preview.data && pair && preview.data.source.id === pair.sourceId && preview.data.target.id === pair.targetId ? preview.data : undefined;
  const reset = () => {
    preview.reset();
    merge.reset();
    setConfirming(false);
  };

  return (
    <AdminFrame title={t("admin.merge.title")} intro={t("admin.merge.intro")}>
      {merge.data ? (
        <Section title={t("admin.merge.doneTitle")}>
          <p role="status" data-testid="merge-done">
            {t("admin.merge.done", { source: merge.data.source.name, target: merge.data.target.name })}{" "}
            <Link to={`/admin/companies/${merge.data.target.id}`}>{t("admin.merge.openTarget", { target: merge.data.target.name })}</Link>
          </p>
          <MergeSummary result={merge.data} />
          <p className="admin-actions">
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                reset();
                setSource(null);
                setTarget(null);
              }}
            >
              {t("admin.merge.another")}
            </button>
          </p>
        </Section>
      ) : (
        <>
          <div className="admin-merge-pickers">
            <CompanyPicker
              testId="merge-source"
              legend={t("admin.merge.source")}
              selected={source}
              onSelect={(c) => {
                reset();
                setSource(c);
              }}
            />
            <CompanyPicker
              testId="merge-target"
              legend={t("admin.merge.target")}
              selected={target}
              onSelect={(c) => {
                reset();
                setTarget(c);
              }}
            />
          </div>
          {same && (
            <p className="field-error" role="alert">
              {t("admin.merge.same")}
            </p>
          )}
          <p className="admin-actions">
            <button type="button" className="button button-secondary" disabled={!pair || preview.isPending} onClick={() => pair && preview.mutate({ ...pair, dryRun: true })}>
              {t("admin.merge.check")}
            </button>
          </p>
          {preview.isError && <ServerError look="admin" error={preview.error} />}
          {checked && (
            <Section title={t("admin.merge.previewTitle")}>
              <p>{t("admin.merge.previewIntro", { source: source!.name, target: target!.name })}</p>
              <MergeSummary result={checked} />
              {merge.isError && <ServerError look="admin" error={merge.error} />}
              <p className="admin-actions">
                <button type="button" className="button button-danger-admin" disabled={merge.isPending} onClick={() => setConfirming(true)}>
                  {t("admin.merge.start")}
                </button>
              </p>
              <ConfirmDialog
                open={confirming}
                testId="merge-confirm"
                title={t("admin.merge.confirmTitle")}
                confirmLabel={t("admin.merge.confirm")}
                cancelLabel={t("admin.merge.cancel")}
                busy={merge.isPending}
                onCancel={() => setConfirming(false)}
                onConfirm={() => {
                  setConfirming(false);
                  if (pair) merge.mutate({ ...pair, dryRun: false });
                }}
              >
                <p>{t("admin.merge.confirmText", { source: source!.name, target: target!.name })}</p>
              </ConfirmDialog>
            </Section>
          )}
        </>
      )}
    </AdminFrame>
  );
}
