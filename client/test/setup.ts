// Component tests (vitest project "components", jsdom): the app's i18n in English, and a clean
// DOM after each test.
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";
import i18n from "../src/i18n/index.ts";

await i18n.changeLanguage("en");

afterEach(() => cleanup());
