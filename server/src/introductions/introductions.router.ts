import {
  brokerDeclineInputSchema,
  clusterIntroductionListInputSchema,
  clusterIntroductionListOutputSchema,
  decideIntroductionInputSchema,
  expressInterestInputSchema,
  forwardIntroductionInputSchema,
  interestOptionsInputSchema,
  interestOptionsSchema,
  introductionChangeSchema,
  introductionDetailSchema,
  introductionGetInputSchema,
  introductionIdInputSchema,
  introductionListInputSchema,
  introductionListOutputSchema,
  requestIntroductionInputSchema,
  sendMessageInputSchema,
  threadMessageSchema,
  threadMessagesSchema,
} from "@cluster-match/shared";
import { authedProcedure, clusterManagerProcedure, companyMemberProcedure, router } from "../trpc.ts";
import * as introductions from "./introductions.service.ts";

export const introductionsRouter = router({
  expressInterest: companyMemberProcedure
    .input(expressInterestInputSchema)
    .output(introductionChangeSchema)
    .mutation(({ ctx, input }) => introductions.expressInterest(ctx, input)),
  request: companyMemberProcedure
    .input(requestIntroductionInputSchema)
    .output(introductionChangeSchema)
    .mutation(({ ctx, input }) => introductions.requestIntroduction(ctx, input)),
  list: companyMemberProcedure
    .input(introductionListInputSchema)
    .output(introductionListOutputSchema)
    .query(({ ctx, input }) => introductions.listIntroductions(ctx, input)),
  get: companyMemberProcedure
    .input(introductionGetInputSchema)
    .output(introductionDetailSchema)
    .query(({ ctx, input }) => introductions.getIntroduction(ctx, input)),
  accept: companyMemberProcedure
    .input(introductionIdInputSchema)
    .output(introductionChangeSchema)
    .mutation(({ ctx, input }) => introductions.acceptIntroduction(ctx, input)),
  decline: companyMemberProcedure
    .input(decideIntroductionInputSchema)
    .output(introductionChangeSchema)
    .mutation(({ ctx, input }) => introductions.declineIntroduction(ctx, input)),
  withdraw: companyMemberProcedure
    .input(introductionIdInputSchema)
    .output(introductionChangeSchema)
    .mutation(({ ctx, input }) => introductions.withdrawIntroduction(ctx, input)),
  messages: companyMemberProcedure
    .input(introductionIdInputSchema)
    .output(threadMessagesSchema)
    .query(({ ctx, input }) => introductions.listMessages(ctx, input)),
  sendMessage: companyMemberProcedure
    .input(sendMessageInputSchema)
    .output(threadMessageSchema)
    .mutation(({ ctx, input }) => introductions.sendMessage(ctx, input)),
  interestOptions: authedProcedure
    .input(interestOptionsInputSchema)
    .output(interestOptionsSchema)
    .query(({ ctx, input }) => introductions.interestOptions(ctx, input)),
  listForCluster: clusterManagerProcedure
    .input(clusterIntroductionListInputSchema)
    .output(clusterIntroductionListOutputSchema)
    .query(({ ctx, input }) => introductions.listForCluster(ctx, input)),
  /** Every cluster the caller manages (admins: every introduction); nothing for anyone else. */
  listForManagedClusters: authedProcedure
    .input(clusterIntroductionListInputSchema)
    .output(clusterIntroductionListOutputSchema)
    .query(({ ctx, input }) => introductions.listForManagedClusters(ctx, input)),
  forward: clusterManagerProcedure
    .input(forwardIntroductionInputSchema)
    .output(introductionChangeSchema)
    .mutation(({ ctx, input }) => introductions.forwardIntroduction(ctx, input)),
  brokerDecline: clusterManagerProcedure
    .input(brokerDeclineInputSchema)
    .output(introductionChangeSchema)
    .mutation(({ ctx, input }) => introductions.brokerDecline(ctx, input)),
});
