import { describe, expect, it } from "vitest";
import { linkify } from "./linkify.ts";

describe("linkify", () => {
  it("turns web addresses into links and keeps the text around them", () => {
    expect(linkify("Confirm here:\n\nhttp://127.0.0.1:3105/verify-email?token=abc.def\n\n--")).toEqual([
      { kind: "text", text: "Confirm here:\n\n" },
      { kind: "link", text: "http://127.0.0.1:3105/verify-email?token=abc.def", href: "http://127.0.0.1:3105/verify-email?token=abc.def" },
      { kind: "text", text: "\n\n--" },
    ]);
  });

  it("leaves sentence punctuation and brackets outside the link", () => {
    expect(linkify("See https://example.test/a. Or (https://example.test/b).")).toEqual([
      { kind: "text", text: "See " },
      { kind: "link", text: "https://example.test/a", href: "https://example.test/a" },
      { kind: "text", text: ". Or (" },
      { kind: "link", text: "https://example.test/b", href: "https://example.test/b" },
      { kind: "text", text: ")." },
    ]);
  });

  it("makes only http(s) addresses links", () => {
    expect(linkify("javascript:alert(1) ftp://x.test mailto:a@b.test")).toEqual([{ kind: "text", text: "javascript:alert(1) ftp://x.test mailto:a@b.test" }]);
    expect(linkify('<a href="https://x.test">')).toEqual([
      { kind: "text", text: '<a href="' },
      { kind: "link", text: "https://x.test", href: "https://x.test" },
      { kind: "text", text: '">' },
    ]);
  });

  it("gives plain text back as one segment, and nothing for an empty text", () => {
    expect(linkify("Здравейте, Ана!")).toEqual([{ kind: "text", text: "Здравейте, Ана!" }]);
    expect(linkify("")).toEqual([]);
    expect(linkify("https://")).toEqual([{ kind: "text", text: "https://" }]);
  });
});
