import type { CompanyAccess } from "./access/access.repository.ts";
import type { Auth } from "./auth/auth.ts";
import type { BackgroundTasks } from "./auth/background-tasks.ts";
import { systemClock, type Clock } from "./clock.ts";
import type { SignInThrottle } from "./auth/sign-in-throttle.ts";
import type { PrismaClient } from "./generated/prisma/client.ts";
import type { Logger } from "./logger.ts";
import type { SearchRuntime } from "./search-index/search-runtime.ts";
import type { SearchRateLimit } from "./rate-limit/search-rate-limit.ts";
import type { FileStorage } from "./storage/file-storage.ts";

export type UserRole = "MEMBER" | "CLUSTER_MANAGER" | "ADMIN";

/** The signed-in user, from the session cookie (or given directly by tests). */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  locale: string;
}

/** What a procedure may know of the HTTP request, and the one thing it may set on the response. */
export interface RequestInfo {
  /** Request headers, passed on to better-auth (cookies, user agent). */
  headers: Headers;
  /** Client address, for rate limits. */
  ip: string;
  /** Appends a Set-Cookie header (sign-in, sign-out). */
  setCookie(value: string): void;
}

/** Long-lived parts built once at start (server.ts) and shared by every request. */
export interface AppServices {
  auth: Auth;
  throttle: SignInThrottle;
  /** Searches per client address and minute (rate-limit/search-rate-limit.ts). */
  searchLimit: SearchRateLimit;
  /** Work done after the answer (password-reset and verification e-mails). */
  background: BackgroundTasks;
  storage: FileStorage;
  /** Where browsers reach the app (links in e-mails). */
  publicUrl: string;
  /** Whether the development mailbox is on (readable by admins and on the server's own machine). */
  devMailbox: boolean;
}

/** Inner context: everything a procedure needs, creatable in tests without HTTP. */
export interface Context {
  prisma: PrismaClient;
  logger: Logger;
  search: SearchRuntime;
  services: AppServices;
  request: RequestInfo;
  user: SessionUser | null;
  /** "Now" for every time-dependent rule (deadlines, expiry, digests); injected by tests. */
  clock: Clock;
}

export function createInnerContext(deps: {
  prisma: PrismaClient;
  logger: Logger;
  search: SearchRuntime;
  services: AppServices;
  user?: SessionUser | null;
  request?: RequestInfo;
  clock?: Clock;
}): Context {
  return {
    prisma: deps.prisma,
    logger: deps.logger,
    search: deps.search,
    services: deps.services,
    user: deps.user ?? null,
    clock: deps.clock ?? systemClock,
    request: deps.request ?? { headers: new Headers(), ip: "127.0.0.1", setCookie: () => {} },
  };
}

/**
 * The one context every service takes as `(ctx, input)`: the Context above, narrowed by the base
 * procedure that admitted the caller (trpc.ts). A service used by jobs or the CLI as well may ask
 * for a `Pick` of it (e.g. prisma and clock); it never takes positional parts of it.
 */
export type ServiceContext = Context;
/** A signed-in caller (authedProcedure, adminProcedure). */
export type UserContext = Context & { user: SessionUser };
/** A caller acting for a company, with the right they hold over it (companyMember/OwnerProcedure). */
export type CompanyContext = UserContext & { company: CompanyAccess };
/** A manager of a cluster, or an admin, acting for it (clusterManagerProcedure). */
export type ClusterContext = UserContext & { clusterId: string };
