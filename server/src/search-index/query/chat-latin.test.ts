import { expect, it } from "vitest";
import { chatLatinVariants } from "./chat-latin.ts";

it("spells informal Latin Bulgarian the official way, and leaves plain words alone", () => {
  expect(chatLatinVariants("6tancovane")).toContain("shtantsovane");
  expect(chatLatinVariants("zavarqvane")).toContain("zavaryavane");
  expect(chatLatinVariants("4ertezh")).toContain("chertezh");
  expect(chatLatinVariants("laser")).toEqual([]);
  expect(chatLatinVariants("9001")).toEqual([]);
});
