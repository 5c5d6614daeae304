// The TypeScript declarations under schemas/typescript match what web/typescript.mjs generates
// from the 2020-12 schemas, and every valid document type-checks against its declaration with
// `tsc --strict`; a document with an unknown vocabulary value or a misspelt field does not.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { root, kinds, validDocuments, read } from "../documents.mjs";
import { declarations, declarationPath, typeName } from "../typescript.mjs";

test("the committed TypeScript declarations match the schemas", async () => {
  for (const kind of kinds) {
    assert.equal(readFileSync(declarationPath(kind), "utf8"), await declarations(kind), `${kind}: run \`node typescript.mjs\` in web/`);
  }
});

function typeCheck(documents) {
  const dir = mkdtempSync(join(tmpdir(), "tov-ts-"));
  try {
    const files = documents.map(({ kind, document }, i) => {
      const file = join(dir, `doc${i}.ts`);
      writeFileSync(
        file,
        `import type { ${typeName(kind)} } from ${JSON.stringify(declarationPath(kind).replace(/\.d\.ts$/, ""))};\n` +
          `export const doc: ${typeName(kind)} = ${JSON.stringify(document, null, 1)};\n`,
      );
      return file;
    });
    try {
      execFileSync(join(root, "web", "node_modules", ".bin", "tsc"), ["--strict", "--noEmit", "--target", "es2020", ...files], {
        encoding: "utf8",
      });
      return "";
    } catch (e) {
      return e.stdout || String(e);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("every valid document type-checks with tsc --strict", () => {
  const documents = validDocuments();
  assert.ok(documents.length >= 15);
  assert.equal(typeCheck(documents), "");
});

test("tsc refuses an unknown vocabulary value and a misspelt field", () => {
  const tov = read("data/example/tov.json");
  const badKind = structuredClone(tov);
  badKind.activities[0].kind = "walk_inn";
  assert.match(typeCheck([{ kind: "theory-of-value", document: badKind }]), /walk_inn/);
  const misspelt = structuredClone(tov);
  misspelt.titel = misspelt.title;
  assert.match(typeCheck([{ kind: "theory-of-value", document: misspelt }]), /titel/);
});
