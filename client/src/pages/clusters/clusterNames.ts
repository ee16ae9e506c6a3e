import { nameLanguage } from "../../lib/places.ts";

/**
 * The API's `name` is already the one to lead with (local where the reader speaks the cluster's
 * language, English elsewhere).
 */
export function clusterNames(cluster: { name: string; nameLocal: string; country: string }) {
  const localLang = nameLanguage(cluster.country);
  const isLocal = cluster.name === cluster.nameLocal;
  return {
    primary: { text: cluster.name, lang: isLocal ? localLang : "en" },
    secondary: isLocal ? null : { text: cluster.nameLocal, lang: localLang },
  };
}
