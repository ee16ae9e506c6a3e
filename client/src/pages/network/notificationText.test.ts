import { describe, expect, it } from "vitest";
import { describeNotification } from "./notificationText.ts";

const title = { en: "Subcontractor wanted", de: "Lohnfertiger gesucht" };

describe("notification texts", () => {
  it("names the other company in a readable script and picks the title in the UI language", () => {
    const data = { fromName: "Метал Про ООД", fromNameLatin: "Metal Pro OOD", opportunityTitle: title, path: "/inbox/c1/i1" };
    expect(describeNotification("introduction_received", data, "de")).toEqual({
      key: "interestReceived",
      values: { from: "Metal Pro OOD", title: "Lohnfertiger gesucht" },
      path: "/inbox/c1/i1",
    });
    expect(describeNotification("introduction_received", data, "bg").values.from).toBe("Метал Про ООД");
    expect(describeNotification("introduction_received", { fromName: "X", brokered: true }, "en").key).toBe("requestForwarded");
    expect(describeNotification("introduction_received", { fromName: "X" }, "en").key).toBe("requestReceived");
  });

  it("declines from an anonymous owner without any name", () => {
    const text = describeNotification("introduction_declined", { otherName: null, opportunityTitle: title, reason: "Too far", path: "/inbox/c/i" }, "en");
    expect(text).toEqual({ key: "interestDeclinedHidden", values: { title: "Subcontractor wanted", reason: "Too far" }, path: "/inbox/c/i" });
    expect(describeNotification("introduction_declined", { otherName: "Alpha GmbH" }, "en").key).toBe("requestDeclined");
    expect(describeNotification("introduction_declined", { otherName: "Alpha GmbH", byBroker: true }, "en").key).toBe("brokerDeclined");
    expect(describeNotification("introduction_accepted", { otherName: "Alpha GmbH", opportunityTitle: title }, "en")).toMatchObject({ key: "interestAccepted", values: { other: "Alpha GmbH" } });
  });

  it("links only inside the app", () => {
    expect(describeNotification("message_received", { fromName: "A", excerpt: "Hi", path: "//evil.example/x" }, "en").path).toBeNull();
    expect(describeNotification("message_received", { fromName: "A", excerpt: "Hi", path: "https://evil.example" }, "en").path).toBeNull();
    expect(describeNotification("digest", { name: "CNC", count: 3 }, "en")).toEqual({ key: "digest", values: { name: "CNC", count: "3" }, path: "/saved-searches" });
  });

  it("renders other domains' notices and unknown ones generically", () => {
    expect(describeNotification("company_approved", { companyName: "Alpha GmbH", companyId: "c1" }, "en")).toEqual({
      key: "companyApproved",
      values: { name: "Alpha GmbH", reason: "" },
      path: "/workspace/companies/c1",
    });
    expect(describeNotification("opportunity_rejected", { title, reason: "Unclear" }, "de").values).toEqual({ name: "Lohnfertiger gesucht", reason: "Unclear" });
    expect(describeNotification("something_new", {}, "en")).toEqual({ key: "generic", values: { name: "", reason: "" }, path: null });
  });
});
