import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { PageTitle } from "../../components/PageTitle.tsx";
import { appCodeOf } from "../../lib/errors.ts";
import { useMe } from "../../lib/useMe.ts";
import { useTRPC } from "../../trpc.ts";
import { useRefreshCompany } from "./useWorkspace.ts";

/**
 * The link of an invitation e-mail. Joining takes a click (a link alone never changes anything),
 * and only works for the account the invitation was sent to.
 */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const me = useMe();
  const refresh = useRefreshCompany();
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const accept = useMutation(trpc.team.acceptInvitation.mutationOptions({ onSuccess: () => void refresh() }));

  return (
    <>
      <PageTitle title={t("companyEditor.invitation.title")} />
      <div className="ce-narrow">
        <h1>{t("companyEditor.invitation.title")}</h1>
        {accept.isSuccess ? (
          <div className="ce-status" role="status">
            <p>{t("companyEditor.invitation.joined", { name: accept.data.name, role: t(`companyEditor.role.${accept.data.role}`) })}</p>
            <p>
              <Link to={`/workspace/companies/${accept.data.companyId}`} className="button">
                {t("companyEditor.invitation.open")}
              </Link>
            </p>
          </div>
        ) : token === "" ? (
          <p className="ce-alert" role="alert">
            {t("companyEditor.invitation.noToken")}
          </p>
        ) : (
          <>
            <p>{t("companyEditor.invitation.text", { email: me.data?.email ?? "" })}</p>
            {accept.isError && (
              <p className="ce-alert" role="alert">
                {appCodeOf(accept.error) === "TOKEN_INVALID" ? t("companyEditor.invitation.invalid") : t(`errors.${appCodeOf(accept.error)}`)}
              </p>
            )}
            <button type="button" className="button" disabled={accept.isPending} onClick={() => accept.mutate({ token })}>
              {t("companyEditor.invitation.accept")}
            </button>
          </>
        )}
      </div>
    </>
  );
}
