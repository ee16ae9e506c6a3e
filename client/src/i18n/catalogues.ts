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
import companyEditorBg from "./companyEditor/bg.json";
import companyEditorDe from "./companyEditor/de.json";
import companyEditorEn from "./companyEditor/en.json";
import networkBg from "./network/bg.json";
import networkDe from "./network/de.json";
import networkEn from "./network/en.json";
import opportunityEditorBg from "./opportunityEditor/bg.json";
import opportunityEditorDe from "./opportunityEditor/de.json";
import opportunityEditorEn from "./opportunityEditor/en.json";

// One catalogue per language, assembled from the core file and one file per area of the app
// (accounts, companyEditor: a firm's profile and team, opportunityEditor: its opportunities,
// network: introductions, messages, notifications and saved searches, admin),
// so each area's texts live next to each other. Top-level keys never overlap.
export const catalogues = {
  en: { ...en, ...accountsEn, ...companyEditorEn, ...opportunityEditorEn, ...networkEn, ...adminEn },
  bg: { ...bg, ...accountsBg, ...companyEditorBg, ...opportunityEditorBg, ...networkBg, ...adminBg },
  de: { ...de, ...accountsDe, ...companyEditorDe, ...opportunityEditorDe, ...networkDe, ...adminDe },
} satisfies Record<UiLocale, object>;

export type Catalogue = (typeof catalogues)["en"];
