import { router } from "../trpc.ts";

export const introductionsRouter = router({});
