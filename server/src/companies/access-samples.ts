import type { AccessSamples } from "../../test/access-matrix.ts";

export const companiesSamples: AccessSamples = {
  "companies.list": () => ({ pageSize: 5 }),
  "companies.get": (f) => ({ idOrSlug: f.companyId }),
};
