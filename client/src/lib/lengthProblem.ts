import { unsafeTextMessage } from "@cluster-match/shared/text-safety";

/** What is wrong with a text for its shared schema: too short, too long, hidden or control characters, or nothing. */
export type LengthProblem = { key: "tooShort"; min: number } | { key: "tooLong"; max: number } | { key: "required" } | { key: "unsafeCharacters" } | null;

/** The part of a zod schema this needs (the client does not depend on zod itself). */
interface TextSchema {
  safeParse(value: unknown): { success: true } | { success: false; error: { issues: readonly { code: string; message: string }[] } };
}

export function lengthProblem(schema: TextSchema, value: string): LengthProblem {
  const parsed = schema.safeParse(value);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0] as { code: string; minimum?: number | bigint; maximum?: number | bigint } | undefined;
  if (issue?.code === "too_small") return Number(issue.minimum) <= 1 ? { key: "required" } : { key: "tooShort", min: Number(issue.minimum) };
  if (issue?.code === "too_big") return { key: "tooLong", max: Number(issue.maximum) };
  if (parsed.error.issues.some((i) => i.message === unsafeTextMessage)) return { key: "unsafeCharacters" };
  return { key: "required" };
}
