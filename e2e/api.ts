import { expect, type APIRequestContext } from "@playwright/test";
import { query } from "./helpers.ts";

// Set-up through the API for tests whose subject is elsewhere: accounts, memberships, fixtures.
// Mutations carry the app's own Origin, as a browser's would (the server refuses cross-site ones).

interface Envelope<T> {
  result?: { data: T };
  error?: { data?: { appCode?: string } };
}

/** The administrator e2e/start-app.mjs creates at start (ADMIN_EMAIL / ADMIN_PASSWORD). */
export const adminCredentials = { email: "admin@example.test", password: "admin password 123" } as const;

export async function mutate<T>(request: APIRequestContext, baseURL: string, procedure: string, input?: unknown): Promise<T> {
  const res = await request.post(`/trpc/${procedure}`, { data: input, headers: { origin: baseURL } });
  const body = (await res.json()) as Envelope<T>;
  expect(res.ok(), `${procedure}: ${JSON.stringify(body.error?.data ?? body)}`).toBe(true);
  return body.result!.data;
}

/** The link of the newest e-mail of a template to an address, from the development mailbox. */
export async function linkIn(request: APIRequestContext, to: string, template: string): Promise<string> {
  const mails = await query<{ template: string; text: string }[]>(request, "mailbox.list", { to });
  const mail = mails.find((m) => m.template === template);
  expect(mail, `${template} to ${to}`).toBeDefined();
  return mail!.text.match(/https?:\/\/\S+/)![0];
}

/** A new member: signs up and confirms through the mailbox link; the confirmation sets the session cookie. */
export async function signUpMember(
  request: APIRequestContext,
  baseURL: string,
  email: string,
  options: { name?: string; locale?: "bg" | "en" | "de" } = {},
): Promise<void> {
  const person = { name: options.name ?? "Elena Georgieva", email, password: "a long password 123", locale: options.locale ?? "en", acceptPrivacy: true };
  await mutate(request, baseURL, "accounts.signUp", person);
  const link = await linkIn(request, email, "verify_email");
  await mutate(request, baseURL, "accounts.verifyEmail", { token: new URL(link).searchParams.get("token") });
}

export async function signInAdmin(request: APIRequestContext, baseURL: string): Promise<void> {
  await mutate(request, baseURL, "accounts.signIn", adminCredentials);
}

/** A Bulgarian EIK with a valid check digit, starting with 9 (no demo company has one). */
export function validEik(): string {
  const d = [9, ...Array.from({ length: 7 }, () => Math.floor(Math.random() * 10))];
  let r = d.reduce((sum, v, i) => sum + v * (i + 1), 0) % 11;
  if (r === 10) r = (d.reduce((sum, v, i) => sum + v * (i + 3), 0) % 11) % 10;
  return [...d, r].join("");
}

interface Editable {
  version: number;
  data: Record<string, unknown>;
  revision: { id: string } | null;
}

/**
 * Publishes a member's newly registered firm: the member fills in what review needs and submits,
 * the admin (signed in on adminRequest) approves. Only a published firm may get in touch.
 */
export async function approveFirm(memberRequest: APIRequestContext, adminRequest: APIRequestContext, baseURL: string, companyId: string): Promise<void> {
  const editable = await query<Editable>(memberRequest, "companies.getEditable", { companyId });
  const data = { ...editable.data, capabilities: ["SHEET.LASER_CUTTING"], description: { en: "Laser-cut and welded stainless parts for machine builders." } };
  const saved = await mutate<Editable>(memberRequest, baseURL, "companies.updateProfile", { companyId, data, version: editable.version });
  const submitted = await mutate<Editable>(memberRequest, baseURL, "companies.submitForReview", { companyId, version: saved.version });
  await mutate(adminRequest, baseURL, "companies.approveRevision", { revisionId: submitted.revision!.id });
}
