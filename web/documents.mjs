// The documents the web checks share with the Rust tests: the document kinds (from the
// committed schemas, so a new kind is covered once its schemas are generated) and every valid
// document: the schema fixtures, the valid ToV fixtures, the national ToV and the examples.
import { readFileSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..");

export const read = (p) => JSON.parse(readFileSync(join(root, p), "utf8").replace(/^\uFEFF/, ""));

/** Every document kind, in the order `DocumentKind::ALL` writes the schema files. */
export const kinds = readdirSync(join(root, "schemas", "2020-12", "nl"))
  .filter((f) => f.endsWith(".schema.json"))
  .map((f) => f.replace(/\.schema\.json$/, ""))
  .sort();

const jsonFiles = (dir) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => join(dir, f));

/** The national ToV and the example documents, by kind. */
export const examples = [
  ["theory-of-value", "data/national-tov.json"],
  ["theory-of-value", "data/example/tov.json"],
  ["persona-set", "data/example/personas.json"],
  ["census", "data/example/census.json"],
  ["assessment", "data/example/assessment-2025.json"],
  ["assessment", "data/example/assessment-2026.json"],
  ["measurement-plan", "data/example/measurement-plan.json"],
];

/** Every valid document: `{ kind, file, document }`. */
export function validDocuments() {
  const out = [];
  for (const file of jsonFiles("tests/fixtures/schema/valid")) {
    out.push({ kind: file.split("/").pop().split("--")[0], file });
  }
  for (const file of jsonFiles("tests/fixtures/valid")) {
    out.push({ kind: "theory-of-value", file });
  }
  for (const [kind, file] of examples) out.push({ kind, file });
  return out.map((d) => ({ ...d, document: read(d.file) }));
}
