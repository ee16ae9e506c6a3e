import { excerpt as cut, parseHighlight } from "../lib/highlight.ts";

/**
 * Text from a search highlight with the matched words in <mark>. Built from text nodes only:
 * the API's markup is parsed, never injected as HTML.
 */
export function Highlighted({ html, excerpt = false }: { html: string; excerpt?: boolean }) {
  const segments = parseHighlight(html);
  return (
    <>
      {(excerpt ? cut(segments) : segments).map((segment, index) => (segment.marked ? <mark key={index}>{segment.text}</mark> : segment.text))}
    </>
  );
}
