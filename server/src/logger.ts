import { pino, type DestinationStream, type Logger } from "pino";

export type { Logger };

/** Query parameters and JSON keys whose values are secrets: e-mail link tokens, passwords, keys. */
const secretName = /token|secret|password|passwd|api[-_]?key|signature/i;
const redacted = "[Redacted]";
/**
 * JSON keys whose values say what a person looked for: a search's text ("q"). Search analytics
 * keeps queries without who searched, with a retention limit; the access log, which has the
 * address, must not keep them beside it.
 */
const privateKeys = new Set(["q"]);

/**
 * A secret-named parameter anywhere in a text, however deeply URL-encoded (a token inside a
 * `next=` link, `/reset-password;token=…`): the name, one or more `=` (plain or encoded), and the
 * value up to the next separator (plain or encoded).
 */
const secretInText = /(token|secret|password|passwd|api[-_]?key|signature)((?:=|%3D|%253D)+)(?:(?!%26|%2526|%3B|%253B)[^&;#\s"'])*/gi;

/** The user and password of a URL ("http://admin:s3cr3t@meili:7700"), plain or encoded. */
const credentialsInUrl = /(\b[a-z][a-z0-9+.-]*:(?:\/\/|%2F%2F))[^\s/@"']+(?:@|%40)/gi;

/** A text with the value of every secret-named parameter and every URL's credentials replaced. */
export function scrubSecrets(text: string): string {
  return text.replace(secretInText, (_m, name: string, eq: string) => `${name}${eq}${redacted}`).replace(credentialsInUrl, (_m, scheme: string) => `${scheme}${redacted}@`);
}

/** pino's error serializer, with secrets scrubbed from the message and stack (a failed request names its URL). */
function serializeError(error: unknown) {
  const serialized = pino.stdSerializers.err(error as Error) as unknown as Record<string, unknown>;
  return redactSecrets(serialized);
}

/** A copy of a value with every secret-named key's value replaced (tRPC inputs, parsed queries). */
function redactSecrets(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return scrubSecrets(value);
  if (depth > 8 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => redactSecrets(v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, secretName.test(k) || privateKeys.has(k) ? redacted : redactSecrets(v, depth + 1)]));
}

/** A tRPC `input` parameter (JSON) with its secret-named keys replaced; replaced whole when it is not JSON. */
function redactTrpcInput(value: string): string {
  try {
    return JSON.stringify(redactSecrets(JSON.parse(value)));
  } catch {
    return redacted;
  }
}

/** A parsed query string (Express's req.query) without its secrets. */
function redactQuery(query: unknown): unknown {
  if (query === null || typeof query !== "object") return query;
  return Object.fromEntries(
    Object.entries(query).map(([k, v]) => [k, secretName.test(k) || privateKeys.has(k) ? redacted : k === "input" ? (typeof v === "string" ? redactTrpcInput(v) : redacted) : redactSecrets(v)]),
  );
}

/**
 * A URL (or path with a query) with its secrets replaced: values of secret-named parameters on any
 * path (`/verify-email?token=…`, `/reset-password?token=…`) and secret-named keys inside a tRPC
 * `input` parameter (which is replaced whole when it does not parse). The rest stays as sent.
 */
export function redactUrl(url: string | undefined): string | undefined {
  if (!url) return url;
  const structured = redactQueryString(url);
  // Whatever the query parsing did not see (nested links, path parameters) is scrubbed as text.
  return structured === undefined ? undefined : scrubSecrets(structured);
}

function redactQueryString(url: string): string | undefined {
  const at = url.indexOf("?");
  if (at < 0) return url;
  const parts = url
    .slice(at + 1)
    .split("&")
    .map((part) => {
      const eq = part.indexOf("=");
      const rawName = eq < 0 ? part : part.slice(0, eq);
      let name: string;
      try {
        name = decodeURIComponent(rawName.replace(/\+/g, " "));
      } catch {
        return redacted;
      }
      if (secretName.test(name) || privateKeys.has(name)) return `${rawName}=${redacted}`;
      if (name === "input" && eq >= 0) {
        let value: string;
        try {
          value = decodeURIComponent(part.slice(eq + 1).replace(/\+/g, " "));
        } catch {
          return `${rawName}=${redacted}`;
        }
        return `${rawName}=${encodeURIComponent(redactTrpcInput(value))}`;
      }
      return part;
    });
  return `${url.slice(0, at)}?${parts.join("&")}`;
}

/** The request as pino-std-serializers gives it, without its secrets (pino-http's `req` serializer). */
export function redactRequest(req: { url?: string; query?: unknown; headers?: Record<string, unknown> }) {
  const headers = { ...req.headers };
  for (const name of ["cookie", "authorization", "proxy-authorization"]) if (name in headers) headers[name] = redacted;
  // The page a request was sent from may itself be a link with a token (/reset-password?token=…).
  if (typeof headers.referer === "string") headers.referer = redactUrl(headers.referer);
  return { ...req, url: redactUrl(req.url), query: redactQuery(req.query), headers };
}

/** The response without the cookies it sets (a session cookie copied from a log signs in). */
export function redactResponse(res: { headers?: Record<string, unknown> }) {
  if (!res.headers || !("set-cookie" in res.headers)) return res;
  return { ...res, headers: { ...res.headers, "set-cookie": redacted } };
}

/**
 * The app's logger: JSON lines on stdout (or `destination`). Secrets never reach it: cookies,
 * authorization headers and Set-Cookie are redacted wherever they appear under req/res, and the
 * HTTP log's serializers (app.ts) strip tokens from URLs.
 */
export function createLogger(level: string, pretty = false, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: "cluster-match" },
    serializers: { err: serializeError, error: serializeError },
    redact: {
      paths: ["req.headers.cookie", "req.headers.authorization", 'res.headers["set-cookie"]', "headers.cookie", "headers.authorization", 'headers["set-cookie"]'],
      censor: redacted,
    },
    ...(pretty ? { transport: { target: "pino-pretty", options: { colorize: true } } } : {}),
  };
  return destination ? pino(options, destination) : pino(options);
}
