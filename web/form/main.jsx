// One page for the browser tests: renders any schema with JSON Forms (vanilla or material
// renderers) or react-jsonschema-form, so that the tests can check every document kind,
// language and dialect in one page per library. `window.tov.render({ lib, lang, schema,
// uischema, translations, data })` mounts a form and resolves once it has rendered; with
// `translations` (the crate's `schemas/ui/{library}/{lang}/…translations.json`) the library's own
// texts and the validation messages are in `lang` too (see i18n.jsx); `window.tov.state()` gives
// the data and validation errors the library reports; `window.tov.submit()` submits the form
// (RJSF) or returns the data as the form holds it (JSON Forms, which has no submit of its own).
//
// With `?lib=…&lang=…&dialect=…&kind=…&doc=…` it shows that form at once, translated (for people
// and for screenshots).
import React from "react";
import { createRoot } from "react-dom/client";
import Form from "@rjsf/core";
import { customizeValidator } from "@rjsf/validator-ajv8";
import { JsonForms } from "@jsonforms/react";
import { createAjv } from "@jsonforms/core";
import { vanillaCells, vanillaRenderers } from "@jsonforms/vanilla-renderers";
import { materialCells, materialRenderers } from "@jsonforms/material-renderers";
import { createTheme, ThemeProvider } from "@mui/material/styles";
import { enUS, nlNL } from "@mui/material/locale";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { jsonFormsI18n, localizedAjv, rjsfLocalizer, rjsfTranslateString, translatedArrayRenderers } from "./i18n.jsx";

const is2020 = (schema) => String(schema.$schema || "").includes("2020-12");

/** The Ajv a form library needs for a schema's dialect. */
function jsonFormsAjv(schema) {
  if (!is2020(schema)) return createAjv();
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: false, addUsedSchema: false });
  addFormats(ajv);
  return ajv;
}

const rjsfValidators = new Map();
function rjsfValidator(schema, lang, translations) {
  const key = `${is2020(schema) ? "2020" : "07"} ${translations ? lang : "as is"}`;
  if (!rjsfValidators.has(key)) {
    const localizer = translations ? rjsfLocalizer(lang, translations) : undefined;
    rjsfValidators.set(key, customizeValidator(is2020(schema) ? { AjvClass: Ajv2020 } : {}, localizer));
  }
  return rjsfValidators.get(key);
}

// Material UI's own texts (the choice lists' "Open", "Clear", …) in the form's language.
const muiThemes = { nl: createTheme({}, nlNL), en: createTheme({}, enUS) };

let root;
let current = { data: undefined, errors: [] };
let rjsfForm;
let submitted;

function render({ lib, lang = "nl", schema, uischema, translations, data }) {
  const container = document.getElementById("form");
  root?.unmount();
  container.className = lib;
  root = createRoot(container);
  current = { data, errors: [] };
  submitted = undefined;
  return new Promise((resolve) => {
    let done = false;
    const ready = () => {
      if (done) return;
      done = true;
      // Let React commit and the browser lay out before the test reads the page.
      requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
    };
    if (lib === "rjsf") {
      const validator = rjsfValidator(schema, lang, translations);
      const errors = (formData) =>
        validator.validateFormData(formData, schema).errors.map((e) => ({ path: e.property, message: e.message }));
      current = { data, errors: errors(data ?? {}) };
      root.render(
        <Form
          ref={(f) => {
            rjsfForm = f;
            if (f) ready();
          }}
          schema={schema}
          uiSchema={uischema}
          formData={data}
          validator={validator}
          translateString={translations ? rjsfTranslateString(translations) : undefined}
          noHtml5Validate
          showErrorList={false}
          experimental_defaultFormStateBehavior={{ emptyObjectFields: "skipEmptyDefaults", arrayMinItems: { populate: "requiredOnly" }, constAsDefaults: "never" }}
          onChange={({ formData }) => {
            current = { data: formData, errors: errors(formData) };
          }}
          onSubmit={({ formData }) => {
            submitted = formData;
          }}
        />,
      );
      setTimeout(ready, 3000);
    } else {
      const material = lib === "jsonforms-material";
      const ajv = translations ? localizedAjv(jsonFormsAjv(schema), lang, translations) : jsonFormsAjv(schema);
      const vanilla = translations ? [...vanillaRenderers, ...translatedArrayRenderers] : vanillaRenderers;
      // JSON Forms reports its first state through onChange; should it not, go on anyway.
      setTimeout(ready, 3000);
      const form = (
        <JsonForms
          schema={schema}
          uischema={uischema}
          data={data}
          renderers={material ? materialRenderers : vanilla}
          cells={material ? materialCells : vanillaCells}
          ajv={ajv}
          i18n={translations ? jsonFormsI18n(lang, translations) : undefined}
          onChange={({ data, errors }) => {
            current = {
              data,
              errors: (errors ?? []).map((e) => ({ path: e.instancePath, message: e.message, keyword: e.keyword })),
            };
            ready();
          }}
        />
      );
      root.render(material && translations ? <ThemeProvider theme={muiThemes[lang]}>{form}</ThemeProvider> : form);
    }
  });
}

window.tov = {
  render,
  state: () => JSON.parse(JSON.stringify(current)),
  async submit() {
    if (!rjsfForm) return current.data;
    rjsfForm.submit();
    for (let i = 0; i < 50 && submitted === undefined; i += 1) {
      await new Promise((r) => setTimeout(r, 20));
    }
    return submitted;
  },
};

async function fromQuery() {
  const params = new URLSearchParams(window.location.search);
  if (!params.has("kind")) {
    document.body.dataset.ready = "true";
    return;
  }
  const lang = params.get("lang") === "en" ? "en" : "nl";
  const dialect = params.get("dialect") || "draft-07";
  const kind = params.get("kind");
  const lib = params.get("lib") || "jsonforms-vanilla";
  document.documentElement.lang = lang;
  const get = async (p) => (await fetch(p)).json();
  const schema = await get(`/schemas/${dialect}/${lang}/${kind}.schema.json`);
  const uischema = await get(`/schemas/ui/${lib === "rjsf" ? "rjsf" : "jsonforms"}/${lang}/${kind}.uischema.json`);
  const translations = await get(lib === "rjsf" ? `/schemas/ui/rjsf/${lang}/translations.json` : `/schemas/ui/jsonforms/${lang}/${kind}.translations.json`);
  const data = params.get("doc") ? await get(params.get("doc")) : {};
  await render({ lib, lang, schema, uischema, translations, data });
  document.body.dataset.ready = "true";
}

fromQuery().catch((e) => {
  window.__failure = String(e);
  document.body.dataset.ready = "true";
});
