import { verifyEmailInputSchema } from "@cluster-match/shared";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { PageTitle } from "../../components/PageTitle.tsx";
import { LoadingState } from "../../components/QueryStates.tsx";
import { appCodeOf } from "../../lib/errors.ts";
import { defaultAfterSignIn } from "../../lib/safeRedirect.ts";
import { AuthFrame } from "./FormParts.tsx";
import { ResendVerification } from "./ResendVerification.tsx";
import { useVerifyEmail } from "./useAccountSession.ts";

/** The page the confirmation e-mail links to: confirms the address, which also signs the user in. */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const parsed = verifyEmailInputSchema.safeParse({ token: params.get("token") ?? "" });
  const verify = useVerifyEmail(defaultAfterSignIn);
  const { mutate } = verify;
  // A token works once: StrictMode runs effects twice in development, and a second call would fail.
  const sent = useRef(false);
  const token = parsed.success ? parsed.data.token : null;
  useEffect(() => {
    if (token === null || sent.current) return;
    sent.current = true;
    mutate({ token });
  }, [token, mutate]);

  const failed = token === null || verify.isError;
  if (!failed) {
    return (
      <AuthFrame title={t("accounts.verify.title")}>
        <PageTitle title={t("accounts.verify.title")} />
        <LoadingState label={t("accounts.verify.working")} />
      </AuthFrame>
    );
  }
  const invalidLink = token === null || ["TOKEN_INVALID", "VALIDATION"].includes(appCodeOf(verify.error));
  return (
    <AuthFrame title={t("accounts.verify.failedTitle")}>
      <PageTitle title={t("accounts.verify.failedTitle")} />
      <div className="form-alert" role="alert">
        {invalidLink ? t("accounts.verify.invalid") : t(`errors.${appCodeOf(verify.error)}`)}
      </div>
      <p>{t("accounts.verify.resendIntro")}</p>
      <ResendVerification />
    </AuthFrame>
  );
}
