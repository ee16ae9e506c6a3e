import { isAppErrorCode, type AppErrorCode } from "@cluster-match/shared/errors";
import { TRPCClientError } from "@trpc/client";

/** What the UI can say about a failure: a server error code, or NETWORK when no answer came back. */
export type ErrorKind = AppErrorCode | "NETWORK";

export function appCodeOf(error: unknown): ErrorKind {
  if (error instanceof TRPCClientError) {
    const data: unknown = error.data;
    const appCode = typeof data === "object" && data !== null && "appCode" in data ? data.appCode : undefined;
    if (isAppErrorCode(appCode)) return appCode;
    // No error shape at all means the request never reached the API (offline, proxy down).
    return error.shape === undefined ? "NETWORK" : "INTERNAL";
  }
  return "INTERNAL";
}
