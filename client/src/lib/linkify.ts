export type TextSegment = { kind: "text"; text: string } | { kind: "link"; text: string; href: string };

// A web address runs until white space or a character that never appears unescaped in one.
const urlPattern = /https?:\/\/[^\s<>"'`]+/gi;
// Punctuation that closes a sentence or a bracket around a link rather than belonging to it.
const trailingPunctuation = /[.,;:!?)\]}»“”’]+$/;

/**
 * Splits plain text (an e-mail body) into text and web links, so links can be shown clickable
 * while everything else stays text. Only http(s) addresses become links.
 */
export function linkify(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let last = 0;
  const pushText = (value: string) => {
    if (value === "") return;
    const previous = segments[segments.length - 1];
    if (previous?.kind === "text") previous.text += value;
    else segments.push({ kind: "text", text: value });
  };
  for (const match of text.matchAll(urlPattern)) {
    const start = match.index;
    const href = match[0].replace(trailingPunctuation, "");
    pushText(text.slice(last, start));
    if (/^https?:\/\/[^/?#]/i.test(href)) segments.push({ kind: "link", text: href, href });
    else pushText(href);
    last = start + href.length;
  }
  pushText(text.slice(last));
  return segments;
}
