import "i18next";
import type { Catalogue } from "./catalogues.ts";

// Typed keys: a missing or misspelt key is a compile error (English is the reference catalogue).
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: Catalogue };
  }
}
