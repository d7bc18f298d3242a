//! The reader of JS objects the schema readers beside it are written with: a `Node` is an object
//! and its path in the data; fields are read as strings, numbers, flags, years, texts, lists and
//! maps, absent and `null` alike as none, and anything of the wrong kind fails naming its path and
//! what was there (`invalid series[0].points[3].value: "many"`).

use crate::error::{ChartError, Result};
use crate::spec::Text;
use js_sys::{Array, Object, Reflect};
use std::collections::BTreeMap;
use wasm_bindgen::{JsCast, JsValue};

/// A JS object being read, and where it is in the data.
pub struct Node {
    pub(super) value: JsValue,
    pub(super) path: String,
}

/// How a value that is not what a field takes reads in a message.
pub(super) fn shown(v: &JsValue) -> String {
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

    pub(super) fn at(&self, key: &str) -> String {
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
    pub(super) fn get(&self, key: &str) -> Option<JsValue> {
        Reflect::get(&self.value, &JsValue::from_str(key))
            .ok()
            .filter(|v| !v.is_undefined() && !v.is_null())
    }

    /// Fails when field `key` is missing.
    pub(super) fn need(&self, key: &str) -> Result<()> {
        match self.get(key) {
            Some(_) => Ok(()),
            None => Err(ChartError::missing(self.at(key))),
        }
    }

    pub(super) fn child(&self, key: &str) -> Result<Node> {
        let value = self.get(key).ok_or_else(|| ChartError::missing(self.at(key)))?;
        Node::object(value, self.at(key))
    }

    /// Field `key` read by `read` (with the field's path), or none.
    pub(super) fn opt<T>(&self, key: &str, read: impl Fn(JsValue, String) -> Result<T>) -> Result<Option<T>> {
        self.get(key).map(|v| read(v, self.at(key))).transpose()
    }

    /// Field `key` read by `read`; missing is an error.
    pub(super) fn req<T>(&self, key: &str, read: impl Fn(JsValue, String) -> Result<T>) -> Result<T> {
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

    pub(super) fn year(&self, key: &str) -> Result<Option<i32>> {
        self.opt(key, |v, path| {
            let n = number(v, path.clone())?;
            let whole = n.fract() == 0.0 && n.abs() < 100_000.0;
            whole
                .then_some(n as i32)
                .ok_or_else(|| ChartError::invalid(path, n.to_string()))
        })
    }

    pub(super) fn text(&self, key: &str) -> Result<Option<Text>> {
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
    pub(super) fn each<T>(&self, key: &str, read: impl Fn(JsValue, String) -> Result<T>) -> Result<Vec<T>> {
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
    pub(super) fn map<T>(
        &self,
        key: &str,
        read: impl Fn(JsValue, String) -> Result<T>,
    ) -> Result<BTreeMap<String, T>> {
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
    pub(super) fn entries(&self) -> Vec<(String, JsValue)> {
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

pub(super) fn string(v: JsValue, path: String) -> Result<String> {
    v.as_string().ok_or_else(|| ChartError::invalid(path, shown(&v)))
}

pub(super) fn number(v: JsValue, path: String) -> Result<f64> {
    v.as_f64().ok_or_else(|| ChartError::invalid(path, shown(&v)))
}

/// A text given once (`"…"`) or per language (`{"en": "…", "ru": "…"}`).
pub(super) fn text(v: JsValue, path: String) -> Result<Text> {
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
