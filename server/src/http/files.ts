import type { RequestHandler } from "express";
import type { FileStorage } from "../storage/file-storage.ts";

/** Serves uploaded files (logos) by key; unknown or malformed keys are 404, never a path on disk. */
export function serveStoredFile(storage: FileStorage): RequestHandler {
  return async (req, res, next) => {
    const key = `${String(req.params.folder)}/${String(req.params.name)}`;
    if (!/^logos\/[A-Za-z0-9_-]+\.(webp|png|jpg)$/.test(key)) return void res.status(404).end();
    try {
      const file = await storage.get(key);
      if (!file) return void res.status(404).end();
      // Keys change with every upload, so a file never changes under its name.
      res.set({ "Content-Type": file.contentType, "Cache-Control": "public, max-age=31536000, immutable", "X-Content-Type-Options": "nosniff" });
      res.send(file.bytes);
    } catch (error) {
      next(error);
    }
  };
}
