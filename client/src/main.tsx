// First: zod must not probe for eval under the Content Security Policy.
import "@cluster-match/shared/csp";
import i18n, { i18nReady } from "./i18n/index.ts";
import "./styles.css";
import { QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { App } from "./App.tsx";
import { LocaleRouter } from "./i18n/LocaleRouter.tsx";
import { showLocaleInUrl, startLocale } from "./i18n/localeRouting.ts";
import { createQueryClient, createTrpcClient, TRPCProvider } from "./trpc.ts";

const queryClient = createQueryClient();
const trpcClient = createTrpcClient();

const root = document.getElementById("root");
if (!root) throw new Error("index.html lacks the #root element");

// The address names the page's language before the router reads it (/companies → /de/companies).
showLocaleInUrl(startLocale());

// Render the frame synchronously, so the skip link and navigation exist before the load event
// (keyboard users and tests that press Tab right after load find them). A page in a language other
// than the bundled default waits for its catalogue first.
const reactRoot = createRoot(root);
function render() {
  flushSync(() =>
    reactRoot.render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
            <LocaleRouter>
              <App />
            </LocaleRouter>
          </TRPCProvider>
        </QueryClientProvider>
      </StrictMode>,
    ),
  );
}
if (i18n.isInitialized) render();
else void i18nReady.then(render);
