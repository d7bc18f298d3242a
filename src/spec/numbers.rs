//! Numbers as people write them in a table, read without guessing. `1,575,259`, `1 575 259`,
//! `1.575.259`, `12.5` and `12,5` can each mean one thing only; `1,500` and `1.575` can mean
//! two (a thousand and five hundred, or one and a half), so they are read by the table's
//! convention: the one the page states (`decimal="."` or `decimal=","`, or `[decimal comma]` /
//! `[decimal point]` after the date column's name), else the one other cells of the table show. A table that shows none
//! and has such a cell is refused with the cell named: on a museum wall a guess is a wrong number.
//! Pure.

use crate::error::{ChartError, Result};

/// The decimal separator a table writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Decimal {
    /// Not stated: read from the cells that can mean one thing only.
    #[default]
    Unstated,
    /// `12.5`, with `,` grouping thousands (`1,575,259.5`).
    Point,
    /// `12,5`, with `.` or spaces grouping thousands (`1.575.259,5`).
    Comma,
}

impl Decimal {
    /// A page's statement: `.` or `point`, `,` or `comma`, empty for none.
    pub fn parse(text: &str, field: &str) -> Result<Decimal> {
        match text.trim() {
            "" => Ok(Decimal::Unstated),
            "." | "point" => Ok(Decimal::Point),
            "," | "comma" => Ok(Decimal::Comma),
            other => Err(ChartError::invalid(field, other)),
        }
    }

    /// The separator itself, for messages.
    pub fn symbol(self) -> &'static str {
        match self {
            Decimal::Point => ".",
            Decimal::Comma => ",",
            Decimal::Unstated => "",
        }
    }
}

/// What a cell says.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Reading {
    /// A number that shows no convention (`1937`, `1 575 259`, `0.5`).
    Plain(f64),
    /// A number that can only be read one way, and so shows the table's convention.
    Shows(f64, Decimal),
    /// One separator before exactly three digits (`1,500`, `1.575`): two values, one per
    /// convention.
    Ambiguous {
        /// The value where `.` is the decimal separator.
        point: f64,
        /// The value where `,` is the decimal separator.
        comma: f64,
    },
}

impl Reading {
    /// The value under `decimal`; `None` when the cell contradicts it or it leaves the cell open.
    pub fn value(self, decimal: Decimal) -> Option<f64> {
        match (self, decimal) {
            (Reading::Plain(v), _) => Some(v),
            (Reading::Shows(v, shown), d) if d == Decimal::Unstated || d == shown => Some(v),
            (Reading::Ambiguous { point, .. }, Decimal::Point) => Some(point),
            (Reading::Ambiguous { comma, .. }, Decimal::Comma) => Some(comma),
            _ => None,
        }
    }
}

fn finite(text: &str) -> Option<f64> {
    text.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// `1,575,259` or `1.575.259`: groups of three after a first group of one to three digits.
fn grouped(int: &str, sep: char) -> bool {
    let mut groups = int.split(sep);
    let first = groups.next().unwrap_or("");
    (1..=3).contains(&first.len()) && groups.clone().count() > 0 && groups.all(|g| g.len() == 3)
}

/// One separator that could group thousands: a first group of 1–3 digits not starting with 0,
/// then exactly three digits.
fn could_group(body: &str, sep: char) -> bool {
    let Some((int, frac)) = body.split_once(sep) else {
        return false;
    };
    (1..=3).contains(&int.len()) && !int.starts_with('0') && frac.len() == 3 && !frac.contains(sep)
}

/// Reads a cell, or `None` when it is not a number at all.
pub fn read_number(cell: &str) -> Option<Reading> {
    let cell = cell.trim();
    // Fast path: plain digits, as most cells of a big file are, need no copying.
    if cell
        .bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b'-' | b'+'))
    {
        return finite(cell).map(Reading::Plain);
    }
    let s: String = cell
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\'' | '_'))
        .map(|c| if c == '−' { '-' } else { c })
        .collect();
    let body = s.trim_start_matches(['-', '+']);
    let sign = if s.starts_with('-') { -1.0 } else { 1.0 };
    let digits_only = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    let (commas, points) = (body.matches(',').count(), body.matches('.').count());
    let reading = match (commas, points) {
        (0, 0) => return finite(&s).map(Reading::Plain),
        // Exponents and the like: only Rust's own syntax, a decimal point.
        _ if body.contains(['e', 'E']) => Reading::Shows(finite(&s)?, Decimal::Point),
        (0, 1) | (1, 0) => {
            let sep = if points == 1 { '.' } else { ',' };
            let (int, frac) = body.split_once(sep)?;
            if !(digits_only(int) && digits_only(frac)) || int.is_empty() || frac.is_empty() {
                return None;
            }
            let as_decimal = sign * finite(&format!("{int}.{frac}"))?;
            let shown = if sep == '.' {
                Decimal::Point
            } else {
                Decimal::Comma
            };
            if could_group(body, sep) {
                let as_group = sign * finite(&format!("{int}{frac}"))?;
                let (point, comma) = if sep == '.' {
                    (as_decimal, as_group)
                } else {
                    (as_group, as_decimal)
                };
                Reading::Ambiguous { point, comma }
            } else {
                Reading::Shows(as_decimal, shown)
            }
        }
        _ => {
            // Several separators: the last kind, if it appears once after the other kind's
            // groups, is the decimal one; one kind repeated groups thousands.
            let last = if body.rfind(',') > body.rfind('.') {
                ','
            } else {
                '.'
            };
            let group = if last == ',' { '.' } else { ',' };
            let (int, frac) = match body.rsplit_once(last) {
                Some((i, f)) if body.matches(last).count() == 1 && (commas > 0 && points > 0) => (i, f),
                _ => (body, ""),
            };
            let group = if frac.is_empty() { last } else { group };
            if !grouped(int, group) || !digits_only(&int.replace(group, "")) || !digits_only(frac) {
                return None;
            }
            let int = int.replace(group, "");
            let value = sign
                * finite(&if frac.is_empty() {
                    int
                } else {
                    format!("{int}.{frac}")
                })?;
            let shown = if group == ',' {
                Decimal::Point
            } else {
                Decimal::Comma
            };
            Reading::Shows(value, shown)
        }
    };
    Some(reading)
}

/// A number that can only be read one way (`1,575,259`, `12,5`), or `None`; a cell such as
/// `1,500` needs its table's convention (see [`read_number`]).
pub fn parse_number(cell: &str) -> Option<f64> {
    read_number(cell).and_then(|r| r.value(Decimal::Unstated))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_one_way_only_where_they_can() {
        assert_eq!(parse_number("1,575,259"), Some(1_575_259.0));
        assert_eq!(parse_number("1 575 259"), Some(1_575_259.0));
        assert_eq!(parse_number("1\u{a0}575\u{a0}259"), Some(1_575_259.0));
        assert_eq!(parse_number("1.575.259"), Some(1_575_259.0));
        assert_eq!(parse_number("1.575.259,5"), Some(1_575_259.5));
        assert_eq!(parse_number("1,575,259.5"), Some(1_575_259.5));
        assert_eq!(parse_number("12.5"), Some(12.5));
        assert_eq!(parse_number("12,5"), Some(12.5));
        assert_eq!(parse_number("0.125"), Some(0.125));
        assert_eq!(parse_number("−3"), Some(-3.0));
        assert_eq!(parse_number("1e3"), Some(1000.0));
        for bad in ["12x4", "NaN", "inf", "1,2,3", "1.5.5,5,5", ",5", "1,", "1.2345.6"] {
            assert_eq!(parse_number(bad), None, "{bad}");
        }
    }

    #[test]
    fn numbers_that_could_mean_two_things_wait_for_the_convention() {
        for (cell, point, comma) in [
            ("1,500", 1500.0, 1.5),
            ("1.575", 1.575, 1575.0),
            ("-12.345", -12.345, -12345.0),
        ] {
            let r = read_number(cell).unwrap();
            assert_eq!(r, Reading::Ambiguous { point, comma }, "{cell}");
            assert_eq!(r.value(Decimal::Unstated), None);
            assert_eq!(r.value(Decimal::Point), Some(point));
            assert_eq!(r.value(Decimal::Comma), Some(comma));
        }
        assert_eq!(
            read_number("1,575,259"),
            Some(Reading::Shows(1_575_259.0, Decimal::Point))
        );
        assert_eq!(read_number("12,5"), Some(Reading::Shows(12.5, Decimal::Comma)));
        assert_eq!(
            read_number("12,5").unwrap().value(Decimal::Point),
            None,
            "contradicts the table"
        );
        assert_eq!(Decimal::parse(",", "decimal").unwrap(), Decimal::Comma);
        assert_eq!(
            Decimal::parse(";", "decimal").unwrap_err().to_string(),
            "invalid decimal: ;"
        );
    }
}
