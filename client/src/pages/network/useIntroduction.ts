import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale } from "../../lib/useLocale.ts";
import { useTRPC } from "../../trpc.ts";

/** One introduction as the acting company sees it, and what it can do about it. */
export function useIntroduction(companyId: string, id: string) {
  const trpc = useTRPC();
  const locale = useLocale();
  const queryClient = useQueryClient();
  const introduction = useQuery(trpc.introductions.get.queryOptions({ companyId, id, locale }, { refetchInterval: 30_000 }));
  // Every change moves the introduction on: the inbox lists and this page read it again.
  const onSuccess = () => void queryClient.invalidateQueries({ queryKey: trpc.introductions.pathKey() });
  const accept = useMutation(trpc.introductions.accept.mutationOptions({ onSuccess }));
  const decline = useMutation(trpc.introductions.decline.mutationOptions({ onSuccess }));
  const withdraw = useMutation(trpc.introductions.withdraw.mutationOptions({ onSuccess }));
  return { introduction, accept, decline, withdraw };
}

/** The conversation of an accepted introduction, read again every 10 seconds. */
export function useThread(companyId: string, id: string, open: boolean) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const messages = useQuery(trpc.introductions.messages.queryOptions({ companyId, id }, { enabled: open, refetchInterval: 10_000 }));
  const send = useMutation(
    trpc.introductions.sendMessage.mutationOptions({
      onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.introductions.messages.queryKey({ companyId, id }) }),
    }),
  );
  return { messages, send };
}
