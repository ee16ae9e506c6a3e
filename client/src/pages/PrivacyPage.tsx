import { useId, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageTitle } from "../components/PageTitle.tsx";

/** The controller's public address (from the cluster's founding announcement). */
const contactEmail = "office@technologycenter.bg";
const contactPhone = "+359 2 809 0277";
const supervisoryAuthorityUrl = "https://www.cpdp.bg/";

const dataItems = ["account", "sessions", "companies", "opportunities", "introductions", "notifications", "emails", "logs"] as const;
const purposeItems = ["account", "directory", "matching", "introductions", "curation", "security"] as const;
const legalItems = ["contract", "legitimate"] as const;
const retentionItems = ["account", "deletion", "messages", "companies", "sessions", "security", "audit"] as const;
const recipientItems = ["managers", "partnerClusters", "public", "introductions", "processors"] as const;
const rightItems = ["access", "rectification", "erasure", "restriction", "portability", "objection"] as const;

function NoticeSection({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="privacy-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** The privacy notice (GDPR Art. 13) of the platform, linked from every page's footer. */
export function PrivacyPage() {
  const { t } = useTranslation();
  return (
    <article className="privacy prose">
      <PageTitle title={t("account.privacy.title")} />
      <h1>{t("account.privacy.title")}</h1>
      <p className="lead">{t("account.privacy.intro")}</p>

      <NoticeSection title={t("account.privacy.controller.title")}>
        <p>{t("account.privacy.controller.text")}</p>
        <p>
          {t("account.privacy.controller.contact")} <a href={`mailto:${contactEmail}`}>{contactEmail}</a>, {t("account.privacy.controller.phone")}{" "}
          <a href={`tel:${contactPhone.replace(/\s/g, "")}`}>{contactPhone}</a>
        </p>
      </NoticeSection>

      <NoticeSection title={t("account.privacy.data.title")}>
        <p>{t("account.privacy.data.intro")}</p>
        <ul>
          {dataItems.map((item) => (
            <li key={item}>{t(`account.privacy.data.items.${item}`)}</li>
          ))}
        </ul>
      </NoticeSection>

      <NoticeSection title={t("account.privacy.purposes.title")}>
        <ul>
          {purposeItems.map((item) => (
            <li key={item}>{t(`account.privacy.purposes.items.${item}`)}</li>
          ))}
        </ul>
      </NoticeSection>

      <NoticeSection title={t("account.privacy.legal.title")}>
        <ul>
          {legalItems.map((item) => (
            <li key={item}>{t(`account.privacy.legal.items.${item}`)}</li>
          ))}
        </ul>
        <p>{t("account.privacy.legal.required")}</p>
      </NoticeSection>

      <NoticeSection title={t("account.privacy.cookies.title")}>
        <p>{t("account.privacy.cookies.text")}</p>
      </NoticeSection>

      <NoticeSection title={t("account.privacy.retention.title")}>
        <ul>
          {retentionItems.map((item) => (
            <li key={item}>{t(`account.privacy.retention.items.${item}`)}</li>
          ))}
        </ul>
      </NoticeSection>

      <NoticeSection title={t("account.privacy.recipients.title")}>
        <ul>
          {recipientItems.map((item) => (
            <li key={item}>{t(`account.privacy.recipients.items.${item}`)}</li>
          ))}
        </ul>
        <p>{t("account.privacy.recipients.transfers")}</p>
      </NoticeSection>

      <NoticeSection title={t("account.privacy.rights.title")}>
        <p>{t("account.privacy.rights.intro")}</p>
        <ul>
          {rightItems.map((item) => (
            <li key={item}>{t(`account.privacy.rights.items.${item}`)}</li>
          ))}
        </ul>
        <p>
          {t("account.privacy.rights.selfService")} <Link to="/account">{t("account.privacy.rights.selfServiceLink")}</Link>
        </p>
        <p>
          {t("account.privacy.rights.complaint")}{" "}
          <a href={supervisoryAuthorityUrl} target="_blank" rel="noopener noreferrer">
            www.cpdp.bg
            <span className="visually-hidden"> {t("common.externalLink")}</span>
          </a>
        </p>
      </NoticeSection>

      <NoticeSection title={t("account.privacy.security.title")}>
        <p>{t("account.privacy.security.text")}</p>
      </NoticeSection>

      <NoticeSection title={t("account.privacy.contact.title")}>
        <p>
          {t("account.privacy.contact.text")} <a href={`mailto:${contactEmail}`}>{contactEmail}</a>
        </p>
      </NoticeSection>
    </article>
  );
}
