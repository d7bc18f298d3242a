//! Chronicle Charts: sourced, accessible history charts drawn with plotters, for the web
//! (WebAssembly + canvas) and natively (SVG).
//!
//! The data flows one way: [`spec`] (what is asked) → [`dataset`] (the numbers) → [`scale`]
//! (value↔pixel) → [`layout`] (a [`layout::Frame`] of pixel geometry) → [`render`] (plotters) →
//! `web` (canvas, DOM, events; wasm only). `docs/architecture.md` draws the picture.

// Nothing a user supplies may panic: every parse and validation returns an error instead.
// Indexing is audited by hand (indices come from our own searches), so it is not linted.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::panic))]

pub mod claims;
pub mod color;
#[cfg(test)]
mod cvd;
pub mod dataset;
pub mod error;
#[cfg(feature = "full")]
pub mod export;
pub mod format;
pub mod i18n;
pub mod interact;
#[cfg(feature = "full")]
pub mod kiosk;
pub mod lang;
pub mod layout;
#[cfg(feature = "full")]
pub mod maker;
pub mod panels;
#[cfg(feature = "full")]
pub mod picture;
pub mod render;
pub mod scale;
#[cfg(feature = "full")]
pub mod sonify;
pub mod spec;
pub mod summary;
#[cfg(feature = "full")]
pub mod table;
pub mod theme;

#[cfg(target_arch = "wasm32")]
pub mod web;

pub use error::{ChartError, Result};
pub use lang::Lang;
pub use spec::Chart;
