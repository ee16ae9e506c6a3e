import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../trpc.ts";

/**
 * Whether the development mailbox exists on this server (it answers only while no SMTP server is
 * configured); the footer links to it then. Asked once per visit: the setting cannot change while running.
 */
export function useMailboxAvailable(): boolean {
  const trpc = useTRPC();
  const probe = useQuery({ ...trpc.mailbox.list.queryOptions({ limit: 1 }), staleTime: Infinity, retry: false, select: () => true });
  return probe.data === true;
}
