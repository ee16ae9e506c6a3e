import { contactPointViews, type ContactPointView } from "@cluster-match/shared/schemas/contact-point";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { readOne, readPage, useUrlFilters } from "../../lib/urlState.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { useTRPC } from "../../trpc.ts";

const viewPattern = new RegExp(`^(${contactPointViews.join("|")})$`);

/** The contact point's queue (`/manage/contact-point?view=answered`): the waiting requests by default, newest first. */
export function useContactPointQueue() {
  const trpc = useTRPC();
  const locale = useLocale();
  const { params, setFilters, setPage } = useUrlFilters();
  const view = (readOne(params, "view", viewPattern) as ContactPointView | undefined) ?? "waiting";
  const page = readPage(params);
  const requests = useQuery(trpc.contactPoint.list.queryOptions({ view, locale, page, pageSize: 20 }));
  return { view, page, requests, setView: (next: ContactPointView) => setFilters({ view: next === "waiting" ? undefined : next }), setPage };
}

/** One request the contact point holds, and what it can do about it. */
export function useContactPointRequest(id: string) {
  const trpc = useTRPC();
  const locale = useLocale();
  const queryClient = useQueryClient();
  const request = useQuery(trpc.contactPoint.get.queryOptions({ id, locale }, { refetchInterval: 30_000 }));
  // Every change moves the request on: the queue and this page read it again.
  const onSuccess = () => void queryClient.invalidateQueries({ queryKey: trpc.contactPoint.pathKey() });
  const reachFirm = useMutation(trpc.contactPoint.reachFirm.mutationOptions({ onSuccess }));
  const accept = useMutation(trpc.contactPoint.accept.mutationOptions({ onSuccess }));
  const decline = useMutation(trpc.contactPoint.decline.mutationOptions({ onSuccess }));
  return { request, reachFirm, accept, decline };
}

/** The conversation the contact point opened for a firm, read again every 10 seconds. */
export function useContactPointThread(id: string, open: boolean) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const messages = useQuery(trpc.contactPoint.messages.queryOptions({ id }, { enabled: open, refetchInterval: 10_000 }));
  const send = useMutation(
    trpc.contactPoint.sendMessage.mutationOptions({
      onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.contactPoint.messages.queryKey({ id }) }),
    }),
  );
  return { messages, send };
}
