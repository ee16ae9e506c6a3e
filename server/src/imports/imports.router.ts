import { router } from "../trpc.ts";

export const importsRouter = router({});
