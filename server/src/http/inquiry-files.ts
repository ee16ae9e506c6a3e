import { AppError, maxAttachmentBytes } from "@cluster-match/shared";
import express, { type ErrorRequestHandler, type Request, type Response } from "express";
import type { Context, UserContext } from "../context.ts";
import { contentDisposition } from "../inquiries/attachment-type.ts";
import { openAttachment, stageAttachment } from "../inquiries/inquiries.service.ts";

// Inquiry attachments are files of up to 10 MB: too big for tRPC's JSON bodies, so they travel
// here. POST /inquiry-files?name=… takes one file as the raw body (signed-in users; the CSRF check
// runs before this router) and answers what the send form then names; GET /inquiry-files/:id
// serves it to who may see it, as a download, with the type the server detected.

const statusFor: Partial<Record<AppError["code"], number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VALIDATION: 400,
  RATE_LIMITED: 429,
  FILE_TOO_LARGE: 413,
  UNSUPPORTED_FILE: 415,
};

/** The same error shape the SPA reads from tRPC: `error.data.appCode` and `details`. */
function sendError(res: Response, error: AppError): void {
  const status = statusFor[error.code] ?? 400;
  res.status(status).json({ error: { message: error.message, data: { appCode: error.code, httpStatus: status, details: error.details ?? null } } });
}

async function signedIn(contextOf: (req: Request, res: Response) => Promise<Context>, req: Request, res: Response): Promise<UserContext | null> {
  const ctx = await contextOf(req, res);
  return ctx.user ? { ...ctx, user: ctx.user } : null;
}

export function inquiryFiles(contextOf: (req: Request, res: Response) => Promise<Context>): express.Router {
  const files = express.Router();
  files.post("/", express.raw({ type: () => true, limit: maxAttachmentBytes }), async (req, res, next) => {
    try {
      const ctx = await signedIn(contextOf, req, res);
      if (!ctx) return sendError(res, new AppError("UNAUTHENTICATED", "Sign in first"));
      const name = typeof req.query.name === "string" ? req.query.name : "";
      const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      res.set("Cache-Control", "no-store").json(await stageAttachment(ctx, { fileName: name, bytes }));
    } catch (error) {
      if (error instanceof AppError) return sendError(res, error);
      next(error);
    }
  });
  files.get("/:id", async (req, res, next) => {
    try {
      const id = String(req.params.id);
      const ctx = await signedIn(contextOf, req, res);
      // A visitor and a user without the right get the same answer as for a file that does not exist.
      if (!ctx || !/^[A-Za-z0-9_-]{1,60}$/.test(id)) return void res.status(404).end();
      const file = await openAttachment(ctx, { attachmentId: id });
      res.set({
        "Content-Type": file.contentType,
        "Content-Disposition": contentDisposition(file.fileName),
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
        "Content-Security-Policy": "default-src 'none'; sandbox",
      });
      res.send(file.bytes);
    } catch (error) {
      if (error instanceof AppError && error.code === "NOT_FOUND") return void res.status(404).end();
      next(error);
    }
  });
  const tooLarge: ErrorRequestHandler = (error: { type?: string }, req, res, next) => {
    const fileName = typeof req.query.name === "string" ? req.query.name.slice(0, 200) : "";
    if (error.type === "entity.too.large") return sendError(res, new AppError("FILE_TOO_LARGE", "The file is larger than 10 MB", { fileName, maxBytes: maxAttachmentBytes }));
    next(error);
  };
  files.use(tooLarge);
  return files;
}
