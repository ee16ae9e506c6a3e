import { useTranslation } from "react-i18next";

/** A link to another site, opened in a new tab, shown without the protocol. */
export function ExternalLink({ href }: { href: string }) {
  const { t } = useTranslation();
  // Only web addresses become links; anything else (e.g. "javascript:") is shown as text.
  if (!/^https?:\/\//i.test(href)) return <span>{href}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {href.replace(/^https?:\/\//i, "").replace(/\/$/, "")}
      <span className="visually-hidden"> {t("common.externalLink")}</span>
    </a>
  );
}
