import type { AccessSamples } from "../access-matrix.ts";

export const placesSamples: AccessSamples = {
  "places.suggest": () => ({ q: "Плов", locale: "bg" }),
  "places.resolve": () => ({ placeId: 728193, locale: "en" }),
  "places.dataQuality": (f) => ({ clusterId: f.clusterId, issue: "no_coordinates" }),
  "places.dataQualityAll": () => ({ issue: "no_members", page: 2, pageSize: 5 }),
};
