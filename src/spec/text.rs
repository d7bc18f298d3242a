//! Texts given once or per language.

use crate::lang::Lang;
use serde::Deserialize;
use std::collections::BTreeMap;

/// A text given once, or per language (`{"en": "…", "ru": "…"}`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum Text {
    /// The same in every language.
    Plain(String),
    /// Keyed by language code.
    Translated(BTreeMap<String, String>),
}

impl Text {
    /// The text in `lang`, falling back to English, then to any translation.
    pub fn get(&self, lang: Lang) -> &str {
        match self {
            Text::Plain(s) => s,
            Text::Translated(map) => map
                .get(lang.code())
                .or_else(|| map.get("en"))
                .or_else(|| map.values().next())
                .map_or("", String::as_str),
        }
    }
}

/// `text` in `lang`, or empty.
pub fn text_in(text: &Option<Text>, lang: Lang) -> String {
    text.as_ref().map_or("", |t| t.get(lang)).to_string()
}
