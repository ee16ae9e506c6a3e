import { signUpInputSchema } from "@cluster-match/shared";
import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { invalidFieldsOfIssues, invalidFieldsOfServerError } from "./fieldErrors.ts";

describe("invalidFieldsOfIssues", () => {
  it("names each field the shared schema refuses, once", () => {
    const result = signUpInputSchema.safeParse({ name: "A", email: "not-an-email", password: "short", locale: "bg", acceptPrivacy: false });
    expect(result.success).toBe(false);
    expect([...invalidFieldsOfIssues(result.error!.issues)].sort()).toEqual(["acceptPrivacy", "email", "name", "password"]);
  });

  it("is empty for valid input and ignores issues without a field", () => {
    expect(signUpInputSchema.safeParse({ name: "Ana Petrova", email: "ana@example.test", password: "long enough pw", acceptPrivacy: true }).success).toBe(true);
    expect(invalidFieldsOfIssues([{ path: [] }, { path: [0] }]).size).toBe(0);
  });
});

describe("invalidFieldsOfServerError", () => {
  const serverError = (data: unknown) => TRPCClientError.from({ error: { message: "Invalid input", code: -32600, data } });

  it("reads the flattened zod error the server sends", () => {
    const error = serverError({ appCode: "VALIDATION", zodError: { formErrors: [], fieldErrors: { email: ["Invalid email"], password: [], name: ["Too small"] } } });
    expect([...invalidFieldsOfServerError(error)].sort()).toEqual(["email", "name"]);
  });

  it("is empty for other errors", () => {
    expect(invalidFieldsOfServerError(serverError({ appCode: "INVALID_CREDENTIALS", zodError: null })).size).toBe(0);
    expect(invalidFieldsOfServerError(new Error("boom")).size).toBe(0);
    expect(invalidFieldsOfServerError(undefined).size).toBe(0);
  });
});
