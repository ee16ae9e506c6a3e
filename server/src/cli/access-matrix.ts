// Prints the authorization matrix (procedure × role) from the rules the procedures declare, or
// with --write puts it into the README between its markers. access.test.ts checks they agree.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "../config.ts";
import { appRouter } from "../router.ts";
import type { Access, Meta } from "../trpc.ts";

const columns: Record<Access, [string, string, string, string, string]> = {
  //            visitor, member (editor), owner, cluster manager, admin
  public: ["✓", "✓", "✓", "✓", "✓"],
  authed: ["–", "✓", "✓", "✓", "✓"],
  companyMember: ["–", "own company", "own company", "its cluster's", "✓"],
  companyOwner: ["–", "–", "own company", "its cluster's", "✓"],
  clusterManager: ["–", "–", "–", "own cluster", "✓"],
  admin: ["–", "–", "–", "–", "✓"],
  // The development mailbox: a browser on the server's own machine, whoever is signed in, or an admin anywhere.
  adminOrLocal: ["this machine", "this machine", "this machine", "this machine", "✓"],
};

export function accessMatrix(): string {
  const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { meta?: Meta } }>);
  const rows = procedures.map(([name, p]) => {
    const access = p._def.meta?.access ?? "public";
    return `| \`${name}\` | ${access} | ${columns[access].join(" | ")} |`;
  });
  return ["| procedure | rule | visitor | member | owner | cluster manager | admin |", "|---|---|---|---|---|---|---|", ...rows].join("\n");
}

const start = "<!-- access-matrix:start -->";
const end = "<!-- access-matrix:end -->";

if (process.argv.includes("--write")) {
  const file = path.join(repoRoot, "README.md");
  const readme = readFileSync(file, "utf8");
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < 0) throw new Error(`README.md lacks the markers ${start} … ${end}`);
  writeFileSync(file, `${readme.slice(0, from + start.length)}\n${accessMatrix()}\n${readme.slice(to)}`);
  console.log("README.md: authorization matrix updated");
} else {
  console.log(accessMatrix());
}
