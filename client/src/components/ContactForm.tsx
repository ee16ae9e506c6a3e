import { contactMessageFields, type ContactPoint } from "@cluster-match/shared/schemas/reach";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { lengthProblem } from "../lib/lengthProblem.ts";
import { useLocale } from "../lib/useLocale.ts";
import { useMe } from "../lib/useMe.ts";
import { useTRPC } from "../trpc.ts";
import { Done } from "./form/Done.tsx";
import { ServerError } from "./form/ServerError.tsx";
import { TextAreaField } from "./form/TextAreaField.tsx";
import { TextField } from "./form/TextField.tsx";
import { useProblemText } from "./form/useProblemText.ts";

type Field = "fromName" | "fromEmail" | "fromCompanyName" | "subject" | "body";

/**
 * The contact form of a cluster's contact point (or, without a cluster, of the network's admins).
 * Open to visitors; a signed-in user finds it filled in. The field "website" is a trap for robots:
 * hidden from people and from screen readers, and a message that fills it is dropped quietly.
 * `managers` names who answers (the managers, as a list); null when the admins do.
 */
export function ContactForm({ clusterId, managers }: { clusterId: string | null; managers: string | null }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const locale = useLocale();
  const me = useMe();
  const problemText = useProblemText();
  const [values, setValues] = useState<Record<Field, string> | null>(null);
  const [trap, setTrap] = useState("");
  const [submitted, setSubmitted] = useState(false);
  const [sent, setSent] = useState<{ email: string; point: ContactPoint } | null>(null);
  const send = useMutation(trpc.clusterContact.send.mutationOptions());

  // Filled from the account once it is known; the person may still change every field.
  const form = values ?? {
    fromName: me.data?.name ?? "",
    fromEmail: me.data?.email ?? "",
    fromCompanyName: me.data?.memberships[0]?.name ?? "",
    subject: "",
    body: "",
  };
  const set = (field: Field) => (value: string) => setValues({ ...form, [field]: value });
  const problems = {
    fromName: lengthProblem(contactMessageFields.fromName, form.fromName),
    fromEmail: contactMessageFields.fromEmail.safeParse(form.fromEmail).success ? null : ({ key: "required" } as const),
    fromCompanyName: lengthProblem(contactMessageFields.fromCompanyName, form.fromCompanyName),
    subject: lengthProblem(contactMessageFields.subject, form.subject),
    body: lengthProblem(contactMessageFields.body, form.body),
  };
  const errorOf = (field: Field) => {
    if (!submitted || !problems[field]) return undefined;
    return field === "fromEmail" ? t("reach.clusterContact.form.emailInvalid") : problemText(problems[field]);
  };

  if (sent) {
    return (
      <Done look="network">
        <p>{managers === null ? t("reach.clusterContact.form.sentAdmins", { email: sent.email }) : t("reach.clusterContact.form.sent", { email: sent.email, who: managers })}</p>
        <p>
          <button type="button" className="button button-secondary" onClick={() => (setSent(null), setValues(null), setSubmitted(false), send.reset())}>
            {t("reach.clusterContact.form.another")}
          </button>
        </p>
      </Done>
    );
  }
  return (
    <form
      className="net-form"
      noValidate
      aria-label={t("reach.clusterContact.form.label")}
      onSubmit={(event) => {
        event.preventDefault();
        setSubmitted(true);
        if (Object.values(problems).some(Boolean) || send.isPending) return;
        const email = form.fromEmail.trim();
        send.mutate(
          {
            clusterId,
            fromName: form.fromName.trim(),
            fromEmail: email,
            fromCompanyName: form.fromCompanyName.trim(),
            subject: form.subject.trim(),
            body: form.body.trim(),
            locale,
            ...(trap ? { website: trap } : {}),
          },
          { onSuccess: (point) => setSent({ email, point }) },
        );
      }}
    >
      <TextField look="network" label={t("reach.clusterContact.form.name")} value={form.fromName} onChange={set("fromName")} error={errorOf("fromName")} maxLength={100} autoComplete="name" required />
      <TextField
        look="network"
        type="email"
        label={t("reach.clusterContact.form.email")}
        hint={t("reach.clusterContact.form.emailHint")}
        value={form.fromEmail}
        onChange={set("fromEmail")}
        error={errorOf("fromEmail")}
        maxLength={254}
        autoComplete="email"
        required
      />
      <TextField look="network" label={t("reach.clusterContact.form.company")} value={form.fromCompanyName} onChange={set("fromCompanyName")} error={errorOf("fromCompanyName")} maxLength={200} autoComplete="organization" />
      <TextField look="network" label={t("reach.clusterContact.form.subject")} value={form.subject} onChange={set("subject")} error={errorOf("subject")} maxLength={200} required />
      <TextAreaField look="network" label={t("reach.clusterContact.form.message")} value={form.body} onChange={set("body")} error={errorOf("body")} countTo={5000} rows={6} required />
      <div className="visually-hidden" aria-hidden="true">
        <label>
          Website
          <input type="text" name="website" tabIndex={-1} autoComplete="off" value={trap} onChange={(event) => setTrap(event.target.value)} />
        </label>
      </div>
      <ServerError look="network" error={send.error} messages={{ RATE_LIMITED: t("reach.clusterContact.form.tooMany") }} />
      <p className="muted small">{t("reach.clusterContact.form.privacy")}</p>
      <button type="submit" className="button" disabled={send.isPending}>
        {send.isPending ? t("reach.clusterContact.form.sending") : t("reach.clusterContact.form.submit")}
      </button>
    </form>
  );
}
