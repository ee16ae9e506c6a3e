import { maxAttachmentBytes, maxInquiryAttachmentBytes, maxInquiryAttachments, stagedAttachmentSchema } from "@cluster-match/shared/schemas/inquiries";
import { useState } from "react";

/** One file of the form: on its way, stored (with the id the send names), or refused with a reason. */
export type AttachmentItem =
  | { key: string; fileName: string; size: number; state: "uploading" }
  | { key: string; fileName: string; size: number; state: "ready"; uploadId: string; contentType: string }
  | { key: string; fileName: string; size: number; state: "error"; reason: UploadProblem };

export type UploadProblem = "UNSUPPORTED_FILE" | "FILE_TOO_LARGE" | "TOTAL_TOO_LARGE" | "TOO_MANY" | "RATE_LIMITED" | "UNAUTHENTICATED" | "FAILED";

let counter = 0;

/**
 * Uploads drawings one by one as they are chosen, so a file of the wrong type is named at once.
 * Files go to the server's upload endpoint (/inquiry-files), not through tRPC: 10 MB is far beyond
 * what tRPC's JSON bodies carry. The server checks type and size again by content.
 */
export function useAttachmentUploads() {
  const [items, setItems] = useState<AttachmentItem[]>([]);

  const update = (key: string, next: AttachmentItem) => setItems((list) => list.map((item) => (item.key === key ? next : item)));

  async function upload(key: string, file: File) {
    try {
      const res = await fetch(`/inquiry-files?name=${encodeURIComponent(file.name)}`, {
        method: "POST",
        credentials: "same-origin",
        headers: { "content-type": "application/octet-stream" },
        body: file,
      });
      const body: unknown = await res.json().catch(() => null);
      if (res.ok) {
        const staged = stagedAttachmentSchema.safeParse(body);
        if (staged.success) return update(key, { key, fileName: staged.data.fileName, size: staged.data.size, state: "ready", uploadId: staged.data.uploadId, contentType: staged.data.contentType });
      }
      const code = (body as { error?: { data?: { appCode?: string } } } | null)?.error?.data?.appCode;
      const reason: UploadProblem = code === "UNSUPPORTED_FILE" || code === "FILE_TOO_LARGE" || code === "RATE_LIMITED" || code === "UNAUTHENTICATED" ? code : "FAILED";
      update(key, { key, fileName: file.name, size: file.size, state: "error", reason });
    } catch {
      update(key, { key, fileName: file.name, size: file.size, state: "error", reason: "FAILED" });
    }
  }

  function add(files: FileList | File[]) {
    const accepted = items.filter((i) => i.state !== "error");
    let count = accepted.length;
    let total = accepted.reduce((sum, i) => sum + i.size, 0);
    const added: AttachmentItem[] = [];
    for (const file of Array.from(files)) {
      const key = `file-${++counter}`;
      let reason: UploadProblem | null = null;
      if (count >= maxInquiryAttachments) reason = "TOO_MANY";
      else if (file.size > maxAttachmentBytes) reason = "FILE_TOO_LARGE";
      else if (total + file.size > maxInquiryAttachmentBytes) reason = "TOTAL_TOO_LARGE";
      if (reason) {
        added.push({ key, fileName: file.name, size: file.size, state: "error", reason });
        continue;
      }
      count += 1;
      total += file.size;
      added.push({ key, fileName: file.name, size: file.size, state: "uploading" });
      void upload(key, file);
    }
    // Refusals of an earlier choice give way to the new one.
    setItems((list) => [...list.filter((i) => i.state !== "error"), ...added]);
  }

  return {
    items,
    add,
    remove: (key: string) => setItems((list) => list.filter((i) => i.key !== key)),
    uploading: items.some((i) => i.state === "uploading"),
    ready: items.flatMap((i) => (i.state === "ready" ? [{ uploadId: i.uploadId, fileName: i.fileName }] : [])),
  };
}

/** A file size for people: "850 KB", "2.4 MB". */
export function formatBytes(bytes: number, locale: string): string {
  const mb = bytes / (1024 * 1024);
  const format = (value: number, unit: string) => `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)} ${unit}`;
  return mb >= 1 ? format(mb, "MB") : format(Math.max(1, Math.round(bytes / 1024)), "KB");
}
