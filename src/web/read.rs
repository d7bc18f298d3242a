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
    RuleSpec, SeriesSpec, SourceRecord, SourceSpec, Text, ViewSpec,
};
use js_sys::{Array, Object, Reflect};
use std::collections::BTreeMap;
use wasm_bindgen::{JsCast, JsValue};

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

/// A JS object being read, and where it is in the data.
pub struct Node {
    value: JsValue,
    path: String,
}

/// How a value that is not what a field takes reads in a message.
fn shown(v: &JsValue) -> String {
    if let Some(s) = v.as_string() {
        format!("\"{s}\"")
    } else if let Some(n) = v.as_f64() {
        n.to_string()
    } else if Array::is_array(v) {
        "a list".into()
    } else if v.is_object() {
        "an object".into()
    } else {
        v.js_typeof().as_string().unwrap_or_default()
    }
}

impl Node {
    /// `value` as an object at `path`.
    pub fn object(value: JsValue, path: String) -> Result<Node> {
        if !value.is_object() || Array::is_array(&value) {
            return Err(ChartError::invalid(
                if path.is_empty() { "data" } else { &path },
                shown(&value),
            ));
        }
        Ok(Node { value, path })
    }

    fn at(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_string()
        } else {
            format!("{}.{key}", self.path)
        }
    }

    /// Refuses a field not in `keys`.
    pub fn only(&self, keys: &[&str]) -> Result<()> {
        let own = Object::keys(self.value.unchecked_ref::<Object>());
        for key in own.iter().filter_map(|k| k.as_string()) {
            if !keys.contains(&key.as_str()) {
                return Err(ChartError::invalid(self.at(&key), "unknown field"));
            }
        }
        Ok(())
    }

    /// Field `key`; absent, `undefined` and `null` are all none.
    fn get(&self, key: &str) -> Option<JsValue> {
        Reflect::get(&self.value, &JsValue::from_str(key))
            .ok()
            .filter(|v| !v.is_undefined() && !v.is_null())
    }

    /// Fails when field `key` is missing.
    fn need(&self, key: &str) -> Result<()> {
        match self.get(key) {
            Some(_) => Ok(()),
            None => Err(ChartError::missing(self.at(key))),
        }
    }

    fn child(&self, key: &str) -> Result<Node> {
        let value = self.get(key).ok_or_else(|| ChartError::missing(self.at(key)))?;
        Node::object(value, self.at(key))
    }

    /// Field `key` read by `read` (with the field's path), or none.
    fn opt<T>(&self, key: &str, read: impl Fn(JsValue, String) -> Result<T>) -> Result<Option<T>> {
        self.get(key).map(|v| read(v, self.at(key))).transpose()
    }

    /// Field `key` read by `read`; missing is an error.
    fn req<T>(&self, key: &str, read: impl Fn(JsValue, String) -> Result<T>) -> Result<T> {
        self.opt(key, read)?
            .ok_or_else(|| ChartError::missing(self.at(key)))
    }

    pub fn string(&self, key: &str) -> Result<Option<String>> {
        self.opt(key, string)
    }

    pub fn number(&self, key: &str) -> Result<Option<f64>> {
        self.opt(key, number)
    }

    pub fn flag(&self, key: &str) -> Result<Option<bool>> {
        self.opt(key, |v, path| {
            v.as_bool().ok_or_else(|| ChartError::invalid(path, shown(&v)))
        })
    }

    fn year(&self, key: &str) -> Result<Option<i32>> {
        self.opt(key, |v, path| {
            let n = number(v, path.clone())?;
            let whole = n.fract() == 0.0 && n.abs() < 100_000.0;
            whole
                .then_some(n as i32)
                .ok_or_else(|| ChartError::invalid(path, n.to_string()))
        })
    }

    fn text(&self, key: &str) -> Result<Option<Text>> {
        self.opt(key, text)
    }

    /// A list field (absent is empty), each item an object read by `read`.
    pub fn list<T>(&self, key: &str, read: impl Fn(Node) -> Result<T>) -> Result<Vec<T>> {
        self.each(key, |v, path| read(Node::object(v, path)?))
    }

    /// A list field of strings (absent is empty).
    pub fn strings(&self, key: &str) -> Result<Vec<String>> {
        self.each(key, string)
    }

    /// A list field (absent is empty), each item read by `read` with its path.
    fn each<T>(&self, key: &str, read: impl Fn(JsValue, String) -> Result<T>) -> Result<Vec<T>> {
        let Some(value) = self.get(key) else {
            return Ok(Vec::new());
        };
        let path = self.at(key);
        if !Array::is_array(&value) {
            return Err(ChartError::invalid(path, shown(&value)));
        }
        // Plain loops here and below: iterator adapters over `Result` would be instantiated once
        // per item type, which costs the lean module more than the loops.
        let items: Array = value.into();
        let mut out = Vec::with_capacity(items.length() as usize);
        for i in 0..items.length() {
            out.push(read(items.get(i), format!("{path}[{i}]"))?);
        }
        Ok(out)
    }

    /// An object field (absent is empty) whose every value is read by `read`.
    fn map<T>(&self, key: &str, read: impl Fn(JsValue, String) -> Result<T>) -> Result<BTreeMap<String, T>> {
        let Some(value) = self.get(key) else {
            return Ok(BTreeMap::new());
        };
        let node = Node::object(value, self.at(key))?;
        let mut out = BTreeMap::new();
        for (k, v) in node.entries() {
            let item = read(v, node.at(&k))?;
            out.insert(k, item);
        }
        Ok(out)
    }

    /// The object's own fields and their values.
    fn entries(&self) -> Vec<(String, JsValue)> {
        let mut out = Vec::new();
        for k in Object::keys(self.value.unchecked_ref::<Object>()).iter() {
            if let Some(k) = k.as_string() {
                let v = self.get(&k).unwrap_or(JsValue::NULL);
                out.push((k, v));
            }
        }
        out
    }
}

fn string(v: JsValue, path: String) -> Result<String> {
    v.as_string().ok_or_else(|| ChartError::invalid(path, shown(&v)))
}

fn number(v: JsValue, path: String) -> Result<f64> {
    v.as_f64().ok_or_else(|| ChartError::invalid(path, shown(&v)))
}

/// A text given once (`"…"`) or per language (`{"en": "…", "ru": "…"}`).
fn text(v: JsValue, path: String) -> Result<Text> {
    if let Some(s) = v.as_string() {
        return Ok(Text::Plain(s));
    }
    let node = Node::object(v, path)?;
    let mut map = BTreeMap::new();
    for (k, v) in node.entries() {
        let s = string(v, node.at(&k))?;
        map.insert(k, s);
    }
    Ok(Text::Translated(map))
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
