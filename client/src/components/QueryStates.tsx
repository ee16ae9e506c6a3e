import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { appCodeOf } from "../lib/errors.ts";

export function LoadingState({ label }: { label: string }) {
  return (
    <div className="state state-loading" role="status" aria-busy="true">
      <span className="spinner" aria-hidden="true" />
      {label}
    </div>
  );
}

/** A failed request, explained by its error code, with a way to try again. */
export function ErrorState({ error, onRetry, withTitle = true }: { error: unknown; onRetry: () => void; withTitle?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="state state-error" role="alert">
      {withTitle && <p className="state-title">{t("errors.title")}</p>}
      <p>{t(`errors.${appCodeOf(error)}`)}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t("common.retry")}
      </button>
    </div>
  );
}

/** Nothing to show, with optional advice and a way out (e.g. "Clear filters"). */
export function EmptyState({ message, action, children }: { message: string; action?: { label: string; onClick: () => void }; children?: ReactNode }) {
  return (
    <div className="state state-empty">
      <p className="state-title">{message}</p>
      {children}
      {action && (
        <button type="button" className="button" onClick={action.onClick}>
          {action.label}
        </button>
      )}
    </div>
  );
}
