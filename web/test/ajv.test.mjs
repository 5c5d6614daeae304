// The committed draft-07 and 2020-12 schemas load in Ajv in strict mode without warnings or
// errors (draft-07 with `ajv`, 2020-12 with `ajv/dist/2020`), and Ajv agrees with the Rust side:
// every valid fixture and example document passes, also with `useDefaults` (the defaults Ajv
// fills in pass their own schema), every share the crate accepts passes (0.3 and every other
// value with at most four decimals), and the broken schema fixtures fail.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv";
import Ajv2020 from "ajv/dist/2020.js";
import { root, kinds, read, validDocuments } from "../documents.mjs";

function strictAjv(dialect, extra = {}) {
  const messages = [];
  const logger = {
    log: (...m) => messages.push(["log", ...m]),
    warn: (...m) => messages.push(["warn", ...m]),
    error: (...m) => messages.push(["error", ...m]),
  };
  const options = { strict: true, allErrors: true, logger, ...extra };
  const ajv = dialect === "2020-12" ? new Ajv2020(options) : new Ajv(options);
  return { ajv, messages };
}

const compile = (dialect, lang, kind, extra) =>
  strictAjv(dialect, extra).ajv.compile(read(`schemas/${dialect}/${lang}/${kind}.schema.json`));

for (const dialect of ["draft-07", "2020-12"]) {
  for (const lang of ["nl", "en"]) {
    test(`${dialect} ${lang}: every schema compiles in strict mode without warnings`, () => {
      for (const kind of kinds) {
        const { ajv, messages } = strictAjv(dialect);
        ajv.compile(read(`schemas/${dialect}/${lang}/${kind}.schema.json`));
        assert.deepEqual(messages, [], `${kind}: ${JSON.stringify(messages)}`);
      }
    });

    test(`${dialect} ${lang}: Ajv agrees with serde on the schema fixtures`, () => {
      const validators = Object.fromEntries(kinds.map((kind) => [kind, compile(dialect, lang, kind)]));
      const disagreements = [];
      let checked = 0;
      for (const [dir, valid] of [["valid", true], ["invalid", false]]) {
        const folder = join("tests", "fixtures", "schema", dir);
        for (const file of readdirSync(join(root, folder)).filter((f) => f.endsWith(".json")).sort()) {
          const kind = file.split("--")[0];
          const validate = validators[kind];
          assert.ok(validate, `unknown kind in ${file}`);
          if (validate(read(join(folder, file))) !== valid) {
            disagreements.push(`${dir}/${file}: ${JSON.stringify(validate.errors)}`);
          }
          checked += 1;
        }
      }
      assert.ok(checked >= 20, `only ${checked} fixtures`);
      assert.deepEqual(disagreements, []);
    });

    test(`${dialect} ${lang}: every valid document passes, also with useDefaults`, () => {
      const documents = validDocuments();
      assert.ok(documents.length >= 15, `only ${documents.length} documents`);
      for (const useDefaults of [false, true]) {
        const validators = Object.fromEntries(kinds.map((kind) => [kind, compile(dialect, lang, kind, { useDefaults })]));
        for (const { kind, file, document } of documents) {
          const copy = structuredClone(document);
          const validate = validators[kind];
          assert.ok(validate(copy), `${file} (useDefaults ${useDefaults}): ${JSON.stringify(validate.errors)}`);
        }
      }
    });

    test(`${dialect} ${lang}: every share the crate accepts passes (0.3, 0.15, 0.29, …)`, () => {
      const validate = compile(dialect, lang, "persona-set");
      const personas = read("data/example/personas.json");
      const entry = personas.personas[0].care_avoided[0].adjustments.deadweight;
      assert.equal(typeof entry.share, "number");
      const refused = [];
      for (let k = 0; k <= 10000; k += 1) {
        // As JSON text writes it: the shortest decimal, e.g. 0.3 (not 3000 × 0.0001).
        entry.share = Number((k / 10000).toString());
        if (!validate(personas)) refused.push(entry.share);
      }
      assert.deepEqual(refused, []);
      for (const bad of [-0.0001, 1.0001, 2]) {
        entry.share = bad;
        assert.equal(validate(personas), false, `${bad}`);
      }
    });
  }
}
