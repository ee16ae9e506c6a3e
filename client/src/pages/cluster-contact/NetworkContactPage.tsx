import { useTranslation } from "react-i18next";
import { ContactForm } from "../../components/ContactForm.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";

/** The network's general contact (`/contact`): to the administrators at the technology centre. */
export function NetworkContactPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t("reach.clusterContact.network.title")} />
      <header className="page-header">
        <h1>{t("reach.clusterContact.network.title")}</h1>
        <p className="lead">{t("reach.clusterContact.network.intro")}</p>
      </header>
      <section className="section net-panel" aria-label={t("reach.clusterContact.network.title")}>
        <ContactForm clusterId={null} managers={null} />
      </section>
    </>
  );
}
