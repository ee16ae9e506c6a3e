import { TRPCClientError } from "@trpc/client";

/** Names of the form fields that failed validation; each form shows its own translated message per field. */
export type InvalidFields = ReadonlySet<string>;

export const noInvalidFields: InvalidFields = new Set();

/** Fields named by the issues of a client-side zod check (`schema.safeParse(values).error`). */
export function invalidFieldsOfIssues(issues: readonly { path: readonly PropertyKey[] }[]): InvalidFields {
  return new Set(issues.map((issue) => issue.path[0]).filter((field): field is string => typeof field === "string"));
}

/** Fields the server refused: its error formatter sends the flattened zod error in `data.zodError`. */
export function invalidFieldsOfServerError(error: unknown): InvalidFields {
  if (!(error instanceof TRPCClientError)) return noInvalidFields;
  const data: unknown = error.data;
  const zodError = typeof data === "object" && data !== null && "zodError" in data ? data.zodError : null;
  const fieldErrors = typeof zodError === "object" && zodError !== null && "fieldErrors" in zodError ? zodError.fieldErrors : null;
  if (typeof fieldErrors !== "object" || fieldErrors === null) return noInvalidFields;
  return new Set(Object.entries(fieldErrors).filter(([, messages]) => Array.isArray(messages) && messages.length > 0).map(([field]) => field));
}
