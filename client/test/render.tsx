import { QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactNode } from "react";
import { MemoryRouter, Route, Routes, useLocation, type Location } from "react-router";
import { createQueryClient, TRPCProvider } from "../src/trpc.ts";
import { stubTrpc, type Handlers } from "./trpcStub.ts";

/**
 * Renders `page` at `url` (matched by `path`) as the app does: a real QueryClient (the app's
 * defaults, without retries) and tRPC client over a stub server answering from `handlers`.
 * `location()` is where the router is now; `callsTo(path)` the inputs a procedure received.
 */
export function renderPage(page: ReactNode, { url, path = "*", handlers }: { url: string; path?: string; handlers: Handlers }) {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ ...queryClient.getDefaultOptions(), queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
  const server = stubTrpc(handlers);
  let location: Location | undefined;
  function LocationProbe() {
    location = useLocation();
    return null;
  }
  const view = render(
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={server.client} queryClient={queryClient}>
        <MemoryRouter initialEntries={[url]}>
          <Routes>
            <Route path={path} element={page} />
          </Routes>
          <LocationProbe />
        </MemoryRouter>
      </TRPCProvider>
    </QueryClientProvider>,
  );
  return { ...view, user: userEvent.setup(), calls: server.calls, callsTo: server.callsTo, location: () => location! };
}
