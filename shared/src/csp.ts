import { z } from "zod";

/**
 * Imported first by the SPA. Zod compiles object parsers with `new Function` where it may, and
 * even its probe for that is refused by the app's Content Security Policy (script-src 'self',
 * no 'unsafe-eval'), which the browser reports as a violation. Parsing without it is as correct.
 */
z.config({ jitless: true });
