import { deleteAccountInputSchema } from "@cluster-match/shared";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Section } from "../../components/Section.tsx";
import { invalidFieldsOfIssues, noInvalidFields, type InvalidFields } from "../../lib/fieldErrors.ts";
import { ServerError } from "../../components/form/ServerError.tsx";
import { TextField } from "../../components/form/TextField.tsx";
import { CurrentPasswordField } from "./FormParts.tsx";
import { useDeleteAccount } from "./useAccount.ts";

/** The word to type, fixed by the shared schema in every language so the server can check it. */
const confirmWord = "DELETE";

export function DeleteAccountSection({ ownedCompanies }: { ownedCompanies: string[] }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const [invalid, setInvalid] = useState<InvalidFields>(noInvalidFields);
  const remove = useDeleteAccount();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = deleteAccountInputSchema.safeParse({ password, confirm });
    setInvalid(parsed.success ? noInvalidFields : invalidFieldsOfIssues(parsed.error.issues));
    if (parsed.success) remove.mutate(parsed.data);
  };

  return (
    <Section title={t("account.delete.title")} className="danger-zone">
      <p>{t("account.delete.intro")}</p>
      {ownedCompanies.length > 0 && (
        <>
          <p>{t("account.delete.ownerWarning")}</p>
          <ul className="value-list">
            {ownedCompanies.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </>
      )}
      <form className="form-stack" onSubmit={submit} noValidate>
        <CurrentPasswordField label={t("account.fields.password")} value={password} onChange={setPassword} invalid={invalid.has("password")} />
        <TextField
          look="account"
          label={t("account.delete.confirmLabel", { word: confirmWord })}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          required
          value={confirm}
          onChange={setConfirm}
          error={invalid.has("confirm") ? t("account.delete.confirmError", { word: confirmWord }) : undefined}
        />
        {remove.isError && <ServerError look="account" error={remove.error} messages={{ INVALID_CREDENTIALS: t("account.delete.wrongPassword") }} />}
        <div>
          <button type="submit" className="button button-danger" disabled={remove.isPending}>
            {t("account.delete.submit")}
          </button>
        </div>
      </form>
    </Section>
  );
}
