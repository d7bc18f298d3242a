//! Reading a data object (a JS value in the `docs/data-format.md` schema) into the spec, in the
//! lean module, which carries no serde deserializer (it was a sixth of that module): the built-in
//! charts' files (`pkg/charts/<id>.js`), a page's own data object and the full module's reading of
//! a user's text all arrive this way. Field by field, naming the path of anything wrong
//! (`invalid series[0].points[3].value: "many"`, `missing series[0].id`), and refusing unknown
//! fields as the JSON reader does. The full module reads the same objects with serde; a browser
//! test checks that both make the same charts.

// The full module reads data with serde (so the test above compares two readers); it uses only
// `Node` for the view state a handle hands another.
#![cfg_attr(feature = "full", allow(dead_code))]

use crate::error::{ChartError, Result};
use crate::spec::{
    AltSpec, BreakSpec, BuiltinParts, ChartSpec, ClaimSpec, EventSpec, LabelSpec, PeriodSpec, PointSpec,
    RuleSpec, SeriesSpec, SourceRecord, SourceSpec, ViewSpec,
};
use wasm_bindgen::JsValue;

mod node;
pub use node::Node;
use node::{number, string, text};

/// A built-in chart's files: `{data, sources, events, claims}`.
pub fn builtin_parts(value: JsValue) -> Result<BuiltinParts> {
    let n = Node::object(value, String::new())?;
    n.only(&["data", "sources", "events", "claims"])?;
    Ok(BuiltinParts {
        data: chart_spec(n.child("data")?)?,
        sources: n.map("sources", source)?,
        events: n.list("events", event)?,
        claims: n.list("claims", claim)?,
    })
}

/// A chart's data object.
pub fn chart(value: JsValue) -> Result<ChartSpec> {
    chart_spec(Node::object(value, String::new())?)
}

fn chart_spec(n: Node) -> Result<ChartSpec> {
    n.only(&[
        "id", "kind", "title", "x_label", "y_label", "credit", "sources", "rules", "events", "claims",
        "periods", "views", "labels", "series",
    ])?;
    n.need("series")?;
    Ok(ChartSpec {
        id: n.string("id")?,
        kind: n.string("kind")?,
        title: n.text("title")?.unwrap_or_default(),
        x_label: n.text("x_label")?,
        y_label: n.text("y_label")?,
        credit: n.text("credit")?,
        sources: n.map("sources", source)?,
        rules: n.list("rules", rule)?,
        events: n.list("events", event)?,
        claims: n.list("claims", claim)?,
        columns: None,
        periods: n.list("periods", period)?,
        views: n.list("views", |v| {
            v.only(&["id", "from", "to"])?;
            Ok(ViewSpec {
                id: v.req("id", string)?,
                from: v.req("from", string)?,
                to: v.req("to", string)?,
            })
        })?,
        labels: n.list("labels", |l| {
            l.only(&["id", "series", "date", "text"])?;
            Ok(LabelSpec {
                id: l.req("id", string)?,
                series: l.req("series", string)?,
                date: l.req("date", string)?,
                text: l.text("text")?.unwrap_or_default(),
            })
        })?,
        series: n.list("series", series)?,
    })
}

fn series(n: Node) -> Result<SeriesSpec> {
    n.only(&[
        "id", "name", "color", "dash", "source", "status", "breaks", "points",
    ])?;
    n.need("points")?;
    Ok(SeriesSpec {
        id: n.req("id", string)?,
        name: n.text("name")?.unwrap_or_default(),
        color: n.string("color")?,
        dash: n.flag("dash")?.unwrap_or(false),
        source: n.string("source")?,
        status: n.string("status")?,
        breaks: n.list("breaks", |b| {
            b.only(&["before", "why"])?;
            Ok(BreakSpec {
                before: b.req("before", string)?,
                why: b.req("why", string)?,
            })
        })?,
        points: n.list("points", point)?,
    })
}

fn point(n: Node) -> Result<PointSpec> {
    n.only(&["date", "value", "status", "source", "note", "alt"])?;
    Ok(PointSpec {
        date: n.req("date", string)?,
        value: n.number("value")?,
        status: n.string("status")?,
        source: n.string("source")?,
        note: n.text("note")?,
        alt: n.list("alt", alt)?,
    })
}

fn alt(n: Node) -> Result<AltSpec> {
    n.only(&["value", "source", "status"])?;
    Ok(AltSpec {
        value: n.req("value", number)?,
        source: n.string("source")?,
        status: n.string("status")?,
    })
}

const RECORD: [&str; 12] = [
    "short",
    "author",
    "title",
    "publication",
    "volume",
    "place",
    "publisher",
    "year",
    "kind",
    "pages",
    "archive",
    "url",
];

/// A source: a record (`{author, title, year, …}`), or a title given once or per language.
fn source(v: JsValue, path: String) -> Result<SourceSpec> {
    if v.as_string().is_some() {
        return Ok(SourceSpec::Title(text(v, path)?));
    }
    let n = Node::object(v, path)?;
    if n.only(&RECORD).is_err() {
        return Ok(SourceSpec::Title(text(n.value, n.path)?));
    }
    Ok(SourceSpec::Record(SourceRecord {
        short: n.text("short")?,
        author: n.string("author")?,
        title: n.text("title")?.unwrap_or_default(),
        publication: n.string("publication")?,
        volume: n.string("volume")?,
        place: n.string("place")?,
        publisher: n.string("publisher")?,
        year: n.year("year")?,
        kind: n.string("kind")?,
        pages: n.string("pages")?,
        archive: n.string("archive")?,
        url: n.string("url")?,
    }))
}

fn period(n: Node) -> Result<PeriodSpec> {
    n.only(&["id", "from", "to", "label", "source", "end_source"])?;
    Ok(PeriodSpec {
        id: n.req("id", string)?,
        from: n.req("from", string)?,
        to: n.req("to", string)?,
        label: n.text("label")?.unwrap_or_default(),
        source: n.string("source")?,
        end_source: n.string("end_source")?,
    })
}

fn event(n: Node) -> Result<EventSpec> {
    n.only(&[
        "date",
        "end",
        "title",
        "short",
        "charts",
        "source",
        "status",
        "first_published",
    ])?;
    Ok(EventSpec {
        date: n.req("date", string)?,
        end: n.string("end")?,
        title: n.text("title")?.unwrap_or_default(),
        short: n.text("short")?,
        charts: n.strings("charts")?,
        source: n.string("source")?,
        status: n.string("status")?,
        first_published: n.year("first_published")?,
    })
}

fn claim(n: Node) -> Result<ClaimSpec> {
    n.only(&[
        "id",
        "chart",
        "quote",
        "source",
        "measure",
        "series",
        "from",
        "to",
        "claimed",
        "bound",
        "tolerance",
        "checkable",
        "note",
    ])?;
    Ok(ClaimSpec {
        id: n.req("id", string)?,
        chart: n.string("chart")?,
        quote: n.text("quote")?.unwrap_or_default(),
        source: n.string("source")?,
        measure: n.req("measure", string)?,
        series: n.req("series", string)?,
        from: n.req("from", string)?,
        to: n.req("to", string)?,
        claimed: n.req("claimed", number)?,
        bound: n.string("bound")?,
        tolerance: n.req("tolerance", number)?,
        checkable: n.flag("checkable")?.unwrap_or(true),
        note: n.text("note")?,
    })
}

fn rule(n: Node) -> Result<RuleSpec> {
    match n.req("rule", string)?.as_str() {
        "sum" => {
            n.only(&["rule", "series", "parts"])?;
            n.need("parts")?;
            Ok(RuleSpec::Sum {
                series: n.req("series", string)?,
                parts: n.strings("parts")?,
            })
        }
        "total" => {
            n.only(&["rule", "series", "from", "to", "value", "source", "alt"])?;
            Ok(RuleSpec::Total {
                series: n.req("series", string)?,
                from: n.req("from", string)?,
                to: n.req("to", string)?,
                value: n.req("value", number)?,
                source: n.string("source")?,
                alt: n.list("alt", alt)?,
            })
        }
        other => Err(ChartError::invalid(n.at("rule"), other)),
    }
}
