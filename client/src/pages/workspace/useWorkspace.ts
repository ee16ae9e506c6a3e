import { skipToken, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "../../trpc.ts";

export function useMyCompanies() {
  const trpc = useTRPC();
  return useQuery(trpc.companies.mine.queryOptions());
}

/** The working copy and state of a company the user acts for. */
export function useEditableCompany(companyId: string | undefined) {
  const trpc = useTRPC();
  return useQuery(trpc.companies.getEditable.queryOptions(companyId ? { companyId } : skipToken));
}

/** After a change of a company: its workspace views and the list of my companies answer anew. */
export function useRefreshCompany() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.companies.mine.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.companies.getEditable.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.accounts.me.pathKey() }),
    ]);
}
