import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "../../trpc.ts";

export function useSavedSearches() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const savedSearches = useQuery(trpc.savedSearches.list.queryOptions());
  const onSuccess = () => void queryClient.invalidateQueries({ queryKey: trpc.savedSearches.pathKey() });
  const update = useMutation(trpc.savedSearches.update.mutationOptions({ onSuccess }));
  const remove = useMutation(trpc.savedSearches.delete.mutationOptions({ onSuccess }));
  return { savedSearches, update, remove };
}
