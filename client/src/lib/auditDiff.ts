/** One line of a before/after comparison of an audit entry. */
export interface DiffLine {
  /** Dotted path of the field ("target.website"); empty for a value that is not an object. */
  path: string;
  before: string | undefined;
  after: string | undefined;
  changed: boolean;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** A value as a person reads it: text as is, anything else as compact JSON. */
export function showValue(value: unknown): string {
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}

function flatten(value: unknown, prefix: string, into: Map<string, unknown>): void {
  if (isRecord(value) && Object.keys(value).length > 0) {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, into);
  } else {
    // Lists stay whole: "capabilities: [A, B] → [A, C]" reads better than item-by-item paths.
    into.set(prefix, value);
  }
}

/**
 * Lines comparing the "before" and "after" snapshots of an audit entry, field by field in the
 * order they first appear. A field missing on one side has `undefined` there.
 */
export function diffJson(before: unknown, after: unknown): DiffLine[] {
  const left = new Map<string, unknown>();
  const right = new Map<string, unknown>();
  if (before !== null && before !== undefined) flatten(before, "", left);
  if (after !== null && after !== undefined) flatten(after, "", right);
  const paths = [...new Set([...left.keys(), ...right.keys()])];
  return paths.map((path) => {
    const b = left.has(path) ? showValue(left.get(path)) : undefined;
    const a = right.has(path) ? showValue(right.get(path)) : undefined;
    return { path, before: b, after: a, changed: b !== a };
  });
}
