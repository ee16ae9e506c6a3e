import { z } from "zod";

// What text we accept at all, and what names and other display text may hold. The server applies
// `findUnsafeInput` to the raw input of every procedure (server/src/trpc.ts); the schemas of names
// and free text use `displayName` and `safeText`, so the SPA's forms refuse the same before sending.

/**
 * Characters no input may contain: control characters other than tab, line feed and carriage
 * return (NUL, ESC, DEL, the C1 range); lone UTF-16 surrogates, which are no characters at all
 * (PostgreSQL refuses them and NUL); bidirectional embeddings, overrides and isolates, which show
 * text in another order than it is stored.
 */
const forbiddenCharacter = /(?![\t\n\r])\p{Cc}|\p{Cs}|[\u202A-\u202E\u2066-\u2069]/u;

/**
 * Not in text people read either: the zero-width space, word joiner, invisible operators and
 * byte-order mark hide text. Elsewhere they are harmless (a search box cleans them from pasted
 * text), so only the display-text schemas refuse them.
 */
const hiddenCharacter = /[\u200B\u2060-\u206F\uFEFF]/u;

/** What a one-line name may not hold: any control or format character (line breaks, tabs, marks) but joiners. */
const notInOneLine = /(?![\u200C\u200D])[\p{Cc}\p{Cf}\p{Cs}\u2028\u2029]/u;

/** Message of the issues below; the SPA shows a translated message for it. */
export const unsafeTextMessage = "unsafe_characters";

export function hasForbiddenCharacters(text: string): boolean {
  return forbiddenCharacter.test(text);
}

/** Free text people read: nothing forbidden, nothing hidden (joiners stay: emoji and scripts need them). */
export function isSafeText(text: string): boolean {
  return !forbiddenCharacter.test(text) && !hiddenCharacter.test(text);
}

export function isOneLineText(text: string): boolean {
  return !notInOneLine.test(text);
}

/** Free text a person writes (descriptions, messages, reasons): line breaks allowed, nothing hidden or reordered. */
export function safeText<T extends z.ZodString>(schema: T): T {
  return schema.refine(isSafeText, unsafeTextMessage);
}

/** A name or other one-line display text (company, person, city, file, title): no line breaks, tabs or format characters. */
export function displayName<T extends z.ZodString>(schema: T): T {
  return schema.refine(isOneLineText, unsafeTextMessage);
}

/** Deeper than any form sends: refused before parsing, so nothing downstream recurses without end. */
export const maxInputDepth = 20;
/** Keys that reach object prototypes when copied with plain assignment. */
const prototypeKeys = new Set(["__proto__", "constructor", "prototype"]);

export interface UnsafeInput {
  /** Where in the input: the field's path, or the object's for a refused key. */
  path: (string | number)[];
  message: "unsafe_characters" | "unsafe_key" | "too_deep";
}

/**
 * The first place in a raw input (parsed JSON, or what an in-process caller passes) that no
 * procedure may receive: a string or key with forbidden characters, a prototype key, or nesting
 * deeper than `maxInputDepth`; null when there is none.
 */
export function findUnsafeInput(value: unknown): UnsafeInput | null {
  const path: (string | number)[] = [];
  const found = walk(value, path);
  return found ? { path: [...path], message: found } : null;
}

/** Depth-first; on a finding `path` is left pointing at it. */
function walk(value: unknown, path: (string | number)[]): UnsafeInput["message"] | null {
  if (typeof value === "string") {
    return forbiddenCharacter.test(value) ? unsafeTextMessage : null;
  }
  if (typeof value !== "object" || value === null) return null;
  if (path.length >= maxInputDepth) return "too_deep";
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      const found = walk(value[i], path);
      if (found) return found;
      path.pop();
    }
    return null;
  }
  const prototype = Object.getPrototypeOf(value) as unknown;
  // Dates, files and the like are no JSON; only plain objects carry keys to check.
  if (prototype !== Object.prototype && prototype !== null) return null;
  for (const key of Object.keys(value)) {
    if (prototypeKeys.has(key) || forbiddenCharacter.test(key)) return "unsafe_key";
    path.push(key);
    const found = walk((value as Record<string, unknown>)[key], path);
    if (found) return found;
    path.pop();
  }
  return null;
}
