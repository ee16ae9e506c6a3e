import { introductionMessageSchema } from "@cluster-match/shared/schemas/introductions";
import { useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { CompanyChooser } from "./CompanyChooser.tsx";
import { ServerError } from "./form/ServerError.tsx";
import { TextAreaField } from "./form/TextAreaField.tsx";
import { lengthProblem } from "../lib/lengthProblem.ts";
import { useProblemText } from "./form/useProblemText.ts";
import { Section } from "./Section.tsx";

/** The catalogue section of one of the two ways to start an introduction; both use the same keys below it. */
type Keys = "network.interest" | "network.request";

/** The panel visitors see instead of the form: a sign-in link that comes back to `next`. */
export function SignInPanel({ keys, next }: { keys: Keys; next: string }) {
  const { t } = useTranslation();
  return (
    <Section title={t(`${keys}.title`)} className="net-panel">
      <p>
        <Link className="button" to={`/sign-in?next=${encodeURIComponent(next)}`}>
          {t(`${keys}.signIn`)}
        </Link>
      </p>
    </Section>
  );
}

/** The panel for a user without a company: nothing can act, so offer to register one. */
export function NoCompanyPanel({ keys }: { keys: Keys }) {
  const { t } = useTranslation();
  return (
    <Section title={t(`${keys}.title`)} className="net-panel">
      <p className="muted">{t(`${keys}.noCompany`)}</p>
      <p>
        <Link to="/workspace/companies/new">{t(`${keys}.registerCompany`)}</Link>
      </p>
    </Section>
  );
}

/**
 * The first message of an introduction, collapsed behind a button until the user opens it: which
 * company acts, the message (checked against the shared schema), and any `children` fields.
 */
export function IntroductionMessageForm({
  keys,
  companies,
  pending,
  error,
  onSend,
  children,
}: {
  keys: Keys;
  companies: { companyId: string; name: string }[];
  pending: boolean;
  error: unknown;
  onSend: (input: { companyId: string; message: string }) => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [expanded, setExpanded] = useState(false);
  const [companyId, setCompanyId] = useState(companies[0]!.companyId);
  const [message, setMessage] = useState("");
  const [submitted, setSubmitted] = useState(false);
  const problem = lengthProblem(introductionMessageSchema, message);

  if (!expanded) {
    return (
      <>
        <p className="muted">{t(`${keys}.intro`)}</p>
        <button type="button" className="button" onClick={() => setExpanded(true)}>
          {t(`${keys}.open`)}
        </button>
      </>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (problem || pending) return;
    onSend({ companyId, message });
  };
  return (
    <form className="net-form" onSubmit={submit} noValidate>
      <p className="muted">{t(`${keys}.intro`)}</p>
      <CompanyChooser label={t(`${keys}.companyLabel`)} companies={companies} value={companyId} onChange={setCompanyId} />
      <TextAreaField
        look="network"
        label={t(`${keys}.messageLabel`)}
        hint={t(`${keys}.messageHint`)}
        value={message}
        onChange={setMessage}
        error={submitted ? problemText(problem) : undefined}
        countTo={4000}
        required
      />
      {children}
      {/* FORBIDDEN here: the acting company is not approved (yet), which only the server can know for sure. */}
      <ServerError look="network" error={error} messages={{ FORBIDDEN: t(`${keys}.refused`) }} />
      <div className="actions-row">
        <button type="submit" className="button" disabled={pending}>
          {pending ? t(`${keys}.sending`) : t(`${keys}.submit`)}
        </button>
        <button type="button" className="button button-secondary" onClick={() => setExpanded(false)}>
          {t(`${keys}.cancel`)}
        </button>
      </div>
    </form>
  );
}
