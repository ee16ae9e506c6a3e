import { router } from "../trpc.ts";

export const notificationsRouter = router({});
