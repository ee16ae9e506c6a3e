import { createServer } from "node:http";
import type { AppServices } from "../src/context.ts";
import type { Database } from "../src/db/database.ts";
import { createApp } from "../src/http/app.ts";
import type { Logger } from "../src/logger.ts";
import type { SearchRuntime } from "../src/search-index/search-runtime.ts";
import { servicesFor } from "./fixtures.ts";
import { clockFor } from "./test-clock.ts";
import { testLogger } from "./test-database.ts";

export interface TestHttpApp {
  base: string;
  close(): Promise<void>;
}

export interface TestHttpAppOptions {
  /** Default: the test database's shared services (PUBLIC_URL http://localhost:3000). */
  services?: AppServices;
  logger?: Logger;
  trustProxy?: number;
}

/**
 * The real Express app (security headers, CSRF check, cookies, tRPC over HTTP) on a free port of
 * 127.0.0.1. Its own address is a trusted origin (like PUBLIC_URL), so TestBrowser's Origin passes.
 */
export async function startTestHttpApp(db: Database, search: SearchRuntime, clientDistDir?: string, options: TestHttpAppOptions = {}): Promise<TestHttpApp> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  const services = options.services ?? servicesFor(db.prisma);
  server.on(
    "request",
    createApp({ db, logger: options.logger ?? testLogger, search, services, clientDistDir, trustProxy: options.trustProxy ?? 0, extraTrustedOrigins: [base], clock: clockFor(db.prisma) }),
  );
  return { base, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

export interface TrpcResult<T = unknown> {
  status: number;
  data?: T;
  error?: { message: string; data: { appCode: string; httpStatus: number; details?: Record<string, unknown> | null; zodError?: unknown } };
}

/** A browser-like client: keeps cookies, sends its Origin on mutations like a browser does. */
export class TestBrowser {
  private cookies = new Map<string, string>();
  constructor(
    readonly base: string,
    private readonly origin: string = base,
  ) {}

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  /** The raw Set-Cookie headers of the last response. */
  lastSetCookies: string[] = [];

  private remember(res: Response) {
    this.lastSetCookies = res.headers.getSetCookie();
    for (const line of this.lastSetCookies) {
      const [pair] = line.split(";");
      const eq = pair!.indexOf("=");
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      if (value === "" || /max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async query<T>(procedure: string, input?: unknown): Promise<TrpcResult<T>> {
    const qs = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`;
    const res = await fetch(`${this.base}/trpc/${procedure}${qs}`, { headers: { cookie: this.cookieHeader() } });
    this.remember(res);
    return this.parse<T>(res);
  }

  async mutate<T>(procedure: string, input?: unknown, headers: Record<string, string> = {}): Promise<TrpcResult<T>> {
    const res = await fetch(`${this.base}/trpc/${procedure}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: this.origin, cookie: this.cookieHeader(), ...headers },
      body: input === undefined ? undefined : JSON.stringify(input),
    });
    this.remember(res);
    return this.parse<T>(res);
  }

  private async parse<T>(res: Response): Promise<TrpcResult<T>> {
    const body = (await res.json()) as { result?: { data: T }; error?: TrpcResult["error"] };
    return { status: res.status, ...(body.result ? { data: body.result.data } : {}), ...(body.error ? { error: body.error } : {}) };
  }
}
