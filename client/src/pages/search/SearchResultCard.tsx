import type { CompanySearchHit, Interpretation } from "@cluster-match/shared";
import type { UiLocale } from "@cluster-match/shared/i18n";
import type { MouseEvent } from "react";
import { useTranslation } from "react-i18next";
import { CompanyCard } from "../../components/CompanyCard.tsx";
import { Highlighted } from "../../components/Highlighted.tsx";
import { TextLanguage } from "../../components/TextLanguage.tsx";
import { formatDistance } from "../../lib/format.ts";
import { readableName } from "../../lib/places.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { SelectForInquiry } from "../inquiries/SelectForInquiry.tsx";

const descriptionField = /^description_([a-z]{2})$/;

/**
 * The description highlight to show: in the reader's language or English; failing that, the
 * card's own summary when the reader can read it; otherwise a highlight in another language.
 */
function snippetOf(hit: CompanySearchHit, locale: UiLocale): { html: string; lang: string } | "summary" | null {
  const readable = (lang: string) => lang === locale || lang === "en";
  const fields = Object.keys(hit.highlights)
    .filter((field) => descriptionField.test(field))
    .map((field) => ({ field, lang: field.replace(descriptionField, "$1") }));
  const rank = (lang: string) => (lang === locale ? 0 : lang === "en" ? 1 : 2);
  const best = fields.sort((a, b) => rank(a.lang) - rank(b.lang))[0];
  if (!best) return null;
  if (!readable(best.lang) && hit.summary && readable(hit.summary.lang)) return "summary";
  return { html: hit.highlights[best.field]!, lang: best.lang };
}

/** Whether a click (or a middle click) landed on a link, i.e. opens the result. */
const onLink = (event: MouseEvent) => event.target instanceof Element && event.target.closest("a[href]") !== null;

/**
 * A search result: the company card with the matched words marked, its distance and how well it
 * matches. `onOpen` hears when one of its links is followed (the search analytics' click).
 */
export function SearchResultCard({
  hit,
  place,
  onOpen,
  active = false,
  onActivate,
}: {
  hit: CompanySearchHit;
  place: Interpretation["place"];
  onOpen?: () => void;
  /** Highlighted, as its marker on the map is. */
  active?: boolean;
  /** Hears the pointer or the focus entering (the id) and leaving (null) the card, for the map. */
  onActivate?: (id: string | null) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { highlights } = hit;
  const snippet = snippetOf(hit, locale);
  // A firm outside the named city came in as a nearby one; otherwise it lacks some of the wishes.
  const closeMatch =
    hit.exactMatch ? null
    : place && hit.cityLatin !== place.nameLatin ? t("search.closeNearby", { city: readableName(place.name, place.nameLatin, locale) })
    : t("search.closePartial");

  const opened = (event: MouseEvent) => {
    if (onOpen && (event.button === 0 || event.button === 1) && onLink(event)) onOpen();
  };

  return (
    <div
      className="search-result"
      id={`result-${hit.id}`}
      data-active={active || undefined}
      onClick={opened}
      onAuxClick={opened}
      onMouseEnter={() => onActivate?.(hit.id)}
      onMouseLeave={() => onActivate?.(null)}
      onFocus={() => onActivate?.(hit.id)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) onActivate?.(null);
      }}
    >
      <CompanyCard
        company={hit}
        testId="search-result"
        name={highlights.name ? <Highlighted html={highlights.name} /> : undefined}
        nameLatin={highlights.nameLatin ? <Highlighted html={highlights.nameLatin} /> : undefined}
        meta={hit.distanceKm !== null ? <span data-testid="result-distance">{t("search.distance", { distance: formatDistance(hit.distanceKm, locale) })}</span> : undefined}
        aside={closeMatch ? <span className="badge badge-close" data-testid="close-match">{closeMatch}</span> : undefined}
        summary={
          snippet && snippet !== "summary" ? (
            <>
              <TextLanguage lang={snippet.lang} />
              <p className="card-summary" lang={snippet.lang}>
                <Highlighted html={snippet.html} excerpt />
              </p>
            </>
          ) : undefined
        }
      />
      <SelectForInquiry company={hit} />
    </div>
  );
}
