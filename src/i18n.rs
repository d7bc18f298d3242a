//! The widget's own words (button labels, headings, status names) in each language, so the page
//! and the chart speak the same language as the data. Pure; imports only `lang` and `dataset`.

use crate::dataset::Status;
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
        ("source", Lang::En) => "Source",
        ("source", Lang::Ru) => "Источник",
        ("other-figure", Lang::En) => "Other figure",
        ("other-figure", Lang::Ru) => "Другая цифра",
        ("no-data", Lang::En) => "no data",
        ("no-data", Lang::Ru) => "нет данных",
        ("event", Lang::En) => "Event",
        ("event", Lang::Ru) => "Событие",
        ("reset", Lang::En) => "Reset zoom",
        ("reset", Lang::Ru) => "Сбросить масштаб",
        ("legend", Lang::En) => "Series shown",
        ("legend", Lang::Ru) => "Показанные ряды",
        ("chart-help", Lang::En) => {
            "Interactive chart. Arrow keys move between points and series, Page Up and Page Down \
             jump five, Home and End go to the ends, [ and ] step through events, + and − zoom, \
             Escape resets."
        }
        ("chart-help", Lang::Ru) => {
            "Интерактивный график. Стрелки — переход между точками и рядами, Page Up и Page Down \
             — на пять точек, Home и End — к краям, [ и ] — по событиям, + и − — масштаб, \
             Escape — сброс."
        }
        ("zoom-hint", Lang::En) => "Use Ctrl + scroll to zoom the chart",
        ("zoom-hint", Lang::Ru) => "Ctrl + прокрутка — масштаб графика",
        _ => return None,
    })
}

/// How a figure is known, in words for readers.
pub fn status_label(status: Status, lang: Lang) -> &'static str {
    match (status, lang) {
        (Status::Archival, Lang::En) => "archival document",
        (Status::Official, Lang::En) => "official series",
        (Status::Claim, Lang::En) => "contemporary claim",
        (Status::Estimate, Lang::En) => "estimate",
        (Status::Derived, Lang::En) => "derived by calculation",
        (Status::Archival, Lang::Ru) => "архивный документ",
        (Status::Official, Lang::Ru) => "официальная серия",
        (Status::Claim, Lang::Ru) => "заявление того времени",
        (Status::Estimate, Lang::Ru) => "оценка",
        (Status::Derived, Lang::Ru) => "расчёт",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ui_text_exists_in_every_language() {
        let keys = [
            "claims",
            "claims-heading",
            "sources",
            "error",
            "source",
            "other-figure",
            "no-data",
            "event",
        ];
        for key in keys
            .into_iter()
            .chain(["reset", "legend", "chart-help", "zoom-hint"])
        {
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
