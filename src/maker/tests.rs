//! The maker's draft becoming a chart, and its saved file reopening.

use super::*;

fn draft() -> Draft {
    Draft {
        format: FILE_FORMAT.into(),
        version: FILE_VERSION,
        table: "Date\tCO2\tadjusted CO2\n1958-03-01\t315.70\t314.44\n1958-04-01\t317.46\t315.16\n".into(),
        title: "CO2 at Mauna Loa".into(),
        series: vec![
            SeriesDraft {
                name: "CO₂ (ppm)".into(),
                color: "#C24E00".into(),
                status: "published".into(),
                author: "Scripps CO2 Program".into(),
                source_title: "Primary Mauna Loa CO2 record".into(),
                year: "2020".into(),
                url: "https://example.org/mlo".into(),
            },
            SeriesDraft::default(),
        ],
        periods: vec![PeriodDraft {
            from: "1958-03".into(),
            to: "1958-04".into(),
            label: "Spring".into(),
        }],
        events: vec![EventDraft {
            date: "1958-04-01".into(),
            title: "A reading".into(),
        }],
        points: vec![PointDraft {
            series: 1,
            date: "1958-04-01".into(),
            note: "adjusted".into(),
            alt: "315.2".into(),
        }],
        ..Draft::default()
    }
}

#[test]
fn maker_draft_makes_a_sourced_chart() {
    let spec = chart_spec(&draft()).unwrap();
    let chart = Chart::from_spec(&spec, Lang::EN).unwrap();
    assert_eq!(chart.title, "CO2 at Mauna Loa");
    let names: Vec<&str> = chart.dataset.series.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        names,
        ["CO₂ (ppm)", "adjusted CO2"],
        "an empty name keeps the header"
    );
    assert_eq!(spec.series[0].color.as_deref(), Some("#c24e00"));
    let free = palette()[0].clone();
    assert_eq!(
        spec.series[1].color,
        Some(free),
        "a colour left to the maker is one no series took"
    );
    assert_eq!(spec.series[0].status.as_deref(), Some("published"));
    let p = chart.dataset.series[0].point(1).unwrap();
    assert_eq!(p.value(), Some(317.46));
    let source = chart.sources.get(p.source().unwrap()).unwrap();
    assert!(
        source.citation.contains("Primary Mauna Loa CO2 record"),
        "{}",
        source.citation
    );
    assert_eq!(spec.series[1].source, None, "no source typed, none cited");
    assert_eq!(
        chart.credit,
        "Scripps CO2 Program, Primary Mauna Loa CO2 record (2020)"
    );
    assert_eq!(chart.periods[0].label, "Spring");
    assert_eq!(chart.events.len(), 1);
    let marked = &spec.series[1].points[1];
    assert_eq!(marked.note, Some(Text::Plain("adjusted".into())));
    assert_eq!(marked.alt[0].value, 315.2);
}

#[test]
fn maker_json_leaves_out_what_says_nothing_and_reads_back() {
    let mut d = draft();
    d.table += "1958-05-01\t\t314.71\n";
    let spec = chart_spec(&d).unwrap();
    let json = chart_json(&spec).unwrap();
    assert!(
        json.contains("{\"date\":\"1958-05-01\",\"value\":null}"),
        "a gap stays a gap: {json}"
    );
    assert!(
        !json.contains("\"alt\":[]") && !json.contains("\"dash\":false"),
        "{json}"
    );
    assert!(
        json.contains("{\"date\":\"1958-03-01\",\"value\":315.7}"),
        "a point says its date and value only: {json}"
    );
    assert_eq!(
        ChartSpec::from_json(&json).unwrap(),
        spec,
        "it reads back as the same chart"
    );
    let header_only = Draft {
        table: "year,a\n".into(),
        ..Draft::default()
    };
    let e = chart_spec(&header_only).map(|s| chart_json(&s));
    assert!(
        e.is_err() || ChartSpec::from_json(&e.unwrap().unwrap()).is_ok(),
        "a series without points still reads"
    );
}

#[test]
fn maker_errors_name_the_field_of_the_form() {
    let err = |f: &dyn Fn(&mut Draft)| {
        let mut d = draft();
        f(&mut d);
        chart_spec(&d).unwrap_err().to_string()
    };
    assert_eq!(
        err(&|d| d.series[1].color = "#ff0000".into()),
        "invalid series[1].color: #ff0000",
        "only the accessible palette"
    );
    assert_eq!(
        err(&|d| d.series[0].year = "20x0".into()),
        "invalid series[0].year: 20x0"
    );
    assert_eq!(
        err(&|d| d.series[0].source_title.clear()),
        "missing series[0].source_title"
    );
    assert_eq!(
        err(&|d| d.series[0].status = "rumour".into()),
        "invalid series[0].status: rumour"
    );
    assert_eq!(
        err(&|d| d.periods[0].to = "1957".into()),
        "invalid periods[0].to: 1957 (before 1958-03)"
    );
    assert_eq!(
        err(&|d| d.points[0].date = "1960".into()),
        "invalid points[0].date: 1960 (no such row)"
    );
    assert_eq!(
        err(&|d| d.series.push(SeriesDraft::default())),
        "invalid series[2]: no such column in the table"
    );
    assert_eq!(
        err(&|d| d.table = "Date,CO2\n1958-03-01,31x5\n".into()),
        "invalid csv line 2, column 2 (CO2): 31x5"
    );
}

#[test]
fn maker_file_reopens_as_saved() {
    let d = draft();
    let text = serde_json::to_string_pretty(&d).unwrap();
    assert_eq!(open(&text).unwrap(), d);
    let other = text.replace(FILE_FORMAT, "something-else");
    assert_eq!(
        open(&other).unwrap_err().to_string(),
        "invalid format: something-else"
    );
    let typo = text.replace("\"title\"", "\"titel\"");
    assert!(open(&typo)
        .unwrap_err()
        .to_string()
        .contains("unknown field `titel`"));
    assert_eq!(palette().len(), PALETTE.len());
    assert!(palette().iter().all(|c| c.starts_with('#') && c.len() == 7));
}
