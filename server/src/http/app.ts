import { existsSync } from "node:fs";
import path from "node:path";
import * as trpcExpress from "@trpc/server/adapters/express";
import express from "express";
import { pinoHttp } from "pino-http";
import { createInnerContext } from "../context.ts";
import type { Database } from "../db/database.ts";
import { checkHealth } from "../health/health.service.ts";
import type { Logger } from "../logger.ts";
import { appRouter } from "../router.ts";
import type { SearchRuntime } from "../search/search-runtime.ts";

export interface AppOptions {
  db: Database;
  logger: Logger;
  search: SearchRuntime;
  /** Folder of the built SPA; served with an index.html fallback when given and present. */
  clientDistDir?: string | undefined;
}

export function createApp({ db, logger, search, clientDistDir }: AppOptions): express.Express {
  const app = express();
  app.disable("x-powered-by");
  app.use(pinoHttp({ logger, autoLogging: { ignore: (req) => req.url === "/healthz" } }));

  app.get("/healthz", async (_req, res) => {
    const health = await checkHealth(db, search.index);
    res.status(health.status === "ok" ? 200 : 503).json(health);
  });

  app.use(
    "/trpc",
    trpcExpress.createExpressMiddleware({
      router: appRouter,
      createContext: () => createInnerContext({ prisma: db.prisma, logger, search }),
      maxBatchSize: 20,
    }),
  );

  if (clientDistDir && existsSync(path.join(clientDistDir, "index.html"))) {
    app.use(express.static(clientDistDir, { index: false, maxAge: "1h" }));
    // Client-side routes: every other GET gets the SPA shell.
    app.get(/^\/(?!trpc\/|healthz).*/, (_req, res) => {
      res.sendFile(path.join(clientDistDir, "index.html"));
    });
  }
  return app;
}
