// One lint setup for the whole workspace.
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: ["**/dist/**", "**/node_modules/**", "server/src/generated/**", "e2e/test-results*/**", "e2e/playwright-report*/**", "e2e/.e2e-data*/**", "demo-data/**"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { languageOptions: { globals: { ...globals.node } } },
  {
    files: ["client/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
    languageOptions: { globals: { ...globals.browser } },
  },
  // Layering (README "Architecture"): the Prisma client only in repositories and db/; no domain
  // imports the HTTP layer; client components never import pages.
  {
    files: ["server/src/**/*.ts"],
    ignores: ["server/src/**/*.repository.ts", "server/src/db/**", "server/src/**/*.test.ts", "server/src/**/*.contract.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["**/generated/prisma/*"], allowTypeImports: true, message: "Only repositories and db/ use the Prisma client; others may import its types." },
            { group: ["../http/*", "../../http/*"], message: "Domains never import the HTTP layer (http/ is composed in server.ts)." },
          ],
        },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[object.type='MemberExpression'][object.property.name='prisma'][property.name=/^[a-z]/]",
          message: "Queries run in repositories: call a *.repository.ts function with ctx.prisma (only $transaction is allowed here).",
        },
        {
          // `db` is also the name of the Database handle (db.prisma, db.kind, db.close).
          selector: "MemberExpression[object.type='Identifier'][object.name=/^(prisma|tx|db)$/][property.name=/^[a-z]/]:not([object.name='db'][property.name=/^(prisma|kind|close)$/])",
          message: "Queries run in repositories: call a *.repository.ts function (only $transaction is allowed here).",
        },
      ],
    },
  },
  {
    files: ["client/src/components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/pages/*", "../pages", "../../pages"], message: "Components never import pages; move what both need into components/ or lib/." }] }],
    },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
);
