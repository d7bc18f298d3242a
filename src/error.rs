//! One error vocabulary for the core. Every message is lowercase and names the field and the
//! value (`invalid date: 1937-13`), so a reader of the page, a test and a log all see the same
//! text. Imports nothing else from the crate.

use std::fmt;

/// What went wrong, worded for the person who supplied the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChartError {
    /// A supplied field holds a value we cannot use.
    Invalid {
        /// Where: a field path such as `series[2].points[4].date`.
        field: String,
        /// What was found there, as text.
        value: String,
    },
    /// A required field is absent.
    Missing {
        /// The field path.
        field: String,
    },
    /// The input could not be parsed at all (JSON syntax, encoding).
    Parse {
        /// The parser's own description, with line and column where it gave them.
        message: String,
    },
    /// A dataset breaks one of its rules (a sum, a documented total, a required source).
    Check {
        /// The dataset's id.
        dataset: String,
        /// The rule, as written for readers (`"total = members + candidates"`).
        rule: String,
        /// Where and how it fails (`at 1923-01-01: …`).
        detail: String,
    },
    /// Drawing failed in the backend (canvas or SVG); not the user's input.
    Render {
        /// The backend's description.
        message: String,
    },
}

impl ChartError {
    /// `invalid <field>: <value>`.
    pub fn invalid(field: impl Into<String>, value: impl fmt::Display) -> Self {
        ChartError::Invalid {
            field: field.into(),
            value: value.to_string(),
        }
    }

    /// `missing <field>`.
    pub fn missing(field: impl Into<String>) -> Self {
        ChartError::Missing { field: field.into() }
    }
}

impl ChartError {
    /// A short name for the kind of error, for programs: `invalid`, `missing`, `parse`, `check`,
    /// `render`.
    pub fn code(&self) -> &'static str {
        match self {
            ChartError::Invalid { .. } => "invalid",
            ChartError::Missing { .. } => "missing",
            ChartError::Parse { .. } => "parse",
            ChartError::Check { .. } => "check",
            ChartError::Render { .. } => "render",
        }
    }

    /// The field path the error is about, where it names one.
    pub fn field(&self) -> Option<&str> {
        match self {
            ChartError::Invalid { field, .. } | ChartError::Missing { field } => Some(field),
            _ => None,
        }
    }
}

impl fmt::Display for ChartError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ChartError::Invalid { field, value } => write!(f, "invalid {field}: {value}"),
            ChartError::Missing { field } => write!(f, "missing {field}"),
            ChartError::Parse { message } => write!(f, "cannot read data: {message}"),
            ChartError::Check {
                dataset,
                rule,
                detail,
            } => {
                write!(f, "{dataset}: rule \"{rule}\" fails {detail}")
            }
            ChartError::Render { message } => write!(f, "cannot draw: {message}"),
        }
    }
}

impl std::error::Error for ChartError {}

/// The crate's result type.
pub type Result<T> = std::result::Result<T, ChartError>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_messages_name_field_and_value() {
        assert_eq!(
            ChartError::invalid("series[0].points[3].date", "1937-13").to_string(),
            "invalid series[0].points[3].date: 1937-13"
        );
        assert_eq!(ChartError::missing("title").to_string(), "missing title");
    }

    #[test]
    fn error_codes_and_fields_for_programs() {
        let e = ChartError::invalid("series[0].points[3].date", "1937-13");
        assert_eq!(
            (e.code(), e.field()),
            ("invalid", Some("series[0].points[3].date"))
        );
        assert_eq!(ChartError::missing("title").field(), Some("title"));
        let parse = ChartError::Parse { message: "x".into() };
        assert_eq!((parse.code(), parse.field()), ("parse", None));
    }
}
