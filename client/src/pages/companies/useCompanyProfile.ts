import { skipToken, useQuery } from "@tanstack/react-query";
import { useLocale } from "../../lib/useLocale.ts";
import { useTRPC } from "../../trpc.ts";

/** Enough for a company's own opportunities; the list endpoint caps pages at 100. */
const ownOpportunitiesPageSize = 50;

/** Suggested partners and opportunities, each. */
export const companyMatchLimit = 6;

export function useCompanyProfile(idOrSlug: string) {
  const trpc = useTRPC();
  const locale = useLocale();

  const company = useQuery({
    ...trpc.companies.get.queryOptions({ idOrSlug, locale }),
    // After a language switch keep showing the same company until its translation arrives.
    placeholderData: (previous) => (previous && (previous.slug === idOrSlug || previous.id === idOrSlug) ? previous : undefined),
  });

  const companyId = company.data?.id;
  const opportunities = useQuery(
    trpc.opportunities.list.queryOptions(companyId ? { companyId, locale, page: 1, pageSize: ownOpportunitiesPageSize } : skipToken),
  );

  // Asked for by slug, alongside the profile rather than after it.
  const matches = useQuery({
    ...trpc.matching.forCompany.queryOptions({ idOrSlug, locale, limit: companyMatchLimit }),
    // After a language switch keep the same suggestions until their translation arrives.
    placeholderData: (previous, previousQuery) => ((previousQuery?.queryKey[1]?.input as { idOrSlug?: string } | undefined)?.idOrSlug === idOrSlug ? previous : undefined),
  });

  return { company, opportunities, matches };
}
