import {
  contactMessageAnswerInputSchema,
  contactMessageIdInputSchema,
  contactMessageListInputSchema,
  contactMessageListOutputSchema,
  contactMessageSchema,
  contactPointInputSchema,
  contactPointSchema,
  sendContactMessageInputSchema,
  sendContactMessageOutputSchema,
} from "@cluster-match/shared";
import { adminProcedure, clusterManagerProcedure, publicProcedure, router } from "../trpc.ts";
import * as contact from "./cluster-contact.service.ts";

// A cluster's messages are handled by its managers (and admins); messages to the network as a
// whole (no cluster) by admins only: hence a *Network twin of each manager's procedure.
export const clusterContactRouter = router({
  contactPoint: publicProcedure.input(contactPointInputSchema).output(contactPointSchema).query(({ ctx, input }) => contact.getContactPoint(ctx, input)),
  send: publicProcedure.input(sendContactMessageInputSchema).output(sendContactMessageOutputSchema).mutation(({ ctx, input }) => contact.sendContactMessage(ctx, input)),
  listForCluster: clusterManagerProcedure
    .input(contactMessageListInputSchema)
    .output(contactMessageListOutputSchema)
    .query(({ ctx, input }) => contact.listClusterMessages(ctx, input)),
  listNetwork: adminProcedure.input(contactMessageListInputSchema).output(contactMessageListOutputSchema).query(({ ctx, input }) => contact.listNetworkMessages(ctx, input)),
  answer: clusterManagerProcedure.input(contactMessageAnswerInputSchema).output(contactMessageSchema).mutation(({ ctx, input }) => contact.answerClusterMessage(ctx, input)),
  answerNetwork: adminProcedure.input(contactMessageAnswerInputSchema).output(contactMessageSchema).mutation(({ ctx, input }) => contact.answerNetworkMessage(ctx, input)),
  close: clusterManagerProcedure.input(contactMessageIdInputSchema).output(contactMessageSchema).mutation(({ ctx, input }) => contact.closeClusterMessage(ctx, input)),
  closeNetwork: adminProcedure.input(contactMessageIdInputSchema).output(contactMessageSchema).mutation(({ ctx, input }) => contact.closeNetworkMessage(ctx, input)),
});
