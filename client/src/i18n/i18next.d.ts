import "i18next";
import type en from "./en.json";

// Typed keys: a missing or misspelt key is a compile error (en.json is the reference catalogue).
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: typeof en };
  }
}
