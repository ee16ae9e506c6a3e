/** A run of text from a search highlight; `marked` runs matched the query. */
export interface HighlightSegment {
  text: string;
  marked: boolean;
}

const entities: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&#x27;": "'", "&apos;": "'" };

/** Undoes the API's HTML escaping in one pass, so "&amp;lt;" stays the literal text "&lt;". */
export function unescapeEntities(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|apos|#39|#x27);/g, (entity) => entities[entity] ?? entity);
}

/**
 * Reads a highlight from the API ("<mark>CNC</mark> milling &amp; turning") into plain text runs.
 * Only <mark> and </mark> have meaning; anything else is text, so the result is safe to render
 * as React text nodes (never as HTML).
 */
export function parseHighlight(html: string): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  let marked = false;
  for (const part of html.split(/(<\/?mark>)/)) {
    if (part === "<mark>") marked = true;
    else if (part === "</mark>") marked = false;
    else if (part !== "") {
      const text = unescapeEntities(part);
      const last = segments.at(-1);
      if (last && last.marked === marked) last.text += text;
      else segments.push({ text, marked });
    }
  }
  return segments;
}

/**
 * Cuts long highlighted text to about `maxLength` characters around the first match, at word
 * boundaries, with an ellipsis where text was left out.
 */
export function excerpt(segments: HighlightSegment[], maxLength = 240, lead = 60): HighlightSegment[] {
  const full = segments.map((s) => s.text).join("");
  if (full.length <= maxLength) return segments;

  let firstMatch = 0;
  for (const segment of segments) {
    if (segment.marked) break;
    firstMatch += segment.text.length;
  }
  if (firstMatch >= full.length) firstMatch = 0;

  let start = Math.max(0, firstMatch - lead);
  if (start > 0) {
    const space = full.indexOf(" ", start);
    start = space !== -1 && space < firstMatch ? space + 1 : start;
  }
  let end = Math.min(full.length, start + maxLength);
  if (end < full.length) {
    const space = full.lastIndexOf(" ", end);
    if (space > firstMatch) end = space;
  }

  const result: HighlightSegment[] = start > 0 ? [{ text: "…", marked: false }] : [];
  let offset = 0;
  for (const segment of segments) {
    const from = Math.max(start, offset);
    const to = Math.min(end, offset + segment.text.length);
    if (from < to) result.push({ text: segment.text.slice(from - offset, to - offset), marked: segment.marked });
    offset += segment.text.length;
  }
  if (end < full.length) result.push({ text: "…", marked: false });
  return result;
}
