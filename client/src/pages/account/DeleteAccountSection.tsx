import { deleteAccountInputSchema } from "@cluster-match/shared";
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Section } from "../../components/Section.tsx";
import { invalidFieldsOfIssues, noInvalidFields, type InvalidFields } from "../../lib/fieldErrors.ts";
import { useEndSession } from "../../lib/useEndSession.ts";
import { useTRPC } from "../../trpc.ts";
import { CurrentPasswordField, FormError, TextField } from "./FormParts.tsx";

/** The word to type, fixed by the shared schema in every language so the server can check it. */
const confirmWord = "DELETE";

export function DeleteAccountSection({ ownedCompanies }: { ownedCompanies: string[] }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const endSession = useEndSession();
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const [invalid, setInvalid] = useState<InvalidFields>(noInvalidFields);
  const remove = useMutation(
    trpc.accounts.delete.mutationOptions({
      onSuccess: (result) => endSession("/account/deleted", { companiesLeftWithoutOwner: result.companiesLeftWithoutOwner }),
    }),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = deleteAccountInputSchema.safeParse({ password, confirm });
    setInvalid(parsed.success ? noInvalidFields : invalidFieldsOfIssues(parsed.error.issues));
    if (parsed.success) remove.mutate(parsed.data);
  };

  return (
    <Section title={t("accounts.delete.title")} className="danger-zone">
      <p>{t("accounts.delete.intro")}</p>
      {ownedCompanies.length > 0 && (
        <>
          <p>{t("accounts.delete.ownerWarning")}</p>
          <ul className="value-list">
            {ownedCompanies.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </>
      )}
      <form className="form-stack" onSubmit={submit} noValidate>
        <CurrentPasswordField label={t("accounts.fields.password")} value={password} onChange={setPassword} invalid={invalid.has("password")} />
        <TextField
          label={t("accounts.delete.confirmLabel", { word: confirmWord })}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          required
          value={confirm}
          onChange={(event) => setConfirm(event.target.value)}
          error={invalid.has("confirm") ? t("accounts.delete.confirmError", { word: confirmWord }) : undefined}
        />
        {remove.isError && <FormError error={remove.error} messages={{ INVALID_CREDENTIALS: t("accounts.delete.wrongPassword") }} />}
        <div>
          <button type="submit" className="button button-danger" disabled={remove.isPending}>
            {t("accounts.delete.submit")}
          </button>
        </div>
      </form>
    </Section>
  );
}
