// The texts the form libraries write themselves, for the crate's forms in Dutch and English:
// - `schemas/ui/jsonforms/{lang}/{kind}.translations.json`: for JSON Forms' `i18n.translate`,
//   every key JSON Forms asks for in the form of a document kind. The buttons and messages of each list (the keys
//   `{path}.addTooltip`, `{path}.up`, `{path}.noDataMessage`, … of `arrayDefaultTranslations` in
//   @jsonforms/core, where `{path}` is the list's data path without item numbers), the empty
//   choice (`enum.none`), the message beside a missing required field (`is a required
//   property`), and for each pattern of the schemas a message in words, keyed by Ajv's message
//   (`must match pattern "\S"`), which JSON Forms' error translator looks up.
// - `schemas/ui/rjsf/{lang}/translations.json`: for react-jsonschema-form's `translateString`,
//   every `TranslatableString` of @rjsf/utils (keyed by its English text), and the same messages
//   for missing fields and patterns.
// Generated from the committed schemas and UI schemas:
//   node translations.mjs          # write the files
//   node translations.mjs --check  # fail when a committed file differs
import jsonforms from "@jsonforms/core";
import rjsfUtils from "@rjsf/utils";
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { root, kinds, read } from "./documents.mjs";

const { arrayDefaultTranslations } = jsonforms;
const { TranslatableString } = rjsfUtils;

/** The buttons and messages of a list in JSON Forms, by `ArrayTranslationEnum`, for its label. */
const arrayTexts = {
  nl: {
    addTooltip: (l) => (l ? `Toevoegen aan ${l}` : "Toevoegen"),
    addAriaLabel: (l) => (l ? `Toevoegen aan ${l}` : "Toevoegen"),
    removeTooltip: () => "Verwijderen",
    removeAriaLabel: () => "Verwijderen",
    upAriaLabel: () => "Item omhoog verplaatsen",
    up: () => "Omhoog",
    down: () => "Omlaag",
    downAriaLabel: () => "Item omlaag verplaatsen",
    noDataMessage: () => "Nog niets ingevuld",
    noSelection: () => "Niets gekozen",
    deleteDialogTitle: () => "Verwijderen?",
    deleteDialogMessage: () => "Weet je zeker dat je dit item wilt verwijderen?",
    deleteDialogAccept: () => "Ja",
    deleteDialogDecline: () => "Nee",
  },
  // JSON Forms' own English, so that both languages go through the same keys.
  en: Object.fromEntries(arrayDefaultTranslations.map((t) => [t.key, (l) => t.default(l || undefined)])),
};

/** What JSON Forms and RJSF show beside a field, in words: for missing fields and each pattern. */
const messages = {
  nl: {
    "is a required property": "is verplicht",
    "\\S": "mag niet leeg zijn",
    "^[a-z][a-z0-9]*([-_.][a-z0-9]+)*$":
      "moet beginnen met een kleine letter en verder bestaan uit kleine letters en cijfers, met - _ of . ertussen",
    date: "moet een datum zijn die bestaat: JJJJ, JJJJ-MM of JJJJ-MM-DD",
  },
  en: {
    "is a required property": "is a required property",
    "\\S": "must not be blank",
    "^[a-z][a-z0-9]*([-_.][a-z0-9]+)*$":
      "must start with a lower-case letter and go on with lower-case letters and digits, with - _ or . between them",
    date: "must be a date that exists: YYYY, YYYY-MM or YYYY-MM-DD",
  },
};

/** react-jsonschema-form's own texts in Dutch, by their English (`TranslatableString`). */
const rjsfDutch = {
  [TranslatableString.ArrayItemTitle]: "Item",
  [TranslatableString.MissingItems]: "Definitie van de items ontbreekt",
  [TranslatableString.YesLabel]: "Ja",
  [TranslatableString.NoLabel]: "Nee",
  [TranslatableString.CloseLabel]: "Sluiten",
  [TranslatableString.ErrorsLabel]: "Fouten",
  [TranslatableString.NewStringDefault]: "Nieuwe waarde",
  [TranslatableString.AddButton]: "Toevoegen",
  [TranslatableString.AddItemButton]: "Item toevoegen",
  [TranslatableString.CopyButton]: "Kopiëren",
  [TranslatableString.MoveDownButton]: "Omlaag",
  [TranslatableString.MoveUpButton]: "Omhoog",
  [TranslatableString.RemoveButton]: "Verwijderen",
  [TranslatableString.NowLabel]: "Nu",
  [TranslatableString.ClearLabel]: "Wissen",
  [TranslatableString.AriaDateLabel]: "Kies een datum",
  [TranslatableString.PreviewLabel]: "Voorbeeld",
  [TranslatableString.DecrementAriaLabel]: "Waarde met 1 verlagen",
  [TranslatableString.IncrementAriaLabel]: "Waarde met 1 verhogen",
  [TranslatableString.UnknownFieldType]: "Onbekend soort veld %1",
  [TranslatableString.OptionPrefix]: "Optie %1",
  [TranslatableString.TitleOptionPrefix]: "%1 optie %2",
  [TranslatableString.KeyLabel]: "%1 sleutel",
  [TranslatableString.InvalidObjectField]: 'Ongeldige instelling van objectveld "%1": _%2_.',
  [TranslatableString.UnsupportedField]: "Niet ondersteund veldschema.",
  [TranslatableString.UnsupportedFieldWithId]: "Niet ondersteund veldschema voor veld `%1`.",
  [TranslatableString.UnsupportedFieldWithReason]: "Niet ondersteund veldschema: _%1_.",
  [TranslatableString.UnsupportedFieldWithIdAndReason]: "Niet ondersteund veldschema voor veld `%1`: _%2_.",
  [TranslatableString.FilesInfo]: "**%1** (%2, %3 bytes)",
};

const resolveIn = (rootSchema) => (s) => {
  const ref = s?.$ref;
  if (!ref) return s;
  return (rootSchema.$defs ?? rootSchema.definitions)[ref.split("/").pop()];
};

/** A property name from a JSON Pointer token. */
const unescape = (token) => token.replace(/~1/g, "/").replace(/~0/g, "~");

/** The label JSON Forms gives a control without one of its own: the title, or the name in words. */
const startCase = (name) =>
  name
    .replace(/[_-]+/g, " ")
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .trim()
    .replace(/\b\w/g, (c) => c.toUpperCase());

/**
 * Every list control of a JSON Forms UI schema: its i18n key prefix (the data path without item
 * numbers, as `transformPathToI18nPrefix` makes it) and its label.
 */
function lists(rootSchema, element, at = rootSchema, base = [], out = new Map()) {
  const resolve = resolveIn(rootSchema);
  if (element.type === "Control") {
    const names = element.scope.split("/").slice(1).filter((_, i) => i % 2 === 1).map(unescape);
    let s = at;
    for (const name of names) s = resolve(s).properties[name];
    const inner = resolve(s);
    const path = [...base, ...names];
    if (inner.type === "array") {
      const label = element.label ?? inner.title ?? startCase(names.at(-1));
      const prefix = path.join(".");
      if (out.has(prefix) && out.get(prefix) !== label) throw new Error(`${prefix}: two labels, ${out.get(prefix)} and ${label}`);
      out.set(prefix, label);
      const detail = element.options?.detail;
      if (detail) lists(rootSchema, detail, resolve(inner.items), path, out);
    }
  }
  for (const e of element.elements ?? []) lists(rootSchema, e, at, base, out);
  return out;
}

/** The pattern of a date that exists, as the crate's schemas write it. */
const isDatePattern = (p) => p.startsWith("^(([0-9]{3}[1-9]") && p.includes("-02-29");

/** Every `pattern` in a schema. */
function patterns(v, out = new Set()) {
  if (Array.isArray(v)) v.forEach((x) => patterns(x, out));
  else if (v && typeof v === "object") {
    for (const [k, x] of Object.entries(v)) {
      if (k === "pattern" && typeof x === "string") out.add(x);
      else if (k === "properties") Object.values(x).forEach((p) => patterns(p, out));
      else patterns(x, out);
    }
  }
  return out;
}

/** The messages beside a field: the missing required field, and each pattern's in words. */
function fieldMessages(lang) {
  const out = { "is a required property": messages[lang]["is a required property"] };
  const all = new Set();
  for (const dialect of ["draft-07", "2020-12"]) for (const kind of kinds) patterns(read(`schemas/${dialect}/${lang}/${kind}.schema.json`), all);
  for (const p of [...all].sort()) {
    const text = isDatePattern(p) ? messages[lang].date : messages[lang][p];
    if (!text) throw new Error(`no message in words for the pattern ${p}: add it to web/translations.mjs`);
    out[`must match pattern "${p}"`] = text;
  }
  return out;
}

const sorted = (o) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** The translations of JSON Forms' texts in the form of `kind`, in `lang`. */
export function jsonFormsTranslations(kind, lang) {
  const out = {};
  const schema = read(`schemas/2020-12/${lang}/${kind}.schema.json`);
  const uischema = read(`schemas/ui/jsonforms/${lang}/${kind}.uischema.json`);
  for (const [prefix, label] of lists(schema, uischema)) {
    for (const [key, text] of Object.entries(arrayTexts[lang])) out[`${prefix}.${key}`] = text(label);
  }
  out["enum.none"] = lang === "nl" ? "Geen keuze" : "None";
  return sorted({ ...out, ...fieldMessages(lang) });
}

/** The translations of react-jsonschema-form's texts in the crate's forms, in `lang`. */
export function rjsfTranslations(lang) {
  const strings = Object.values(TranslatableString);
  const out = Object.fromEntries(strings.map((s) => [s, lang === "nl" ? rjsfDutch[s] : s]));
  const missing = strings.filter((s) => out[s] === undefined);
  if (missing.length) throw new Error(`no Dutch for ${missing.join(", ")}: add it to web/translations.mjs`);
  return sorted({ ...out, ...fieldMessages(lang) });
}

/** Every translations file: `{ library, lang, kind, path }`, `kind` undefined for RJSF's one per language. */
export const files = ["nl", "en"].flatMap((lang) => [
  ...kinds.map((kind) => ({ library: "jsonforms", lang, kind, path: join(root, "schemas", "ui", "jsonforms", lang, `${kind}.translations.json`) })),
  { library: "rjsf", lang, kind: undefined, path: join(root, "schemas", "ui", "rjsf", lang, "translations.json") },
]);

/** The text of a translations file. */
export const text = ({ library, lang, kind }) =>
  JSON.stringify(library === "rjsf" ? rjsfTranslations(lang) : jsonFormsTranslations(kind, lang), null, 2) + "\n";

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes("--check");
  const drifted = [];
  for (const file of files) {
    const t = text(file);
    if (check) {
      if (!existsSync(file.path) || readFileSync(file.path, "utf8") !== t) drifted.push(file.path);
    } else {
      mkdirSync(dirname(file.path), { recursive: true });
      writeFileSync(file.path, t);
    }
  }
  if (drifted.length) {
    console.error(`translations drifted; run \`node translations.mjs\` in web/:\n${drifted.join("\n")}`);
    process.exit(1);
  }
}
