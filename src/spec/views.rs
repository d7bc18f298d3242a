//! Story views as supplied (`views` in a chart's data): named ranges of time a page can ask for
//! (`view="lenin-purges"`: 1917–1926 on the membership chart), and their validation.

use super::validate::parse_date;
use crate::error::{ChartError, Result};
use serde::Deserialize;

/// A named view as written in the data.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "full", derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct ViewSpec {
    /// What a page asks for (`view="great-terror"`).
    pub id: String,
    /// First date shown.
    pub from: String,
    /// Last date shown (inclusive).
    pub to: String,
}

/// Validates `specs`: ids unique and in the attribute's alphabet, dates that parse, in order.
pub fn validate(specs: &[ViewSpec]) -> Result<Vec<ViewSpec>> {
    for (i, v) in specs.iter().enumerate() {
        let field = format!("views[{i}]");
        let id_ok = !v.id.is_empty()
            && v.id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !id_ok || specs[..i].iter().any(|w| w.id == v.id) {
            return Err(ChartError::invalid(format!("{field}.id"), &v.id));
        }
        let from = parse_date(&v.from, &format!("{field}.from"))?;
        let to = parse_date(&v.to, &format!("{field}.to"))?;
        if to < from {
            return Err(ChartError::invalid(
                format!("{field}.to"),
                format!("{} (before {})", v.to, v.from),
            ));
        }
    }
    Ok(specs.to_vec())
}

/// The view named `id` of a chart with `views`; an unknown name is refused naming the chart's views.
pub fn find<'a>(views: &'a [ViewSpec], chart_id: &str, id: &str) -> Result<&'a ViewSpec> {
    views.iter().find(|v| v.id == id).ok_or_else(|| {
        let names: Vec<&str> = views.iter().map(|v| v.id.as_str()).collect();
        let known = if names.is_empty() {
            format!("{chart_id} has no views")
        } else {
            format!("views of {chart_id}: {}", names.join(", "))
        };
        ChartError::invalid("view", format!("{id} ({known})"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view(id: &str, from: &str, to: &str) -> ViewSpec {
        ViewSpec {
            id: id.into(),
            from: from.into(),
            to: to.into(),
        }
    }

    #[test]
    fn views_validate_and_unknown_names_list_the_known_ones() {
        let views = validate(&[
            view("lenin-purges", "1917", "1926"),
            view("great-terror", "1934", "1940"),
        ])
        .unwrap();
        assert_eq!(find(&views, "repression", "great-terror").unwrap().from, "1934");
        let unknown = find(&views, "repression", "purges").unwrap_err();
        assert_eq!(
            unknown.to_string(),
            "invalid view: purges (views of repression: lenin-purges, great-terror)"
        );
        assert_eq!(
            find(&[], "gulag", "x").unwrap_err().to_string(),
            "invalid view: x (gulag has no views)"
        );
        assert_eq!(
            validate(&[view("A b", "1917", "1926")]).unwrap_err().to_string(),
            "invalid views[0].id: A b"
        );
        assert_eq!(
            validate(&[view("v", "1926", "1917")]).unwrap_err().to_string(),
            "invalid views[0].to: 1917 (before 1926)"
        );
        let twice = validate(&[view("v", "1917", "1920"), view("v", "1921", "1922")]).unwrap_err();
        assert_eq!(twice.to_string(), "invalid views[1].id: v");
    }
}
