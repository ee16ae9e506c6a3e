import { changePasswordInputSchema } from "@cluster-match/shared";
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Section } from "../../components/Section.tsx";
import { invalidFieldsOfIssues, noInvalidFields, type InvalidFields } from "../../lib/fieldErrors.ts";
import { useTRPC } from "../../trpc.ts";
import { CurrentPasswordField, FormError, FormStatus, NewPasswordField, RepeatPasswordField } from "./FormParts.tsx";

export function PasswordSection() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [currentPassword, setCurrentPassword] = useState("");
  const [newPassword, setNewPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [invalid, setInvalid] = useState<InvalidFields>(noInvalidFields);
  const change = useMutation(
    trpc.accounts.changePassword.mutationOptions({
      onSuccess: () => {
        setCurrentPassword("");
        setNewPassword("");
        setRepeat("");
      },
    }),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = changePasswordInputSchema.safeParse({ currentPassword, newPassword });
    const fields = new Set(parsed.success ? [] : invalidFieldsOfIssues(parsed.error.issues));
    if (repeat !== newPassword) fields.add("repeat");
    setInvalid(fields);
    if (parsed.success && fields.size === 0) change.mutate(parsed.data);
  };

  return (
    <Section title={t("accounts.changePassword.title")}>
      <form className="form-stack" onSubmit={submit} noValidate>
        <CurrentPasswordField
          label={t("accounts.fields.currentPassword")}
          value={currentPassword}
          onChange={setCurrentPassword}
          invalid={invalid.has("currentPassword")}
        />
        <NewPasswordField
          label={t("accounts.fields.newPassword")}
          value={newPassword}
          onChange={setNewPassword}
          error={invalid.has("newPassword") ? t("accounts.fields.passwordError") : undefined}
        />
        <RepeatPasswordField value={repeat} onChange={setRepeat} invalid={invalid.has("repeat")} />
        {change.isError && <FormError error={change.error} messages={{ INVALID_CREDENTIALS: t("accounts.changePassword.wrongCurrent") }} />}
        {change.isSuccess && <FormStatus>{t("accounts.changePassword.done")}</FormStatus>}
        <div>
          <button type="submit" className="button" disabled={change.isPending}>
            {t("accounts.changePassword.submit")}
          </button>
        </div>
      </form>
    </Section>
  );
}
