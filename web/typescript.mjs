// TypeScript declarations from the 2020-12 schemas (English), one file per document kind:
// `schemas/typescript/{kind}.d.ts`. Titles are left out of the input so that types are named
// after the schema's definitions (`Activity`, `Output`) and the document kind
// (`TheoryOfValue`), never after a field's title (`Identifier1`); descriptions become doc
// comments.
//   node typescript.mjs          # write the files
//   node typescript.mjs --check  # fail when a committed file differs
import { compile } from "json-schema-to-typescript";
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { root, kinds, read } from "./documents.mjs";

export const typeName = (kind) => kind.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());

function withoutTitles(v) {
  if (Array.isArray(v)) return v.map(withoutTitles);
  if (v && typeof v === "object") {
    const out = {};
    for (const [k, c] of Object.entries(v)) {
      if (k === "title" && typeof c === "string") continue;
      // Property names are names, not keywords.
      out[k] = k === "properties" ? Object.fromEntries(Object.entries(c).map(([n, s]) => [n, withoutTitles(s)])) : withoutTitles(c);
    }
    return out;
  }
  return v;
}

export async function declarations(kind) {
  const schema = withoutTitles(read(`schemas/2020-12/en/${kind}.schema.json`));
  delete schema.$id;
  return compile(schema, typeName(kind), {
    bannerComment: `/* The ${kind} document of the theory-of-value crate, generated from schemas/2020-12/en/${kind}.schema.json by web/typescript.mjs. Do not edit. */`,
    additionalProperties: false,
    strictIndexSignatures: true,
    unreachableDefinitions: false,
    format: true,
    style: { singleQuote: false, printWidth: 100 },
  });
}

export const declarationPath = (kind) => join(root, "schemas", "typescript", `${kind}.d.ts`);

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes("--check");
  mkdirSync(join(root, "schemas", "typescript"), { recursive: true });
  const drifted = [];
  for (const kind of kinds) {
    const text = await declarations(kind);
    const path = declarationPath(kind);
    if (check) {
      if (!existsSync(path) || readFileSync(path, "utf8") !== text) drifted.push(path);
    } else {
      writeFileSync(path, text);
    }
  }
  if (drifted.length) {
    console.error(`TypeScript declarations drifted; run \`node typescript.mjs\` in web/:\n${drifted.join("\n")}`);
    process.exit(1);
  }
}
