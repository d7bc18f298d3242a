//! Texts given once or per language.

use crate::lang::Lang;
use serde::Deserialize;
use std::collections::BTreeMap;

/// A text given once, or per language (`{"en": "…", "ru": "…"}`), or (for the built-in charts)
/// named by its key in the language files (`party-membership.title`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "full", derive(serde::Serialize))]
#[serde(untagged)]
pub enum Text {
    /// The same in every language.
    Plain(String),
    /// Keyed by language code.
    Translated(BTreeMap<String, String>),
    /// A key of `lang/*.json`: the built-in charts keep their words there, not in their data.
    #[serde(skip)]
    Key(String),
}

impl Default for Text {
    fn default() -> Self {
        Text::Plain(String::new())
    }
}

impl Text {
    /// The text in `lang`, falling back to English, then to any translation.
    pub fn get(&self, lang: Lang) -> &str {
        match self {
            Text::Plain(s) => s,
            Text::Key(key) => lang.text(key).unwrap_or(""),
            Text::Translated(map) => map
                .get(lang.code())
                .or_else(|| map.get("en"))
                .or_else(|| map.values().next())
                .map_or("", String::as_str),
        }
    }
}

/// The text named `key` in the language files, if English has it.
pub fn keyed(key: String) -> Option<Text> {
    Lang::EN.text(&key).map(|_| Text::Key(key))
}

/// `text` in `lang`, or empty.
pub fn text_in(text: &Option<Text>, lang: Lang) -> String {
    text.as_ref().map_or("", |t| t.get(lang)).to_string()
}
