import { router } from "../trpc.ts";

export const claimsRouter = router({});
