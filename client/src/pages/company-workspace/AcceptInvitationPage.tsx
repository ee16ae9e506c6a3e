import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { PageTitle } from "../../components/PageTitle.tsx";
import { ServerError } from "../../components/form/ServerError.tsx";
import { useMe } from "../../lib/useMe.ts";
import { useAcceptInvitation } from "./useWorkspace.ts";

/**
 * The link of an invitation e-mail. Joining takes a click (a link alone never changes anything),
 * and only works for the account the invitation was sent to.
 */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const accept = useAcceptInvitation();

  return (
    <>
      <PageTitle title={t("companyWorkspace.invitation.title")} />
      <div className="ce-narrow">
        <h1>{t("companyWorkspace.invitation.title")}</h1>
        {accept.isSuccess ? (
          <div className="ce-status" role="status">
            <p>{t("companyWorkspace.invitation.joined", { name: accept.data.name, role: t(`companyWorkspace.role.${accept.data.role}`) })}</p>
            <p>
              <Link to={`/workspace/companies/${accept.data.companyId}`} className="button">
                {t("companyWorkspace.invitation.open")}
              </Link>
            </p>
          </div>
        ) : token === "" ? (
          <p className="ce-alert" role="alert">
            {t("companyWorkspace.invitation.noToken")}
          </p>
        ) : (
          <>
            <p>{t("companyWorkspace.invitation.text", { email: me.data?.email ?? "" })}</p>
            <ServerError look="editor" error={accept.error} messages={{ TOKEN_INVALID: t("companyWorkspace.invitation.invalid") }} />
            <button type="button" className="button" disabled={accept.isPending} onClick={() => accept.mutate({ token })}>
              {t("companyWorkspace.invitation.accept")}
            </button>
          </>
        )}
      </div>
    </>
  );
}
