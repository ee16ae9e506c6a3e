/** Where a visitor goes after signing in when the link names no (acceptable) page. */
export const defaultAfterSignIn = "/workspace";

// Pages that would send the user straight back into the sign-in flow.
const authPaths = ["/sign-in", "/sign-up", "/verify-email", "/forgot-password", "/reset-password"];

/**
 * The page to open after signing in, from the `next` query parameter. Only a path on this site is
 * accepted: anything that a browser could read as another origin ("//evil.example", "/\evil",
 * "https://…", "javascript:…") falls back to the default, so the link cannot redirect elsewhere.
 */
export function safeNextPath(next: string | null | undefined, fallback: string = defaultAfterSignIn): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return fallback;
  // Browsers drop tabs and newlines inside URLs ("/\t/evil.example" is "//evil.example"); refuse any control character.
  if ([...next].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f || char === "\\")) return fallback;
  const base = "http://same-site.invalid";
  let url: URL;
  try {
    url = new URL(next, base);
  } catch {
    return fallback;
  }
  // Dot segments can turn into a protocol-relative path ("/..//evil.example" → "//evil.example").
  if (url.origin !== base || url.pathname.startsWith("//")) return fallback;
  if (authPaths.includes(url.pathname)) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
