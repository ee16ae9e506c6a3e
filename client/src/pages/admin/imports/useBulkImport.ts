import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "../../../trpc.ts";

/** Check (preview), commit and history of bulk imports for one cluster. */
export function useBulkImport(clusterId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const history = useQuery(trpc.imports.history.queryOptions({ clusterId }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.imports.history.queryKey({ clusterId }) });
  const preview = useMutation(trpc.imports.preview.mutationOptions({ onSuccess: refresh }));
  const commit = useMutation(
    trpc.imports.commit.mutationOptions({
      onSuccess: async () => {
        await refresh();
        // New firms appear in the directory and the console's lists.
        await queryClient.invalidateQueries({ queryKey: trpc.companies.pathKey() });
        await queryClient.invalidateQueries({ queryKey: trpc.admin.pathKey() });
      },
    }),
  );
  return { history, preview, commit };
}
