import path from "node:path";
import type { RequestHandler } from "express";
import expressStaticGzip from "express-static-gzip";
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

/** Hashed build output (/assets/name-HASH.js): a new build gives new names, so a year and immutable. */
const hashedAssetCache = "public, max-age=31536000, immutable";
/** The SPA shell names the current hashed assets: revalidate it on every load. */
const shellCache = "no-cache";
/** Other files of public/ (favicon) keep their names across builds. */
const otherFileCache = "public, max-age=3600";

/**
 * Serves the built SPA: the brotli or gzip file the build wrote beside each asset, as the
 * request's Accept-Encoding allows (with Vary: Accept-Encoding, the original Content-Type), else
 * the file itself. Unknown paths fall through to the next handler (the SPA shell).
 */
export function serveClientAssets(clientDistDir: string): RequestHandler {
  const assetsDir = path.join(clientDistDir, "assets") + path.sep;
  return expressStaticGzip(clientDistDir, {
    enableBrotli: true,
    orderPreference: ["br", "gzip"],
    index: false,
    serveStatic: {
      index: false,
      // Cache-Control is set here, per file.
      cacheControl: false,
      setHeaders: (res, filePath) => res.setHeader("Cache-Control", cacheControlFor(filePath, assetsDir)),
    },
  });
}

function cacheControlFor(filePath: string, assetsDir: string): string {
  if (filePath.startsWith(assetsDir)) return hashedAssetCache;
  return /[\\/]index\.html(\.br|\.gz)?$/.test(filePath) ? shellCache : otherFileCache;
}

/** A file under /assets that the build does not have: 404, not cached (the next deploy may bring it). */
export const missingAsset: RequestHandler = (_req, res) => {
  res.set("Cache-Control", "no-store").status(404).type("text/plain").send("Not found");
};
