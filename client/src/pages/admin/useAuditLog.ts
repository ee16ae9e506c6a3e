import { useQuery } from "@tanstack/react-query";
import { readOne, readPage, useUrlFilters } from "../../lib/urlState.ts";
import { useTRPC } from "../../trpc.ts";

export const auditPageSize = 25;

const day = /^\d{4}-\d{2}-\d{2}$/;

/** The audit log with its filters in the query string: `?q=&action=&entity=&actor=&from=2026-01-01&to=2026-01-31&page=2`. */
export function useAuditLog() {
  const trpc = useTRPC();
  const { params, setFilters, setPage, clearFilters } = useUrlFilters();
  const filters = {
    q: readOne(params, "q", /^.{1,200}$/),
    action: readOne(params, "action", /^[\w.:-]{1,100}$/),
    entity: readOne(params, "entity", /^[\w.:-]{1,60}$/),
    actor: readOne(params, "actor", /^.{1,200}$/),
    from: readOne(params, "from", day),
    to: readOne(params, "to", day),
  };
  const page = readPage(params);
  const entries = useQuery(
    trpc.admin.auditLog.queryOptions({
      page,
      pageSize: auditPageSize,
      q: filters.q,
      action: filters.action,
      entityType: filters.entity,
      actor: filters.actor,
      from: filters.from,
      to: filters.to,
    }),
  );
  const vocabulary = useQuery(trpc.admin.auditActions.queryOptions());
  const hasFilters = Object.values(filters).some((v) => v !== undefined);
  return { filters, hasFilters, entries, vocabulary, setFilters, setPage, clearFilters };
}
