//! The widget's own words (button labels, headings, status names, the claims layer's phrases,
//! kiosk captions) in the reader's language, from the `ui.*` keys of `lang/<code>.json`. Pure;
//! imports only `lang` and `dataset`.

use crate::dataset::Status;
use crate::lang::Lang;

/// The text of a UI string, or `None` for an unknown key.
pub fn ui_text(key: &str, lang: Lang) -> Option<&'static str> {
    lang.text(&format!("ui.{key}"))
}

/// A UI string that the code itself names; empty only if the table lost a row (a test checks).
pub fn word(key: &str, lang: Lang) -> &'static str {
    ui_text(key, lang).unwrap_or("")
}

/// `template` with each `{name}` replaced by its value.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values.iter().fold(template.to_string(), |s, (k, v)| {
        s.replace(&format!("{{{k}}}"), v)
    })
}

/// How a figure is known, in words for readers.
pub fn status_label(status: Status, lang: Lang) -> &'static str {
    word(&format!("status-{}", status.name()), lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ui_text_exists_in_every_language() {
        assert_eq!(ui_text("nope", Lang::EN), None);
        assert_eq!(ui_text("reset", Lang::EN), Some("Reset zoom"));
        assert_eq!(
            status_label(Status::Claim, Lang::negotiate("de")),
            "zeitgenössische Angabe"
        );
        assert_eq!(fill("{a} and {b}", &[("a", "1"), ("b", "2")]), "1 and 2");
    }
}
