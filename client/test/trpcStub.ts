import type { AppRouter } from "@cluster-match/server/router";
import type { AppErrorCode } from "@cluster-match/shared/errors";
import { createTRPCClient, httpBatchLink, type TRPCClient } from "@trpc/client";

type Client = TRPCClient<AppRouter>;
type Answer<O> = O | Promise<O>;
type HandlerOf<P> = P extends { query: (input: infer I, ...rest: never[]) => Promise<infer O> }
  ? (input: I) => Answer<O>
  : P extends { mutate: (input: infer I, ...rest: never[]) => Promise<infer O> }
    ? (input: I) => Answer<O>
    : never;

/** What the stub server answers, per procedure (`{ search: { companies: (input) => output } }`), typed by the app router. */
export type Handlers = { [R in keyof Client]?: { [P in keyof Client[R]]?: HandlerOf<Client[R][P]> } };

/** A call the page made: the procedure's path and its input as the server received it. */
export interface Call {
  path: string;
  input: unknown;
}

/** A refusal as the server's error formatter sends it (see lib/errors.ts `appCodeOf`). */
export class StubError extends Error {
  constructor(
    readonly appCode: AppErrorCode,
    readonly details?: unknown,
  ) {
    super(appCode);
  }
}

/**
 * A real tRPC client whose `fetch` is answered here: batched GET queries and POST mutations are
 * decoded like the HTTP adapter does, each procedure's handler answers, and the reply has the
 * adapter's shape. The page under test runs its real hooks, query keys and error handling.
 */
export function stubTrpc(handlers: Handlers) {
  const calls: Call[] = [];
  const handlerOf = (path: string) => {
    const [router, procedure] = path.split(".") as [string, string];
    return (handlers as Record<string, Record<string, ((input: unknown) => unknown) | undefined> | undefined>)[router]?.[procedure];
  };

  const fetch = async (url: URL | RequestInfo, init?: RequestInit): Promise<Response> => {
    const { pathname, searchParams } = new URL(String(url), "http://localhost");
    const paths = decodeURIComponent(pathname.replace(/^\/trpc\//, "")).split(",");
    const inputs = (init?.method === "POST" ? JSON.parse(String(init.body ?? "{}")) : JSON.parse(searchParams.get("input") ?? "{}")) as Record<string, unknown>;
    const replies = await Promise.all(
      paths.map(async (path, index) => {
        const input = inputs[String(index)];
        calls.push({ path, input });
        const handler = handlerOf(path);
        try {
          if (!handler) throw new StubError("NOT_FOUND", { stub: `no handler for ${path}` });
          return { result: { data: (await handler(input)) ?? null } };
        } catch (error) {
          const appCode = error instanceof StubError ? error.appCode : "INTERNAL";
          const details = error instanceof StubError ? error.details : undefined;
          return { error: { message: appCode, code: -32600, data: { code: "BAD_REQUEST", httpStatus: 400, path, appCode, details } } };
        }
      }),
    );
    return new Response(JSON.stringify(replies), { status: 200, headers: { "content-type": "application/json" } });
  };

  const client = createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: "/trpc", fetch })] });
  return { client, calls, callsTo: (path: string) => calls.filter((call) => call.path === path).map((call) => call.input) };
}
