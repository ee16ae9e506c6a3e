import { passwordSchema } from "@cluster-match/shared";

/** The shared password rule's bounds (10–128 characters), read from the schema the server applies. */
export const passwordLength = { min: passwordSchema.minLength ?? 10, max: passwordSchema.maxLength ?? 128 };

export type PasswordState = { kind: "empty" } | { kind: "short"; missing: number } | { kind: "ok" } | { kind: "long"; excess: number };

/** How a password being typed stands against the length rule, for a live hint next to the field. */
export function passwordState(password: string): PasswordState {
  const length = password.length;
  if (length === 0) return { kind: "empty" };
  if (length < passwordLength.min) return { kind: "short", missing: passwordLength.min - length };
  if (length > passwordLength.max) return { kind: "long", excess: length - passwordLength.max };
  return { kind: "ok" };
}
