// Fails when the folders of server/src import each other in a circle (type-only imports count:
// they tie the code together just the same). Nodes are the top-level folders and the files
// directly in server/src; tests are left out. Part of `pnpm lint`.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../server/src");
const skipped = new Set(["generated", "node_modules"]);

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return skipped.has(entry.name) ? [] : sourceFiles(file);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

/** "companies/" for anything under server/src/companies, "trpc.ts" for a file at the top. */
function nodeOf(file) {
  const parts = path.relative(root, file).split(path.sep);
  return parts.length > 1 ? `${parts[0]}/` : parts[0];
}

const importPattern = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)["'](\.{1,2}\/[^"']+)["']/gm;
const edges = new Map(); // node → Map(node → example "file -> import")
for (const file of sourceFiles(root)) {
  for (const match of readFileSync(file, "utf8").matchAll(importPattern)) {
    const target = path.resolve(path.dirname(file), match[1]);
    if (!target.startsWith(root + path.sep)) continue;
    const from = nodeOf(file);
    const to = nodeOf(target);
    if (from === to) continue;
    if (!edges.has(from)) edges.set(from, new Map());
    if (!edges.get(from).has(to)) edges.get(from).set(to, `${path.relative(root, file)} -> ${match[1]}`);
  }
}

// Tarjan's strongly connected components: any component with more than one node is a circle.
let counter = 0;
const index = new Map();
const low = new Map();
const stack = [];
const onStack = new Set();
const circles = [];
function visit(node) {
  index.set(node, counter);
  low.set(node, counter++);
  stack.push(node);
  onStack.add(node);
  for (const next of edges.get(node)?.keys() ?? []) {
    if (!index.has(next)) {
      visit(next);
      low.set(node, Math.min(low.get(node), low.get(next)));
    } else if (onStack.has(next)) low.set(node, Math.min(low.get(node), index.get(next)));
  }
  if (low.get(node) === index.get(node)) {
    const component = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1) circles.push(component);
  }
}
const nodes = new Set([...edges.keys(), ...[...edges.values()].flatMap((m) => [...m.keys()])]);
for (const node of nodes) if (!index.has(node)) visit(node);

if (circles.length === 0) {
  console.log(`layers: ${nodes.size} folders and top-level files of server/src, ${[...edges.values()].reduce((n, m) => n + m.size, 0)} import edges, no circle`);
} else {
  for (const circle of circles) {
    console.error(`layers: these import each other in a circle: ${circle.sort().join(", ")}`);
    for (const from of circle) for (const [to, example] of edges.get(from) ?? []) if (circle.includes(to)) console.error(`  ${from} -> ${to}   (${example})`);
  }
  process.exit(1);
}
