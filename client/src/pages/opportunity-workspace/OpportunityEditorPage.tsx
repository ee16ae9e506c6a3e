import type { OwnOpportunityDetail } from "@cluster-match/shared";
import { canTransition, deadlineBounds, opportunityDraftSchema } from "@cluster-match/shared/schemas/opportunity-editor";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate, useParams } from "react-router";
import { DetailState } from "../../components/DetailState.tsx";
import { EditConflict } from "../../components/form/EditConflict.tsx";
import { useEditConflict } from "../../components/form/useEditConflict.ts";
import { PageTitle } from "../../components/PageTitle.tsx";
import { appCodeOf } from "../../lib/errors.ts";
import {
  draftFields,
  draftFromForm,
  emptyDraftForm,
  fieldErrorsFromDetails,
  formFromDraft,
  formFromOpportunity,
  takeDraftFields,
  validateDraftForm,
  type DraftFormState,
  type FieldErrors,
} from "./draftForm.ts";
import { OpportunityForm, type SaveIntent } from "./OpportunityForm.tsx";
import type { WorkspaceNotice } from "./OwnOpportunitiesPage.tsx";
import { StatusBadge } from "./StatusBadge.tsx";
import { useOpportunityActions, useOwnOpportunity } from "./useOwnOpportunities.ts";
import { useEditableCompany } from "../company-workspace/useWorkspace.ts";
import { BackLink } from "../../components/BackLink.tsx";

/** A month ahead: a sensible first deadline that the user changes when it does not fit. */
function defaultDeadline(): string {
  const { min } = deadlineBounds(new Date());
  return new Date(Date.parse(`${min}T00:00:00Z`) + 29 * 86_400_000).toISOString().slice(0, 10);
}

type Values = Record<string, unknown>;
/** The draft the form sends for a state: what conflicts are compared in. */
const sentBy = (state: DraftFormState) => draftFromForm(state) as Values;
/** A saved draft as the form would send it back unchanged. */
const normalized = (record: Values) => {
  const parsed = opportunityDraftSchema.safeParse(record);
  return parsed.success ? sentBy(formFromDraft(parsed.data)) : record;
};

/** /workspace/companies/:companyId/opportunities/new and …/:id/edit */
export function OpportunityEditorPage() {
  const { t } = useTranslation();
  const { companyId = "", id } = useParams();
  const existing = useOwnOpportunity(companyId, id);
  const listUrl = `/workspace/companies/${companyId}/opportunities`;
  const title = id ? t("opportunityWorkspace.form.editTitle") : t("opportunityWorkspace.form.newTitle");

  return (
    <>
      <PageTitle title={title} />
      <BackLink to={listUrl} label={t("opportunityWorkspace.form.backToList")} />
      {!id ? (
        <Editor key="new" companyId={companyId} title={title} />
      ) : existing.data ? (
        <Editor key={existing.data.id} companyId={companyId} title={title} opportunity={existing.data} />
      ) : (
        <DetailState query={existing} loadingText={t("opportunityWorkspace.form.loading")} />
      )}
    </>
  );
}

function Editor({ companyId, title, opportunity }: { companyId: string; title: string; opportunity?: OwnOpportunityDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const { create, update, submit } = useOpportunityActions();
  const company = useEditableCompany(companyId);
  const [state, setState] = useState<DraftFormState>(() => (opportunity ? formFromOpportunity(opportunity) : emptyDraftForm(defaultDeadline())));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>((location.state as WorkspaceNotice | null)?.notice ?? null);
  // Once created, later saves of this form update that draft (also when submitting failed after creating it).
  const savedId = useRef<string | undefined>(opportunity?.id);
  // The draft as last loaded or saved, and its version: saves send the version; a conflict is measured against the draft.
  const loaded = useRef<{ version: number; draft: Values } | null>(opportunity ? { version: opportunity.version, draft: sentBy(formFromOpportunity(opportunity)) } : null);
  const conflicts = useEditConflict({
    parse: (theirs) => {
      const parsed = opportunityDraftSchema.safeParse(theirs);
      return parsed.success ? formFromDraft(parsed.data) : null;
    },
    // Their draft becomes the one the form's changes are measured against (and saved on).
    adopt: (theirs, version) => {
      loaded.current = { version, draft: sentBy(theirs) };
    },
    take: (theirs, fields) => setState((current) => takeDraftFields(current, theirs, fields)),
    save: () => void onSave("save"),
    normalize: normalized,
  });
  const busy = create.isPending || update.isPending || submit.isPending;
  const listUrl = `/workspace/companies/${companyId}/opportunities`;

  if (opportunity && !canTransition("edit", opportunity.status)) {
    return (
      <>
        <h1>{title}</h1>
        <p>
          <StatusBadge status={opportunity.status} />
        </p>
        <p>{t("opportunityWorkspace.form.notEditable", { status: t(`opportunityWorkspace.status.${opportunity.status}`) })}</p>
      </>
    );
  }

  const onSave = async (intent: SaveIntent): Promise<FieldErrors> => {
    setNotice(null);
    setServerError(null);
    const { draft, errors: found } = validateDraftForm(state, { forSubmit: intent === "submit", now: new Date() });
    setErrors(found);
    if (!draft) return found;
    try {
      const saved = savedId.current
        ? await update.mutateAsync({ companyId, id: savedId.current, data: draft, version: loaded.current?.version ?? 0 })
        : await create.mutateAsync({ companyId, data: draft });
      const { id } = saved;
      const created = !savedId.current;
      savedId.current = id;
      loaded.current = { version: saved.version, draft: sentBy(state) };
      conflicts.resolved();
      if (intent === "submit") {
        await submit.mutateAsync({ companyId, id });
        void navigate(listUrl, { state: { notice: t("opportunityWorkspace.notices.submitted") } satisfies WorkspaceNotice });
      } else if (created) {
        void navigate(`${listUrl}/${id}/edit`, { replace: true, state: { notice: t("opportunityWorkspace.notices.saved") } satisfies WorkspaceNotice });
      } else {
        setNotice(t("opportunityWorkspace.notices.saved"));
      }
      return {};
    } catch (error) {
      // Someone else saved first: say what they changed; the form keeps what the user typed.
      if (loaded.current && conflicts.refused(error, loaded.current.draft, sentBy(state))) return {};
      const fields = fieldErrorsFromDetails((error as { data?: { details?: unknown } }).data?.details);
      setErrors(fields);
      const reason = (error as { data?: { details?: { reason?: string } } }).data?.details?.reason;
      setServerError(Object.keys(fields).length > 0 ? null : reason === "company_not_published" ? t("opportunityWorkspace.errors.company_not_published") : t(`errors.${appCodeOf(error)}`));
      return Object.keys(fields).length > 0 ? fields : { form: { key: "invalid" } };
    }
  };

  const labelOf = (field: string) => ((draftFields as readonly string[]).includes(field) ? t(`opportunityWorkspace.conflictFields.${field as (typeof draftFields)[number]}`) : field);

  return (
    <>
      <div className="page-header">
        <h1>{title}</h1>
        <p className="lead">{t("opportunityWorkspace.form.intro")}</p>
      </div>
      {conflicts.conflict && <EditConflict conflict={conflicts.conflict} labelOf={labelOf} onTakeTheirs={conflicts.onTakeTheirs} onSaveMine={conflicts.onSaveMine} busy={busy} />}
      {opportunity?.status === "REJECTED" && opportunity.rejectionReason && (
        <div className="opp-reason" role="note">
          <p className="opp-reason-title">{t("opportunityWorkspace.form.rejected")}</p>
          <p>{opportunity.rejectionReason}</p>
          <p className="muted small">{t("opportunityWorkspace.form.rejectedHint")}</p>
        </div>
      )}
      <div role="status" className="opp-notice-region">
        {notice && <p className="opp-notice">{notice}</p>}
      </div>
      <OpportunityForm country={company.data?.country} state={state} onChange={setState} errors={errors} busy={busy} serverError={serverError} onSave={onSave} backTo={listUrl} />
    </>
  );
}
