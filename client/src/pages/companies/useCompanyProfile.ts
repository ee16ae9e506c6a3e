import { skipToken, useQuery } from "@tanstack/react-query";
import { useLocale } from "../../lib/useLocale.ts";
import { useTRPC } from "../../trpc.ts";

/** Enough for a company's own opportunities; the list endpoint caps pages at 100. */
const ownOpportunitiesPageSize = 50;

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

  return { company, opportunities };
}
