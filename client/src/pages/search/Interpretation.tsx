import type { Interpretation as InterpretationData } from "@cluster-match/shared";
import { useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import { countryName, formatDistance } from "../../lib/format.ts";
import { readableName } from "../../lib/places.ts";
import { useLocale } from "../../lib/useLocale.ts";

interface Chip {
  /** The value for the API's `ignore` list. */
  part: string;
  label: string;
}

/**
 * What the search understood from the text, as chips the user can remove (each removal adds
 * its part to `ignore`); plus the words that stayed free text.
 */
export function Interpretation({
  interpretation,
  ignore,
  onRemove,
  onRestore,
}: {
  interpretation: InterpretationData;
  ignore: readonly string[];
  onRemove: (part: string) => void;
  onRestore: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const pendingFocus = useRef<{ part: string; index: number } | null>(null);

  const { place, radiusKm } = interpretation;
  const capabilities = interpretation.capabilities.filter((c) => !ignore.includes(`capability:${c.code}`));
  const chips: Chip[] = [
    ...interpretation.companies.map((c) => ({ part: `company:${c.code}`, label: t("search.company", { name: c.label }) })),
    ...capabilities.map((c) => ({ part: `capability:${c.code}`, label: c.label })),
    ...interpretation.materials.map((m) => ({ part: `material:${m.code}`, label: m.label })),
    ...interpretation.certifications.map((c) => ({ part: `certification:${c.code}`, label: c.label })),
    ...interpretation.countries.map((c) => ({ part: `country:${c.code}`, label: countryName(c.code, locale) })),
    ...interpretation.regions.map((r) => ({ part: `region:${r.code}`, label: t("search.region", { name: r.label }) })),
    ...(place ? [{ part: "place", label: readableName(place.name, place.nameLatin, locale) }] : []),
    ...(radiusKm !== null ? [{ part: "radius", label: t("search.withinKm", { distance: formatDistance(radiusKm, locale) }) }] : []),
  ].filter((chip) => !ignore.includes(chip.part));

  // A removed chip takes its focus with it: hand it to the next chip, or to the heading.
  useEffect(() => {
    const pending = pendingFocus.current;
    if (!pending || chips.some((chip) => chip.part === pending.part)) return;
    pendingFocus.current = null;
    const buttons = listRef.current?.querySelectorAll("button");
    const next = buttons?.[Math.min(pending.index, buttons.length - 1)];
    (next ?? headingRef.current)?.focus();
  });

  if (chips.length === 0 && !interpretation.freeText && ignore.length === 0) return null;

  return (
    <section className="interpretation" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="interpretation-title">
        {t("search.understood")}
      </h2>
      {chips.length > 0 && (
        <ul className="chip-list" ref={listRef}>
          {chips.map((chip, index) => (
            <li key={chip.part}>
              <button
                type="button"
                className="chip"
                aria-label={t("search.removeChip", { label: chip.label })}
                onClick={() => {
                  pendingFocus.current = { part: chip.part, index };
                  onRemove(chip.part);
                }}
              >
                {chip.label}
                <span className="chip-remove" aria-hidden="true">
                  ×
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {interpretation.capabilityMode === "any" && capabilities.length > 1 && <p className="notice">{t("search.anyOf")}</p>}
      {interpretation.freeText && <p className="free-text">{t("search.freeText", { text: interpretation.freeText })}</p>}
      {ignore.length > 0 && (
        <button type="button" className="button button-link" onClick={onRestore}>
          {t("search.restore", { count: ignore.length })}
        </button>
      )}
    </section>
  );
}
