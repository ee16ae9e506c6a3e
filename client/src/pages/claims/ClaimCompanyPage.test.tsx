import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderPage } from "../../../test/render.tsx";
import { StubError } from "../../../test/trpcStub.ts";
import { ClaimCompanyPage } from "./ClaimCompanyPage.tsx";

const company = { id: "c1", name: "Алфа ООД", nameLatin: "Alfa OOD", slug: "alfa" };
const me = { id: "u1", email: "ana@gmail.com", name: "Ana", role: "MEMBER" as const, locale: "en", memberships: [], managedClusters: [], unreadNotifications: 0 };
const waitingForCode = {
  id: "k1",
  status: "AWAITING_CODE",
  method: null,
  company,
  createdAt: "2026-12-10T06:00:00.000Z",
  decidedAt: null,
  rejectReason: null,
  codeSentTo: "o•••@alfa.bg",
  codeExpiresAt: "2026-12-10T06:30:00.000Z",
  attemptsLeft: 5,
  resendInSeconds: 0,
};
const options = (openClaim: unknown, extra: Record<string, unknown> = {}) => ({
  company,
  blocked: null,
  domainMatches: false,
  registeredEmail: "o•••@alfa.bg",
  openClaim,
  decidedBy: "managers",
  ...extra,
});

function renderClaim(handlers: Record<string, unknown>) {
  return renderPage(<ClaimCompanyPage />, {
    url: "/claim/company/alfa",
    path: "/claim/company/:slug",
    handlers: { accounts: { me: () => me }, claims: handlers as never },
  });
}

describe("the claim page", () => {
  it("offers the code and the contact point's approval, in that order, when the address is not at the firm's domain", async () => {
    renderClaim({ options: () => options(null) });
    expect(await screen.findByRole("heading", { level: 1, name: "Claim Alfa OOD" })).toBeTruthy();
    expect(screen.getByText(/We send a 6-digit code to the company's registered address o•••@alfa.bg/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Claim the company now" })).toBeNull();
    expect(screen.getByText(/Your claim is checked and decided by the cluster.s managers/)).toBeTruthy();
  });

  it("checks the code's form before sending it and words a wrong code with the tries left", async () => {
    const page = renderClaim({
      options: () => options(waitingForCode),
      verifyCode: () => {
        throw new StubError("TOKEN_INVALID", { reason: "wrong_code", attemptsLeft: 3 });
      },
    });
    const field = await screen.findByRole("textbox", { name: "Code" });
    await page.user.type(field, "12a");
    await page.user.click(screen.getByRole("button", { name: "Confirm" }));
    expect(await screen.findByText("Enter the 6 digits of the code.")).toBeTruthy();
    expect(page.callsTo("claims.verifyCode")).toEqual([]);

    await page.user.clear(field);
    await page.user.type(field, "123456");
    await page.user.click(screen.getByRole("button", { name: "Confirm" }));
    expect(await screen.findByText("That code is not right. 3 tries left.")).toBeTruthy();
    expect(page.callsTo("claims.verifyCode")).toEqual([{ claimId: "k1", code: "123456" }]);
  });

  it("says a firm with a team cannot be claimed and leads to its page", async () => {
    renderClaim({ options: () => options(null, { blocked: "has_members" }) });
    expect(await screen.findByRole("heading", { name: "This company already has a team" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Go to the company's page" }).getAttribute("href")).toBe("/companies/alfa");
  });
});
