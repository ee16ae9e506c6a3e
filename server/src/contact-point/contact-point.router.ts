import {
  contactPointDeclineInputSchema,
  contactPointGetInputSchema,
  contactPointIdInputSchema,
  contactPointReachInputSchema,
  contactPointItemSchema,
  contactPointListInputSchema,
  contactPointListOutputSchema,
  contactPointMessageInputSchema,
  introductionChangeSchema,
  reachFirmOutputSchema,
  threadMessageSchema,
  threadMessagesSchema,
} from "@cluster-match/shared";
import { authedProcedure, router } from "../trpc.ts";
import * as contactPoint from "./contact-point.service.ts";

// Signed-in users; each sees and acts on the requests of its scope only (admins: all; cluster
// managers: their clusters' firms; anyone else: nothing, and NOT_FOUND for any id).
export const contactPointRouter = router({
  list: authedProcedure
    .input(contactPointListInputSchema)
    .output(contactPointListOutputSchema)
    .query(({ ctx, input }) => contactPoint.listQueue(ctx, input)),
  get: authedProcedure
    .input(contactPointGetInputSchema)
    .output(contactPointItemSchema)
    .query(({ ctx, input }) => contactPoint.getQueueItem(ctx, input)),
  reachFirm: authedProcedure
    .input(contactPointReachInputSchema)
    .output(reachFirmOutputSchema)
    .mutation(({ ctx, input }) => contactPoint.reachFirm(ctx, input)),
  accept: authedProcedure
    .input(contactPointIdInputSchema)
    .output(introductionChangeSchema)
    .mutation(({ ctx, input }) => contactPoint.acceptOnBehalf(ctx, input)),
  decline: authedProcedure
    .input(contactPointDeclineInputSchema)
    .output(introductionChangeSchema)
    .mutation(({ ctx, input }) => contactPoint.declineOnBehalf(ctx, input)),
  messages: authedProcedure
    .input(contactPointIdInputSchema)
    .output(threadMessagesSchema)
    .query(({ ctx, input }) => contactPoint.listMessages(ctx, input)),
  sendMessage: authedProcedure
    .input(contactPointMessageInputSchema)
    .output(threadMessageSchema)
    .mutation(({ ctx, input }) => contactPoint.sendMessage(ctx, input)),
});
