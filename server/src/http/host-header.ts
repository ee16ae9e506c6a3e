import type { RequestHandler } from "express";
import type { Logger } from "../logger.ts";

/** A host name or IPv4 address, or a bracketed IPv6 address, with an optional port. */
const validHost = /^(?:[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?|\[[0-9A-Fa-f:.]{2,45}\])(?::\d{1,5})?$/;

/**
 * Refuses a malformed Host header with 400 before anything builds a URL from it: a host such as
 * `a@b` makes the URL carry credentials, and the tRPC adapter's Request then throws (a 500).
 */
export const rejectMalformedHost: RequestHandler = (req, res, next) => {
  const host = req.headers.host;
  if (host !== undefined && !validHost.test(host)) {
    res.status(400).type("text/plain").send("Bad Host header");
    return;
  }
  next();
};

/**
 * With TRUST_PROXY=0 behind a proxy every client has the proxy's address, so one visitor's wrong
 * passwords lock everyone out of an account: say so once in the log.
 */
export function warnOnceAboutUntrustedProxy(logger: Logger): RequestHandler {
  let warned = false;
  return (req, _res, next) => {
    if (!warned && (req.headers["x-forwarded-for"] !== undefined || req.headers.forwarded !== undefined)) {
      warned = true;
      logger.warn("requests arrive through a proxy but TRUST_PROXY is 0: rate limits and sign-in lockouts see the proxy's address; set TRUST_PROXY to the number of proxies");
    }
    next();
  };
}
