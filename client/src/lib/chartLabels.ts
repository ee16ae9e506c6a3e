/**
 * A category label short enough for a narrow chart axis: cut at a word boundary when one is
 * near, with an ellipsis. The full label stays in the tooltip and in the table under the chart.
 */
export function abbreviateLabel(label: string, max: number): string {
  const text = label.trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  // A word boundary in the last third keeps whole words; otherwise cut inside the word.
  const end = space >= Math.ceil((max - 1) * 0.6) ? space : max - 1;
  return `${cut.slice(0, end).replace(/[\s,;:–-]+$/, "")}…`;
}

/** Characters that fit on a category axis `width` pixels wide at a 13 px font (about 7 px a character). */
export function charactersFor(width: number): number {
  return Math.max(6, Math.floor(width / 7.2));
}
