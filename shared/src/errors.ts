/** Error codes shared by server and client; the client shows a translated message per code. */
export const appErrorCodes = [
  "NOT_FOUND",
  "VALIDATION",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "CONFLICT",
  "RATE_LIMITED",
  "INTERNAL",
] as const;
export type AppErrorCode = (typeof appErrorCodes)[number];

/** The one domain error type: services throw it, one tRPC middleware maps it. */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message ?? code);
    this.name = "AppError";
  }
}

export function isAppErrorCode(value: unknown): value is AppErrorCode {
  return typeof value === "string" && (appErrorCodes as readonly string[]).includes(value);
}
