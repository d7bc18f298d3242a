//! Historical dates at the precision the sources give them: a year, a month or a day. A
//! congress-date figure stays in March; a 1 January figure stays on 1 January. Pure.

use std::fmt;

/// A calendar date whose month and day may be unknown (proleptic Gregorian).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// The year, 1..=9999.
    pub year: i32,
    /// 1..=12 when known.
    pub month: Option<u8>,
    /// 1..=31 when known (only with a month).
    pub day: Option<u8>,
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_year(year: i32) -> f64 {
    if is_leap(year) {
        366.0
    } else {
        365.0
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days before the first of each month in a common year (hot path: a table, not a loop).
const DAYS_BEFORE: [u32; 13] = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/// Days from 1 January to the first of `month`.
fn days_before_month(year: i32, month: u8) -> u32 {
    let m = usize::from(month.clamp(1, 12));
    DAYS_BEFORE[m] + u32::from(m > 2 && is_leap(year))
}

impl Date {
    /// A whole year.
    pub fn year(year: i32) -> Self {
        Date {
            year,
            month: None,
            day: None,
        }
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `None` when it is not a real date.
    pub fn parse(text: &str) -> Option<Self> {
        let mut parts = text.trim().split('-');
        let year = i32::from(parse_part(parts.next()?, 4)?);
        let month = match parts.next() {
            Some(p) => Some(u8::try_from(parse_part(p, 2)?).ok()?),
            None => None,
        };
        let day = match parts.next() {
            Some(p) => Some(u8::try_from(parse_part(p, 2)?).ok()?),
            None => None,
        };
        let valid = match (month, day) {
            (Some(m), Some(d)) => (1..=12).contains(&m) && d >= 1 && d <= days_in_month(year, m),
            (Some(m), None) => (1..=12).contains(&m),
            _ => true,
        };
        (valid && year >= 1 && parts.next().is_none()).then_some(Date { year, month, day })
    }

    /// Where the period this date stands for begins, in fractional years.
    pub fn start_year_fraction(&self) -> f64 {
        let len = days_in_year(self.year);
        let day = match (self.month, self.day) {
            (None, _) => 0.0,
            (Some(m), None) => f64::from(days_before_month(self.year, m)),
            (Some(m), Some(d)) => f64::from(days_before_month(self.year, m) + u32::from(d) - 1),
        };
        f64::from(self.year) + day / len
    }

    /// Where the period this date stands for ends, in fractional years.
    pub fn end_year_fraction(&self) -> f64 {
        let len = days_in_year(self.year);
        let day = match (self.month, self.day) {
            (None, _) => len,
            (Some(m), None) => {
                f64::from(days_before_month(self.year, m) + u32::from(days_in_month(self.year, m)))
            }
            (Some(m), Some(d)) => f64::from(days_before_month(self.year, m) + u32::from(d)),
        };
        f64::from(self.year) + day / len
    }

    /// The middle of the period this date stands for, in fractional years: 1937 → 1937.5,
    /// 1921-03 → mid-March 1921, 1924-01-01 → noon on 1 January. The time axis is linear in it.
    pub fn to_year_fraction(&self) -> f64 {
        let len = days_in_year(self.year);
        let mid_day = match (self.month, self.day) {
            (None, _) => len / 2.0,
            (Some(m), None) => {
                f64::from(days_before_month(self.year, m)) + f64::from(days_in_month(self.year, m)) / 2.0
            }
            (Some(m), Some(d)) => f64::from(days_before_month(self.year, m) + u32::from(d)) - 0.5,
        };
        f64::from(self.year) + mid_day / len
    }
}

impl Date {
    /// The day that `year_fraction` falls in (1921.25 → 2 April 1921), or the whole year when
    /// `whole_years` (numeric columns whose every x is a whole number name years, not 1 January);
    /// `None` outside years 1 to 9999. The inverse of [`Date::to_year_fraction`] for days.
    pub fn containing(year_fraction: f64, whole_years: bool) -> Option<Date> {
        if !(1.0..10_000.0).contains(&year_fraction) {
            return None;
        }
        let year = year_fraction.floor() as i32;
        if whole_years {
            return Some(Date::year(year));
        }
        let len = days_in_year(year);
        let day_of_year = (((year_fraction - f64::from(year)) * len).floor() as u32).min(len as u32 - 1);
        let month = (1..=12u8)
            .rev()
            .find(|&m| days_before_month(year, m) <= day_of_year)
            .unwrap_or(1);
        let day = (day_of_year - days_before_month(year, month)) as u8 + 1;
        Some(Date {
            year,
            month: Some(month),
            day: Some(day),
        })
    }
}

/// A fixed-width run of ASCII digits (4 for a year, 2 for a month or day).
fn parse_part(text: &str, width: usize) -> Option<u16> {
    if text.len() != width || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_parses_three_precisions() {
        assert_eq!(Date::parse("1937"), Some(Date::year(1937)));
        assert_eq!(Date::parse("1921-03").unwrap().month, Some(3));
        let d = Date::parse("1924-01-01").unwrap();
        assert_eq!((d.year, d.month, d.day), (1924, Some(1), Some(1)));
        assert_eq!(d.to_string(), "1924-01-01");
    }

    #[test]
    fn date_rejects_impossible_dates() {
        for bad in [
            "",
            "37",
            "1937-13",
            "1937-00",
            "1937-02-29",
            "1937-1-1",
            "1937-01-01-01",
            "x",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
        assert!(Date::parse("1936-02-29").is_some());
    }

    #[test]
    fn date_containing_finds_the_day_a_fraction_falls_in() {
        // 0.25 of 1921 (365 days) is day 91.25: 31 + 28 + 31 days before April, so 2 April.
        assert_eq!(Date::containing(1921.25, false), Date::parse("1921-04-02"));
        assert_eq!(Date::containing(1921.0, false), Date::parse("1921-01-01"));
        // 1924 is a leap year: 60/366 is the 61st day, 1 March (29 February counts).
        assert_eq!(
            Date::containing(1924.0 + 60.0 / 366.0, false),
            Date::parse("1924-03-01")
        );
        assert_eq!(Date::containing(1921.9999, false), Date::parse("1921-12-31"));
        assert_eq!(Date::containing(1937.0, true), Some(Date::year(1937)));
        assert_eq!(Date::containing(0.5, false), None);
        assert_eq!(Date::containing(f64::NAN, false), None);
        for text in ["1937-01-01", "1937-06-30", "1936-02-29", "1936-12-31"] {
            let d = Date::parse(text).unwrap();
            assert_eq!(Date::containing(d.to_year_fraction(), false), Some(d), "{text}");
        }
    }

    #[test]
    fn date_year_fraction_is_mid_period() {
        assert_eq!(Date::year(1937).to_year_fraction(), 1937.5);
        let jan1 = Date::parse("1924-01-01").unwrap().to_year_fraction();
        assert!(jan1 > 1924.0 && jan1 < 1924.002, "{jan1}");
        let march = Date::parse("1921-03").unwrap().to_year_fraction();
        assert!((1921.19..1921.21).contains(&march), "{march}");
        assert!(march < jan1);
        // 1 March 1924 (a leap year) is day 61: the fraction counts 29 February.
        let leap = Date::parse("1924-03-01").unwrap().to_year_fraction();
        assert!((leap - (1924.0 + 60.5 / 366.0)).abs() < 1e-9, "{leap}");
    }
}
