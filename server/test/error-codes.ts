import { AppError } from "@cluster-match/shared";
import { TRPCError } from "@trpc/server";

/**
 * The one helper for "how did this call fail": the app error code the SPA would show (an
 * AppError's code; VALIDATION for input a schema refused; UNAUTHENTICATED for UNAUTHORIZED;
 * otherwise the tRPC code), or null when the call succeeded. Takes a caller's promise or a
 * service's; anything that is neither a tRPC nor an app error is thrown on, so a broken test
 * never passes as a refusal.
 */
export async function appCodeOf(call: Promise<unknown> | (() => Promise<unknown>)): Promise<string | null> {
  try {
    await (typeof call === "function" ? call() : call);
    return null;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    if (!(error instanceof TRPCError)) throw error;
    const cause = error.cause as { name?: string; code?: unknown } | undefined;
    if (cause?.name === "AppError" && typeof cause.code === "string") return cause.code;
    if (error.code === "BAD_REQUEST" || error.code === "PARSE_ERROR") return "VALIDATION";
    return error.code === "UNAUTHORIZED" ? "UNAUTHENTICATED" : error.code;
  }
}
