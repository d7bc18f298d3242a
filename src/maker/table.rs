//! The pasted table as the maker shows it: its cells by line, read by the widget's own reader
//! (so the grid and the chart never disagree about where a cell is), and the cell an error names
//! (`invalid csv line 3, column 2 (arrests): 12x4` is line 3, column 2).

use crate::error::ChartError;
use crate::spec::{delimiter_of, each_table_record};
use serde::Serialize;

/// Most rows the maker's grid shows; the chart still reads every row.
pub const MAX_GRID_ROWS: usize = 2_000;

/// One row of the grid.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    /// The line of the text the row starts on, as errors count lines (the header is line 1).
    pub line: u64,
    /// Its cells, as read.
    pub cells: Vec<String>,
}

/// The first [`MAX_GRID_ROWS`] rows of `text`, each with the line it starts on.
pub fn rows(text: &str) -> Vec<Row> {
    let mut out = Vec::new();
    // A malformed table still shows the rows before the fault: the error is reported elsewhere.
    let _ = each_table_record(text, delimiter_of(text), |line, fields| {
        if out.len() >= MAX_GRID_ROWS {
            return Err(ChartError::invalid("grid", "full"));
        }
        out.push(Row {
            line,
            cells: fields.iter().map(|f| f.to_string()).collect(),
        });
        Ok(())
    });
    out
}

/// Where in the table an error is: its line, and its column (1 is the date column) when it names
/// one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Cell {
    /// The line, counted as in the error (the header is line 1).
    pub line: u64,
    /// The column, counted from 1; `None` when the error is about the whole line.
    pub column: Option<u64>,
}

/// The number after `word ` at the start of `text`, and the rest.
fn number_after<'a>(text: &'a str, word: &str) -> Option<(u64, &'a str)> {
    let rest = text.strip_prefix(word)?;
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    Some((rest[..digits].parse().ok()?, &rest[digits..]))
}

/// The table cell `error` is about, from the field the CSV reader names (`csv line 3, column 2
/// (arrests)`, `csv line 2`), or `None` when it is about something else.
pub fn cell_of(error: &ChartError) -> Option<Cell> {
    let (line, rest) = number_after(error.field()?, "csv line ")?;
    let column = number_after(rest, ", column ").map(|(c, _)| c);
    Some(Cell { line, column })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::{from_table, Decimal};

    #[test]
    fn table_rows_keep_the_lines_errors_count() {
        let text = "year,\"a\nb\",c\n\n1937,1,2\n1938,3\n";
        let rows = rows(text);
        let lines: Vec<u64> = rows.iter().map(|r| r.line).collect();
        assert_eq!(
            lines,
            vec![1, 4, 5],
            "a quoted line break and a blank line are counted"
        );
        assert_eq!(rows[0].cells, vec!["year", "a\nb", "c"]);
        assert_eq!(rows[2].cells, vec!["1938", "3"]);
        let tabs = rows_of_tabs();
        assert_eq!(tabs[1].cells, vec!["1937", "1,575,259"]);
    }

    fn rows_of_tabs() -> Vec<Row> {
        rows("year\tv\n1937\t1,575,259\n")
    }

    #[test]
    fn table_errors_point_at_their_cell() {
        let e = from_table("year\tv\n1937\t1\n1938\t12x4\n", "", None, Decimal::Unstated).unwrap_err();
        assert_eq!(
            cell_of(&e),
            Some(Cell {
                line: 3,
                column: Some(2)
            })
        );
        let whole = from_table("date,a,b\n1937,1\n", "", None, Decimal::Unstated).unwrap_err();
        assert_eq!(
            cell_of(&whole),
            Some(Cell {
                line: 2,
                column: None
            })
        );
        assert_eq!(cell_of(&ChartError::invalid("series[0].color", "#fff")), None);
        assert_eq!(cell_of(&ChartError::missing("csv header row")), None);
    }

    #[test]
    fn table_grid_stops_at_its_limit() {
        let text: String = std::iter::once("year,v\n".to_string())
            .chain((0..MAX_GRID_ROWS + 10).map(|i| format!("{},1\n", 1000 + i)))
            .collect();
        assert_eq!(rows(&text).len(), MAX_GRID_ROWS);
    }
}
