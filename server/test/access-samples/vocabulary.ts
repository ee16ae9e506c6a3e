import type { AccessSamples } from "../access-matrix.ts";

/** A phrase no code is named by: letters only, new on every call. */
const newPhrase = () => `matrix term ${Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("")}`;

const someCapability = async (f: Parameters<AccessSamples[string]>[0]) =>
  (await f.prisma.capabilityTerm.findFirstOrThrow({ where: { isGroup: false }, select: { code: true }, orderBy: { code: "asc" } })).code;

export const vocabularySamples: AccessSamples = {
  "vocabulary.list": () => ({ locale: "en" }),
  "vocabulary.add": async (f) => ({ kind: "capability", code: await someCapability(f), language: "en", phrase: newPhrase() }),
  "vocabulary.remove": async (f) => {
    const term = await f.prisma.vocabularyTerm.create({
      data: { kind: "capability", code: await someCapability(f), locale: "en", phrase: newPhrase() },
      select: { id: true },
    });
    return { id: term.id };
  },
};
