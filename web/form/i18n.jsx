// The crate's forms all in Dutch (or all in English): what a form builder adds to the schema and
// UI schema so that the form libraries' own texts follow the language too. See "Forms in Dutch"
// in docs/schema.md; copy what you need.
// - `jsonFormsI18n(lang, translations)`: JSON Forms' `i18n` prop, with the form's
//   `schemas/ui/jsonforms/{lang}/{kind}.translations.json` (buttons and messages of the lists,
//   the empty choice).
// - `localizedAjv(ajv, lang, translations)`: the Ajv for JSON Forms, with its messages in `lang`
//   (ajv-i18n, and the words of the translations for missing fields and patterns), also where a
//   renderer shows Ajv's message as it is (material's table cells).
// - `translatedArrayRenderers`: JSON Forms' vanilla renderers write "Add to …", "Items" and
//   "Valid" in English whatever the translation; this list renderer, in the vanilla style, takes
//   every text from the translation. Add it to `vanillaRenderers`.
// - `rjsfTranslateString(translations)` and `rjsfLocalizer(lang, translations)`: the same for
//   react-jsonschema-form, with `schemas/ui/rjsf/{lang}/translations.json`.
import React, { useMemo } from "react";
import { composePaths, createDefaultValue, findUISchema, Helpers, isObjectArrayControl, isPrimitiveArrayControl, or, rankWith } from "@jsonforms/core";
import { JsonFormsDispatch, withArrayTranslationProps, withJsonFormsArrayControlProps, withTranslateProps } from "@jsonforms/react";
import { withVanillaControlProps } from "@jsonforms/vanilla-renderers";
import { replaceStringParameters } from "@rjsf/utils";
import localizeNl from "ajv-i18n/localize/nl/index.js";

// Ajv writes English; ajv-i18n has the other languages.
const ajvI18n = { nl: localizeNl };

/**
 * The message of an Ajv error for a person filling in the form, in `lang`: the translation's
 * words for it (a pattern of the schemas, a missing required field), or else Ajv's own in
 * `lang` (ajv-i18n's Dutch).
 */
export function message(error, lang, translations) {
  const words = translations[error.message];
  if (words) return words;
  if (error.keyword === "required") return translations["is a required property"];
  if (!ajvI18n[lang]) return error.message;
  const copy = { ...error };
  ajvI18n[lang]([copy]);
  return copy.message;
}

/** JSON Forms' `i18n` prop for a form of the crate in `lang`. */
export function jsonFormsI18n(lang, translations) {
  return {
    locale: lang,
    translate: (key, defaultMessage) => translations[key] ?? defaultMessage,
  };
}

/** `ajv` with every error message in `lang`, as JSON Forms' renderers show them. */
export function localizedAjv(ajv, lang, translations) {
  const compile = ajv.compile.bind(ajv);
  ajv.compile = (schema, meta) => {
    const validate = compile(schema, meta);
    const localized = (data, ...rest) => {
      const valid = validate(data, ...rest);
      for (const error of validate.errors ?? []) error.message = message(error, lang, translations);
      localized.errors = validate.errors;
      return valid;
    };
    localized.schema = validate.schema;
    return localized;
  };
  return ajv;
}

/** A list in JSON Forms' vanilla style whose every text comes from the translation. */
function TranslatedArrayControl({
  schema,
  uischema,
  uischemas,
  rootSchema,
  data,
  path,
  errors,
  label,
  enabled,
  visible,
  renderers,
  cells,
  addItem,
  removeItems,
  moveUp,
  moveDown,
  translations,
  getStyleAsClassName,
}) {
  const childUiSchema = useMemo(
    () => findUISchema(uischemas, schema, uischema.scope, path, undefined, uischema, rootSchema),
    [uischemas, schema, uischema, path, rootSchema],
  );
  if (!visible) return null;
  const style = (name) => getStyleAsClassName(name);
  const items = Array.isArray(data) ? data : [];
  return (
    <div className={`${style("array.control")} ${Helpers.convertToValidClassName(uischema.scope)}`}>
      <header>
        <label className={style("array.control.label")}>{label}</label>
        <button
          type="button"
          className={style("array.control.add")}
          disabled={!enabled}
          aria-label={translations.addAriaLabel}
          onClick={addItem(path, createDefaultValue(schema, rootSchema))}
        >
          {translations.addTooltip}
        </button>
      </header>
      <div className={[style("array.control.validation"), errors ? style("array.control.validation.error") : ""].join(" ")}>{errors}</div>
      <div className={style("array.children")}>
        {items.length === 0 ? (
          <p>{translations.noDataMessage}</p>
        ) : (
          items.map((_, index) => {
            const childPath = composePaths(path, `${index}`);
            return (
              <div key={index}>
                <JsonFormsDispatch schema={schema} uischema={childUiSchema || uischema} path={childPath} renderers={renderers} cells={cells} />
                <div className={style("array.child.controls")}>
                  <button type="button" className={style("array.child.controls.up")} disabled={!enabled || index === 0} aria-label={translations.upAriaLabel} onClick={moveUp(path, index)}>
                    {translations.up}
                  </button>
                  <button
                    type="button"
                    className={style("array.child.controls.down")}
                    disabled={!enabled || index === items.length - 1}
                    aria-label={translations.downAriaLabel}
                    onClick={moveDown(path, index)}
                  >
                    {translations.down}
                  </button>
                  <button
                    type="button"
                    className={style("array.child.controls.delete")}
                    disabled={!enabled}
                    aria-label={translations.removeAriaLabel}
                    onClick={() => {
                      if (window.confirm(translations.deleteDialogMessage)) removeItems(path, [index])();
                    }}
                  >
                    {translations.removeTooltip}
                  </button>
                </div>
              </div>
            );
          })
        )}
      </div>
    </div>
  );
}

/** Add to `vanillaRenderers`: every list (of objects or of values) in the vanilla style, translated. */
export const translatedArrayRenderers = [
  {
    tester: rankWith(5, or(isObjectArrayControl, isPrimitiveArrayControl)),
    renderer: withVanillaControlProps(withJsonFormsArrayControlProps(withTranslateProps(withArrayTranslationProps(TranslatedArrayControl)))),
  },
];

/** RJSF's `translateString` prop with the translation. */
export function rjsfTranslateString(translations) {
  return (text, params) => replaceStringParameters(translations[text] ?? text, params);
}

/** RJSF's validator localizer (`customizeValidator(options, localizer)`) for `lang`. */
export function rjsfLocalizer(lang, translations) {
  return (errors) => {
    for (const error of errors ?? []) error.message = message(error, lang, translations);
  };
}
