import type { CompanyMatch, OpportunityMatch } from "@cluster-match/shared";
import type { ReactNode } from "react";
import { CompanyCard } from "./CompanyCard.tsx";
import { MatchExplanation, MatchScore } from "./MatchExplanation.tsx";
import { OpportunityCard } from "./OpportunityCard.tsx";
import { ErrorState, LoadingState } from "./QueryStates.tsx";
import type { MatchVariant } from "../lib/matchExplanation.ts";

interface MatchQuery<T> {
  data: T[] | undefined;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
}

/** The loading, error and empty states of a list of matches, as the other lists show them. */
function MatchListState<T>({
  query,
  loadingText,
  emptyText,
  render,
}: {
  query: MatchQuery<T>;
  loadingText: string;
  emptyText: string;
  render: (items: T[]) => ReactNode;
}) {
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <LoadingState label={loadingText} />;
  if (query.data.length === 0) return <p className="muted">{emptyText}</p>;
  return render(query.data);
}

/** Companies that fit an opportunity (variant "opportunity"), a company's needs ("partner") or its profile ("similar"). */
export function CompanyMatchList({
  query,
  variant,
  loadingText,
  emptyText,
}: {
  query: MatchQuery<CompanyMatch>;
  variant: Extract<MatchVariant, "opportunity" | "partner" | "similar">;
  loadingText: string;
  emptyText: string;
}) {
  return (
    <MatchListState
      query={query}
      loadingText={loadingText}
      emptyText={emptyText}
      render={(matches) => (
        <ul className="card-list match-list">
          {matches.map((match) => (
            <li key={match.company.id}>
              <CompanyCard company={match.company} testId="match" aside={<MatchScore score={match.score} />} summary={null}>
                <MatchExplanation explanation={match.explanation} variant={variant} />
              </CompanyCard>
            </li>
          ))}
        </ul>
      )}
    />
  );
}

/** Opportunities that fit a company's profile. */
export function OpportunityMatchList({ query, loadingText, emptyText }: { query: MatchQuery<OpportunityMatch>; loadingText: string; emptyText: string }) {
  return (
    <MatchListState
      query={query}
      loadingText={loadingText}
      emptyText={emptyText}
      render={(matches) => (
        <ul className="card-list match-list">
          {matches.map((match) => (
            <li key={match.opportunity.id}>
              <OpportunityCard opportunity={match.opportunity} testId="match" aside={<MatchScore score={match.score} />}>
                <MatchExplanation explanation={match.explanation} variant="fit" />
              </OpportunityCard>
            </li>
          ))}
        </ul>
      )}
    />
  );
}
