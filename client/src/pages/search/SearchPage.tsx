import type { CompanySearchOutput } from "@cluster-match/shared";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageTitle } from "../../components/PageTitle.tsx";
import { EmptyState } from "../../components/QueryStates.tsx";
import { ResultList } from "../../components/ResultList.tsx";
import { ResultMap } from "../../components/ResultMap.tsx";
import { SaveSearchButton } from "../../components/SaveSearchButton.tsx";
import { SelectFilter } from "../../components/FilterControls.tsx";
import { formatNumber } from "../../lib/format.ts";
import type { MapPoint } from "../../lib/mapClusters.ts";
import { displayCity, readableName } from "../../lib/places.ts";
import { besideMapQuery, useMediaQuery } from "../../lib/useMediaQuery.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { Interpretation } from "./Interpretation.tsx";
import { SearchBox } from "./SearchBox.tsx";
import { SearchFilters } from "./SearchFilters.tsx";
import { SearchResultCard } from "./SearchResultCard.tsx";
import { InquirySelectionBar } from "../inquiries/InquirySelectionBar.tsx";
import { defaultRadius, sortOptions, useCompanySearch, useReportResultOpened, type SearchSort } from "./useCompanySearch.ts";
import { companyQueryFromState } from "../network/savedSearchLinks.ts";

const examples = ["search.example1", "search.example2", "search.example3"] as const;


export function SearchPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { state, hasFilters, results, search, setFacet, setSort, setNear, ignorePart, restoreParts, clearFilters, setPage } = useCompanySearch();
  // Wide screens show the map beside the list; narrower ones open on the list, the map on demand.
  const mapBeside = useMediaQuery(besideMapQuery);
  const [mapShown, setMapShown] = useState(false);
  // The firm highlighted in both the list and the map.
  const [activeId, setActiveId] = useState<string | null>(null);
  const reportOpened = useReportResultOpened(results.isPlaceholderData ? null : results.data?.searchLogId);

  // The answer for the current URL; while the next one loads, the previous stays as placeholder.
  const loading = results.isPending || results.isPlaceholderData;
  const current = loading ? undefined : results.data;
  // Chips belong to a query text: keep the previous ones only while the same text reloads.
  const [settled, setSettled] = useState<{ q: string; data: CompanySearchOutput } | null>(null);
  if (current && settled?.data !== current) setSettled({ q: state.q, data: current });
  const interpretation = settled && settled.q === state.q ? settled.data.interpretation : null;
  const facets = results.data?.facets;
  const center = results.data?.center ?? null;
  const unknownCity = !!state.near && !!current && !current.center;
  const canSortByDistance = !!center || !!state.near;

  // While the next page loads, the map keeps the previous one (the placeholder) rather than jumping away.
  const mapData = results.data;
  const points = useMemo(
    () =>
      (mapData?.items ?? []).flatMap((hit): MapPoint[] =>
        hit.lat !== null && hit.lng !== null
          ? [{ id: hit.id, lat: hit.lat, lng: hit.lng, name: readableName(hit.name, hit.nameLatin, locale), place: displayCity(hit, locale), href: `/companies/${hit.slug}` }]
          : [],
      ),
    [mapData, locale],
  );
  // The radius the search applies around its centre: the filter's, the query's, or the default for a bare place.
  const radiusKm = !center ? null : state.near ? state.radius : (mapData?.interpretation.radiusKm ?? defaultRadius);
  const showInList = (id: string) => {
    setActiveId(id);
    // The wrapper takes no box of its own (display: contents): scroll to the card inside it.
    const card = document.getElementById(`result-${id}`)?.querySelector<HTMLElement>(".card");
    card?.scrollIntoView({ behavior: "smooth", block: "center" });
    card?.querySelector<HTMLElement>(".card-title a")?.focus({ preventScroll: true });
  };
  const mapLabel = center
    ? t("map.labelAround", { count: points.length, n: formatNumber(points.length, locale), place: center.label })
    : t("map.label", { count: points.length, n: formatNumber(points.length, locale) });
  // Beside the list, the map takes the right-hand column from the top of the page down.
  const besideMap = mapBeside && (points.length > 0 || !!center);
  const mapProps = { points, centre: center, radiusKm, label: mapLabel, activeId, onActivate: setActiveId, onShowInList: showInList };
  const hasChips =
    !!interpretation &&
    interpretation.capabilities.length + interpretation.materials.length + interpretation.certifications.length + interpretation.countries.length > 0;

  return (
    <>
      <PageTitle title={state.q ? t("search.titleWithQuery", { q: state.q }) : t("search.title")} />
      <div className={besideMap ? "search-page search-page-map" : "search-page"}>
        <div className={state.q ? "page-header search-header search-header-compact" : "page-header search-header"}>
          <h1>{t("search.title")}</h1>
          <p className="lead">{t("search.intro")}</p>
        </div>
        <div className="search-top">
          <SearchBox value={state.q} onSearch={search} />
          <SaveSearchButton query={companyQueryFromState(state)} />
          {!state.q && (
            <p className="search-examples">
              <span>{t("search.examplesLabel")}</span>{" "}
              {examples.map((key) => (
                <Link key={key} to={{ pathname: "/search", search: `?q=${encodeURIComponent(t(key))}` }} className="example-link">
                  {t(key)}
                </Link>
              ))}
            </p>
          )}
          {interpretation && <Interpretation interpretation={interpretation} ignore={state.ignore} onRemove={ignorePart} onRestore={restoreParts} />}
        </div>
        <div className="with-filters search-layout">
          <SearchFilters
            state={state}
            facets={facets}
            hasFilters={hasFilters}
            unknownCity={unknownCity}
            onFacet={setFacet}
            onNear={setNear}
            onReset={clearFilters}
          />
          <ResultList
            query={{ data: current, isPending: loading && !results.isError, isError: results.isError, error: results.error, refetch: results.refetch }}
            countText={(count, n) => t("companies.count", { count, n })}
            loadingText={t("search.loading")}
            emptyText={t("search.empty")}
            onClearFilters={clearFilters}
            onPage={setPage}
            toolbar={
              <div className="results-toolbar">
                <SelectFilter id="search-sort" label={t("search.sort.label")} value={state.sort} onChange={(value) => setSort((value as SearchSort | undefined) ?? "relevance")}>
                  {sortOptions.map((option) => (
                    <option key={option} value={option} disabled={option === "distance" && !canSortByDistance}>
                      {t(`search.sort.${option}`)}
                    </option>
                  ))}
                </SelectFilter>
                {state.sort === "distance" && !canSortByDistance && <p className="muted small">{t("search.sort.needsCentre")}</p>}
              </div>
            }
            beforeList={mapBeside ? undefined : <ResultMap toggle shown={mapShown} onToggle={setMapShown} {...mapProps} />}
            emptyContent={
              <EmptyState message={t("search.empty")} action={hasFilters ? { label: t("common.clearFilters"), onClick: clearFilters } : undefined}>
                <p>{t("search.tips.title")}</p>
                <ul className="tips">
                  {hasChips && <li>{t("search.tips.removeChip")}</li>}
                  <li>{t("search.tips.spelling")}</li>
                  {hasFilters && <li>{t("search.tips.filters")}</li>}
                </ul>
              </EmptyState>
            }
            renderItem={(hit) => (
              <SearchResultCard hit={hit} place={current?.interpretation.place ?? null} onOpen={() => reportOpened(hit.id)} active={hit.id === activeId} onActivate={setActiveId} />
            )}
          />
          {besideMap && (
            <div className="search-map">
              <ResultMap toggle={false} {...mapProps} />
            </div>
          )}
        </div>
      </div>
      <InquirySelectionBar />
    </>
  );
}
