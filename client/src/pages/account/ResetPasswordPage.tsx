import { resetPasswordInputSchema } from "@cluster-match/shared";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { PageTitle } from "../../components/PageTitle.tsx";
import { appCodeOf } from "../../lib/errors.ts";
import { invalidFieldsOfIssues, noInvalidFields, type InvalidFields } from "../../lib/fieldErrors.ts";
import { ServerError } from "../../components/form/ServerError.tsx";
import { AuthFrame, NewPasswordField, RepeatPasswordField } from "./FormParts.tsx";
import { useResetPassword } from "./useAccount.ts";

/** The page the reset e-mail links to: a new password, typed twice. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [invalid, setInvalid] = useState<InvalidFields>(noInvalidFields);
  const reset = useResetPassword();

  if (reset.isSuccess) {
    return (
      <AuthFrame title={t("account.reset.doneTitle")}>
        <PageTitle title={t("account.reset.doneTitle")} />
        <p role="status">{t("account.reset.done")}</p>
        <p>
          <Link to="/sign-in" className="button">
            {t("account.signIn.link")}
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
    <AuthFrame title={t("account.reset.title")}>
      <PageTitle title={t("account.reset.title")} />
      <form className="form-stack" onSubmit={submit} noValidate>
        <NewPasswordField
          label={t("account.fields.newPassword")}
          value={password}
          onChange={setPassword}
          error={invalid.has("password") ? t("account.fields.passwordError") : undefined}
        />
        <RepeatPasswordField value={repeat} onChange={setRepeat} invalid={invalid.has("repeat")} />
        {tokenInvalid ? (
          <div className="form-alert" role="alert">
            {t("account.reset.tokenInvalid")} <Link to="/forgot-password">{t("account.reset.requestNew")}</Link>
          </div>
        ) : (
          reset.isError && <ServerError look="account" error={reset.error} />
        )}
        <button type="submit" className="button" disabled={reset.isPending}>
          {t("account.reset.submit")}
        </button>
      </form>
    </AuthFrame>
  );
}
