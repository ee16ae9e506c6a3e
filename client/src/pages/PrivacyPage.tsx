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
      <PageTitle title={t("accounts.privacy.title")} />
      <h1>{t("accounts.privacy.title")}</h1>
      <p className="lead">{t("accounts.privacy.intro")}</p>

      <NoticeSection title={t("accounts.privacy.controller.title")}>
        <p>{t("accounts.privacy.controller.text")}</p>
        <p>
          {t("accounts.privacy.controller.contact")} <a href={`mailto:${contactEmail}`}>{contactEmail}</a>, {t("accounts.privacy.controller.phone")}{" "}
          <a href={`tel:${contactPhone.replace(/\s/g, "")}`}>{contactPhone}</a>
        </p>
      </NoticeSection>

      <NoticeSection title={t("accounts.privacy.data.title")}>
        <p>{t("accounts.privacy.data.intro")}</p>
        <ul>
          {dataItems.map((item) => (
            <li key={item}>{t(`accounts.privacy.data.items.${item}`)}</li>
          ))}
        </ul>
      </NoticeSection>

      <NoticeSection title={t("accounts.privacy.purposes.title")}>
        <ul>
          {purposeItems.map((item) => (
            <li key={item}>{t(`accounts.privacy.purposes.items.${item}`)}</li>
          ))}
        </ul>
      </NoticeSection>

      <NoticeSection title={t("accounts.privacy.legal.title")}>
        <ul>
          {legalItems.map((item) => (
            <li key={item}>{t(`accounts.privacy.legal.items.${item}`)}</li>
          ))}
        </ul>
        <p>{t("accounts.privacy.legal.required")}</p>
      </NoticeSection>

      <NoticeSection title={t("accounts.privacy.cookies.title")}>
        <p>{t("accounts.privacy.cookies.text")}</p>
      </NoticeSection>

      <NoticeSection title={t("accounts.privacy.retention.title")}>
        <ul>
          {retentionItems.map((item) => (
            <li key={item}>{t(`accounts.privacy.retention.items.${item}`)}</li>
          ))}
        </ul>
      </NoticeSection>

      <NoticeSection title={t("accounts.privacy.recipients.title")}>
        <ul>
          {recipientItems.map((item) => (
            <li key={item}>{t(`accounts.privacy.recipients.items.${item}`)}</li>
          ))}
        </ul>
        <p>{t("accounts.privacy.recipients.transfers")}</p>
      </NoticeSection>

      <NoticeSection title={t("accounts.privacy.rights.title")}>
        <p>{t("accounts.privacy.rights.intro")}</p>
        <ul>
          {rightItems.map((item) => (
            <li key={item}>{t(`accounts.privacy.rights.items.${item}`)}</li>
          ))}
        </ul>
        <p>
          {t("accounts.privacy.rights.selfService")} <Link to="/account">{t("accounts.privacy.rights.selfServiceLink")}</Link>
        </p>
        <p>
          {t("accounts.privacy.rights.complaint")}{" "}
          <a href={supervisoryAuthorityUrl} target="_blank" rel="noopener noreferrer">
            www.cpdp.bg
            <span className="visually-hidden"> {t("common.externalLink")}</span>
          </a>
        </p>
      </NoticeSection>

      <NoticeSection title={t("accounts.privacy.security.title")}>
        <p>{t("accounts.privacy.security.text")}</p>
      </NoticeSection>

      <NoticeSection title={t("accounts.privacy.contact.title")}>
        <p>
          {t("accounts.privacy.contact.text")} <a href={`mailto:${contactEmail}`}>{contactEmail}</a>
        </p>
      </NoticeSection>
    </article>
  );
}
