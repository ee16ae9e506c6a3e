/**
 * The e-mail address a confirmation link is for, read from its token (a JWT) so the page can say
 * which address it confirms. For display only: the server checks the token's signature.
 */
export function addressInToken(token: string): string | null {
  const payload = token.split(".")[1];
  if (!payload) return null;
  try {
    const binary = atob(payload.replace(/-/g, "+").replace(/_/g, "/"));
    const claims: unknown = JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))));
    const email = typeof claims === "object" && claims !== null && "email" in claims ? claims.email : undefined;
    return typeof email === "string" && email.includes("@") ? email : null;
  } catch {
    return null;
  }
}
