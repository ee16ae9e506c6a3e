import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { fieldsToTake, plainValue, type EditConflictView } from "../../lib/editConflict.ts";
import { formatList } from "../../lib/format.ts";
import { useLocale } from "../../lib/useLocale.ts";

/**
 * A save refused because someone else saved first: which fields they changed, their values
 * where the user changed the same field, and the two ways on. The user's typing stays in the
 * form either way: "take theirs" copies only the fields they alone changed into it; "save
 * mine" saves the form as it is over their version.
 */
export function EditConflict({
  conflict,
  labelOf,
  onTakeTheirs,
  onSaveMine,
  busy,
}: {
  conflict: EditConflictView;
  labelOf: (field: string) => string;
  onTakeTheirs: () => void;
  onSaveMine: () => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const yesNo = (value: boolean) => (value ? t("editConflict.yes") : t("editConflict.no"));
  const labels = (fields: string[]) => formatList(fields.map(labelOf), locale);
  const taken = fieldsToTake(conflict);
  const ref = useRef<HTMLDivElement>(null);
  // Each new state of the conflict takes the focus, so keyboard and screen reader users learn of it.
  useEffect(() => ref.current?.focus(), [conflict]);

  return (
    <div ref={ref} className="edit-conflict" role="alert" tabIndex={-1} data-testid="edit-conflict">
      {conflict.merged ? (
        <>
          <p className="edit-conflict-title">{t("editConflict.mergedTitle")}</p>
          {taken.length > 0 && <p>{t("editConflict.taken", { fields: labels(taken) })}</p>}
          <p>{t("editConflict.mergedHint")}</p>
        </>
      ) : (
        <>
          <p className="edit-conflict-title">{t("editConflict.title")}</p>
          <p>{conflict.changedByThem.length > 0 ? t("editConflict.changed", { fields: labels(conflict.changedByThem) }) : t("editConflict.noFields")}</p>
          <p>{t("editConflict.kept")}</p>
        </>
      )}
      {conflict.changedByBoth.length > 0 && (
        <>
          <p>{t("editConflict.both")}</p>
          <dl className="edit-conflict-values">
            {conflict.changedByBoth.map((field) => (
              <div key={field}>
                <dt>{labelOf(field)}</dt>
                <dd>{plainValue(conflict.theirs[field], yesNo)}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      {!conflict.merged && (
        <div className="edit-conflict-actions">
          <button type="button" className="button" disabled={busy} onClick={onTakeTheirs}>
            {t("editConflict.takeTheirs")}
          </button>
          <button type="button" className="button button-secondary" disabled={busy} onClick={onSaveMine}>
            {t("editConflict.saveMine")}
          </button>
        </div>
      )}
    </div>
  );
}
