import { router } from "../trpc.ts";

export const savedSearchesRouter = router({});
