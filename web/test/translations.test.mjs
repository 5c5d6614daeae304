// The translations of the form libraries' own texts under schemas/ui match what
// web/translations.mjs generates from the committed schemas and UI schemas, and say the same in
// both languages: the same keys, and in Dutch none of the libraries' English.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import jsonforms from "@jsonforms/core";
import { files, text } from "../translations.mjs";

test("the committed translations are what web/translations.mjs generates", () => {
  for (const file of files) assert.equal(readFileSync(file.path, "utf8"), text(file), `${file.path}: run \`node translations.mjs\` in web/`);
});

test("Dutch and English translations have the same keys, and the Dutch none of JSON Forms' English", () => {
  const english = new Set(jsonforms.arrayDefaultTranslations.map((t) => t.default()));
  for (const file of files.filter((f) => f.lang === "nl")) {
    const nl = JSON.parse(text(file));
    const en = JSON.parse(text({ ...file, lang: "en" }));
    assert.deepEqual(Object.keys(nl), Object.keys(en), file.path);
    for (const [key, value] of Object.entries(nl)) {
      assert.ok(!english.has(value) && !/^Add to /.test(value) && !/\bmust\b/.test(value), `${file.path}: ${key} is ${value}`);
    }
  }
  // Every list of the ToV form has all of JSON Forms' texts of a list.
  const tov = JSON.parse(text(files.find((f) => f.library === "jsonforms" && f.lang === "nl" && f.kind === "theory-of-value")));
  for (const { key } of jsonforms.arrayDefaultTranslations) {
    for (const list of ["scope.municipalities", "authors", "outputs", "outputs.outcomes"]) assert.ok(tov[`${list}.${key}`], `${list}.${key}`);
  }
});
