import { verifyEmailInputSchema } from "@cluster-match/shared";
import { TRPCClientError } from "@trpc/client";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { PageTitle } from "../../components/PageTitle.tsx";
import { LoadingState } from "../../components/QueryStates.tsx";
import { addressInToken } from "../../lib/emailToken.ts";
import { appCodeOf } from "../../lib/errors.ts";
import { defaultAfterSignIn } from "../../lib/safeRedirect.ts";
import { useMe } from "../../lib/useMe.ts";
import { AuthFrame } from "./FormParts.tsx";
import { ResendVerification } from "./ResendVerification.tsx";
import { useVerifyEmail } from "./useAccountSession.ts";

/** Who the server says is signed in, when it refused to switch accounts without being asked. */
function signedInAsOf(error: unknown): string | null {
  if (!(error instanceof TRPCClientError) || appCodeOf(error) !== "CONFLICT") return null;
  const details: unknown = (error.data as { details?: unknown } | undefined)?.details;
  const email = typeof details === "object" && details !== null && "signedInAs" in details ? details.signedInAs : null;
  return typeof email === "string" ? email : null;
}

/**
 * The page the confirmation e-mail links to. It confirms only on a deliberate click (a link on a
 * foreign page must not sign the browser into someone else's account), says which address it
 * confirms, and when another account is signed in here it says so and asks before switching.
 */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const parsed = verifyEmailInputSchema.safeParse({ token: params.get("token") ?? "" });
  const token = parsed.success ? parsed.data.token : null;
  const address = token === null ? null : addressInToken(token);
  const me = useMe();
  const verify = useVerifyEmail(defaultAfterSignIn);

  const signedInAs = signedInAsOf(verify.error) ?? me.data?.email ?? null;
  const otherAccount = signedInAs !== null && signedInAs.toLowerCase() !== address?.toLowerCase();
  const refusedSwitch = signedInAsOf(verify.error) !== null;

  if (token === null || address === null || (verify.isError && !refusedSwitch)) {
    const invalidLink = token === null || address === null || ["TOKEN_INVALID", "VALIDATION"].includes(appCodeOf(verify.error));
    return (
      <AuthFrame title={t("account.verify.failedTitle")}>
        <PageTitle title={t("account.verify.failedTitle")} />
        <div className="form-alert" role="alert">
          {invalidLink ? t("account.verify.invalid") : t(`errors.${appCodeOf(verify.error)}`)}
        </div>
        <p>{t("account.verify.resendIntro")}</p>
        <ResendVerification />
      </AuthFrame>
    );
  }
  if (me.isPending) {
    return (
      <AuthFrame title={t("account.verify.title")}>
        <PageTitle title={t("account.verify.title")} />
        <LoadingState label={t("common.loading")} />
      </AuthFrame>
    );
  }
  return (
    <AuthFrame title={t("account.verify.title")}>
      <PageTitle title={t("account.verify.title")} />
      <p className="lead">{t("account.verify.address", { email: address })}</p>
      {otherAccount ? (
        <>
          <div className="form-alert" role="alert">
            {t("account.verify.signedInAs", { email: signedInAs })}
          </div>
          <p>{t("account.verify.switchExplain", { current: signedInAs, email: address })}</p>
          <div className="actions-row">
            <button type="button" className="button" disabled={verify.isPending} onClick={() => verify.mutate({ token, switchAccount: true })}>
              {verify.isPending ? t("account.verify.working") : t("account.verify.switch")}
            </button>
            <Link to={defaultAfterSignIn} className="button button-secondary">
              {t("account.verify.stay", { email: signedInAs })}
            </Link>
          </div>
        </>
      ) : (
        <>
          <p>{t("account.verify.intro")}</p>
          <div className="actions-row">
            <button type="button" className="button" disabled={verify.isPending} onClick={() => verify.mutate({ token })}>
              {verify.isPending ? t("account.verify.working") : t("account.verify.confirm")}
            </button>
          </div>
        </>
      )}
    </AuthFrame>
  );
}
