//! Publications: one record per source, cited in full for readers and by a short label on the
//! chart. A bare string is accepted as a title, so a blogger can write `"s1": "My notes"`.

use super::text::{text_in, Text};
use crate::lang::Lang;
use serde::Deserialize;

/// A source as supplied. A record is tried first: a record of string fields only (`{"author":
/// "…", "kind": "secondary"}`) would otherwise read as a title keyed by language; a title keyed by
/// language is never a record, since records refuse unknown fields.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "full", derive(serde::Serialize))]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)] // a few dozen sources per chart, read once: boxing buys nothing
pub enum SourceSpec {
    /// A full record.
    Record(SourceRecord),
    /// Just a title.
    Title(Text),
}

/// A full bibliographic record.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "full", derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct SourceRecord {
    /// Short label (`Rigby 1968`).
    pub short: Option<Text>,
    /// Author or issuing body.
    pub author: Option<String>,
    /// Title of the work or document.
    #[serde(default)]
    pub title: Text,
    /// Where it was published (a journal and issue, a series, a newspaper).
    pub publication: Option<String>,
    /// Volume, for a multi-volume work.
    pub volume: Option<String>,
    /// Place of publication.
    pub place: Option<String>,
    /// Publisher.
    pub publisher: Option<String>,
    /// Year of the edition cited.
    pub year: Option<i32>,
    /// What kind of source it is: `archival-publication` (a published archival document, with its
    /// `archive` reference), `official-publication`, `contemporary` (a claim, report or pamphlet
    /// of the time), `secondary` (a historian's work), `reference` (an encyclopedia), `estimate`.
    pub kind: Option<String>,
    /// Pages, table or appendix.
    pub pages: Option<String>,
    /// Archive reference (fond, opis, delo, listy).
    pub archive: Option<String>,
    /// Where to read it.
    pub url: Option<String>,
}

/// A source in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// Short label.
    pub short: String,
    /// The full citation as one sentence.
    pub citation: String,
    /// Link, only when it is http(s).
    pub url: Option<String>,
}

impl SourceSpec {
    /// The source in `lang`.
    pub fn resolve(&self, lang: Lang) -> Source {
        match self {
            SourceSpec::Title(t) => Source {
                short: t.get(lang).to_string(),
                citation: t.get(lang).to_string(),
                url: None,
            },
            SourceSpec::Record(r) => r.resolve(lang),
        }
    }
}

impl SourceRecord {
    fn resolve(&self, lang: Lang) -> Source {
        let title = self.title.get(lang).to_string();
        let mut parts: Vec<String> = Vec::new();
        parts.extend(self.author.clone());
        parts.push(title.clone());
        parts.extend(self.publication.clone());
        parts.extend(self.volume.as_ref().map(|v| format!("vol. {v}")));
        let imprint: Vec<String> = [self.place.clone(), self.publisher.clone()]
            .into_iter()
            .flatten()
            .collect();
        if !imprint.is_empty() {
            parts.push(imprint.join(": "));
        }
        parts.extend(self.year.map(|y| y.to_string()));
        parts.extend(self.pages.clone());
        parts.extend(self.archive.clone());
        let short = text_in(&self.short, lang);
        Source {
            short: if short.is_empty() { title } else { short },
            citation: parts.join(", "),
            url: self
                .url
                .clone()
                .filter(|u| u.starts_with("https://") || u.starts_with("http://")),
        }
    }
}

/// The kinds of source a record may name.
pub const SOURCE_KINDS: [&str; 6] = [
    "archival-publication",
    "official-publication",
    "contemporary",
    "secondary",
    "reference",
    "estimate",
];

impl SourceRecord {
    /// Whether the record may carry figures of status `archival`: a published archival document
    /// that names its archive reference.
    pub fn is_archival_publication(&self) -> bool {
        self.kind.as_deref() == Some("archival-publication")
            && self.archive.as_deref().is_some_and(|a| !a.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_record_cites_in_full_and_drops_unsafe_links() {
        let spec: SourceSpec = serde_json::from_str(
            r#"{"short": "Popov 1992", "author": "MVD", "title": {"en": "Certificate", "ru": "Справка"},
                "year": 1992, "archive": "GARF f. 9401", "url": "javascript:alert(1)"}"#,
        )
        .unwrap();
        let ru = spec.resolve(Lang::negotiate("ru"));
        assert_eq!(ru.citation, "MVD, Справка, 1992, GARF f. 9401");
        assert_eq!(ru.short, "Popov 1992");
        assert_eq!(ru.url, None);
        let plain: SourceSpec = serde_json::from_str(r#""My notes""#).unwrap();
        assert_eq!(plain.resolve(Lang::EN).short, "My notes");
        let strings: SourceSpec =
            serde_json::from_str(r#"{"author": "Nicolas Werth", "kind": "secondary"}"#).unwrap();
        assert!(matches!(strings, SourceSpec::Record(_)), "{strings:?}");
        let keyed: SourceSpec = serde_json::from_str(r#"{"en": "Notes", "ru": "Заметки"}"#).unwrap();
        assert_eq!(keyed.resolve(Lang::negotiate("ru")).short, "Заметки");
    }
}
