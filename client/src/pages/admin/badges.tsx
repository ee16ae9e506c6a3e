import type { AdminCompanyStatus } from "@cluster-match/shared";
import { useTranslation } from "react-i18next";

export function CompanyStatusBadge({ status }: { status: AdminCompanyStatus }) {
  const { t } = useTranslation();
  return <span className={`badge admin-status admin-status-${status.toLowerCase()}`}>{t(`admin.companyStatus.${status}`)}</span>;
}

export function RoleBadge({ role }: { role: "MEMBER" | "CLUSTER_MANAGER" | "ADMIN" }) {
  const { t } = useTranslation();
  return <span className={`badge admin-role admin-role-${role.toLowerCase()}`}>{t(`admin.role.${role}`)}</span>;
}
