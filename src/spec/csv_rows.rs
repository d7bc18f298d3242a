//! The rows of a CSV table becoming series: the header row names the series (and their
//! `[status]` / `[source]` columns, and may state the decimal separator), each data row adds a
//! dated point to every series, and cells that could be read two ways wait for the table's
//! convention (see `numbers`). Used by `csv`; pure.

use super::csv::MAX_SERIES;
use super::input::{PointSpec, SeriesSpec};
use super::numbers::{read_number, Decimal, Reading};
use super::sources::SourceSpec;
use super::text::Text;
use crate::dataset::Date;
use crate::error::{ChartError, Result};
use std::collections::BTreeMap;

/// A lowercase id from a header: `Death sentences` → `death-sentences`.
fn slug(header: &str, taken: &[String]) -> String {
    let base: String = header
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let base = if base.is_empty() {
        "series".to_string()
    } else {
        base
    };
    let mut id = base.clone();
    let mut n = 2;
    while taken.contains(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

/// What a column is.
pub(super) enum Column {
    Series(usize),
    Status(usize),
    Source(usize),
}

/// A cell read two ways, waiting for the table's convention.
struct Open {
    series: usize,
    point: usize,
    at: String,
    cell: String,
    comma: f64,
}

/// The spec being built from the CSV's records.
pub(super) struct Builder {
    header: Vec<String>,
    columns: Vec<Column>,
    pub(super) series: Vec<SeriesSpec>,
    pub(super) sources: BTreeMap<String, SourceSpec>,
    /// The decimal separator: stated by the page or the header, else shown by a cell (and where).
    decimal: Decimal,
    shown_at: Option<String>,
    open: Vec<Open>,
}

impl Builder {
    /// Reads the header row: a date column (its name may end `[decimal point]` or
    /// `[decimal comma]`),
    /// then series and their status/source columns.
    pub(super) fn new(header: &[&str], stated: Decimal) -> Result<Builder> {
        if header.len() < 2 {
            return Err(ChartError::invalid(
                "csv line 1",
                "needs a date column and at least one series column",
            ));
        }
        let mut series: Vec<SeriesSpec> = Vec::new();
        let mut columns = Vec::new();
        for (c, name) in header.iter().enumerate().skip(1) {
            let name = name.trim();
            let meta = |suffix: &str| {
                let base = name.strip_suffix(suffix)?.trim_end();
                series
                    .iter()
                    .position(|s| s.name == Text::Plain(base.to_string()))
            };
            let column = if let Some(i) = meta("[status]") {
                Column::Status(i)
            } else if let Some(i) = meta("[source]") {
                Column::Source(i)
            } else {
                if name.is_empty() {
                    return Err(ChartError::invalid(
                        format!("csv line 1, column {}", c + 1),
                        "empty header",
                    ));
                }
                let taken: Vec<String> = series.iter().map(|s| s.id.clone()).collect();
                let id = slug(name, &taken);
                series.push(SeriesSpec {
                    id,
                    name: Text::Plain(name.into()),
                    color: None,
                    dash: false,
                    source: None,
                    status: None,
                    breaks: Vec::new(),
                    points: Vec::new(),
                });
                Column::Series(series.len() - 1)
            };
            columns.push(column);
        }
        if series.len() > MAX_SERIES {
            return Err(ChartError::invalid(
                "csv line 1",
                format!("{} series (at most {MAX_SERIES})", series.len()),
            ));
        }
        let mut header: Vec<String> = header.iter().map(|h| h.trim().to_string()).collect();
        let mut decimal = stated;
        for (mark, d) in [
            ("[decimal point]", Decimal::Point),
            ("[decimal comma]", Decimal::Comma),
        ] {
            if let Some(name) = header[0].strip_suffix(mark).map(|n| n.trim_end().to_string()) {
                if stated != Decimal::Unstated && stated != d {
                    return Err(ChartError::invalid(
                        "csv line 1, column 1",
                        format!("{mark} (the page says decimal=\"{}\")", stated.symbol()),
                    ));
                }
                (header[0], decimal) = (name, d);
            }
        }
        Ok(Builder {
            header,
            columns,
            series,
            sources: BTreeMap::new(),
            decimal,
            shown_at: None,
            open: Vec::new(),
        })
    }

    /// Settles the cells read two ways by the convention the table stated or showed, or names the
    /// first one when it did neither.
    pub(super) fn settle(&mut self) -> Result<()> {
        let Some(first) = self.open.first() else {
            return Ok(());
        };
        match self.decimal {
            Decimal::Unstated => Err(ChartError::invalid(
                &first.at,
                format!(
                    "{} (a thousand-separator or a decimal one? say which with decimal=\".\" or decimal=\",\")",
                    first.cell
                ),
            )),
            Decimal::Point => Ok(()),
            Decimal::Comma => {
                for open in &self.open {
                    if let Some(p) = self.series[open.series].points.get_mut(open.point) {
                        p.value = Some(open.comma);
                    }
                }
                Ok(())
            }
        }
    }

    /// Reads one data row.
    pub(super) fn row(&mut self, line: u64, fields: &[&str]) -> Result<()> {
        let header = &self.header;
        if fields.len() != header.len() {
            return Err(ChartError::invalid(
                format!("csv line {line}"),
                format!("{} fields (the header has {})", fields.len(), header.len()),
            ));
        }
        let date = fields[0].trim();
        if Date::parse(date).is_none() {
            return Err(ChartError::invalid(
                format!("csv line {line}, column 1 ({})", header[0]),
                date,
            ));
        }
        for (k, column) in self.columns.iter().enumerate() {
            let cell = fields[k + 1].trim();
            let at = || format!("csv line {line}, column {} ({})", k + 2, header[k + 1]);
            match *column {
                Column::Series(i) => {
                    let value = if cell.is_empty() {
                        None
                    } else {
                        let reading = read_number(cell).ok_or_else(|| ChartError::invalid(at(), cell))?;
                        if let Reading::Shows(_, shown) = reading {
                            if self.decimal == Decimal::Unstated {
                                (self.decimal, self.shown_at) = (shown, Some(at()));
                            }
                        }
                        let value = match (reading, self.decimal) {
                            (Reading::Ambiguous { point, comma }, Decimal::Unstated) => {
                                let at = at();
                                let point_index = self.series[i].points.len();
                                self.open.push(Open {
                                    series: i,
                                    point: point_index,
                                    at,
                                    cell: cell.into(),
                                    comma,
                                });
                                point
                            }
                            (r, d) => r
                                .value(d)
                                .ok_or_else(|| contradiction(&at(), cell, d, self.shown_at.as_deref()))?,
                        };
                        Some(value)
                    };
                    self.series[i].points.push(PointSpec {
                        date: date.into(),
                        value,
                        status: None,
                        source: None,
                        note: None,
                        alt: Vec::new(),
                    });
                }
                Column::Status(i) if !cell.is_empty() => {
                    if let Some(p) = self.series[i].points.last_mut() {
                        p.status = Some(cell.into());
                    }
                }
                Column::Source(i) if !cell.is_empty() => {
                    let key = slug(cell, &[]);
                    self.sources
                        .entry(key.clone())
                        .or_insert_with(|| SourceSpec::Title(Text::Plain(cell.into())));
                    if let Some(p) = self.series[i].points.last_mut() {
                        p.source = Some(key);
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }
}

/// A cell that contradicts the table's decimal separator.
fn contradiction(at: &str, cell: &str, decimal: Decimal, shown_at: Option<&str>) -> ChartError {
    let why = match shown_at {
        Some(first) => format!("{first} writes decimals with \"{}\"", decimal.symbol()),
        None => format!("the decimal separator is \"{}\"", decimal.symbol()),
    };
    ChartError::invalid(at, format!("{cell} ({why})"))
}
