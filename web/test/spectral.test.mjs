// Spectral's OpenAPI ruleset (`spectral:oas`) on every committed OpenAPI 3.0 file: no errors.
// The warnings left are about what a components-only document has by design: no `servers`, no
// `info.contact`, and the document kind as a component no path uses.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { root } from "../documents.mjs";

test("Spectral's OpenAPI ruleset reports no errors on the OpenAPI files", () => {
  const files = ["nl", "en"].flatMap((lang) =>
    readdirSync(join(root, "schemas", "openapi3", lang)).map((f) => join(root, "schemas", "openapi3", lang, f)),
  );
  assert.ok(files.length >= 16);
  let out;
  try {
    out = execFileSync(
      join(root, "web", "node_modules", ".bin", "spectral"),
      ["lint", "--ruleset", join(root, "web", "spectral.yaml"), "--format", "json", "--quiet", ...files],
      { encoding: "utf8", maxBuffer: 64 << 20 },
    );
  } catch (e) {
    // Spectral exits 1 when it reports errors; its JSON is on stdout either way.
    out = e.stdout;
  }
  const results = JSON.parse(out);
  const errors = results.filter((r) => r.severity === 0);
  assert.deepEqual(errors.map((r) => `${r.source}:${r.range.start.line + 1} ${r.code} ${r.message}`), []);
  const warnings = new Set(results.filter((r) => r.severity === 1).map((r) => r.code));
  assert.deepEqual([...warnings].sort(), ["info-contact", "oas3-api-servers", "oas3-unused-component"].filter((c) => warnings.has(c)));
});
