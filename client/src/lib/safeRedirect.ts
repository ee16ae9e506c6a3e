/** Where a visitor goes after signing in when the link names no (acceptable) page. */
export const defaultAfterSignIn = "/workspace";

// Pages that would send the user straight back into the sign-in flow.
const authPaths = ["/sign-in", "/sign-up", "/verify-email", "/forgot-password", "/reset-password"];

/**
 * A path on this site, or null: anything a browser could read as another origin
 * ("//evil.example", "/\\evil", "https://…", "javascript:…") is refused.
 */
export function sameSitePath(value: string | null | undefined): string | null {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return null;
  // Browsers drop tabs and newlines inside URLs ("/\t/evil.example" is "//evil.example"); refuse any control character.
  if ([...value].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f || char === "\\")) return null;
  const base = "http://same-site.invalid";
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return null;
  }
  // Dot segments can turn into a protocol-relative path ("/..//evil.example" → "//evil.example").
  if (url.origin !== base || url.pathname.startsWith("//")) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * The page to open after signing in, from the `next` query parameter: a path on this site
 * (sameSitePath) that is not part of the sign-in flow, else the fallback.
 */
export function safeNextPath(next: string | null | undefined, fallback: string = defaultAfterSignIn): string {
  const path = sameSitePath(next);
  if (path === null || authPaths.includes(path.split(/[?#]/)[0]!)) return fallback;
  return path;
}
