import { introductionMessageSchema, threadMessageBodySchema } from "@cluster-match/shared/schemas/introductions";
import { savedSearchNameSchema } from "@cluster-match/shared/schemas/saved-searches";
import { describe, expect, it } from "vitest";
import { lengthProblem } from "./lengthProblem.ts";

describe("what the network's text fields say before sending", () => {
  it("names hidden and control characters apart from length problems", () => {
    expect(lengthProblem(threadMessageBodySchema, "Hello\u202E olleh")).toEqual({ key: "unsafeCharacters" });
    expect(lengthProblem(threadMessageBodySchema, "NUL\u0000")).toEqual({ key: "unsafeCharacters" });
    expect(lengthProblem(savedSearchNameSchema, "CNC\nin Bulgaria")).toEqual({ key: "unsafeCharacters" });
    expect(lengthProblem(introductionMessageSchema, "Too short")).toEqual({ key: "tooShort", min: 10 });
    expect(lengthProblem(threadMessageBodySchema, "")).toEqual({ key: "required" });
  });

  it("lets real messages with line breaks through", () => {
    expect(lengthProblem(introductionMessageSchema, "Добър ден,\nинтересуваме се от съвместна доставка.\n\nПоздрави")).toBeNull();
    expect(lengthProblem(threadMessageBodySchema, "Grüße aus Győr — dzięki! 👍")).toBeNull();
  });
});
