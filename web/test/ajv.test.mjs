// The committed draft-07 and 2020-12 schemas load in Ajv in strict mode without warnings or
// errors, and Ajv agrees with the Rust side on the schema fixtures (valid ones pass, broken
// ones fail), read from the same files as tests/integration/schema.rs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv from "ajv";
import Ajv2020 from "ajv/dist/2020.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const kinds = ["theory-of-value", "persona-set", "census", "assessment", "measurement-plan", "report", "estimate", "comparison", "funding"];
const read = (p) => JSON.parse(readFileSync(join(root, p), "utf8"));

function strictAjv(dialect) {
  const messages = [];
  const logger = {
    log: (...m) => messages.push(["log", ...m]),
    warn: (...m) => messages.push(["warn", ...m]),
    error: (...m) => messages.push(["error", ...m]),
  };
  const options = { strict: true, allErrors: true, logger };
  const ajv = dialect === "2020-12" ? new Ajv2020(options) : new Ajv(options);
  return { ajv, messages };
}

for (const dialect of ["draft-07", "2020-12"]) {
  for (const lang of ["nl", "en"]) {
    test(`${dialect} ${lang}: every schema compiles in strict mode without warnings`, () => {
      for (const kind of kinds) {
        const { ajv, messages } = strictAjv(dialect);
        const schema = read(`schemas/${dialect}/${lang}/${kind}.schema.json`);
        ajv.compile(schema);
        assert.deepEqual(messages, [], `${kind}: ${JSON.stringify(messages)}`);
      }
    });

    test(`${dialect} ${lang}: Ajv agrees with serde on the schema fixtures`, () => {
      const validators = Object.fromEntries(
        kinds.map((kind) => [kind, strictAjv(dialect).ajv.compile(read(`schemas/${dialect}/${lang}/${kind}.schema.json`))]),
      );
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
  }
}

test("the embedded national ToV and the example documents pass the draft-07 schemas", () => {
  const pairs = [
    ["theory-of-value", "data/national-tov.json"],
    ["theory-of-value", "data/example/tov.json"],
    ["persona-set", "data/example/personas.json"],
    ["census", "data/example/census.json"],
    ["assessment", "data/example/assessment-2025.json"],
    ["measurement-plan", "data/example/measurement-plan.json"],
  ];
  for (const [kind, file] of pairs) {
    const validate = strictAjv("draft-07").ajv.compile(read(`schemas/draft-07/nl/${kind}.schema.json`));
    assert.ok(validate(read(file)), `${file}: ${JSON.stringify(validate.errors)}`);
  }
});
