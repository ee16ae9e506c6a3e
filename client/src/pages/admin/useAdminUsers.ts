import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { readOne, readPage, useUrlFilters } from "../../lib/urlState.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { useTRPC } from "../../trpc.ts";

export const adminUserPageSize = 20;
export type UserRole = "MEMBER" | "CLUSTER_MANAGER" | "ADMIN";
export const userRoleList: readonly UserRole[] = ["MEMBER", "CLUSTER_MANAGER", "ADMIN"];

/** Users with filters in the query string: `?q=&role=CLUSTER_MANAGER&state=suspended&page=2`. */
export function useAdminUsers() {
  const trpc = useTRPC();
  const locale = useLocale();
  const { params, setFilters, setPage, clearFilters } = useUrlFilters();
  const filters = {
    q: readOne(params, "q", /^.{1,200}$/),
    role: readOne(params, "role", /^(MEMBER|CLUSTER_MANAGER|ADMIN)$/) as UserRole | undefined,
    state: readOne(params, "state", /^(active|suspended)$/) as "active" | "suspended" | undefined,
  };
  const page = readPage(params);
  const users = useQuery(
    trpc.admin.users.queryOptions({
      locale,
      page,
      pageSize: adminUserPageSize,
      q: filters.q,
      role: filters.role,
      suspended: filters.state === undefined ? undefined : filters.state === "suspended",
    }),
  );
  const setFilter = (key: keyof typeof filters, value: string | undefined) => setFilters({ [key]: value });
  return { filters, users, setFilter, setPage, clearFilters };
}

/** The changes an admin makes to one user; each refreshes the lists (and the audit log) when it succeeds. */
export function useUserActions() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: trpc.admin.pathKey() });
  return {
    setRole: useMutation(trpc.admin.setUserRole.mutationOptions({ onSuccess })),
    assign: useMutation(trpc.admin.assignClusterManager.mutationOptions({ onSuccess })),
    remove: useMutation(trpc.admin.removeClusterManager.mutationOptions({ onSuccess })),
    suspend: useMutation(trpc.admin.suspendUser.mutationOptions({ onSuccess })),
    reinstate: useMutation(trpc.admin.reinstateUser.mutationOptions({ onSuccess })),
  };
}
