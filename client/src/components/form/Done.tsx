import type { ReactNode } from "react";

const doneClass = { account: "form-status", network: "net-done" } as const;

/** A confirmation that an action worked, announced politely; `children` may hold several paragraphs and links. */
export function Done({ look, children }: { look: keyof typeof doneClass; children: ReactNode }) {
  return (
    <div className={doneClass[look]} role="status">
      {children}
    </div>
  );
}
