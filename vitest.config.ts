import { defineConfig } from "vitest/config";

// Unit tests are pure and fast; integration tests run twice, once on PGlite and once on the
// real PostgreSQL server (TEST_DATABASE_URL, default the local server), each file with a
// fresh database.
const integration = ["server/src/**/*.int.test.ts"];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["shared/src/**/*.test.ts", "server/src/**/*.test.ts", "server/eval/**/*.test.ts", "client/src/**/*.test.ts"],
          exclude: integration,
          environment: "node",
        },
      },
      {
        // Component tests: pages rendered in jsdom with a real QueryClient over a stub tRPC server.
        test: {
          name: "components",
          include: ["client/src/**/*.test.tsx"],
          environment: "jsdom",
          setupFiles: ["client/test/setup.ts"],
          // Rendering a whole page in jsdom is slow on a small machine.
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: "int-pglite",
          include: integration,
          env: { TEST_DB: "pglite" },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: "int-pg",
          include: integration,
          // The Meilisearch contract talks to no database: once (in int-pglite) is enough.
          exclude: ["server/src/search-index/meilisearch/**"],
          env: { TEST_DB: "postgres" },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
