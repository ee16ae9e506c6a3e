import { router } from "../trpc.ts";

export const inquiriesRouter = router({});
