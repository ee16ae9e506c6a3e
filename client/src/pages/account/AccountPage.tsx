import { useTranslation } from "react-i18next";
import { PageTitle } from "../../components/PageTitle.tsx";
import { useMe } from "../../lib/useMe.ts";
import { DeleteAccountSection } from "./DeleteAccountSection.tsx";
import { ExportSection } from "./ExportSection.tsx";
import { PasswordSection } from "./PasswordSection.tsx";
import { PreferencesSection } from "./PreferencesSection.tsx";
import { ProfileSection } from "./ProfileSection.tsx";

/** The signed-in user's own settings (shown inside RequireAuth). */
export function AccountPage() {
  const { t } = useTranslation();
  const me = useMe().data;
  if (!me) return null;
  return (
    <>
      <PageTitle title={t("account.account.title")} />
      <div className="page-header">
        <h1>{t("account.account.title")}</h1>
        <p className="lead">{t("account.account.intro", { email: me.email })}</p>
      </div>
      <div className="account-sections">
        <ProfileSection name={me.name} locale={me.locale} />
        <PasswordSection />
        <PreferencesSection />
        <ExportSection />
        <DeleteAccountSection ownedCompanies={me.memberships.filter((m) => m.role === "OWNER").map((m) => m.name)} />
      </div>
    </>
  );
}
