import { router } from "../trpc.ts";

export const placesRouter = router({});
