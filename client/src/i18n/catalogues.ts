import type { UiLocale } from "@cluster-match/shared/i18n";
import bg from "./bg.json";
import de from "./de.json";
import en from "./en.json";
import accountBg from "./account/bg.json";
import accountDe from "./account/de.json";
import accountEn from "./account/en.json";
import adminBg from "./admin/bg.json";
import adminDe from "./admin/de.json";
import adminEn from "./admin/en.json";
import companyWorkspaceBg from "./company-workspace/bg.json";
import companyWorkspaceDe from "./company-workspace/de.json";
import companyWorkspaceEn from "./company-workspace/en.json";
import networkBg from "./network/bg.json";
import networkDe from "./network/de.json";
import networkEn from "./network/en.json";
import opportunityWorkspaceBg from "./opportunity-workspace/bg.json";
import opportunityWorkspaceDe from "./opportunity-workspace/de.json";
import opportunityWorkspaceEn from "./opportunity-workspace/en.json";
import reachBg from "./reach/bg.json";
import reachDe from "./reach/de.json";
import reachEn from "./reach/en.json";
import inquiriesBg from "./inquiries/bg.json";
import inquiriesDe from "./inquiries/de.json";
import inquiriesEn from "./inquiries/en.json";
import placesBg from "./places/bg.json";
import placesDe from "./places/de.json";
import placesEn from "./places/en.json";

// One catalogue per language, assembled from the core file and one file per area of the app,
// named like the area's page folder and routes (account, company-workspace: a firm's profile and
// team, opportunity-workspace: its opportunities, network: introductions, messages, notifications
// and saved searches, admin; reach: claiming firms and the clusters' contact points; inquiries: requests
// for quotation to several suppliers; places: the city picker and the data-quality view), so each area's texts live next to each other. An area's top-level
// key is its folder name in camelCase; top-level keys never overlap.
export const catalogues = {
  en: { ...en, ...accountEn, ...companyWorkspaceEn, ...opportunityWorkspaceEn, ...networkEn, ...adminEn, ...reachEn, ...inquiriesEn, ...placesEn },
  bg: { ...bg, ...accountBg, ...companyWorkspaceBg, ...opportunityWorkspaceBg, ...networkBg, ...adminBg, ...reachBg, ...inquiriesBg, ...placesBg },
  de: { ...de, ...accountDe, ...companyWorkspaceDe, ...opportunityWorkspaceDe, ...networkDe, ...adminDe, ...reachDe, ...inquiriesDe, ...placesDe },
} satisfies Record<UiLocale, object>;

export type Catalogue = (typeof catalogues)["en"];
