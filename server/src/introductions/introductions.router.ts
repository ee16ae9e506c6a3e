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
import type { Context } from "../context.ts";
import { authedProcedure, clusterManagerProcedure, companyMemberProcedure, router } from "../trpc.ts";
import * as introductions from "./introductions.service.ts";

const deps = (ctx: Pick<Context, "prisma" | "services" | "clock">) => ({ prisma: ctx.prisma, publicUrl: ctx.services.publicUrl, clock: ctx.clock });

export const introductionsRouter = router({
  expressInterest: companyMemberProcedure
    .input(expressInterestInputSchema)
    .output(introductionChangeSchema)
    .mutation(({ ctx, input }) => introductions.expressInterest(deps(ctx), ctx, input)),
  request: companyMemberProcedure
    .input(requestIntroductionInputSchema)
    .output(introductionChangeSchema)
    .mutation(({ ctx, input }) => introductions.requestIntroduction(deps(ctx), ctx, input)),
  list: companyMemberProcedure
    .input(introductionListInputSchema)
    .output(introductionListOutputSchema)
    .query(({ ctx, input }) => introductions.listIntroductions(deps(ctx), ctx, input)),
  get: companyMemberProcedure
    .input(introductionGetInputSchema)
    .output(introductionDetailSchema)
    .query(({ ctx, input }) => introductions.getIntroduction(deps(ctx), ctx, input)),
  accept: companyMemberProcedure
    .input(introductionIdInputSchema)
    .output(introductionChangeSchema)
    .mutation(({ ctx, input }) => introductions.acceptIntroduction(deps(ctx), ctx, input)),
  decline: companyMemberProcedure
    .input(decideIntroductionInputSchema)
    .output(introductionChangeSchema)
    .mutation(({ ctx, input }) => introductions.declineIntroduction(deps(ctx), ctx, input)),
  withdraw: companyMemberProcedure
    .input(introductionIdInputSchema)
    .output(introductionChangeSchema)
    .mutation(({ ctx, input }) => introductions.withdrawIntroduction(deps(ctx), ctx, input)),
  messages: companyMemberProcedure
    .input(introductionIdInputSchema)
    .output(threadMessagesSchema)
    .query(({ ctx, input }) => introductions.listMessages(deps(ctx), ctx, input)),
  sendMessage: companyMemberProcedure
    .input(sendMessageInputSchema)
    .output(threadMessageSchema)
    .mutation(({ ctx, input }) => introductions.sendMessage(deps(ctx), ctx, input)),
  interestOptions: authedProcedure
    .input(interestOptionsInputSchema)
    .output(interestOptionsSchema)
    .query(({ ctx, input }) => introductions.interestOptions(deps(ctx), ctx.user, input)),
  listForCluster: clusterManagerProcedure
    .input(clusterIntroductionListInputSchema)
    .output(clusterIntroductionListOutputSchema)
    .query(({ ctx, input }) => introductions.listForCluster(deps(ctx), ctx, input)),
  forward: clusterManagerProcedure
    .input(forwardIntroductionInputSchema)
    .output(introductionChangeSchema)
    .mutation(({ ctx, input }) => introductions.forwardIntroduction(deps(ctx), ctx, input)),
  brokerDecline: clusterManagerProcedure
    .input(brokerDeclineInputSchema)
    .output(introductionChangeSchema)
    .mutation(({ ctx, input }) => introductions.brokerDecline(deps(ctx), ctx, input)),
});
