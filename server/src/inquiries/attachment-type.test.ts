import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { contentDisposition, detectAttachmentType, safeFileName } from "./attachment-type.ts";

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), "../../test/fixtures/drawings");
const fixture = (name: string) => readFileSync(path.join(fixtures, name));

describe("inquiry attachment type by content", () => {
  it("recognises real PDF, ASCII and binary DXF and STEP files", () => {
    expect(detectAttachmentType(fixture("bracket.pdf"))).toBe("application/pdf");
    expect(detectAttachmentType(fixture("bracket.dxf"))).toBe("image/vnd.dxf");
    expect(detectAttachmentType(fixture("binary.dxf"))).toBe("image/vnd.dxf");
    expect(detectAttachmentType(fixture("bracket.step"))).toBe("application/step");
  });

  it("recognises PNG and JPEG images", async () => {
    const image = sharp({ create: { width: 4, height: 4, channels: 3, background: { r: 10, g: 20, b: 30 } } });
    expect(detectAttachmentType(await image.clone().png().toBuffer())).toBe("image/png");
    expect(detectAttachmentType(await image.clone().jpeg().toBuffer())).toBe("image/jpeg");
  });

  it("accepts a DXF with LF line ends and a STEP file after a byte order mark", () => {
    const dxf = fixture("bracket.dxf").toString("latin1").replace(/\r\n/g, "\n");
    expect(detectAttachmentType(Buffer.from(dxf, "latin1"))).toBe("image/vnd.dxf");
    expect(detectAttachmentType(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), fixture("bracket.step")]))).toBe("application/step");
  });

  it("refuses a program or a web page renamed to .pdf, a text note named .dxf, and an empty file", () => {
    expect(detectAttachmentType(fixture("setup.pdf"))).toBeNull();
    expect(detectAttachmentType(fixture("page.pdf"))).toBeNull();
    expect(detectAttachmentType(fixture("notes.dxf"))).toBeNull();
    expect(detectAttachmentType(Buffer.alloc(0))).toBeNull();
    // "%PDF-" further in is not a PDF, nor is a STEP keyword after other text.
    expect(detectAttachmentType(Buffer.from(" junk\n%PDF-1.4"))).toBeNull();
    expect(detectAttachmentType(Buffer.from("hello\nISO-10303-21;"))).toBeNull();
    // A DXF head must be text: a NUL in it is refused.
    expect(detectAttachmentType(Buffer.from("  0\nSECTION\n  2\nHEADER\n\0"))).toBeNull();
  });

  it("gives a file name without folders or control characters and with the content's extension", () => {
    expect(safeFileName("C:\\drawings\\bracket.pdf", "application/pdf")).toBe("bracket.pdf");
    expect(safeFileName("../../etc/passwd", "application/pdf")).toBe("passwd.pdf");
    expect(safeFileName("setup.exe", "application/pdf")).toBe("setup.exe.pdf");
    expect(safeFileName("part.STP", "application/step")).toBe("part.STP");
    expect(safeFileName("a\u202Egpj.exe", "image/jpeg")).toBe("agpj.exe.jpg");
    expect(safeFileName("", "image/vnd.dxf")).toBe("drawing.dxf");
    expect(safeFileName(`${"x".repeat(300)}.pdf`, "application/pdf")).toHaveLength(200);
  });

  it("offers downloads as attachments with an ASCII and a UTF-8 name", () => {
    expect(contentDisposition("Чертеж \"1\".pdf")).toBe(`attachment; filename="______ _1_.pdf"; filename*=UTF-8''%D0%A7%D0%B5%D1%80%D1%82%D0%B5%D0%B6%20%221%22.pdf`);
  });
});
