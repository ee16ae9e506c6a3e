/** Error codes shared by server and client; the client shows a translated message per code. */
export const appErrorCodes = [
  "NOT_FOUND",
  "VALIDATION",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "CONFLICT",
  "RATE_LIMITED",
  "INTERNAL",
  // Accounts
  "INVALID_CREDENTIALS",
  "EMAIL_NOT_VERIFIED",
  "ACCOUNT_LOCKED",
  "ACCOUNT_SUSPENDED",
  "EMAIL_TAKEN",
  "TOKEN_INVALID",
  "WEAK_PASSWORD",
  "CSRF",
  // Workflows
  "INVALID_STATE",
  "DUPLICATE_COMPANY",
  "ALREADY_EXISTS",
  "FILE_TOO_LARGE",
  "UNSUPPORTED_FILE",
  /** Someone else saved the record after the editor loaded it; details: editConflictDetailsSchema. */
  "EDIT_CONFLICT",
] as const;
export type AppErrorCode = (typeof appErrorCodes)[number];

/** The one domain error type: services throw it, one tRPC middleware maps it. */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message?: string,
    /** Safe to show to the caller (e.g. retryAfterSeconds, candidate duplicates they may see). */
    readonly details?: Record<string, unknown>,
  ) {
    super(message ?? code);
    this.name = "AppError";
  }
}

export function isAppErrorCode(value: unknown): value is AppErrorCode {
  return typeof value === "string" && (appErrorCodes as readonly string[]).includes(value);
}
