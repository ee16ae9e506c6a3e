import { existsSync } from "node:fs";
import path from "node:path";
import * as trpcExpress from "@trpc/server/adapters/express";
import { fromNodeHeaders } from "better-auth/node";
import express from "express";
import { pinoHttp } from "pino-http";
import { findSessionUser } from "../accounts/accounts.repository.ts";
import type { Clock } from "../clock.ts";
import { createInnerContext, type AppServices, type SessionUser } from "../context.ts";
import type { Database } from "../db/database.ts";
import { checkHealth } from "../health/health.service.ts";
import { redactRequest, redactResponse, type Logger } from "../logger.ts";
import { appRouter } from "../router.ts";
import type { SearchRuntime } from "../search-index/search-runtime.ts";
import { csrfProtection } from "./csrf.ts";
import { rejectMalformedHost, warnOnceAboutUntrustedProxy } from "./host-header.ts";
import { missingAsset, serveClientAssets, serveStoredFile } from "./files.ts";
import { inquiryFiles } from "./inquiry-files.ts";
import { securityHeaders } from "./security-headers.ts";
import { serveLocalizedShell } from "./spa-shell.ts";

export interface AppOptions {
  db: Database;
  logger: Logger;
  search: SearchRuntime;
  services: AppServices;
  /** Folder of the built SPA; served with an index.html fallback when given and present. */
  clientDistDir?: string | undefined;
  /** Express "trust proxy" hops, so rate limits see the client's address behind a proxy. */
  trustProxy?: number;
  /** Origins besides PUBLIC_URL that may send state-changing requests (TRUSTED_ORIGINS, the Vite dev server). */
  extraTrustedOrigins?: string[];
  /** "Now" of every procedure; the system clock unless given (tests). */
  clock?: Clock;
}

/** Largest request body tRPC reads (JSON inputs and logo uploads). */
export const maxBodyBytes = 3 * 1024 * 1024;

async function sessionUser(services: AppServices, db: Database, headers: Headers): Promise<SessionUser | null> {
  // No cookie, no session: skip the lookup (search traffic is mostly anonymous).
  if (!headers.get("cookie")?.includes("session_token")) return null;
  const session = await services.auth.api.getSession({ headers });
  if (!session) return null;
  const user = await findSessionUser(db.prisma, session.user.id);
  if (!user || user.suspended) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, locale: user.locale };
}

export function createApp({ db, logger, search, services, clientDistDir, trustProxy = 0, extraTrustedOrigins = [], clock }: AppOptions): express.Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", trustProxy);
  app.use(
    pinoHttp({
      logger,
      autoLogging: { ignore: (req) => req.url === "/healthz" },
      // Session cookies, Set-Cookie and e-mail link tokens never reach the log.
      serializers: { req: redactRequest, res: redactResponse },
    }),
  );
  app.use(securityHeaders(services.publicUrl));
  app.use(rejectMalformedHost);
  if (trustProxy === 0) app.use(warnOnceAboutUntrustedProxy(logger));

  app.get("/healthz", async (_req, res) => {
    const health = await checkHealth(db, search.index);
    res.status(health.status === "ok" ? 200 : 503).json(health);
  });

  app.get("/files/:folder/:name", serveStoredFile(services.storage));

  const contextOf = async (req: express.Request, res: express.Response) => {
    const headers = fromNodeHeaders(req.headers);
    return createInnerContext({
      prisma: db.prisma,
      logger,
      search,
      services,
      user: await sessionUser(services, db, headers),
      clock,
      request: { headers, ip: req.ip ?? "unknown", setCookie: (value) => res.append("Set-Cookie", value) },
    });
  };
  // Inquiry attachments (upload and download): files too big for tRPC's JSON bodies.
  app.use("/inquiry-files", csrfProtection([services.publicUrl, ...extraTrustedOrigins]), inquiryFiles(contextOf));

  app.use("/trpc", csrfProtection([services.publicUrl, ...extraTrustedOrigins]));
  app.use(
    "/trpc",
    trpcExpress.createExpressMiddleware({
      router: appRouter,
      createContext: ({ req, res }) => contextOf(req, res),
      maxBatchSize: 20,
      maxBodySize: maxBodyBytes,
    }),
  );

  if (clientDistDir && existsSync(path.join(clientDistDir, "index.html"))) {
    app.use(serveClientAssets(clientDistDir));
    // A hashed file that is not there (an old build's page chunk after a deploy) is a 404, never
    // the shell: the SPA then reloads to the current build instead of running HTML as a script.
    app.use("/assets", missingAsset);
    // Client-side routes: every other GET gets the SPA shell in the page's language (/bg/…, /en/…,
    // /de/…); a path without one is redirected to the negotiated language (spa-shell.ts).
    app.get(/^\/(?!trpc\/|healthz|files\/|inquiry-files\/|assets\/).*/, serveLocalizedShell(clientDistDir, services.publicUrl));
  }
  return app;
}
