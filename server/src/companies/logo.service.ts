import { randomBytes } from "node:crypto";
import type { uploadLogoInputSchema } from "@cluster-match/shared";
import type { z } from "zod";
import { auditIfAuthority } from "../audit/audit-rule.ts";
import type { CompanyContext } from "../context.ts";
import { readEditable, requireCompany, saveWorkingCopy, type DraftVersionInput } from "./editor.service.ts";
import { decodeBase64, reencodeLogo } from "./logo-image.ts";
import { logoUrlOf } from "./profile-data.ts";
import { lockCompany } from "./profile.repository.ts";
import { deleteStoredFile } from "./stored-files.ts";

/**
 * Puts a logo key (or none) into the working copy, so it goes live on approval; with `version`,
 * only into the working copy the editor holds. Returns the draft's previous logo when nothing
 * refers to it any more (not the published one), and the working copy's new version.
 */
async function setDraftLogo(ctx: CompanyContext, logoKey: string | null, version: number | undefined): Promise<{ replaced: string | null; version: number }> {
  const companyId = ctx.company.companyId;
  return ctx.prisma.$transaction(async (tx) => {
    await lockCompany(tx, companyId);
    const row = await requireCompany(tx, companyId);
    const saved = await saveWorkingCopy(tx, row, (current) => ({ ...current, profile: { ...current.profile, logoKey } }), version);
    const previous = saved.before.profile.logoKey;
    await auditIfAuthority(tx, ctx, {
      action: logoKey ? "company.logo.upload" : "company.logo.remove",
      entityType: "company",
      entityId: companyId,
      summary: `${row.name} (${row.registryId}), revision ${saved.revisionId}`,
      before: { logoKey: previous },
      after: { logoKey },
    });
    const replaced = previous && previous !== logoKey && previous !== row.logoKey ? previous : null;
    return { replaced, version: (await readEditable(tx, ctx.company)).version };
  });
}

export async function uploadLogo(ctx: CompanyContext, input: z.infer<typeof uploadLogoInputSchema>) {
  const companyId = ctx.company.companyId;
  await requireCompany(ctx.prisma, companyId);
  const image = await reencodeLogo(decodeBase64(input.dataBase64));
  // A fresh key per upload: served files never change under their name (cached as immutable).
  const logoKey = `logos/${companyId}-${randomBytes(12).toString("hex")}.webp`;
  await ctx.services.storage.put(logoKey, image.bytes, "image/webp");
  let saved: { replaced: string | null; version: number };
  try {
    saved = await setDraftLogo(ctx, logoKey, input.version);
  } catch (error) {
    await deleteStoredFile(ctx, logoKey);
    throw error;
  }
  if (saved.replaced) await deleteStoredFile(ctx, saved.replaced);
  ctx.logger.info({ companyId, logoKey, fileName: input.fileName, bytes: image.bytes.length }, "logo uploaded");
  return { logoKey, logoUrl: logoUrlOf(logoKey)!, width: image.width, height: image.height, version: saved.version };
}

export async function removeLogo(ctx: CompanyContext, input: DraftVersionInput): Promise<{ version: number }> {
  const saved = await setDraftLogo(ctx, null, input.version);
  if (saved.replaced) await deleteStoredFile(ctx, saved.replaced);
  return { version: saved.version };
}
