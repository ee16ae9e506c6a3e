import type { AppRouter } from "@cluster-match/server/router";
import { QueryClient } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink, httpLink, isNonJsonSerializable, splitLink } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import { appCodeOf } from "./lib/errors.ts";

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

/** Errors that another attempt cannot fix; retrying them only delays the message. */
const finalCodes = new Set(["NOT_FOUND", "VALIDATION", "UNAUTHENTICATED", "FORBIDDEN", "RATE_LIMITED"]);

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        // One quick retry rides out a blip; longer waits only delay the error message and its retry button.
        retry: (failureCount, error) => failureCount < 1 && !finalCodes.has(appCodeOf(error)),
        retryDelay: 500,
      },
    },
  });
}

export function createTrpcClient() {
  return createTRPCClient<AppRouter>({
    links: [
      // File uploads (FormData) cannot be batched as JSON; they go as one multipart request.
      splitLink({
        condition: (op) => isNonJsonSerializable(op.input),
        true: httpLink({ url: "/trpc" }),
        false: httpBatchLink({ url: "/trpc" }),
      }),
    ],
  });
}
