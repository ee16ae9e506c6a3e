import type { ClusterDetail } from "@cluster-match/shared";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ContactForm } from "../../components/ContactForm.tsx";
import { Section } from "../../components/Section.tsx";
import { formatList } from "../../lib/format.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { useTRPC } from "../../trpc.ts";

/**
 * The cluster's contact point on its page: the organisation that manages it, the managers who
 * answer (names only, never their addresses) and a form that reaches them.
 */
export function ClusterContact({ cluster }: { cluster: ClusterDetail }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const locale = useLocale();
  const point = useQuery(trpc.clusterContact.contactPoint.queryOptions({ clusterId: cluster.id }));
  const managers = point.data?.managers.map((m) => m.name) ?? [];
  const answeredBy = point.data?.answeredBy === "managers" ? formatList(managers, locale) : t("reach.clusterContact.admins");
  return (
    <Section title={t("reach.clusterContact.title")} className="net-panel cluster-contact">
      <dl className="facts">
        <dt>{t("reach.clusterContact.managedBy")}</dt>
        <dd>{cluster.managedBy}</dd>
        {point.data && (
          <>
            <dt>{t(point.data.answeredBy === "managers" ? "reach.clusterContact.managers" : "reach.clusterContact.answeredBy")}</dt>
            <dd>{answeredBy}</dd>
          </>
        )}
      </dl>
      <p className="muted">{t("reach.clusterContact.intro")}</p>
      {point.data && <ContactForm clusterId={cluster.id} managers={point.data.answeredBy === "managers" ? answeredBy : null} />}
    </Section>
  );
}
