import { resetPasswordInputSchema } from "@cluster-match/shared";
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { PageTitle } from "../../components/PageTitle.tsx";
import { appCodeOf } from "../../lib/errors.ts";
import { invalidFieldsOfIssues, noInvalidFields, type InvalidFields } from "../../lib/fieldErrors.ts";
import { useTRPC } from "../../trpc.ts";
import { AuthFrame, FormError, NewPasswordField, RepeatPasswordField } from "./FormParts.tsx";

/** The page the reset e-mail links to: a new password, typed twice. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [invalid, setInvalid] = useState<InvalidFields>(noInvalidFields);
  const reset = useMutation(trpc.accounts.resetPassword.mutationOptions());

  if (reset.isSuccess) {
    return (
      <AuthFrame title={t("accounts.reset.doneTitle")}>
        <PageTitle title={t("accounts.reset.doneTitle")} />
        <p role="status">{t("accounts.reset.done")}</p>
        <p>
          <Link to="/sign-in" className="button">
            {t("accounts.signIn.link")}
          </Link>
        </p>
      </AuthFrame>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = resetPasswordInputSchema.safeParse({ token, password });
    const fields = new Set(parsed.success ? [] : invalidFieldsOfIssues(parsed.error.issues));
    if (repeat !== password) fields.add("repeat");
    setInvalid(fields);
    if (parsed.success && fields.size === 0) reset.mutate(parsed.data);
  };
  // A missing or mangled token cannot be fixed in this form: say so like the server would.
  const tokenInvalid = token === "" || invalid.has("token") || (reset.isError && appCodeOf(reset.error) === "TOKEN_INVALID");

  return (
    <AuthFrame title={t("accounts.reset.title")}>
      <PageTitle title={t("accounts.reset.title")} />
      <form className="form-stack" onSubmit={submit} noValidate>
        <NewPasswordField
          label={t("accounts.fields.newPassword")}
          value={password}
          onChange={setPassword}
          error={invalid.has("password") ? t("accounts.fields.passwordError") : undefined}
        />
        <RepeatPasswordField value={repeat} onChange={setRepeat} invalid={invalid.has("repeat")} />
        {tokenInvalid ? (
          <div className="form-alert" role="alert">
            {t("accounts.reset.tokenInvalid")} <Link to="/forgot-password">{t("accounts.reset.requestNew")}</Link>
          </div>
        ) : (
          reset.isError && <FormError error={reset.error} />
        )}
        <button type="submit" className="button" disabled={reset.isPending}>
          {t("accounts.reset.submit")}
        </button>
      </form>
    </AuthFrame>
  );
}
