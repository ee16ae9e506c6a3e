import { describe, expect, it } from "vitest";
import { chooseLocale, chosenLocaleFromCookies, firstUiLocale, localizedPath, localizedUrl, splitLocalePath } from "./locale-url.ts";

describe("language in the URL", () => {
  it("splits a path into its language prefix and the rest", () => {
    expect(splitLocalePath("/de/companies/x")).toEqual({ locale: "de", rest: "/companies/x" });
    expect(splitLocalePath("/en")).toEqual({ locale: "en", rest: "/" });
    expect(splitLocalePath("/bg/")).toEqual({ locale: "bg", rest: "/" });
    expect(splitLocalePath("/companies")).toEqual({ locale: null, rest: "/companies" });
    expect(splitLocalePath("/")).toEqual({ locale: null, rest: "/" });
    // Only the exact codes: a path that starts like one, an upper-case code or another language is no prefix.
    expect(splitLocalePath("/design")).toEqual({ locale: null, rest: "/design" });
    expect(splitLocalePath("/EN/x")).toEqual({ locale: null, rest: "/EN/x" });
    expect(splitLocalePath("/pl/x")).toEqual({ locale: null, rest: "/pl/x" });
    expect(splitLocalePath("//evil.example")).toEqual({ locale: null, rest: "//evil.example" });
  });

  it("puts a path under a language", () => {
    expect(localizedPath("de", "/companies")).toBe("/de/companies");
    expect(localizedPath("en", "/")).toBe("/en/");
    expect(localizedPath("bg", "search?q=1")).toBe("/bg/search?q=1");
    // A protocol-relative path stays a path of this site.
    expect(localizedPath("bg", "//evil.example")).toBe("/bg//evil.example");
  });

  it("puts links in e-mails under the recipient's language, keeping query and hash", () => {
    expect(localizedUrl("https://x.example/workspace?a=1#b", "de")).toBe("https://x.example/de/workspace?a=1#b");
    expect(localizedUrl("https://x.example/", "en")).toBe("https://x.example/en/");
    expect(localizedUrl("https://x.example/bg/companies/a", "de")).toBe("https://x.example/bg/companies/a");
    expect(localizedUrl("not a url", "de")).toBe("not a url");
  });
});

describe("language negotiation", () => {
  it("takes a choice on this device, then the URL, then the browser's language, then Bulgarian", () => {
    expect(chooseLocale({ chosen: "de", inUrl: "en", fromBrowser: "bg" })).toBe("de");
    expect(chooseLocale({ chosen: null, inUrl: "en", fromBrowser: "de" })).toBe("en");
    expect(chooseLocale({ inUrl: null, fromBrowser: "de" })).toBe("de");
    expect(chooseLocale({})).toBe("bg");
    // Anything that is not a UI language is passed over.
    expect(chooseLocale({ chosen: "fr", inUrl: "xx", fromBrowser: "en" })).toBe("en");
  });

  it("finds the first UI language among the browser's languages", () => {
    expect(firstUiLocale(["de-AT", "de", "en"])).toBe("de");
    expect(firstUiLocale(["fr-FR", "EN-gb"])).toBe("en");
    expect(firstUiLocale(["fr", "it"])).toBeNull();
    expect(firstUiLocale([])).toBeNull();
  });

  it("reads the language cookie among others and ignores values that are not UI languages", () => {
    expect(chosenLocaleFromCookies("a=1; cm_locale=de; b=2")).toBe("de");
    expect(chosenLocaleFromCookies("cm_locale=fr")).toBeNull();
    expect(chosenLocaleFromCookies("xcm_locale=de")).toBeNull();
    expect(chosenLocaleFromCookies(undefined)).toBeNull();
  });
});
