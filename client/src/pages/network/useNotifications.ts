import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { readPage, useUrlFilters } from "../../lib/urlState.ts";
import { meQueryKeyPrefix } from "../../lib/useMe.ts";
import { useTRPC } from "../../trpc.ts";

export const notificationPageSize = 20;

/** The notification list (`?unread=1&page=2`) and marking notices read. */
export function useNotifications() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { params, setFilters, setPage } = useUrlFilters();
  const unreadOnly = params.get("unread") === "1";
  const page = readPage(params);
  const notifications = useQuery(trpc.notifications.list.queryOptions({ page, pageSize: notificationPageSize, unreadOnly }, { refetchInterval: 60_000 }));
  // The unread count also shows in the header (accounts.me).
  const onSuccess = () => {
    void queryClient.invalidateQueries({ queryKey: trpc.notifications.pathKey() });
    void queryClient.invalidateQueries({ queryKey: meQueryKeyPrefix(trpc) });
  };
  const markRead = useMutation(trpc.notifications.markRead.mutationOptions({ onSuccess }));
  const markAllRead = useMutation(trpc.notifications.markAllRead.mutationOptions({ onSuccess }));
  return {
    unreadOnly,
    page,
    notifications,
    markRead,
    markAllRead,
    setUnreadOnly: (value: boolean) => setFilters({ unread: value ? "1" : undefined }),
    setPage,
  };
}
