import type { AccessSamples } from "../access-matrix.ts";

export const taxonomySamples: AccessSamples = {
  "taxonomy.picker": () => undefined,
};
