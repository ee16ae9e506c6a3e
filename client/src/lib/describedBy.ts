/**
 * The ids a form control's `aria-describedby` names: its hint, any `more` (e.g. a character count)
 * and its error, each only when shown; undefined when there is none, so the attribute is left out.
 */
export function describedBy(id: string, hint: unknown, error: unknown, ...more: string[]): string | undefined {
  return [hint ? `${id}-hint` : "", ...more, error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
}
