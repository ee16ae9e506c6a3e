import { maxInquiryRecipients } from "@cluster-match/shared/schemas/inquiries";
import { useSyncExternalStore } from "react";

/** A firm picked for a request for quotation: enough to name it in the selection bar and the form. */
export interface SelectedFirm {
  id: string;
  name: string;
  nameLatin: string;
}

// Kept in session storage: the selection survives browsing from page to page (and a reload) in
// this tab, and ends with it; nothing of it reaches the server before the inquiry is sent.
const key = "cm.inquirySelection";
const listeners = new Set<() => void>();
let cache: { raw: string | null; firms: SelectedFirm[] } = { raw: null, firms: [] };

function isFirm(value: unknown): value is SelectedFirm {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === "string" && /^[\w-]{1,60}$/.test(v.id) && typeof v.name === "string" && typeof v.nameLatin === "string";
}

function read(): SelectedFirm[] {
  let raw: string | null = null;
  try {
    raw = window.sessionStorage.getItem(key);
  } catch {
    raw = null;
  }
  if (raw === cache.raw) return cache.firms;
  let firms: SelectedFirm[] = [];
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    firms = Array.isArray(parsed) ? parsed.filter(isFirm).slice(0, maxInquiryRecipients) : [];
  } catch {
    firms = [];
  }
  cache = { raw, firms };
  return firms;
}

function write(firms: SelectedFirm[]): void {
  try {
    window.sessionStorage.setItem(key, JSON.stringify(firms));
  } catch {
    // Storage full or disabled: the selection lasts as long as this page does.
    cache = { raw: JSON.stringify(firms), firms };
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => event.key === key && listener();
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

/** The firms selected for a request for quotation, and how to change the selection. */
export function useInquirySelection() {
  const firms = useSyncExternalStore(subscribe, read, () => []);
  return {
    firms,
    isSelected: (id: string) => firms.some((f) => f.id === id),
    full: firms.length >= maxInquiryRecipients,
    toggle: (firm: SelectedFirm) => {
      const current = read();
      if (current.some((f) => f.id === firm.id)) write(current.filter((f) => f.id !== firm.id));
      else if (current.length < maxInquiryRecipients) write([...current, { id: firm.id, name: firm.name, nameLatin: firm.nameLatin }]);
    },
    remove: (id: string) => write(read().filter((f) => f.id !== id)),
    clear: () => write([]),
  };
}
