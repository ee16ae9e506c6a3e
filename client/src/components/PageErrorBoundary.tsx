import { Component, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

/**
 * Catches a page that failed to render, above all a page chunk that failed to load (routes/lazyPage.ts
 * reloads once first). The frame stays; the main area says what happened and offers a reload,
 * instead of React clearing the whole screen.
 */
export class PageErrorBoundary extends Component<{ children: ReactNode; resetKey: string }, { failed: boolean; resetKey: string }> {
  override state = { failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  // Navigating elsewhere gives the next page its chance.
  static getDerivedStateFromProps(props: { resetKey: string }, state: { failed: boolean; resetKey: string }) {
    return props.resetKey === state.resetKey ? null : { failed: false, resetKey: props.resetKey };
  }

  override render() {
    return this.state.failed ? <PageLoadFailed /> : this.props.children;
  }
}

function PageLoadFailed() {
  const { t } = useTranslation();
  return (
    <div className="state state-error" role="alert">
      <p className="state-title">{t("errors.title")}</p>
      <p>{t("errors.pageLoad")}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t("common.reload")}
      </button>
    </div>
  );
}
