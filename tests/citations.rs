//! The built-in data's citations hold up: every source says what kind it is, "archival" stands
//! only on figures and events that cite a published archival document with its archive
//! reference, and nothing is cited to a publication older than the document it reports.

use chronicle_charts::spec::{builtin_spec, check_citations, BUILTIN_IDS};

#[test]
fn citations_follow_the_status_and_publication_rules() {
    for id in BUILTIN_IDS {
        let spec = builtin_spec(id).unwrap();
        check_citations(id, &spec).unwrap_or_else(|e| panic!("{e}"));
    }
}

#[test]
fn citations_refuse_an_archival_status_on_a_secondary_work() {
    let mut spec = builtin_spec("repression").unwrap();
    let point = spec.series[0]
        .points
        .iter_mut()
        .find(|p| p.value.is_some())
        .unwrap();
    point.status = Some("archival".into());
    point.source = Some("lewin-2005".into());
    let e = check_citations("repression", &spec).unwrap_err().to_string();
    assert!(
        e.contains("archival figures cite a published archival document"),
        "{e}"
    );
}
