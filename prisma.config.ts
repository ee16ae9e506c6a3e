import { defineConfig } from "prisma/config";

// Prisma 7 keeps the datasource URL here. Our own runner applies migrations on PGlite and
// PostgreSQL; on a machine where Prisma's engine downloads, `prisma migrate deploy|status`
// read DATABASE_URL from this file.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/cluster_match" },
});
