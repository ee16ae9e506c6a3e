import { AppError, logoMaxBytes, logoMaxSide } from "@cluster-match/shared";
import sharp from "sharp";

const acceptedFormats = new Set(["png", "jpeg", "webp"]);

/** The bytes of a base64 upload; anything that is not base64 is not an image either. */
export function decodeBase64(data: string): Buffer {
  const compact = data.replace(/\s+/g, "");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 === 1) throw new AppError("UNSUPPORTED_FILE", "Not a PNG, JPEG or WebP image");
  return Buffer.from(compact, "base64");
}

/**
 * Checks an uploaded logo by its content (never its name) and re-encodes it: WebP, fitted
 * inside 512×512 without enlarging, turned upright, with every metadata block (EXIF, GPS,
 * ICC, XMP) left behind, so what we serve is a fresh file of our own making.
 */
export async function reencodeLogo(bytes: Buffer): Promise<{ bytes: Buffer; width: number; height: number }> {
  if (bytes.length > logoMaxBytes) throw new AppError("FILE_TOO_LARGE", "Logos may have at most 2 MB", { maxBytes: logoMaxBytes });
  let format: string | undefined;
  try {
    format = (await sharp(bytes).metadata()).format;
  } catch {
    format = undefined;
  }
  if (!format || !acceptedFormats.has(format)) throw new AppError("UNSUPPORTED_FILE", "Not a PNG, JPEG or WebP image");
  try {
    const { data, info } = await sharp(bytes, { limitInputPixels: 50_000_000 })
      .rotate()
      .resize(logoMaxSide, logoMaxSide, { fit: "inside", withoutEnlargement: true })
      .webp({ quality: 85 })
      .toBuffer({ resolveWithObject: true });
    return { bytes: data, width: info.width, height: info.height };
  } catch {
    // Truncated or corrupt image data behind a valid header.
    throw new AppError("UNSUPPORTED_FILE", "The image could not be read");
  }
}
