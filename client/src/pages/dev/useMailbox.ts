import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../../trpc.ts";

/** The newest e-mails the app queued (optionally to one address); always fresh when the page opens. */
export function useMailbox(to: string) {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.mailbox.list.queryOptions({ to: to || undefined, limit: 100 }),
    staleTime: 0,
    refetchOnMount: "always",
  });
}
