//! Writes every JSON Schema — each document kind, in each dialect and language — and every UI
//! schema for JSON Forms and react-jsonschema-form under `schemas/`: `cargo run --example schemas`. The test suite fails when a committed file
//! drifts from what the code generates.

use std::path::Path;
use theory_of_value::schema::{
    schema, schema_path, ui_schema, ui_schema_path, Dialect, DocumentKind, UiLibrary,
};
use theory_of_value::Lang;

fn main() -> std::io::Result<()> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas");
    let mut written = 0;
    for dialect in Dialect::ALL {
        for lang in Lang::ALL {
            for kind in DocumentKind::ALL {
                let path = root.join(schema_path(kind, dialect, lang));
                std::fs::create_dir_all(path.parent().expect("a file has a folder"))?;
                let text = serde_json::to_string_pretty(&schema(kind, dialect, lang))? + "\n";
                std::fs::write(&path, text)?;
                written += 1;
            }
        }
    }
    for library in UiLibrary::ALL {
        for lang in Lang::ALL {
            for kind in DocumentKind::ALL {
                let path = root.join(ui_schema_path(kind, library, lang));
                std::fs::create_dir_all(path.parent().expect("a file has a folder"))?;
                let text = serde_json::to_string_pretty(&ui_schema(kind, library, lang))? + "\n";
                std::fs::write(&path, text)?;
                written += 1;
            }
        }
    }
    println!(
        "wrote {written} schemas and UI schemas under {}",
        root.display()
    );
    Ok(())
}
