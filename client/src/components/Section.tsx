import { useId, type ReactNode } from "react";

/** A titled region of a detail page (h2), named by its heading for landmark navigation. */
export function Section({ title, className, children }: { title: string; className?: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className={["section", className].filter(Boolean).join(" ")} aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}

/** A plain list of short values (countries, codes, machines), or a note when there is none. */
export function ValueList({ items, emptyText, lang }: { items: string[]; emptyText: string; lang?: string }) {
  if (items.length === 0) return <p className="muted">{emptyText}</p>;
  return (
    <ul className="value-list" lang={lang}>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/** Text from the API that may hold several paragraphs separated by blank lines. */
export function Paragraphs({ text, lang }: { text: string; lang: string }) {
  return (
    <div className="prose" lang={lang}>
      {text
        .split(/\n\s*\n/)
        .filter((paragraph) => paragraph.trim() !== "")
        .map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
    </div>
  );
}
