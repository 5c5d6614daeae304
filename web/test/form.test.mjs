// A real browser: headless Chromium renders every document kind's schema, in both languages
// and in draft-07 and 2020-12, with JSON Forms (vanilla and material renderers) and with
// react-jsonschema-form, using the crate's UI schemas. For each form:
// - every field of the schema has a label, group or heading with its title in the form's
//   language, and every required field is marked as required;
// - an empty document shows an input for every required field;
// - the national ToV and the example documents load with zero validation errors, and handing
//   the form back without edits gives the same document.
// One page per library renders all forms in turn, each with the crate's translation of the
// library's own texts. Then, for JSON Forms (vanilla and material) and RJSF, the Dutch form shows
// none of the library's English ("Add to", "Up", "Down", "Delete", "No data", Ajv's "must …")
// but Dutch in its place, also after adding to a list and with an empty required field, and
// the English form shows English. Set SCREENSHOT_DIR to keep screenshots of an empty and a
// filled ToV form.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { existsSync, mkdirSync } from "node:fs";
import { join, normalize, extname } from "node:path";
import { chromium } from "playwright-core";
import { root, kinds, read, examples } from "../documents.mjs";

const types = { ".html": "text/html", ".js": "text/javascript", ".json": "application/json", ".css": "text/css" };
const chromiumPath = process.env.CHROMIUM ?? "/usr/bin/chromium";
const libraries = ["jsonforms-vanilla", "jsonforms-material", "rjsf"];
let server;
let browser;
let base;

before(async () => {
  assert.ok(existsSync(chromiumPath), `no Chromium at ${chromiumPath}: run web/browser-tests.sh, which installs it`);
  assert.ok(existsSync(join(root, "web", "dist", "form.js")), "web/dist/form.js is missing: run `npm run build` in web/");
  server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname));
    const file = join(root, path === "/" ? "/web/form/index.html" : path);
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
});

async function newPage(query = "") {
  const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
  const problems = [];
  page.on("pageerror", (e) => problems.push(String(e)));
  await page.goto(`${base}/?${query}`);
  await page.waitForSelector("body[data-ready=true]", { state: "attached", timeout: 60_000 });
  return { page, problems };
}

/** The definition a `$ref` points at, or the schema itself. */
function resolve(rootSchema, s) {
  const ref = s?.$ref;
  if (!ref) return s;
  const name = ref.split("/").pop();
  return (rootSchema.$defs ?? rootSchema.definitions)[name];
}

/**
 * The fields a form shows for an empty document: each property of the document and of the
 * objects it holds directly (a text, a source, the scope, the impact), with the titles it may
 * be shown by, whether it is required, and whether it is one input (a leaf).
 */
function fields(rootSchema, alsoTitled, s = rootSchema, at = "", required = true, out = []) {
  const props = resolve(rootSchema, s).properties ?? {};
  const req = new Set(resolve(rootSchema, s).required ?? []);
  for (const [name, p] of Object.entries(props)) {
    if (name === "$schema") continue;
    const path = `${at}/${name}`;
    const inner = resolve(rootSchema, p);
    const titles = [p.title, inner.title, alsoTitled(path)].filter(Boolean);
    const isRequired = required && req.has(name);
    const leaf = !inner.properties && inner.type !== "array";
    out.push({ path, titles, required: isRequired, leaf });
    if (inner.properties) fields(rootSchema, alsoTitled, p, path, isRequired, out);
  }
  return out;
}

const titleAt = (schema2020) => (path) => {
  let s = schema2020;
  for (const name of path.split("/").slice(1)) s = resolve(schema2020, s).properties?.[name];
  return s?.title;
};

/** What the page shows: its text, and for a title whether it is marked required and has an input. */
async function inspect(page, titles) {
  return page.evaluate((titles) => {
    const rootEl = document.getElementById("form");
    const text = rootEl.innerText;
    const clean = (s) => s.replace(/\s+/g, " ").trim();
    const labels = [...rootEl.querySelectorAll("label, legend, h1, h2, h3, h4, h5, h6, .group-layout-item > label, .MuiTypography-root, .control > label, th")];
    const found = {};
    for (const title of titles) {
      const matching = labels.filter((l) => {
        const t = clean(l.innerText).replace(/\s*\*$/, "");
        return t === title;
      });
      const required = matching.some((l) => /\*\s*$/.test(clean(l.innerText)));
      const withInput = matching.some((l) => {
        if (l.control && !l.control.disabled) return true;
        let el = l.parentElement;
        for (let i = 0; i < 3 && el && el !== rootEl; i += 1, el = el.parentElement) {
          const input = el.querySelector("input:not([type=hidden]), select, textarea, [role=combobox]");
          if (input && !input.disabled) return true;
        }
        return false;
      });
      found[title] = { shown: matching.length > 0 || text.includes(title), required, withInput };
    }
    return found;
  }, titles);
}

/** The JSON Pointers where two documents differ. */
function differences(a, b, at = "") {
  if (JSON.stringify(a) === JSON.stringify(b)) return [];
  if (a && b && typeof a === "object" && typeof b === "object" && Array.isArray(a) === Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    const out = [...keys].flatMap((k) => differences(a[k], b[k], `${at}/${k}`));
    return out.length ? out : [];
  }
  return [`${at} (${JSON.stringify(a)?.slice(0, 60)} for ${JSON.stringify(b)?.slice(0, 60)})`];
}

/** The crate's translation of a form library's own texts for a form. */
const translationsFile = (lib, lang, kind) =>
  lib === "rjsf" ? `schemas/ui/rjsf/${lang}/translations.json` : `schemas/ui/jsonforms/${lang}/${kind}.translations.json`;

const configs = [];
// FORM_KINDS=census,… narrows the check while working on it.
const only = process.env.FORM_KINDS?.split(",");
for (const kind of kinds.filter((k) => !only || only.includes(k))) for (const lang of ["nl", "en"]) for (const dialect of ["draft-07", "2020-12"]) configs.push({ kind, lang, dialect });

for (const lib of libraries) {
  test(`${lib}: every kind, language and dialect renders every field, marks what is required, and loads the examples`, async () => {
    const { page, problems } = await newPage();
    const failures = [];
    let loaded = 0;
    for (const { kind, lang, dialect } of configs) {
      const where = `${lib} ${kind} ${lang} ${dialect}`;
      const schema = read(`schemas/${dialect}/${lang}/${kind}.schema.json`);
      const schema2020 = read(`schemas/2020-12/${lang}/${kind}.schema.json`);
      const uischema = read(`schemas/ui/${lib === "rjsf" ? "rjsf" : "jsonforms"}/${lang}/${kind}.uischema.json`);
      const translations = read(translationsFile(lib, lang, kind));
      await page.evaluate((args) => window.tov.render(args), { lib, lang, schema, uischema, translations, data: {} });
      const list = fields(schema, titleAt(schema2020));
      const seen = await inspect(page, [...new Set(list.flatMap((f) => f.titles))]);
      for (const f of list) {
        const shown = f.titles.filter((t) => seen[t]?.shown);
        if (shown.length === 0) failures.push(`${where}: ${f.path} (${f.titles.join(" / ")}) not shown`);
        if (f.required && f.leaf) {
          if (!f.titles.some((t) => seen[t]?.required)) failures.push(`${where}: ${f.path} not marked required`);
          if (!f.titles.some((t) => seen[t]?.withInput)) failures.push(`${where}: ${f.path} has no input`);
        }
      }
      const other = lang === "nl" ? "en" : "nl";
      const otherTitle = read(`schemas/${dialect}/${other}/${kind}.schema.json`).title;
      if (otherTitle !== schema.title && (await page.locator("#form").innerText()).includes(otherTitle)) {
        failures.push(`${where}: shows the ${other} title ${otherTitle}`);
      }
      for (const [k, file] of examples) {
        if (k !== kind) continue;
        const data = read(file);
        await page.evaluate((args) => window.tov.render(args), { lib, lang, schema, uischema, translations, data });
        const { errors } = await page.evaluate(() => window.tov.state());
        if (errors.length) failures.push(`${where}: ${file}: ${JSON.stringify(errors.slice(0, 3))}`);
        const back = await page.evaluate(() => window.tov.submit());
        const changed = differences(back, data);
        if (changed.length) failures.push(`${where}: ${file} comes back changed at ${changed.slice(0, 5).join(", ")}`);
        loaded += 1;
      }
    }
    await page.close();
    assert.deepEqual(problems, []);
    if (!only) assert.ok(loaded >= 7 * 4, `only ${loaded} documents loaded`);
    assert.deepEqual(failures, []);
  });
}

test("screenshots of an empty and a filled ToV form; a broken document shows its errors", async () => {
  const shots = [
    ["lib=jsonforms-material&lang=nl&dialect=2020-12&kind=theory-of-value", "form-empty-nl.png"],
    ["lib=jsonforms-material&lang=nl&dialect=2020-12&kind=theory-of-value&doc=/data/example/tov.json", "form-nl.png"],
    ["lib=rjsf&lang=en&dialect=draft-07&kind=theory-of-value&doc=/data/example/tov.json", "form-en.png"],
  ];
  for (const [query, file] of shots) {
    const { page, problems } = await newPage(query);
    assert.deepEqual(problems, []);
    assert.equal(await page.evaluate(() => window.__failure), undefined);
    if (process.env.SCREENSHOT_DIR) {
      mkdirSync(process.env.SCREENSHOT_DIR, { recursive: true });
      await page.screenshot({ path: join(process.env.SCREENSHOT_DIR, file) });
    }
    await page.close();
  }
  const { page } = await newPage(
    "lib=rjsf&lang=nl&dialect=draft-07&kind=theory-of-value&doc=/tests/fixtures/schema/invalid/theory-of-value--text-without-dutch.json",
  );
  const { errors } = await page.evaluate(() => window.tov.state());
  assert.ok(errors.some((e) => e.path === ".impact.statement.nl"), JSON.stringify(errors));
  if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: join(process.env.SCREENSHOT_DIR, "form-nl-errors.png") });
  await page.close();
});

/** What a form says: its text, and the accessible names and tooltips of its elements. */
async function said(page) {
  return page.evaluate(() => {
    const form = document.getElementById("form");
    const attributes = [...form.querySelectorAll("[aria-label], [title], [placeholder]")].flatMap((e) =>
      ["aria-label", "title", "placeholder"].map((a) => e.getAttribute(a)).filter(Boolean),
    );
    return [form.innerText, ...new Set(attributes)].join("\n");
  });
}

const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// What JSON Forms, Material UI, RJSF and Ajv write in English when nobody translates them.
const english = [/Add to/, /\bAdd\b/, /\bUp\b/, /\bDown\b/, /\bDelete\b/, /\bRemove\b/, /No data/, /No selection/, /\bNone\b/, /\bItems\b/, /\bValid\b/, /Move (item )?(up|down)/i, /Confirm Deletion/, /\bmust\b/, /is a required property/, /\bOpen\b/];
const dutch = [/Toevoegen/, /Omhoog/, /Omlaag/, /Verwijderen/, /Nog niets ingevuld/, /Geen keuze/, /is verplicht/, /\bmoet\b/, /mag niet/, /Openen/];

for (const lib of ["jsonforms-vanilla", "jsonforms-material"]) {
  test(`${lib}: the Dutch form is Dutch all the way, the English one English`, async () => {
    for (const lang of ["nl", "en"]) {
      const t = read(translationsFile(lib, lang, "theory-of-value"));
      const { page, problems } = await newPage(`lib=${lib}&lang=${lang}&dialect=2020-12&kind=theory-of-value`);
      // An empty form: every list says it has nothing yet, every missing required field says so.
      const empty = await said(page);
      // Add a municipality (left empty: it must not be blank) and an author (with required fields).
      for (const list of ["scope.municipalities", "authors"]) {
        await page.getByRole("button", { name: new RegExp(`^${escapeRegExp(t[`${list}.addTooltip`])}`) }).first().click();
      }
      await page.waitForFunction(() => window.tov.state().data.authors?.length === 1);
      await page.waitForTimeout(200);
      const added = await said(page);
      const { errors } = await page.evaluate(() => window.tov.state());
      await page.close();
      assert.deepEqual(problems, []);

      const expected =
        lang === "nl"
          ? [t["scope.municipalities.addTooltip"], "Toevoegen aan Opstellers", "Verwijderen", "Nog niets ingevuld", "is verplicht", "mag niet leeg zijn"]
          : [t["scope.municipalities.addTooltip"], "Add to Authors", "Delete", "No data", "is a required property", "must not be blank"];
      if (lib === "jsonforms-vanilla") expected.push(...(lang === "nl" ? ["Omhoog", "Omlaag"] : ["Up", "Down"]));
      assert.equal(t["scope.municipalities.addTooltip"], lang === "nl" ? "Toevoegen aan Gemeenten" : "Add to Municipalities");
      for (const text of expected) assert.ok(`${empty}\n${added}`.includes(text), `${lib} ${lang}: "${text}" not shown`);
      for (const word of lang === "nl" ? english : dutch) {
        for (const [when, text] of [["empty", empty], ["after adding", added]]) {
          const line = text.split("\n").find((l) => word.test(l));
          assert.equal(line, undefined, `${lib} ${lang} ${when}: ${word} in "${line}"`);
        }
      }
      // The errors the form reports are in its language too.
      assert.ok(errors.length > 0);
      for (const e of errors) assert.doesNotMatch(e.message, lang === "nl" ? /\bmust\b|required property/ : /\bmoet\b|verplicht/, JSON.stringify(e));
    }
  });
}

test("JSON Forms: Ajv's messages in Dutch through ajv-i18n, in words where the schemas have a pattern", async () => {
  const { page, problems } = await newPage();
  const messages = {};
  for (const lang of ["nl", "en"]) {
    const schema = read(`schemas/2020-12/${lang}/theory-of-value.schema.json`);
    const uischema = read(`schemas/ui/jsonforms/${lang}/theory-of-value.uischema.json`);
    const translations = read(translationsFile("jsonforms-vanilla", lang, "theory-of-value"));
    const data = { ...read("data/example/tov.json"), outcomes: [], version: " ", id: "Tov" };
    await page.evaluate((args) => window.tov.render(args), { lib: "jsonforms-vanilla", lang, schema, uischema, translations, data });
    const { errors } = await page.evaluate(() => window.tov.state());
    messages[lang] = Object.fromEntries(errors.map((e) => [`${e.path} ${e.keyword}`, e.message]));
  }
  await page.close();
  assert.deepEqual(problems, []);
  assert.equal(messages.nl["/outcomes minItems"], "mag niet minder dan 1 item bevatten");
  assert.equal(messages.en["/outcomes minItems"], "must NOT have fewer than 1 items");
  assert.equal(messages.nl["/version pattern"], "mag niet leeg zijn");
  assert.equal(messages.en["/version pattern"], "must not be blank");
  assert.match(messages.nl["/id pattern"], /^moet beginnen met een kleine letter/);
});

test("rjsf: the Dutch form's buttons and messages are Dutch, the English ones English", async () => {
  for (const lang of ["nl", "en"]) {
    const { page, problems } = await newPage(`lib=rjsf&lang=${lang}&dialect=draft-07&kind=census`);
    await page.evaluate(() => window.tov.submit());
    const text = await said(page);
    const { errors } = await page.evaluate(() => window.tov.state());
    await page.close();
    assert.deepEqual(problems, []);
    assert.match(text, lang === "nl" ? /is verplicht/ : /is a required property/);
    assert.ok(text.split("\n").includes(lang === "nl" ? "Toevoegen" : "Add"), text);
    for (const word of lang === "nl" ? english : dutch) {
      const line = text.split("\n").find((l) => word.test(l));
      assert.equal(line, undefined, `rjsf ${lang}: ${word} in "${line}"`);
    }
    assert.ok(errors.length > 0);
    for (const e of errors) assert.doesNotMatch(e.message, lang === "nl" ? /\bmust\b/ : /\bmoet\b/, JSON.stringify(e));
  }
});
