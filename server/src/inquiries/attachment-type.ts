import type { AttachmentContentType } from "@cluster-match/shared";

// A drawing's type is read from its bytes: a file's name and the type a browser declares are the
// sender's word, and an HTML page or a program renamed to "part.pdf" must not reach a supplier.

const startsWith = (bytes: Buffer, signature: number[] | string, offset = 0) => {
  const sig = typeof signature === "string" ? Buffer.from(signature, "latin1") : Buffer.from(signature);
  return bytes.length >= offset + sig.length && bytes.subarray(offset, offset + sig.length).equals(sig);
};

/** The first bytes of a text format, after an optional UTF-8 byte order mark. */
function textHead(bytes: Buffer, length: number): string {
  const start = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  return bytes.subarray(start, start + length).toString("latin1");
}

/**
 * ASCII DXF: group code/value pairs on alternate lines, beginning (after optional 999 comments)
 * with "0 / SECTION / 2 / <section name>". A text file has no NUL in its head.
 */
const asciiDxf = /^\s*(?:999\r?\n[^\r\n]*\r?\n\s*)*0\r?\nSECTION\r?\n\s*2\r?\n(?:HEADER|CLASSES|TABLES|BLOCKS|ENTITIES|OBJECTS|THUMBNAILIMAGE)\r?\n/;

/** The content type of a supported drawing, or null for anything else (empty files included). */
export function detectAttachmentType(bytes: Buffer): AttachmentContentType | null {
  if (startsWith(bytes, "%PDF-")) return "application/pdf";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, "AutoCAD Binary DXF\r\n\x1a\x00")) return "image/vnd.dxf";
  const head = textHead(bytes, 4096);
  if (head.includes("\0")) return null;
  // ISO 10303-21 (STEP physical file): the first keyword, leading white space allowed.
  if (/^\s*ISO-10303-21;/.test(head)) return "application/step";
  if (asciiDxf.test(head)) return "image/vnd.dxf";
  return null;
}

/** The extension a download of this type gets when its name has none of its own. */
export const extensionFor: Record<AttachmentContentType, string[]> = {
  "application/pdf": ["pdf"],
  "application/step": ["step", "stp", "p21"],
  "image/vnd.dxf": ["dxf"],
  "image/png": ["png"],
  "image/jpeg": ["jpg", "jpeg"],
};

/**
 * A file name safe to show and to offer for download: no folders, no control, invisible or bidi
 * characters, at most 200 characters, and an extension that matches what the content is (a PDF
 * named "drawing.exe" is downloaded as "drawing.exe.pdf").
 */
export function safeFileName(raw: string, type: AttachmentContentType): string {
  const base = raw.split(/[\\/]/).pop() ?? "";
  const cleaned = base
    .normalize("NFC")
    .replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, "")
    .replace(/["<>:|?*]/g, "_")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\.+/, "");
  const extensions = extensionFor[type];
  const stem = cleaned === "" ? "drawing" : cleaned;
  const dot = stem.lastIndexOf(".");
  const ext = dot > 0 ? stem.slice(dot + 1).toLowerCase() : "";
  const withExt = extensions.includes(ext) ? stem : `${stem}.${extensions[0]}`;
  if (withExt.length <= 200) return withExt;
  const suffix = withExt.slice(withExt.lastIndexOf("."));
  return `${withExt.slice(0, 200 - suffix.length)}${suffix}`;
}

/** Content-Disposition for a download: an ASCII fallback name and the UTF-8 one (RFC 6266 / 5987). */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.normalize("NFKD").replace(/[^\x20-\x7e]/g, "_").replace(/["\\;]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
