import type { RequestHandler } from "express";

/**
 * CSRF protection for every state-changing request (OWASP "verify origin with standard headers"):
 * a browser always sends Origin on POST, so a cross-site form or fetch is refused. The origin is
 * compared with the configured ones only (PUBLIC_URL and the explicitly trusted), never with the
 * request's own Host header, which whoever sends the request chooses. Requests with no Origin and
 * no Referer come from non-browser clients; they are let through only without a cookie, i.e.
 * without ambient authority. Session cookies are SameSite=Lax on top of this.
 */
export function csrfProtection(trustedOrigins: string[]): RequestHandler {
  const trusted = new Set(trustedOrigins.map((o) => new URL(o).origin));
  return (req, res, next) => {
    if (req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS") return next();
    const source = req.get("origin") ?? originOf(req.get("referer"));
    const allowed = source ? trusted.has(source) : !req.get("cookie");
    if (allowed) return next();
    res.status(403).json({ error: { message: "Cross-site request refused", data: { appCode: "CSRF", httpStatus: 403 } } });
  };
}

function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}
