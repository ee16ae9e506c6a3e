import type { RequestHandler } from "express";
import helmet from "helmet";

/**
 * Security headers on every response (helmet): a Content Security Policy that runs only the SPA's
 * own scripts (the built index.html has no inline script, and React sets styles through the CSSOM,
 * which style-src does not govern), no framing by other sites, no MIME sniffing, no Referer (e-mail
 * links carry tokens in their query), and HSTS only when the app is reached over https.
 */
export function securityHeaders(publicUrl: string): RequestHandler {
  const https = publicUrl.startsWith("https://");
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'"],
        // Logo previews before upload are data: URLs; downloads are blob: URLs.
        imgSrc: ["'self'", "data:", "blob:"],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    referrerPolicy: { policy: "no-referrer" },
    strictTransportSecurity: https ? { maxAge: 180 * 24 * 60 * 60, includeSubDomains: false } : false,
    xFrameOptions: { action: "deny" },
  });
}
