//! Tests of the quadrant chart.
use super::*;
use crate::tui::widgets::test_support::renders_safely_in_tiny_areas;

fn chart(point: Option<Position>) -> QuadrantChart<'static> {
    QuadrantChart {
        jobs: vec![
            Marker {
                label: "Jobcoach",
                at: Position {
                    sociaal: 7.0,
                    creativiteit: 4.0,
                },
            },
            Marker {
                label: "Onderzoeker",
                at: Position {
                    sociaal: 1.5,
                    creativiteit: 8.6,
                },
            },
        ],
        point,
        own: None,
        focused: None,
        tasks: Vec::new(),
        later: None,
        earlier: None,
        other: None,
        top_label: "Eigen oordeel en ideeën",
        bottom_label: "Vaste stappen",
        legend: "• functies bij gemeenten".into(),
        theme: Theme::new(false),
    }
}

fn text(buf: &Buffer) -> String {
    (0..buf.area.height)
        .map(|y| {
            let row: String = (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect();
            row.trim_end().to_string() + "\n"
        })
        .collect()
}
#[test]
fn tasks_are_numbers_and_an_arrow_leads_to_the_work_in_two_years() {
    let mut c = chart(Some(Position {
        sociaal: 2.0,
        creativiteit: 2.0,
    }));
    c.later = Some(Position {
        sociaal: 4.5,
        creativiteit: 4.5,
    });
    c.tasks = vec![
        Position {
            sociaal: 0.5,
            creativiteit: 0.5,
        },
        Position {
            sociaal: 8.0,
            creativiteit: 8.0,
        },
    ];
    let area = Rect::new(0, 0, 60, 20);
    let mut buf = Buffer::empty(area);
    (&c).render(area, &mut buf);
    let shown = text(&buf);
    assert!(shown.contains('◇'), "{shown}");
    assert!(
        shown.contains('↗'),
        "the arrow points up and right:\n{shown}"
    );
    assert!(shown.contains('1') && shown.contains('2'), "{shown}");
    assert!(shown.contains("◆ jouw werk"), "{shown}");
}

#[test]
fn draws_axes_names_jobs_and_the_point() {
    let mut buf = Buffer::empty(Rect::new(0, 0, 44, 12));
    let p = Position::new(2.0, 2.0).unwrap();
    (&chart(Some(p))).render(buf.area, &mut buf);
    let out = text(&buf);
    insta::assert_snapshot!(out);
    assert!(out.contains("◆ jouw werk"));
    assert!(
        !out.contains("JIJ"),
        "the point is the work, not the person"
    );
    assert!(out.contains("• Jobcoach"));
    // Each quadrant is named by its work, never in capitals; the study's
    // name stands below it where there is room, and never alone.
    for q in Quadrant::ALL {
        assert!(out.contains(q.werk()), "{}", q.werk());
        assert!(!out.contains(&q.name().to_uppercase()), "{}", q.name());
    }
    // At the size of "Jouw plek" at 80x24 every name has room.
    let mut big = Buffer::empty(Rect::new(0, 0, 43, 20));
    (&chart(Some(p))).render(big.area, &mut big);
    let big = text(&big);
    for q in Quadrant::ALL {
        assert!(big.contains(&format!("({})", q.name())), "{big}");
    }
    assert!(out.contains("← weinig mensenwerk") && out.contains("veel mensenwerk →"));
    assert!(!out.contains("sociaal"), "axis labels describe the work");
}

#[test]
fn the_point_is_a_different_shape_from_the_jobs() {
    let mut buf = Buffer::empty(Rect::new(0, 0, 44, 12));
    (&chart(Some(Position::new(9.0, 9.0).unwrap()))).render(buf.area, &mut buf);
    let out = text(&buf);
    assert_eq!(out.matches('◆').count(), 1);
    assert!(out.contains("• Jobcoach"), "{out}");
}

#[test]
fn points_land_on_the_right_side_of_the_midlines() {
    let inner = Rect::new(1, 1, 40, 10);
    let (mx, my) = midlines(inner);
    let at = |s, c| {
        cell_for(
            inner,
            Position {
                sociaal: s,
                creativiteit: c,
            },
        )
    };
    for tenth in 0..=100 {
        let v = f64::from(tenth) / 10.0;
        let (x, y) = at(v, v);
        if v < 5.0 {
            assert!(x < mx && y > my, "{v}: {x},{y}");
        } else {
            assert!(x > mx && y < my, "{v}: {x},{y}");
        }
        assert!(inner.contains(ratatui::layout::Position::new(x, y)));
    }
    assert_eq!(at(0.0, 0.0), (1, 10));
    assert_eq!(at(10.0, 10.0), (40, 1));
}

#[test]
fn tiny_areas_are_safe() {
    renders_safely_in_tiny_areas(&chart(Some(Position::new(5.0, 5.0).unwrap())));
    renders_safely_in_tiny_areas(&chart(None));
}

#[test]
fn the_earlier_point_is_a_triangle_with_its_word_and_an_arrow_to_now() {
    let mut c = QuadrantChart {
        jobs: Vec::new(),
        point: Some(Position {
            sociaal: 3.5,
            creativiteit: 2.0,
        }),
        own: None,
        focused: None,
        tasks: Vec::new(),
        later: None,
        earlier: Some(Marker {
            label: "eerder",
            at: Position {
                sociaal: 1.0,
                creativiteit: 4.0,
            },
        }),
        other: None,
        top_label: "Eigen oordeel en ideeën",
        bottom_label: "Vaste stappen",
        legend: String::new(),
        theme: Theme::new(false),
    };
    let mut buf = Buffer::empty(Rect::new(0, 0, 44, 21));
    (&c).render(buf.area, &mut buf);
    let shown: String = (0..21)
        .map(|y| (0..44).map(|x| buf[(x, y)].symbol()).collect::<String>() + "\n")
        .collect();
    assert!(shown.contains("△ eerder"), "{shown}");
    assert!(shown.contains('↘'), "{shown}");
    c.earlier = None;
    let mut buf = Buffer::empty(Rect::new(0, 0, 44, 21));
    (&c).render(buf.area, &mut buf);
    assert!(!(0..21).any(|y| (0..44).any(|x| buf[(x, y)].symbol() == "△")));
}

#[test]
fn the_job_stepped_to_never_writes_over_the_point_or_its_word() {
    // A job just right of the point, on the same row: where "jouw werk" goes.
    let point = Position {
        sociaal: 1.5,
        creativiteit: 3.0,
    };
    for dx in [0.3, 0.6, 0.9, 1.2, 1.5] {
        let mut c = chart(Some(point));
        c.focused = Some(Marker {
            label: "Parkeercontroleur",
            at: Position {
                sociaal: point.sociaal + dx,
                creativiteit: point.creativiteit,
            },
        });
        let area = Rect::new(0, 0, 46, 18);
        let mut buf = Buffer::empty(area);
        c.render(area, &mut buf);
        let shown = text(&buf);
        assert!(shown.contains("◆"), "{dx}:\n{shown}");
        assert!(shown.contains("jouw werk"), "{dx}:\n{shown}");
        assert!(shown.contains("●"), "{dx}:\n{shown}");
        // Its name, where it fits, is whole too (the side panel always names it).
        if shown.contains("Parkeer") {
            assert!(shown.contains("Parkeercontroleur"), "{dx}:\n{shown}");
        }
    }
}

/// The mark in two years where the point's word would start does not
/// cover that word: the word goes round it.
#[test]
fn the_mark_in_two_years_never_covers_the_word_jouw_werk() {
    let now = Position {
        sociaal: 1.0,
        creativiteit: 2.0,
    };
    let mut c = chart(Some(now));
    let area = Rect::new(0, 0, 44, 20);
    // One column to the right of the point, on the same row.
    c.later = (1..40)
        .map(|step| Position {
            sociaal: 1.0 + f64::from(step) * 0.05,
            creativiteit: 2.0,
        })
        .find(|p| cell_for(inner_of(area), *p).0 == cell_for(inner_of(area), now).0 + 2);
    assert!(c.later.is_some());
    let mut buf = Buffer::empty(area);
    (&c).render(area, &mut buf);
    let shown = text(&buf);
    assert!(shown.contains('◇'), "{shown}");
    assert!(shown.contains("jouw werk"), "{shown}");
}
