//! The chart maker (`www/make.html`, full module only): a teacher's or blogger's draft (a pasted
//! table plus what the maker's form says about it) becomes a chart in the data format of
//! `docs/data-format.md`, the same one built-in charts and `<chronicle-chart>` read. The table is
//! read by the widget's own CSV reader (`spec::from_table`: CSV, TSV or cells copied from a
//! spreadsheet), and every error keeps the widget's words; `table` says which cell an error is
//! about, so the page can show it there. The draft is also the maker's saved file: it reopens
//! with everything in it.
//!
//! Files: `mod.rs` (the draft and the chart it makes), `table.rs` (the table's cells by line, and
//! the cell an error names).

pub mod table;

use crate::color::PALETTE;
use crate::error::{ChartError, Result};
use crate::lang::Lang;
use crate::spec::{
    from_table, AltSpec, Chart, ChartSpec, Decimal, EventSpec, PeriodSpec, SourceRecord, SourceSpec, Text,
};
use serde::{Deserialize, Serialize};

/// What the saved file says it is, so the maker can tell its own files from other JSON.
pub const FILE_FORMAT: &str = "chronicle-maker";
/// The version of the saved file's shape.
pub const FILE_VERSION: u32 = 1;

/// The maker's whole state: what a person typed, pasted and chose. Saved as it is (the chart file
/// the maker reopens) and kept in the browser between visits.
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct Draft {
    /// `chronicle-maker`.
    pub format: String,
    /// [`FILE_VERSION`].
    pub version: u32,
    /// The table as pasted: a date column, then one column per series.
    pub table: String,
    /// The chart's heading (the series' names when empty).
    pub title: String,
    /// `line`, `bar` or `area`; empty for the default.
    pub kind: String,
    /// The table's decimal separator, `.` or `,`, when it must be said.
    pub decimal: String,
    /// The page options the outputs carry: language, theme and the range shown.
    pub lang: String,
    /// `auto`, `light`, `dark`, `high-contrast`.
    pub theme: String,
    /// First date shown (empty: the data's first).
    pub from: String,
    /// Last date shown (empty: the data's last).
    pub to: String,
    /// Per series, in the table's order.
    pub series: Vec<SeriesDraft>,
    /// Labelled periods, drawn as named bands.
    pub periods: Vec<PeriodDraft>,
    /// Dated events, drawn as markers under the time axis.
    pub events: Vec<EventDraft>,
    /// Notes and other figures on single points.
    pub points: Vec<PointDraft>,
}

/// What the form says about one series; empty fields are left out of the chart.
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct SeriesDraft {
    /// Legend name (the column's header when empty).
    pub name: String,
    /// One of [`palette`]'s colours (a palette colour in order when empty).
    pub color: String,
    /// A status of the data format (`official`, `estimate`, …).
    pub status: String,
    /// The source: author or issuing body.
    pub author: String,
    /// The source's title.
    pub source_title: String,
    /// The source's year, as typed.
    pub year: String,
    /// Where to read it.
    pub url: String,
}

/// A labelled period.
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct PeriodDraft {
    /// First date.
    pub from: String,
    /// Last date (inclusive).
    pub to: String,
    /// The band's name.
    pub label: String,
}

/// A dated event.
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct EventDraft {
    /// When.
    pub date: String,
    /// What happened.
    pub title: String,
}

/// A note, and another source's figure, on one point of one series.
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct PointDraft {
    /// The series' position in the table (0 for the first value column).
    pub series: usize,
    /// The point's date, as the table writes it.
    pub date: String,
    /// The note for readers.
    pub note: String,
    /// Another figure for the same point (empty for none), drawn as a range mark.
    pub alt: String,
}

/// The colours a series may take: the widget's palette, which keeps 3:1 contrast and stays
/// apart under colour-vision deficiencies.
pub fn palette() -> Vec<String> {
    PALETTE.iter().map(|c| c.to_hex()).collect()
}

/// Reads a saved file (or a kept draft); errors name the field as serde reads it.
pub fn open(text: &str) -> Result<Draft> {
    let draft: Draft = serde_json::from_str(text).map_err(|e| ChartError::Parse {
        message: e.to_string(),
    })?;
    if draft.format != FILE_FORMAT {
        return Err(ChartError::invalid("format", &draft.format));
    }
    if draft.version != FILE_VERSION {
        return Err(ChartError::invalid("version", draft.version));
    }
    Ok(draft)
}

/// `text` trimmed, or `None` when nothing is left.
fn given(text: &str) -> Option<String> {
    let t = text.trim();
    (!t.is_empty()).then(|| t.to_string())
}

/// The source record of a series' draft, or `None` when no field of it is filled.
fn source_of(s: &SeriesDraft, field: &str) -> Result<Option<SourceRecord>> {
    let (author, title, url) = (given(&s.author), given(&s.source_title), given(&s.url));
    let year = match given(&s.year) {
        None => None,
        Some(y) => Some(
            y.parse::<i32>()
                .map_err(|_| ChartError::invalid(format!("{field}.year"), &y))?,
        ),
    };
    if author.is_none() && title.is_none() && url.is_none() && year.is_none() {
        return Ok(None);
    }
    let title = title.ok_or_else(|| ChartError::missing(format!("{field}.source_title")))?;
    Ok(Some(SourceRecord {
        short: None,
        author,
        title: Text::Plain(title),
        publication: None,
        volume: None,
        place: None,
        publisher: None,
        year,
        kind: None,
        pages: None,
        archive: None,
        url,
    }))
}

/// The sources line: each source once, `author, title (year)`, in the series' order.
fn credit(sources: &[SourceRecord]) -> Option<Text> {
    let mut cited: Vec<String> = Vec::new();
    for s in sources {
        let title = match &s.title {
            Text::Plain(t) => t.clone(),
            Text::Translated(_) | Text::Key(_) => String::new(),
        };
        let mut line = s
            .author
            .iter()
            .cloned()
            .chain([title])
            .collect::<Vec<_>>()
            .join(", ");
        if let Some(year) = s.year {
            line += &format!(" ({year})");
        }
        if !cited.contains(&line) {
            cited.push(line);
        }
    }
    (!cited.is_empty()).then(|| Text::Plain(cited.join("; ")))
}

/// The chart the draft describes, checked as the widget checks any data: errors name the draft's
/// field (`series[1].color`, `periods[0].to`) or the table's line and column.
pub fn chart_spec(draft: &Draft) -> Result<ChartSpec> {
    let decimal = Decimal::parse(&draft.decimal, "decimal")?;
    let kind = given(&draft.kind);
    let mut spec = from_table(&draft.table, &draft.title, kind.as_deref(), decimal)?;
    let mut records = Vec::new();
    for (i, s) in draft.series.iter().enumerate() {
        let field = format!("series[{i}]");
        let Some(series) = spec.series.get_mut(i) else {
            return Err(ChartError::invalid(field, "no such column in the table"));
        };
        if let Some(name) = given(&s.name) {
            series.name = Text::Plain(name);
        }
        if let Some(color) = given(&s.color) {
            if !palette().contains(&color.to_lowercase()) {
                return Err(ChartError::invalid(format!("{field}.color"), color));
            }
            series.color = Some(color.to_lowercase());
        }
        series.status = given(&s.status);
        if let Some(record) = source_of(s, &field)? {
            let key = format!("source-{}", series.id);
            series.source = Some(key.clone());
            spec.sources.insert(key, SourceSpec::Record(record.clone()));
            records.push(record);
        }
    }
    give_free_colours(&mut spec);
    spec.credit = credit(&records);
    spec.periods = draft
        .periods
        .iter()
        .enumerate()
        .map(|(i, p)| PeriodSpec {
            id: format!("period-{}", i + 1),
            from: p.from.trim().to_string(),
            to: p.to.trim().to_string(),
            label: Text::Plain(p.label.trim().to_string()),
            source: None,
            end_source: None,
        })
        .collect();
    spec.events = draft
        .events
        .iter()
        .map(|e| EventSpec {
            date: e.date.trim().to_string(),
            end: None,
            title: Text::Plain(e.title.trim().to_string()),
            short: None,
            charts: Vec::new(),
            source: None,
            status: None,
            first_published: None,
        })
        .collect();
    for (i, p) in draft.points.iter().enumerate() {
        mark_point(&mut spec, p, decimal, &format!("points[{i}]"))?;
    }
    Chart::from_spec(&spec, Lang::EN)?;
    Ok(spec)
}

/// Gives each series without a chosen colour the next palette colour no other series took, so a
/// colour picked for one series never repeats on another (the widget would otherwise colour by
/// position).
fn give_free_colours(spec: &mut ChartSpec) {
    let taken: Vec<String> = spec.series.iter().filter_map(|s| s.color.clone()).collect();
    let mut free = palette()
        .into_iter()
        .filter(|c| !taken.contains(c))
        .collect::<Vec<_>>()
        .into_iter()
        .cycle();
    for series in spec.series.iter_mut().filter(|s| s.color.is_none()) {
        series.color = free.next();
    }
}

/// The chart as JSON text in the data format. Fields that say nothing (no status, no note, no
/// other figure) are left out by the spec's own serializer, while a point's `"value": null`, a
/// gap, stays: the outputs carry every point, and a table of months is half as long without them.
pub fn chart_json(spec: &ChartSpec) -> Result<String> {
    serde_json::to_string(spec).map_err(|e| ChartError::Parse {
        message: e.to_string(),
    })
}

/// Puts a point draft's note and other figure on its point.
fn mark_point(spec: &mut ChartSpec, p: &PointDraft, decimal: Decimal, field: &str) -> Result<()> {
    let series = spec
        .series
        .get_mut(p.series)
        .ok_or_else(|| ChartError::invalid(format!("{field}.series"), p.series))?;
    let date = p.date.trim();
    let point = series
        .points
        .iter_mut()
        .find(|q| q.date == date)
        .ok_or_else(|| ChartError::invalid(format!("{field}.date"), format!("{date} (no such row)")))?;
    point.note = given(&p.note).map(Text::Plain);
    if let Some(alt) = given(&p.alt) {
        let value = crate::spec::read_number(&alt)
            .and_then(|r| r.value(decimal))
            .ok_or_else(|| ChartError::invalid(format!("{field}.alt"), &alt))?;
        point.alt = vec![AltSpec {
            value,
            source: None,
            status: None,
        }];
    }
    Ok(())
}

#[cfg(test)]
mod tests;
