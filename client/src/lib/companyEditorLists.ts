import { clusterCountries, otherMarketCountries } from "./places.ts";

/** Countries offered as a company's country and its export markets: the cluster's first, then Europe and beyond. */
export const marketCountries = [
  ...clusterCountries,
  ...otherMarketCountries,
  "BE", "CY", "DK", "EE", "ES", "FI", "GB", "IE", "LT", "LU", "LV", "MD", "ME", "MK", "MT", "NO", "PT", "SE", "UA", "AL", "BA", "XK", "US", "CN", "IL", "AE", "EG", "MA",
].filter((code, i, all) => all.indexOf(code) === i);

/** Languages a company's people may speak with partners. */
export const spokenLanguages = ["bg", "en", "de", "pl", "hu", "ru", "fr", "it", "es", "ro", "sr", "mk", "el", "tr", "cs", "sk", "uk"] as const;
