//! The reader's language. Pure; imports nothing but `error`.

use crate::error::{ChartError, Result};

/// A language the widget speaks. Texts in the data fall back to English when a translation is
/// missing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Russian.
    Ru,
    /// German.
    De,
    /// French.
    Fr,
}

impl Lang {
    /// Every language, in the order of the translation tables.
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Ru, Lang::De, Lang::Fr];

    /// Parses a BCP 47 tag by its primary subtag (`en`, `en-GB`, `ru`, `de-AT`, `fr-CA`).
    pub fn parse(tag: &str) -> Result<Self> {
        let primary = tag.split(['-', '_']).next().unwrap_or("");
        Lang::ALL
            .into_iter()
            .find(|l| primary.eq_ignore_ascii_case(l.code()))
            .ok_or_else(|| ChartError::invalid("lang", tag))
    }

    /// The primary subtag, as used for the keys of translated texts.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
            Lang::De => "de",
            Lang::Fr => "fr",
        }
    }

    /// Position in the translation tables.
    pub fn index(self) -> usize {
        self as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lang_parses_primary_subtag() {
        assert_eq!(Lang::parse("ru-RU").unwrap(), Lang::Ru);
        assert_eq!(Lang::parse("EN").unwrap(), Lang::En);
        assert_eq!(Lang::parse("de-AT").unwrap(), Lang::De);
        assert_eq!(Lang::parse("xx").unwrap_err().to_string(), "invalid lang: xx");
    }
}
