import type { UiLocale } from "@cluster-match/shared/i18n";
import bg from "./bg.json";
import de from "./de.json";
import en from "./en.json";
import accountsBg from "./accounts/bg.json";
import accountsDe from "./accounts/de.json";
import accountsEn from "./accounts/en.json";
import adminBg from "./admin/bg.json";
import adminDe from "./admin/de.json";
import adminEn from "./admin/en.json";
import networkBg from "./network/bg.json";
import networkDe from "./network/de.json";
import networkEn from "./network/en.json";
import workspaceBg from "./workspace/bg.json";
import workspaceDe from "./workspace/de.json";
import workspaceEn from "./workspace/en.json";

// One catalogue per language, assembled from the core file and one file per area of the app
// (accounts, workspace: a firm's own pages, network: introductions and notifications, admin),
// so each area's texts live next to each other. Top-level keys never overlap.
export const catalogues = {
  en: { ...en, ...accountsEn, ...workspaceEn, ...networkEn, ...adminEn },
  bg: { ...bg, ...accountsBg, ...workspaceBg, ...networkBg, ...adminBg },
  de: { ...de, ...accountsDe, ...workspaceDe, ...networkDe, ...adminDe },
} satisfies Record<UiLocale, object>;

export type Catalogue = (typeof catalogues)["en"];
