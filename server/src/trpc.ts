import { AppError, type AppErrorCode } from "@cluster-match/shared";
import { initTRPC, TRPCError } from "@trpc/server";
import { z } from "zod";
import type { Context } from "./context.ts";

/** Who may call a procedure; declared once per base procedure and walked by the matrix test. */
export type Access = "public" | "authed" | "companyMember" | "clusterManager" | "admin";
export interface Meta {
  access: Access;
}

const trpcCodeFor: Record<AppErrorCode, TRPCError["code"]> = {
  NOT_FOUND: "NOT_FOUND",
  VALIDATION: "BAD_REQUEST",
  UNAUTHENTICATED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  CONFLICT: "CONFLICT",
  RATE_LIMITED: "TOO_MANY_REQUESTS",
  INTERNAL: "INTERNAL_SERVER_ERROR",
};

const appCodeFor: Partial<Record<TRPCError["code"], AppErrorCode>> = {
  NOT_FOUND: "NOT_FOUND",
  BAD_REQUEST: "VALIDATION",
  PARSE_ERROR: "VALIDATION",
  UNAUTHORIZED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  CONFLICT: "CONFLICT",
  TOO_MANY_REQUESTS: "RATE_LIMITED",
};

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    errorFormatter({ shape, error }) {
      const zodError = error.cause instanceof z.ZodError ? z.flattenError(error.cause) : null;
      const isInternal = error.code === "INTERNAL_SERVER_ERROR";
      return {
        ...shape,
        // Internal errors never leak their message or stack to the client.
        message: isInternal ? "Internal server error" : zodError ? "Invalid input" : shape.message,
        data: {
          code: shape.data.code,
          httpStatus: shape.data.httpStatus,
          path: shape.data.path,
          appCode: appCodeFor[error.code] ?? "INTERNAL",
          zodError,
        },
      };
    },
  });

/** Maps domain errors to tRPC errors in one place and logs the unexpected ones. */
const errorMapping = t.middleware(async ({ ctx, next, path }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    if (cause instanceof AppError) {
      throw new TRPCError({ code: trpcCodeFor[cause.code], message: cause.message, cause });
    }
    if (result.error.code === "INTERNAL_SERVER_ERROR") {
      ctx.logger.error({ err: result.error.cause ?? result.error, path }, "procedure failed");
    }
  }
  return result;
});

const baseProcedure = t.procedure.use(errorMapping);

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Anyone, signed in or not. Sees published content only. */
export const publicProcedure = baseProcedure.meta({ access: "public" });
