import { introductionBoxes, introductionStatuses, type IntroductionBox, type IntroductionStatus } from "@cluster-match/shared/schemas/introductions";
import { useQuery } from "@tanstack/react-query";
import { readOne, readPage, useUrlFilters } from "../../lib/urlState.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { useMe } from "../../lib/useMe.ts";
import { useTRPC } from "../../trpc.ts";

export const inboxPageSize = 20;
const boxPattern = new RegExp(`^(${introductionBoxes.join("|")})$`);
const statusPattern = new RegExp(`^(${introductionStatuses.join("|")})$`);
const idPattern = /^[\w-]{1,60}$/;

/**
 * The inbox state in the query string: `/inbox?company=…&box=outgoing&status=PENDING&page=2`.
 * The acting company is the one named, else the user's first; an admin or cluster manager may
 * name any company they act for (the server decides).
 */
export function useInbox() {
  const trpc = useTRPC();
  const locale = useLocale();
  const me = useMe();
  const { params, setFilters, setPage } = useUrlFilters();
  const memberships = me.data?.memberships ?? [];
  const requested = readOne(params, "company", idPattern);
  const companyId = requested ?? memberships[0]?.companyId ?? null;
  const box = (readOne(params, "box", boxPattern) as IntroductionBox | undefined) ?? "incoming";
  const status = readOne(params, "status", statusPattern) as IntroductionStatus | undefined;
  const page = readPage(params);
  const introductions = useQuery(
    trpc.introductions.list.queryOptions(
      { companyId: companyId ?? "", box, status, locale, page, pageSize: inboxPageSize },
      { enabled: companyId !== null, refetchInterval: 60_000 },
    ),
  );
  return {
    me,
    memberships,
    companyId,
    /** The named company is not one of the user's own (an admin or manager acting for it). */
    actingAsOther: companyId !== null && !memberships.some((m) => m.companyId === companyId),
    box,
    status,
    page,
    introductions,
    setCompany: (id: string) => setFilters({ company: id, status: undefined }),
    setBox: (next: IntroductionBox) => setFilters({ box: next === "incoming" ? undefined : next }),
    setStatus: (next: IntroductionStatus | undefined) => setFilters({ status: next }),
    setPage,
  };
}
