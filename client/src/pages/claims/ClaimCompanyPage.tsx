import { claimCodeSchema, claimNoteSchema, type ClaimOptions, type MyClaim } from "@cluster-match/shared/schemas/reach";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useParams } from "react-router";
import { BackLink } from "../../components/BackLink.tsx";
import { DetailState } from "../../components/DetailState.tsx";
import { ServerError } from "../../components/form/ServerError.tsx";
import { TextAreaField } from "../../components/form/TextAreaField.tsx";
import { TextField } from "../../components/form/TextField.tsx";
import { useProblemText } from "../../components/form/useProblemText.ts";
import { PageTitle } from "../../components/PageTitle.tsx";
import { Section } from "../../components/Section.tsx";
import { appCodeOf } from "../../lib/errors.ts";
import { lengthProblem } from "../../lib/lengthProblem.ts";
import { firmName } from "../../lib/displayName.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { useMe } from "../../lib/useMe.ts";
import { refusalDetails, useClaimCompany } from "./useClaims.ts";

/**
 * "Is this your company? Claim it" (`/claim/company/:slug`): the ways this user may prove they
 * speak for a firm nobody manages yet, in the order that asks least of them — their own address
 * at the firm's domain, a code sent to the firm's registered address, the contact point's approval.
 */
export function ClaimCompanyPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { slug = "" } = useParams();
  const state = useClaimCompany(slug);
  const options = state.options.data;
  const name = options ? firmName(options.company, locale) : "";
  const title = options ? t("reach.claims.title", { name }) : t("reach.claims.titlePlain");

  return (
    <>
      <PageTitle title={title} />
      <BackLink to={`/companies/${slug}`} label={t("reach.claims.backToCompany")} />
      {!options ? (
        <DetailState query={state.options} loadingText={t("common.loading")} />
      ) : (
        <>
          <header className="page-header">
            <h1>{title}</h1>
            <p className="lead">{t("reach.claims.intro")}</p>
          </header>
          <ClaimSteps options={options} state={state} />
        </>
      )}
    </>
  );
}

function ClaimSteps({ options, state }: { options: ClaimOptions; state: ReturnType<typeof useClaimCompany> }) {
  const { t } = useTranslation();
  const claim = options.openClaim;
  const me = useMe();
  const approved = [state.byDomain.data, state.verifyCode.data].find((c) => c?.status === "APPROVED");
  if (approved) return <Navigate to={`/workspace/companies/${approved.company.id}`} replace />;
  // Approved meanwhile (by the contact point): the firm is the user's now.
  if (me.data?.memberships.some((m) => m.companyId === options.company.id)) return <Navigate to={`/workspace/companies/${options.company.id}`} replace />;
  if (options.blocked === "has_members") return <HasTeam slug={options.company.slug} />;
  if (claim?.status === "AWAITING_CODE") return <CodeStep key={claim.codeExpiresAt} claim={claim} options={options} state={state} />;
  if (claim?.status === "AWAITING_APPROVAL") return <WaitingForApproval claim={claim} options={options} state={state} />;
  return (
    <>
      {options.domainMatches && <DomainStep options={options} state={state} />}
      {options.registeredEmail ? (
        <Section title={t("reach.claims.code.title")} className="net-panel">
          <p>{t("reach.claims.code.help", { email: options.registeredEmail })}</p>
          <ServerError look="network" error={state.sendCode.error} messages={{ RATE_LIMITED: t("reach.claims.code.wait") }} />
          <button type="button" className="button" disabled={state.sendCode.isPending} onClick={() => state.sendCode.mutate({ companyId: options.company.id })}>
            {t("reach.claims.code.send")}
          </button>
        </Section>
      ) : (
        <Section title={t("reach.claims.code.title")} className="net-panel">
          <p className="muted">{t("reach.claims.code.noEmail")}</p>
        </Section>
      )}
      <ApprovalStep options={options} state={state} />
    </>
  );
}

function HasTeam({ slug }: { slug: string }) {
  const { t } = useTranslation();
  return (
    <Section title={t("reach.claims.hasTeam.title")} className="net-panel">
      <p>{t("reach.claims.hasTeam.text")}</p>
      <p>
        <Link className="button" to={`/companies/${slug}`}>
          {t("reach.claims.hasTeam.ask")}
        </Link>
      </p>
    </Section>
  );
}

function DomainStep({ options, state }: { options: ClaimOptions; state: ReturnType<typeof useClaimCompany> }) {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <Section title={t("reach.claims.domain.title")} className="net-panel">
      <p>{t("reach.claims.domain.help", { email: me.data?.email ?? "" })}</p>
      <ServerError look="network" error={state.byDomain.error} />
      <button type="button" className="button" disabled={state.byDomain.isPending} onClick={() => state.byDomain.mutate({ companyId: options.company.id })}>
        {t("reach.claims.domain.submit")}
      </button>
    </Section>
  );
}

/** Seconds counting down to zero from a value the server gave (the step is remounted for a new code). */
function useCountdown(seconds: number): number {
  const [left, setLeft] = useState(seconds);
  useEffect(() => {
    if (seconds <= 0) return;
    const timer = setInterval(() => setLeft((current) => Math.max(0, current - 1)), 1000);
    return () => clearInterval(timer);
  }, [seconds]);
  return left;
}

function CodeStep({ claim, options, state }: { claim: MyClaim; options: ClaimOptions; state: ReturnType<typeof useClaimCompany> }) {
  const { t } = useTranslation();
  const [code, setCode] = useState("");
  const [submitted, setSubmitted] = useState(false);
  const wait = useCountdown(claim.resendInSeconds);
  const invalid = submitted && !claimCodeSchema.safeParse(code).success;
  const error = state.verifyCode.error;
  const details = refusalDetails(error);
  const codeError =
    appCodeOf(error) === "TOKEN_INVALID"
      ? details.reason === "code_expired"
        ? t("reach.claims.code.expired")
        : details.reason === "too_many_attempts"
          ? t("reach.claims.code.tooMany")
          : t("reach.claims.code.wrong", { count: details.attemptsLeft ?? 0 })
      : undefined;
  return (
    <Section title={t("reach.claims.code.enterTitle")} className="net-panel">
      <p>{t("reach.claims.code.sent", { email: claim.codeSentTo ?? "" })}</p>
      <form
        className="net-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setSubmitted(true);
          if (!claimCodeSchema.safeParse(code).success || state.verifyCode.isPending) return;
          state.verifyCode.mutate({ claimId: claim.id, code: code.trim() });
        }}
      >
        <TextField
          look="network"
          name="claim-code"
          label={t("reach.claims.code.label")}
          hint={t("reach.claims.code.hint")}
          value={code}
          onChange={setCode}
          error={invalid ? t("reach.claims.code.format") : codeError}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          required
        />
        {!codeError && <ServerError look="network" error={error} />}
        <div className="actions-row">
          <button type="submit" className="button" disabled={state.verifyCode.isPending}>
            {t("reach.claims.code.verify")}
          </button>
          <button type="button" className="button button-secondary" disabled={wait > 0 || state.sendCode.isPending} onClick={() => state.sendCode.mutate({ companyId: options.company.id })}>
            {wait > 0 ? t("reach.claims.code.resendIn", { count: wait }) : t("reach.claims.code.resend")}
          </button>
        </div>
        <ServerError look="network" error={state.sendCode.error} messages={{ RATE_LIMITED: t("reach.claims.code.wait") }} />
      </form>
      <p className="muted small">{t("reach.claims.code.noAccess")}</p>
      <ApprovalStep options={options} state={state} compact />
    </Section>
  );
}

function ApprovalStep({ options, state, compact = false }: { options: ClaimOptions; state: ReturnType<typeof useClaimCompany>; compact?: boolean }) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [note, setNote] = useState("");
  const [submitted, setSubmitted] = useState(false);
  const problem = lengthProblem(claimNoteSchema, note);
  const who = t(`reach.claims.approval.by.${options.decidedBy}`);
  const form = (
    <form
      className="net-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setSubmitted(true);
        if (problem || state.requestApproval.isPending) return;
        state.requestApproval.mutate({ companyId: options.company.id, note: note.trim() });
      }}
    >
      <TextAreaField look="network" label={t("reach.claims.approval.note")} value={note} onChange={setNote} error={submitted ? problemText(problem) : undefined} countTo={2000} rows={4} required />
      <ServerError look="network" error={state.requestApproval.error} />
      <button type="submit" className={compact ? "button button-secondary" : "button"} disabled={state.requestApproval.isPending}>
        {t("reach.claims.approval.submit")}
      </button>
    </form>
  );
  if (compact) {
    return (
      <details className="net-details">
        <summary>{t("reach.claims.approval.instead", { who })}</summary>
        {form}
      </details>
    );
  }
  return (
    <Section title={t("reach.claims.approval.title")} className="net-panel">
      <p>{t("reach.claims.approval.help", { who })}</p>
      {form}
    </Section>
  );
}

function WaitingForApproval({ claim, options, state }: { claim: MyClaim; options: ClaimOptions; state: ReturnType<typeof useClaimCompany> }) {
  const { t } = useTranslation();
  return (
    <Section title={t("reach.claims.waiting.title")} className="net-panel">
      <p role="status">{t("reach.claims.waiting.text", { who: t(`reach.claims.approval.by.${options.decidedBy}`) })}</p>
      {options.registeredEmail && (
        <p>
          <button type="button" className="button button-secondary" disabled={state.sendCode.isPending} onClick={() => state.sendCode.mutate({ companyId: options.company.id })}>
            {t("reach.claims.waiting.useCode", { email: options.registeredEmail })}
          </button>
        </p>
      )}
      <ServerError look="network" error={state.sendCode.error ?? state.cancel.error} messages={{ RATE_LIMITED: t("reach.claims.code.wait") }} />
      <button type="button" className="button button-secondary" disabled={state.cancel.isPending} onClick={() => state.cancel.mutate({ claimId: claim.id })}>
        {t("reach.claims.cancel")}
      </button>
    </Section>
  );
}
