import { changePasswordInputSchema } from "@cluster-match/shared";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Section } from "../../components/Section.tsx";
import { invalidFieldsOfIssues, noInvalidFields, type InvalidFields } from "../../lib/fieldErrors.ts";
import { ServerError } from "../../components/form/ServerError.tsx";
import { Done } from "../../components/form/Done.tsx";
import { CurrentPasswordField, NewPasswordField, RepeatPasswordField } from "./FormParts.tsx";
import { useChangePassword } from "./useAccount.ts";

export function PasswordSection() {
  const { t } = useTranslation();
  const [currentPassword, setCurrentPassword] = useState("");
  const [newPassword, setNewPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [invalid, setInvalid] = useState<InvalidFields>(noInvalidFields);
  const change = useChangePassword();
  const clear = () => {
    setCurrentPassword("");
    setNewPassword("");
    setRepeat("");
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = changePasswordInputSchema.safeParse({ currentPassword, newPassword });
    const fields = new Set(parsed.success ? [] : invalidFieldsOfIssues(parsed.error.issues));
    if (repeat !== newPassword) fields.add("repeat");
    setInvalid(fields);
    if (parsed.success && fields.size === 0) change.mutate(parsed.data, { onSuccess: clear });
  };

  return (
    <Section title={t("account.changePassword.title")}>
      <form className="form-stack" onSubmit={submit} noValidate>
        <CurrentPasswordField
          label={t("account.fields.currentPassword")}
          value={currentPassword}
          onChange={setCurrentPassword}
          invalid={invalid.has("currentPassword")}
        />
        <NewPasswordField
          label={t("account.fields.newPassword")}
          value={newPassword}
          onChange={setNewPassword}
          error={invalid.has("newPassword") ? t("account.fields.passwordError") : undefined}
        />
        <RepeatPasswordField value={repeat} onChange={setRepeat} invalid={invalid.has("repeat")} />
        {change.isError && <ServerError look="account" error={change.error} messages={{ INVALID_CREDENTIALS: t("account.changePassword.wrongCurrent") }} />}
        {change.isSuccess && <Done look="account">{t("account.changePassword.done")}</Done>}
        <div>
          <button type="submit" className="button" disabled={change.isPending}>
            {t("account.changePassword.submit")}
          </button>
        </div>
      </form>
    </Section>
  );
}
