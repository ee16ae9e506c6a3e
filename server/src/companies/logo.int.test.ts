import { appCodeOf } from "../../test/error-codes.ts";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createInnerContext, type SessionUser } from "../context.ts";
import { createCaller } from "../router.ts";
import { createS3Storage, type FileStorage } from "../storage/file-storage.ts";
import { buildActors, type Actors } from "../../test/builders.ts";
import { callerFor, servicesFor, useSeededDatabase } from "../../test/fixtures.ts";
import { startTestHttpApp, type TestHttpApp } from "../../test/http-client.ts";
import { testLogger } from "../../test/test-database.ts";

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 4, background: { r: 22, g: 101, b: 52, alpha: 0.8 } } }).png().toBuffer();
const b64 = (bytes: Buffer) => bytes.toString("base64");

/** Random pixels do not compress: a PNG of about 2.5 MB. */
async function hugePng(): Promise<Buffer> {
  const width = 1000;
  const height = 850;
  const raw = Buffer.alloc(width * height * 3);
  for (let i = 0; i < raw.length; i++) raw[i] = Math.floor(Math.random() * 256);
  return sharp(raw, { raw: { width, height, channels: 3 } }).png({ compressionLevel: 0 }).toBuffer();
}

describe(`company logos (${process.env.TEST_DB})`, () => {
  const seeded = useSeededDatabase();
  let actors: Actors;
  let app: TestHttpApp;
  const as = (user: SessionUser | null) => callerFor(seeded.db.prisma, seeded.search, user);
  const prisma = () => seeded.db.prisma;
  const storage = () => servicesFor(prisma()).storage;

  beforeAll(async () => {
    actors = await buildActors(seeded.db.prisma);
    app = await startTestHttpApp(seeded.db, seeded.search);
  });
  afterAll(async () => {
    await app.close();
  });

  it("re-encodes a PNG to WebP inside 512×512, keeps it in the draft until approval, then serves it", async () => {
    const { companyId, owner, admin } = actors;
    const slug = (await prisma().company.findUniqueOrThrow({ where: { id: companyId }, select: { slug: true } })).slug;
    const uploaded = await as(owner).companies.uploadLogo({ companyId, fileName: "logo.png", dataBase64: b64(await png(1600, 800)) });
    expect(uploaded.logoKey).toMatch(new RegExp(`^logos/${companyId}-[0-9a-f]{24}\\.webp$`));
    expect(uploaded).toMatchObject({ logoUrl: `/files/${uploaded.logoKey}`, width: 512, height: 256 });
    const stored = await storage().get(uploaded.logoKey);
    expect(stored?.contentType).toBe("image/webp");
    expect(await sharp(stored!.bytes).metadata()).toMatchObject({ format: "webp", width: 512, height: 256 });

    // The published profile keeps its old logo until an admin approves.
    expect((await as(null).companies.get({ idOrSlug: slug })).logoUrl).toBeNull();
    const draft = await as(owner).companies.getEditable({ companyId });
    expect(draft).toMatchObject({ logoUrl: uploaded.logoUrl, data: { logoKey: uploaded.logoKey }, revision: { status: "DRAFT" } });

    await as(owner).companies.submitForReview({ companyId });
    const diff = await as(admin).companies.revisionDiff({ revisionId: draft.revision!.id, locale: "en" });
    expect(diff.changes).toContainEqual({ kind: "logo", field: "logoKey", before: null, after: uploaded.logoUrl });
    await as(admin).companies.approveRevision({ revisionId: draft.revision!.id });
    expect((await as(null).companies.get({ idOrSlug: slug })).logoUrl).toBe(uploaded.logoUrl);

    const res = await fetch(`${app.base}${uploaded.logoUrl}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/webp");
    expect(res.headers.get("cache-control")).toContain("immutable");
    expect((await sharp(Buffer.from(await res.arrayBuffer())).metadata()).format).toBe("webp");
    expect((await fetch(`${app.base}/files/logos/..%2F..%2Fetc%2Fpasswd`)).status).toBe(404);
  });

  it("never enlarges a small logo and strips its metadata", async () => {
    const { companyId, editor } = actors;
    const jpeg = await sharp({ create: { width: 120, height: 80, channels: 3, background: "#1d4ed8" } })
      .withExif({ IFD0: { Copyright: "Secret Owner", Artist: "GPS 42.69N 23.32E" } })
      .jpeg()
      .toBuffer();
    expect((await sharp(jpeg).metadata()).exif).toBeDefined();
    const uploaded = await as(editor).companies.uploadLogo({ companyId, fileName: "photo.jpg", dataBase64: b64(jpeg) });
    expect(uploaded).toMatchObject({ width: 120, height: 80 });
    const stored = await storage().get(uploaded.logoKey);
    const metadata = await sharp(stored!.bytes).metadata();
    expect(metadata.exif).toBeUndefined();
    expect(metadata.icc).toBeUndefined();
    expect(stored!.bytes.includes(Buffer.from("Secret Owner"))).toBe(false);
  });

  it("replaces the draft's logo and deletes the file it replaced, and removes it", async () => {
    const { companyId, owner } = actors;
    const first = await as(owner).companies.uploadLogo({ companyId, fileName: "a.png", dataBase64: b64(await png(64, 64)) });
    const second = await as(owner).companies.uploadLogo({ companyId, fileName: "b.webp", dataBase64: b64(await sharp(await png(64, 64)).webp().toBuffer()) });
    expect(second.logoKey).not.toBe(first.logoKey);
    expect(await storage().get(first.logoKey)).toBeNull();
    expect((await as(owner).companies.getEditable({ companyId })).data.logoKey).toBe(second.logoKey);
    const published = (await prisma().company.findUniqueOrThrow({ where: { id: companyId }, select: { logoKey: true } })).logoKey;

    await as(owner).companies.removeLogo({ companyId });
    expect((await as(owner).companies.getEditable({ companyId })).data.logoKey).toBeNull();
    expect(await storage().get(second.logoKey)).toBeNull();
    // The published logo stays until a revision without it is approved.
    expect(await storage().get(published!)).not.toBeNull();
  });

  it("refuses files over 2 MB and anything that is not PNG, JPEG or WebP, whatever its name", async () => {
    const { companyId, owner } = actors;
    const before = await prisma().companyRevision.findFirst({ where: { companyId, status: "DRAFT" }, select: { data: true } });
    const huge = await hugePng();
    expect(huge.length).toBeGreaterThan(2 * 1024 * 1024);
    expect(huge.length).toBeLessThan(3 * 1024 * 1024);
    expect(await appCodeOf(as(owner).companies.uploadLogo({ companyId, fileName: "huge.png", dataBase64: b64(huge) }))).toBe("FILE_TOO_LARGE");
    const text = Buffer.from("this is not an image, only a text file renamed to .png\n".repeat(20));
    expect(await appCodeOf(as(owner).companies.uploadLogo({ companyId, fileName: "logo.png", dataBase64: b64(text) }))).toBe("UNSUPPORTED_FILE");
    const gif = await sharp({ create: { width: 10, height: 10, channels: 3, background: "#000" } }).gif().toBuffer();
    expect(await appCodeOf(as(owner).companies.uploadLogo({ companyId, fileName: "logo.png", dataBase64: b64(gif) }))).toBe("UNSUPPORTED_FILE");
    const truncated = (await png(200, 200)).subarray(0, 60);
    expect(await appCodeOf(as(owner).companies.uploadLogo({ companyId, fileName: "cut.png", dataBase64: b64(truncated) }))).toBe("UNSUPPORTED_FILE");
    expect(await appCodeOf(as(owner).companies.uploadLogo({ companyId, fileName: "x.png", dataBase64: "%%% not base64 %%%" }))).toBe("UNSUPPORTED_FILE");
    expect(await appCodeOf(as(owner).companies.uploadLogo({ companyId, fileName: "", dataBase64: b64(await png(8, 8)) }))).toBe("VALIDATION");
    expect(await appCodeOf(as(actors.outsider).companies.uploadLogo({ companyId, fileName: "a.png", dataBase64: b64(await png(8, 8)) }))).toBe("FORBIDDEN");
    const after = await prisma().companyRevision.findFirst({ where: { companyId, status: "DRAFT" }, select: { data: true } });
    expect(after).toEqual(before);
  });
});

describe("logos on S3-compatible storage (s3rver)", () => {
  const seeded = useSeededDatabase();
  let server: S3rver;
  let storage: FileStorage;
  let directory: string;

  beforeAll(async () => {
    directory = mkdtempSync(path.join(tmpdir(), "cm-s3rver-"));
    server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory, configureBuckets: [{ name: "cm-logos" }] });
    const { port } = await server.run();
    storage = createS3Storage({ bucket: "cm-logos", endpoint: `http://127.0.0.1:${port}`, region: "us-east-1", accessKeyId: "S3RVER", secretAccessKey: "S3RVER" });
  });
  afterAll(async () => {
    await server.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it("puts, gets and deletes files, and answers null for a missing key", async () => {
    const bytes = await sharp(await png(10, 10)).webp().toBuffer();
    await storage.put("logos/s3-test-1.webp", bytes, "image/webp");
    expect(await storage.get("logos/s3-test-1.webp")).toEqual({ bytes, contentType: "image/webp" });
    await storage.delete("logos/s3-test-1.webp");
    expect(await storage.get("logos/s3-test-1.webp")).toBeNull();
    expect(await storage.get("logos/never-there.webp")).toBeNull();
    await expect(storage.put("../escape.webp", bytes, "image/webp")).rejects.toThrow(/unsafe storage key/);
  });

  it("stores an uploaded logo in the bucket", async () => {
    const actors = await buildActors(seeded.db.prisma);
    const services = { ...servicesFor(seeded.db.prisma), storage };
    const caller = createCaller(createInnerContext({ prisma: seeded.db.prisma, logger: testLogger, search: seeded.search, services, user: actors.owner }));
    const uploaded = await caller.companies.uploadLogo({ companyId: actors.companyId, fileName: "logo.png", dataBase64: b64(await png(300, 600)) });
    const stored = await storage.get(uploaded.logoKey);
    expect(await sharp(stored!.bytes).metadata()).toMatchObject({ format: "webp", width: 256, height: 512 });
    await caller.companies.removeLogo({ companyId: actors.companyId });
    expect(await storage.get(uploaded.logoKey)).toBeNull();
  });
});
