import { router } from "../trpc.ts";

export const contactPointRouter = router({});
