//! A macro for the closed vocabularies of the embedded catalogue.

/// Declares a catalogue enumeration: stable serde IDs, bilingual labels, `ALL`, `id()`,
/// `label()`, `FromStr` and `Display` (the stable ID).
macro_rules! catalogue_enum {
    // `in part;` names the part the vocabulary is reached through
    // (`theory_of_value::value::Law`): the generated examples use that path.
    (
        in $part:ident;
        $(#[$meta:meta])*
        pub enum $name:ident {
            $(
                $(#[$vmeta:meta])*
                $variant:ident = $id:literal, $nl:literal, $en:literal;
            )+
        }
    ) => {
        $(#[$meta])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord,
            serde::Serialize, serde::Deserialize, schemars::JsonSchema,
        )]
        pub enum $name {
            $(
                $(#[$vmeta])*
                #[doc = concat!("\n\nStable ID `", $id, "`; Dutch: *", $nl, "*.")]
                #[serde(rename = $id)]
                $variant,
            )+
        }

        impl $name {
            #[doc = concat!("Every `", stringify!($name), "`, in catalogue order.\n\n```\nuse theory_of_value::", stringify!($part), "::", stringify!($name), ";\nassert!(!", stringify!($name), "::ALL.is_empty());\n```")]
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            #[doc = concat!("The stable ID, as written in documents. IDs are never renumbered or reused.\n\n```\nuse theory_of_value::", stringify!($part), "::", stringify!($name), ";\nfor v in ", stringify!($name), "::ALL {\n    assert_eq!(v.id().parse::<", stringify!($name), ">()?, *v);\n}\n# Ok::<(), Box<dyn std::error::Error>>(())\n```")]
            pub const fn id(self) -> &'static str {
                match self { $($name::$variant => $id),+ }
            }

            #[doc = concat!("The label in Dutch and English.\n\n```\nuse theory_of_value::", stringify!($part), "::", stringify!($name), ";\nassert!(", stringify!($name), "::ALL.iter().all(|v| !v.label().nl.is_empty()));\n```")]
            pub const fn label(self) -> $crate::base::Label {
                match self { $($name::$variant => $crate::base::Label::new($nl, $en)),+ }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.id())
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::model::UnknownId;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                $name::ALL
                    .iter()
                    .copied()
                    .find(|v| v.id() == s)
                    .ok_or_else(|| $crate::model::UnknownId {
                        vocabulary: stringify!($name),
                        id: s.to_owned(),
                        suggestion: $crate::read::suggest::closest(s, $name::ALL.iter().map(|v| v.id())).map(str::to_owned),
                    })
            }
        }
    };
}

pub(crate) use catalogue_enum;
