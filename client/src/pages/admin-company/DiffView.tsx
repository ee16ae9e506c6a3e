import type { DiffEntry, ProfileField } from "@cluster-match/shared/schemas/company-editor";
import { useTranslation } from "react-i18next";
import { languageName } from "../../lib/format.ts";
import { useLocale } from "../../lib/useLocale.ts";

function Empty() {
  const { t } = useTranslation();
  return <span className="muted">{t("companyWorkspace.review.empty")}</span>;
}

function ListChange({ entry }: { entry: Extract<DiffEntry, { kind: "list" }> }) {
  const { t } = useTranslation();
  return (
    <div className="ce-diff-list">
      {entry.added.length > 0 && (
        <div>
          <p className="ce-diff-caption">{t("companyWorkspace.review.added")}</p>
          <ul className="ce-diff-values">
            {entry.added.map((item) => (
              <li key={`+${item.label}`} className="ce-added">
                <ins>{item.label}</ins>
              </li>
            ))}
          </ul>
        </div>
      )}
      {entry.removed.length > 0 && (
        <div>
          <p className="ce-diff-caption">{t("companyWorkspace.review.removed")}</p>
          <ul className="ce-diff-values">
            {entry.removed.map((item) => (
              <li key={`-${item.label}`} className="ce-removed">
                <del>{item.label}</del>
              </li>
            ))}
          </ul>
        </div>
      )}
      {entry.kept.length > 0 && (
        <p className="muted small">
          {t("companyWorkspace.review.kept")}: {entry.kept.map((item) => item.label).join(", ")}
        </p>
      )}
      {entry.reordered && <p className="small">{t("companyWorkspace.review.reordered")}</p>}
    </div>
  );
}

/** A description in one language: the new text with inserted words marked and removed ones struck. */
function TextChange({ entry }: { entry: Extract<DiffEntry, { kind: "text" }> }) {
  const { t } = useTranslation();
  return (
    <div className="ce-diff-text" lang={entry.lang}>
      {entry.parts.map((part, i) =>
        part.change === "added" ? (
          <ins key={i} className="ce-added">
            <span className="visually-hidden">[{t("companyWorkspace.review.insertion")}] </span>
            {part.text}
          </ins>
        ) : part.change === "removed" ? (
          <del key={i} className="ce-removed">
            <span className="visually-hidden">[{t("companyWorkspace.review.deletion")}] </span>
            {part.text}
          </del>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </div>
  );
}

function SeekList({ seeks, kind }: { seeks: Extract<DiffEntry, { kind: "seeks" }>["added"]; kind: "added" | "removed" }) {
  const { t } = useTranslation();
  if (seeks.length === 0) return null;
  const Mark = kind === "added" ? "ins" : "del";
  return (
    <div>
      <p className="ce-diff-caption">{t(kind === "added" ? "companyWorkspace.review.added" : "companyWorkspace.review.removed")}</p>
      <ul className="ce-diff-values">
        {seeks.map((seek, i) => (
          <li key={i} className={kind === "added" ? "ce-added" : "ce-removed"}>
            <Mark>
              {t(`company.seekType.${seek.type as "SUPPLY" | "MARKET" | "RND"}`)}: {seek.capabilities.join(", ")}
              {seek.countries.length > 0 ? ` (${seek.countries.join(", ")})` : ""}
            </Mark>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** One row of the review: what the field was and what the revision makes it. */
function Change({ entry }: { entry: DiffEntry }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const field = t(`companyWorkspace.fields.${entry.field as ProfileField}`);
  const heading = entry.kind === "text" ? `${field} · ${languageName(entry.lang, locale)}` : field;
  return (
    <li className="ce-diff-entry" data-testid="diff-entry" data-field={entry.field}>
      <h3>{heading}</h3>
      {entry.kind === "value" && (
        <dl className="ce-diff-pair">
          <dt>{t("companyWorkspace.review.before")}</dt>
          <dd className="ce-removed">{entry.before === null ? <Empty /> : <del>{entry.before}</del>}</dd>
          <dt>{t("companyWorkspace.review.after")}</dt>
          <dd className="ce-added">{entry.after === null ? <Empty /> : <ins>{entry.after}</ins>}</dd>
        </dl>
      )}
      {entry.kind === "list" && <ListChange entry={entry} />}
      {entry.kind === "text" && <TextChange entry={entry} />}
      {entry.kind === "seeks" && (
        <div className="ce-diff-list">
          <SeekList seeks={entry.added} kind="added" />
          <SeekList seeks={entry.removed} kind="removed" />
        </div>
      )}
      {entry.kind === "logo" && (
        <dl className="ce-diff-pair">
          <dt>{t("companyWorkspace.review.before")}</dt>
          <dd>{entry.before ? <img className="ce-diff-logo" src={entry.before} alt={t("companyWorkspace.review.oldLogo")} /> : <Empty />}</dd>
          <dt>{t("companyWorkspace.review.after")}</dt>
          <dd>{entry.after ? <img className="ce-diff-logo" src={entry.after} alt={t("companyWorkspace.review.newLogo")} /> : <Empty />}</dd>
        </dl>
      )}
    </li>
  );
}

export function DiffView({ changes }: { changes: DiffEntry[] }) {
  return (
    <ul className="ce-diff">
      {changes.map((entry, i) => (
        <Change key={`${entry.field}-${i}`} entry={entry} />
      ))}
    </ul>
  );
}
