import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../trpc.ts";

/**
 * Whether this user may read the development mailbox here (it is on, and they are an administrator
 * or on the server's own machine); the admin console links to it then. No page links to it for
 * anyone else. Asked once per visit: the setting cannot change while running.
 */
export function useMailboxAvailable(): boolean {
  const trpc = useTRPC();
  const probe = useQuery({ ...trpc.mailbox.list.queryOptions({ limit: 1 }), staleTime: Infinity, retry: false, select: () => true });
  return probe.data === true;
}
