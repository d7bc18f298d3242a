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
}

impl Lang {
    /// Parses a BCP 47 tag by its primary subtag (`en`, `en-GB`, `ru`, `ru-RU`).
    pub fn parse(tag: &str) -> Result<Self> {
        let primary = tag.split(['-', '_']).next().unwrap_or("");
        match primary.to_ascii_lowercase().as_str() {
            "en" => Ok(Lang::En),
            "ru" => Ok(Lang::Ru),
            _ => Err(ChartError::invalid("lang", tag)),
        }
    }

    /// The primary subtag, as used for the keys of translated texts.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lang_parses_primary_subtag() {
        assert_eq!(Lang::parse("ru-RU").unwrap(), Lang::Ru);
        assert_eq!(Lang::parse("EN").unwrap(), Lang::En);
        assert_eq!(Lang::parse("xx").unwrap_err().to_string(), "invalid lang: xx");
    }
}
