//! The widget's own words (button labels, headings) in each language, so the page and the chart
//! speak the same language as the data. Pure; imports only `lang`.

use crate::lang::Lang;

/// The text of a UI string, or `None` for an unknown key.
pub fn ui_text(key: &str, lang: Lang) -> Option<&'static str> {
    Some(match (key, lang) {
        ("claims", Lang::En) => "Check the essay's claims",
        ("claims", Lang::Ru) => "Проверить утверждения эссе",
        ("claims-heading", Lang::En) => "The essay's claims against the data",
        ("claims-heading", Lang::Ru) => "Утверждения эссе и данные",
        ("sources", Lang::En) => "Sources for this chart",
        ("sources", Lang::Ru) => "Источники этого графика",
        ("error", Lang::En) => "Chart unavailable",
        ("error", Lang::Ru) => "График недоступен",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ui_text_exists_in_every_language() {
        for key in ["claims", "claims-heading", "sources", "error"] {
            for lang in [Lang::En, Lang::Ru] {
                assert!(
                    ui_text(key, lang).is_some_and(|t| !t.is_empty()),
                    "{key} {lang:?}"
                );
            }
        }
        assert_eq!(ui_text("nope", Lang::En), None);
    }
}
