//! The widget's own words (button labels, headings, status names, the claims layer's phrases) in
//! each language, so the page and the chart speak the language of the reader. One table, a row per
//! key, a column per language in `Lang::ALL` order. Pure; imports only `lang` and `dataset`.

use crate::dataset::Status;
use crate::lang::Lang;

const UI: &[(&str, [&str; 4])] = &[
    ("claims", ["Check the essay's claims", "Проверить утверждения эссе", "Behauptungen des Essays prüfen", "Vérifier les affirmations de l'essai"]),
    ("claims-heading", ["The essay's claims against the data", "Утверждения эссе и данные", "Die Behauptungen des Essays und die Daten", "Les affirmations de l'essai face aux données"]),
    ("sources", ["Sources for this chart", "Источники этого графика", "Quellen dieses Diagramms", "Sources de ce graphique"]),
    ("error", ["Chart unavailable", "График недоступен", "Diagramm nicht verfügbar", "Graphique indisponible"]),
    ("source", ["Source", "Источник", "Quelle", "Source"]),
    ("other-figure", ["Other figure", "Другая цифра", "Andere Zahl", "Autre chiffre"]),
    ("another-count", ["Another count", "Другой подсчёт", "Andere Zählung", "Autre décompte"]),
    ("no-data", ["no data", "нет данных", "keine Daten", "pas de données"]),
    ("event", ["Event", "Событие", "Ereignis", "Événement"]),
    ("reset", ["Reset zoom", "Сбросить масштаб", "Zoom zurücksetzen", "Réinitialiser le zoom"]),
    ("legend", ["Series shown", "Показанные ряды", "Angezeigte Reihen", "Séries affichées"]),
    ("chart-help", [
        "Interactive chart. Arrow keys move between points and series, Page Up and Page Down jump five, Home and End go to the ends, [ and ] step through events, + and − zoom, Escape resets.",
        "Интерактивный график. Стрелки — переход между точками и рядами, Page Up и Page Down — на пять точек, Home и End — к краям, [ и ] — по событиям, + и − — масштаб, Escape — сброс.",
        "Interaktives Diagramm. Pfeiltasten wechseln zwischen Punkten und Reihen, Bild auf und Bild ab springen um fünf, Pos1 und Ende gehen an die Enden, [ und ] gehen durch die Ereignisse, + und − zoomen, Escape setzt zurück.",
        "Graphique interactif. Les flèches passent d'un point ou d'une série à l'autre, Page précédente et Page suivante sautent de cinq, Début et Fin vont aux extrémités, [ et ] parcourent les événements, + et − zooment, Échap réinitialise.",
    ]),
    ("zoom-hint", ["Use Ctrl + scroll to zoom the chart", "Ctrl + прокрутка — масштаб графика", "Strg + Scrollen zoomt das Diagramm", "Ctrl + molette pour zoomer le graphique"]),
    ("claimed", ["Claimed", "Утверждается", "Behauptet", "Affirmé"]),
    ("the-data", ["The data", "Данные", "Die Daten", "Les données"]),
    ("verdict", ["Verdict", "Вывод", "Urteil", "Verdict"]),
    ("claim-short", ["Claim", "Утверждение", "Behauptung", "Affirmation"]),
    ("data-short", ["data", "данные", "Daten", "données"]),
    ("about", ["about", "около", "etwa", "environ"]),
    ("more-than", ["more than", "более", "mehr als", "plus de"]),
    ("supported", ["supported", "подтверждается", "belegt", "confirmé"]),
    ("overstated", ["overstated", "преувеличено", "übertrieben", "exagéré"]),
    ("understated", ["understated", "преуменьшено", "untertrieben", "minimisé"]),
    ("not-supported", ["not supported", "не подтверждается", "nicht belegt", "non confirmé"]),
    ("status-archival", ["archival document", "архивный документ", "Archivdokument", "document d'archives"]),
    ("status-official", ["official series", "официальная серия", "amtliche Reihe", "série officielle"]),
    ("status-claim", ["contemporary claim", "заявление того времени", "zeitgenössische Behauptung", "affirmation de l'époque"]),
    ("status-estimate", ["estimate", "оценка", "Schätzung", "estimation"]),
    ("status-derived", ["derived by calculation", "расчёт", "berechnet", "calculé"]),
    ("sum-line", ["A line chart", "Линейный график", "Ein Liniendiagramm", "Un graphique linéaire"]),
    ("sum-bar", ["A bar chart", "Столбчатая диаграмма", "Ein Balkendiagramm", "Un diagramme en barres"]),
    ("sum-area", ["An area chart", "Диаграмма с областями", "Ein Flächendiagramm", "Un graphique en aires"]),
    ("sum-overview", ["{kind} of {n} series from {from} to {to}.", "{kind}; рядов данных: {n}; период: {from} — {to}.", "{kind} mit {n} Reihen von {from} bis {to}.", "{kind} de {n} séries, de {from} à {to}."]),
    ("sum-extremes", ["{series}: highest {max} ({max_date}), lowest {min} ({min_date})", "{series}: максимум {max} ({max_date}), минимум {min} ({min_date})", "{series}: höchster Wert {max} ({max_date}), niedrigster {min} ({min_date})", "{series} : maximum {max} ({max_date}), minimum {min} ({min_date})"]),
    ("sum-fell", ["fell {pct} from {a} ({a_date}) to {b} ({b_date})", "снижение на {pct} с {a} ({a_date}) до {b} ({b_date})", "Rückgang um {pct} von {a} ({a_date}) auf {b} ({b_date})", "baisse de {pct} de {a} ({a_date}) à {b} ({b_date})"]),
    ("sum-rose", ["rose {pct} from {a} ({a_date}) to {b} ({b_date})", "рост на {pct} с {a} ({a_date}) до {b} ({b_date})", "Anstieg um {pct} von {a} ({a_date}) auf {b} ({b_date})", "hausse de {pct} de {a} ({a_date}) à {b} ({b_date})"]),
    ("sum-and", ["and", "и", "und", "et"]),
    ("table", ["Table", "Таблица", "Tabelle", "Tableau"]),
    ("table-date", ["Date", "Дата", "Datum", "Date"]),
    ("table-status", ["status", "статус", "Status", "statut"]),
    ("table-source", ["source", "источник", "Quelle", "source"]),
    ("listen", ["Listen", "Прослушать", "Anhören", "Écouter"]),
    ("stop", ["Stop", "Стоп", "Stopp", "Arrêter"]),
    ("kiosk-title", ["From Lenin's purges to the Great Terror", "От ленинских чисток к Большому террору", "Von Lenins Säuberungen zum Großen Terror", "Des purges de Lénine à la Grande Terreur"]),
    ("kiosk-still-there", ["Still there?", "Вы здесь?", "Noch da?", "Toujours là ?"]),
    ("kiosk-continue", ["Continue", "Продолжить", "Weiter", "Continuer"]),
    ("kiosk-restart-in", ["The exhibit restarts in {s} s.", "Экспозиция начнётся заново через {s} с.", "Die Ausstellung beginnt in {s} s neu.", "L'exposition recommence dans {s} s."]),
    ("kiosk-touch", ["Touch the screen to explore", "Коснитесь экрана, чтобы начать", "Berühren Sie den Bildschirm", "Touchez l'écran pour explorer"]),
    ("attract-1921", ["March 1921: 732,521 members. The 10th Congress bans factions; the first purge follows.", "Март 1921: 732 521 член партии. X съезд запрещает фракции; за ним следует первая чистка.", "März 1921: 732.521 Mitglieder. Der 10. Parteitag verbietet Fraktionen; die erste Säuberung folgt.", "Mars 1921 : 732 521 membres. Le Xe congrès interdit les fractions ; la première purge suit."]),
    ("attract-1924", ["January 1924: 472,000 members as Lenin dies, a third fewer than in 1921.", "Январь 1924: 472 000 членов на момент смерти Ленина — на треть меньше, чем в 1921 году.", "Januar 1924: 472.000 Mitglieder bei Lenins Tod, ein Drittel weniger als 1921.", "Janvier 1924 : 472 000 membres à la mort de Lénine, un tiers de moins qu'en 1921."]),
    ("attract-1933", ["1933: the peak of 3.56 million; a new general purge begins.", "1933: пик — 3,56 млн; начинается новая генеральная чистка.", "1933: Höchststand von 3,56 Millionen; eine neue Säuberung beginnt.", "1933 : sommet de 3,56 millions ; une nouvelle purge générale commence."]),
    ("attract-1937", ["1937: 936,750 arrested and 353,074 sentenced to death.", "1937: арестовано 936 750, приговорено к расстрелу 353 074.", "1937: 936.750 Verhaftete und 353.074 Todesurteile.", "1937 : 936 750 arrestations et 353 074 condamnations à mort."]),
    ("attract-1938", ["1938: 638,509 arrested and 328,618 sentenced to death, until the decree of 17 November.", "1938: арестовано 638 509, приговорено к расстрелу 328 618 — до постановления 17 ноября.", "1938: 638.509 Verhaftete und 328.618 Todesurteile, bis zum Erlass vom 17. November.", "1938 : 638 509 arrestations et 328 618 condamnations à mort, jusqu'au décret du 17 novembre."]),
    ("attract-1953", ["1 January 1953: about 2.5 million in camps and colonies; Stalin dies on 5 March.", "1 января 1953: около 2,5 млн в лагерях и колониях; 5 марта умирает Сталин.", "1. Januar 1953: rund 2,5 Millionen in Lagern und Kolonien; Stalin stirbt am 5. März.", "1er janvier 1953 : environ 2,5 millions dans les camps et colonies ; Staline meurt le 5 mars."]),
    ("download-png", ["Download PNG", "Скачать PNG", "PNG herunterladen", "Télécharger PNG"]),
    ("download-svg", ["Download SVG", "Скачать SVG", "SVG herunterladen", "Télécharger SVG"]),
    ("download-csv", ["Download CSV", "Скачать CSV", "CSV herunterladen", "Télécharger CSV"]),
];

/// The text of a UI string, or `None` for an unknown key.
pub fn ui_text(key: &str, lang: Lang) -> Option<&'static str> {
    UI.iter().find(|(k, _)| *k == key).map(|(_, t)| t[lang.index()])
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
        for (key, texts) in UI {
            for (i, t) in texts.iter().enumerate() {
                assert!(!t.trim().is_empty(), "{key} in {:?}", Lang::ALL[i]);
            }
        }
        assert_eq!(ui_text("nope", Lang::EN), None);
        assert_eq!(
            status_label(Status::Claim, Lang::DE),
            "zeitgenössische Behauptung"
        );
    }
}
