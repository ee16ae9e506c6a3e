import type { AccessSamples } from "../../test/access-matrix.ts";

export const taxonomySamples: AccessSamples = {
  "taxonomy.picker": () => undefined,
};
