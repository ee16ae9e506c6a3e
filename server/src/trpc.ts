import { AppError, findUnsafeInput, type AppErrorCode } from "@cluster-match/shared";
import { initTRPC, TRPCError } from "@trpc/server";
import { z } from "zod";
import { canManageCluster, findCompanyAccess } from "./access/access.repository.ts";
import type { Context } from "./context.ts";
import { isLocalRequest } from "./access/local-request.ts";

/** Who may call a procedure; declared once per base procedure and walked by the matrix test. */
export type Access = "public" | "authed" | "companyMember" | "companyOwner" | "clusterManager" | "admin" | "adminOrLocal";
export const accessRules: readonly Access[] = ["public", "authed", "companyMember", "companyOwner", "clusterManager", "admin", "adminOrLocal"];
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
  INVALID_CREDENTIALS: "UNAUTHORIZED",
  EMAIL_NOT_VERIFIED: "FORBIDDEN",
  ACCOUNT_LOCKED: "TOO_MANY_REQUESTS",
  ACCOUNT_SUSPENDED: "FORBIDDEN",
  EMAIL_TAKEN: "CONFLICT",
  TOKEN_INVALID: "BAD_REQUEST",
  WEAK_PASSWORD: "BAD_REQUEST",
  CSRF: "FORBIDDEN",
  INVALID_STATE: "CONFLICT",
  DUPLICATE_COMPANY: "CONFLICT",
  ALREADY_EXISTS: "CONFLICT",
  FILE_TOO_LARGE: "PAYLOAD_TOO_LARGE",
  UNSUPPORTED_FILE: "UNSUPPORTED_MEDIA_TYPE",
  EDIT_CONFLICT: "CONFLICT",
};

const appCodeFor: Partial<Record<TRPCError["code"], AppErrorCode>> = {
  NOT_FOUND: "NOT_FOUND",
  BAD_REQUEST: "VALIDATION",
  PARSE_ERROR: "VALIDATION",
  UNAUTHORIZED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  CONFLICT: "CONFLICT",
  TOO_MANY_REQUESTS: "RATE_LIMITED",
  // The body was over maxBodySize (only uploads come near it).
  PAYLOAD_TOO_LARGE: "FILE_TOO_LARGE",
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
          appCode: error.cause instanceof AppError ? error.cause.code : (appCodeFor[error.code] ?? "INTERNAL"),
          details: error.cause instanceof AppError && !isInternal ? (error.cause.details ?? null) : null,
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

/**
 * Refuses, before any rule or schema, input no procedure may receive (shared/src/text-safety.ts):
 * text with NUL, lone surrogates, other control characters or bidi overrides, in values or keys;
 * prototype keys; nesting deeper than any form sends. It answers as a zod refusal of the field
 * (400, VALIDATION), so the SPA shows its usual translated message and nothing is logged.
 */
const inputGuard = t.middleware(async ({ getRawInput, next }) => {
  // A body that cannot be read (e.g. a POST without one) is left to the input parser, which
  // refuses it if the procedure takes input; procedures without input never read it.
  const raw = await getRawInput().catch(() => undefined);
  const unsafe = findUnsafeInput(raw);
  if (unsafe) {
    // ZodRealError is the Error subclass zod throws from parse(); TRPCError keeps only Errors as causes.
    const cause = new z.ZodRealError([{ code: "custom", path: unsafe.path, message: unsafe.message, input: undefined }]);
    throw new TRPCError({ code: "BAD_REQUEST", message: "Invalid input", cause });
  }
  return next();
});

const baseProcedure = t.procedure.use(errorMapping).use(inputGuard);

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Anyone, signed in or not. Sees published content only. */
export const publicProcedure = baseProcedure.meta({ access: "public" });

/** A signed-in user (e-mail verified: better-auth opens no session before that; not suspended). */
export const authedProcedure = baseProcedure.meta({ access: "authed" }).use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in first", cause: new AppError("UNAUTHENTICATED") });
  return next({ ctx: { user: ctx.user } });
});

const companyIdInput = z.object({ companyId: z.string().trim().min(1).max(60) });

/**
 * Acts for the company named by `companyId` in the input: its owners and editors, the managers
 * of a cluster it belongs to, and admins. Narrows ctx.company to the right held.
 */
export const companyMemberProcedure = authedProcedure
  .meta({ access: "companyMember" })
  .input(companyIdInput)
  .use(async ({ ctx, input, next }) => {
    const company = await findCompanyAccess(ctx.prisma, ctx.user, input.companyId);
    if (!company) throw new TRPCError({ code: "FORBIDDEN", message: "Not a member of this company", cause: new AppError("FORBIDDEN") });
    return next({ ctx: { company } });
  });

/** Like companyMemberProcedure, for what only an owner may do (team, deleting): owners, cluster managers, admins. */
export const companyOwnerProcedure = authedProcedure
  .meta({ access: "companyOwner" })
  .input(companyIdInput)
  .use(async ({ ctx, input, next }) => {
    const company = await findCompanyAccess(ctx.prisma, ctx.user, input.companyId);
    if (!company || company.role === "EDITOR") {
      throw new TRPCError({ code: "FORBIDDEN", message: "Only the company's owners may do this", cause: new AppError("FORBIDDEN") });
    }
    return next({ ctx: { company } });
  });

/** A manager of the cluster named by `clusterId` in the input, or an admin. */
export const clusterManagerProcedure = authedProcedure
  .meta({ access: "clusterManager" })
  .input(z.object({ clusterId: z.string().trim().min(1).max(60) }))
  .use(async ({ ctx, input, next }) => {
    if (!(await canManageCluster(ctx.prisma, ctx.user, input.clusterId))) {
      throw new TRPCError({ code: "FORBIDDEN", message: "Not a manager of this cluster", cause: new AppError("FORBIDDEN") });
    }
    return next({ ctx: { clusterId: input.clusterId } });
  });

/** The technology centre's administrators. */
export const adminProcedure = authedProcedure.meta({ access: "admin" }).use(({ ctx, next }) => {
  if (ctx.user.role !== "ADMIN") throw new TRPCError({ code: "FORBIDDEN", message: "Admins only", cause: new AppError("FORBIDDEN") });
  return next();
});

/**
 * The development mailbox: administrators, or a browser on the server's own machine (loopback
 * address and Host, no proxy's forwarding header). Nobody else, signed in or not.
 */
export const adminOrLocalProcedure = baseProcedure.meta({ access: "adminOrLocal" }).use(({ ctx, next }) => {
  if (ctx.user?.role === "ADMIN" || isLocalRequest(ctx.request)) return next();
  if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in as an administrator", cause: new AppError("UNAUTHENTICATED") });
  throw new TRPCError({ code: "FORBIDDEN", message: "Admins only", cause: new AppError("FORBIDDEN") });
});
