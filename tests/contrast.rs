//! Issue #17: every screen reads on a light and on a dark terminal. Each step
//! (from `Step::ALL`, so a new step is covered by itself), its help, every
//! dialog and both kinds of notice are drawn at 80x24; every cell that is not
//! blank must reach WCAG's contrast minimum against its background: 4.5:1
//! for letters and digits, 3:1 for symbols and lines. The plain palette must
//! pass under all four terminal palettes below, the light one under both
//! light ones, the dark one under both dark ones.

mod support;

use std::path::PathBuf;

use kwadrant::model::plan::{Plan, Status};
use kwadrant::tui::app::{App, Notice, Step, Then};
use kwadrant::tui::dialog::{Changed, Copy, Dialog, DialogKind, Existing};
use kwadrant::tui::lock::Holder;
use kwadrant::tui::msg::{Failed, InUse, TypedFolder};
use kwadrant::tui::theme::Palette;
use kwadrant::tui::view;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier};
use support::*;

/// A terminal's colours: ANSI 0-15, default foreground and background.
struct Terminal {
    name: &'static str,
    ansi: [u32; 16],
    fg: u32,
    bg: u32,
}

const XTERM: [u32; 16] = [
    0x000000, 0xcd0000, 0x00cd00, 0xcdcd00, 0x0000ee, 0xcd00cd, 0x00cdcd, 0xe5e5e5, 0x7f7f7f,
    0xff0000, 0x00ff00, 0xffff00, 0x5c5cff, 0xff00ff, 0x00ffff, 0xffffff,
];

const TERMINALS: [Terminal; 4] = [
    Terminal {
        name: "xterm light",
        ansi: XTERM,
        fg: 0x000000,
        bg: 0xffffff,
    },
    Terminal {
        name: "macOS Terminal Basic",
        ansi: [
            0x000000, 0x990000, 0x00a600, 0x999900, 0x0000b2, 0xb200b2, 0x00a6b2, 0xbfbfbf,
            0x666666, 0xe50000, 0x00d900, 0xe5e500, 0x0000ff, 0xe500e5, 0x00e5e5, 0xe5e5e5,
        ],
        fg: 0x000000,
        bg: 0xffffff,
    },
    Terminal {
        name: "xterm dark",
        ansi: XTERM,
        fg: 0xffffff,
        bg: 0x000000,
    },
    Terminal {
        name: "Windows Terminal Campbell",
        ansi: [
            0x0c0c0c, 0xc50f1f, 0x13a10e, 0xc19c00, 0x0037da, 0x881798, 0x3a96dd, 0xcccccc,
            0x767676, 0xe74856, 0x16c60c, 0xf9f1a5, 0x3b78ff, 0xb4009e, 0x61d6d6, 0xf2f2f2,
        ],
        fg: 0xcccccc,
        bg: 0x0c0c0c,
    },
];

/// The terminals a palette must read on.
fn terminals_for(palette: Palette) -> Vec<&'static Terminal> {
    let light = |t: &&Terminal| luminance(t.bg) > 0.5;
    match palette {
        Palette::Plain => TERMINALS.iter().collect(),
        Palette::Light => TERMINALS.iter().filter(light).collect(),
        Palette::Dark => TERMINALS.iter().filter(|t| !light(t)).collect(),
    }
}

/// `color` as RGB on `terminal`; `None` for the default (Reset).
fn rgb(color: Color, terminal: &Terminal) -> Option<u32> {
    let named = |i: usize| Some(terminal.ansi[i]);
    match color {
        Color::Reset => None,
        Color::Black => named(0),
        Color::Red => named(1),
        Color::Green => named(2),
        Color::Yellow => named(3),
        Color::Blue => named(4),
        Color::Magenta => named(5),
        Color::Cyan => named(6),
        Color::Gray => named(7),
        Color::DarkGray => named(8),
        Color::LightRed => named(9),
        Color::LightGreen => named(10),
        Color::LightYellow => named(11),
        Color::LightBlue => named(12),
        Color::LightMagenta => named(13),
        Color::LightCyan => named(14),
        Color::White => named(15),
        Color::Rgb(r, g, b) => Some(u32::from(r) << 16 | u32::from(g) << 8 | u32::from(b)),
        Color::Indexed(i) if i < 16 => named(usize::from(i)),
        Color::Indexed(i) if i < 232 => {
            let level = |n: u8| [0, 95, 135, 175, 215, 255][usize::from(n)];
            let i = i - 16;
            Some(level(i / 36) << 16 | level(i / 6 % 6) << 8 | level(i % 6))
        }
        Color::Indexed(i) => {
            let v = 8 + 10 * u32::from(i - 232);
            Some(v << 16 | v << 8 | v)
        }
    }
}

fn luminance(rgb: u32) -> f64 {
    let channel = |shift: u32| {
        let c = f64::from((rgb >> shift) & 0xff) / 255.0;
        if c <= 0.03928 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0)
}

fn contrast(a: u32, b: u32) -> f64 {
    let (a, b) = (luminance(a), luminance(b));
    (a.max(b) + 0.05) / (a.min(b) + 0.05)
}

/// Every cell below the minimum on `terminal`, described.
fn failures(buf: &Buffer, terminal: &Terminal) -> Vec<String> {
    let mut out = Vec::new();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            let cell = &buf[(x, y)];
            let symbol = cell.symbol();
            if symbol.trim().is_empty() {
                continue;
            }
            let mut fg = rgb(cell.fg, terminal).unwrap_or(terminal.fg);
            let mut bg = rgb(cell.bg, terminal).unwrap_or(terminal.bg);
            if cell.modifier.contains(Modifier::REVERSED) {
                std::mem::swap(&mut fg, &mut bg);
            }
            let needed = if symbol.chars().any(char::is_alphanumeric) {
                4.5
            } else {
                3.0
            };
            let ratio = contrast(fg, bg);
            if ratio < needed {
                out.push(format!("({x},{y}) {symbol:?} {ratio:.1}:1"));
            }
        }
    }
    out
}

/// One of each dialog. The match below has no catch-all, so a new kind of
/// dialog does not compile here until it has a sample.
fn dialogs(plan: &Plan) -> Vec<DialogKind> {
    let path = PathBuf::from("/plannen/groeiplan-sanne.toml");
    let at = "2026-12-01T10:00:00+01:00".parse().unwrap();
    let changed = Changed {
        path: path.clone(),
        other: Some(plan.clone()),
        mine: plan.clone(),
    };
    let failed = Failed {
        why: "Opslaan in /plannen lukt niet: de schijf is vol.".into(),
        home: Some("/home/coach".into()),
        start: Some("/plannen".into()),
    };
    let kinds = vec![
        DialogKind::Unsaved(Then::Quit),
        DialogKind::Overwrite(Box::new(Existing {
            path: path.clone(),
            plan: Some((Status::Klaar, Some(at))),
            made_here: false,
        })),
        DialogKind::DeleteAction(0),
        DialogKind::KeepAdjusted,
        DialogKind::Recover(Box::new(Copy {
            path: path.clone(),
            plan: plan.clone(),
        })),
        DialogKind::Changed(Box::new(changed.clone())),
        DialogKind::ReplaceChanged(Box::new(changed.clone())),
        DialogKind::OtherVersion(Box::new(changed)),
        DialogKind::SaveFailed(Box::new(failed.clone())),
        DialogKind::InUse(Box::new(InUse {
            plan: plan.clone(),
            path,
            holder: Holder {
                host: "laptop".into(),
                pid: 1,
                started: None,
                since: Some(at),
            },
        })),
        DialogKind::TypeFolder(Box::new(TypedFolder {
            failed,
            text: "/home/coach".into(),
            cursor: 11,
        })),
        DialogKind::FixRecord,
        DialogKind::DeleteAgreed(0),
    ];
    for kind in &kinds {
        match kind {
            DialogKind::Unsaved(_)
            | DialogKind::Overwrite(_)
            | DialogKind::DeleteAction(_)
            | DialogKind::KeepAdjusted
            | DialogKind::Recover(_)
            | DialogKind::Changed(_)
            | DialogKind::ReplaceChanged(_)
            | DialogKind::OtherVersion(_)
            | DialogKind::SaveFailed(_)
            | DialogKind::InUse(_)
            | DialogKind::TypeFolder(_)
            | DialogKind::FixRecord
            | DialogKind::DeleteAgreed(_) => {}
        }
    }
    kinds
}

/// Every screen to check, by name: each step with and without its help,
/// the chart's side panels, each dialog over the plan step, both notices.
fn screens(palette: Palette) -> Vec<(String, Buffer)> {
    screens_with_cuts(palette, |_| {}, (80, 24))
        .into_iter()
        .map(|(name, buf, _)| (name, buf))
        .collect()
}

/// Every screen, with the texts it cut inside a word.
fn screens_with_cuts(
    palette: Palette,
    fill: fn(&mut Plan),
    (columns, rows): (u16, u16),
) -> Vec<(String, Buffer, Vec<String>)> {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, _) = opened_app(dir.path());
    app.palette = palette;
    fill(&mut app.plan);
    app.size = (columns, rows);
    let area = Rect::new(0, 0, columns, rows);
    let draw = |app: &App| {
        let mut buf = Buffer::empty(area);
        let _ = kwadrant::tui::widgets::take_cut_words();
        view::render(app, area, &mut buf);
        (buf, kwadrant::tui::widgets::take_cut_words())
    };
    let mut out = Vec::new();
    for step in Step::ALL {
        app.step = *step;
        let (buf, cuts) = draw(&app);
        out.push((format!("{step:?}"), buf, cuts));
        app.help = true;
        let (buf, cuts) = draw(&app);
        out.push((format!("{step:?} help"), buf, cuts));
        app.help = false;
    }
    app.step = Step::Position;
    for (name, keys) in [("why", &["w"][..]), ("compare", &["w", "v"][..])] {
        let mut shown = app.clone();
        drive(&mut shown, keys);
        let (buf, cuts) = draw(&shown);
        out.push((format!("Position {name}"), buf, cuts));
    }
    app.step = Step::Plan;
    for kind in dialogs(&app.plan) {
        let mut shown = app.clone();
        shown.dialog = Some(Dialog::new(kind.clone()));
        let (buf, cuts) = draw(&shown);
        out.push((
            format!("dialog {kind:?}").chars().take(40).collect(),
            buf,
            cuts,
        ));
    }
    for notice in [
        Notice::Info("Opgeslagen (klaar): plan.toml in /plannen".into()),
        Notice::Error("Opslaan lukt niet: de schijf is vol.".into()),
    ] {
        let mut shown = app.clone();
        shown.notice = Some(notice.clone());
        let (buf, cuts) = draw(&shown);
        out.push((format!("{notice:?}"), buf, cuts));
    }
    out
}

#[test]
fn every_screen_reads_on_light_and_dark_terminals_in_every_palette() {
    let mut problems = Vec::new();
    for palette in [Palette::Plain, Palette::Light, Palette::Dark] {
        let screens = screens(palette);
        assert!(screens.len() > 30, "{} screens", screens.len());
        for terminal in terminals_for(palette) {
            for (name, buf) in &screens {
                let bad = failures(buf, terminal);
                if !bad.is_empty() {
                    problems.push(format!(
                        "{palette:?} on {}: {name}: {} cells, e.g. {}",
                        terminal.name,
                        bad.len(),
                        bad[..bad.len().min(3)].join(", ")
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Issue #9: at 80x24 and at 200x60 no screen, help or dialog cuts a text
/// inside a word.
#[test]
fn no_screen_cuts_a_word_at_80x24_or_200x60() {
    // The plan as it is, and filled with the longest texts the catalogs
    // and the field limits allow.
    let longest = |plan: &mut Plan| {
        use kwadrant::model::Catalog;
        use kwadrant::model::keyword::Keyword;
        let catalog = Catalog::embedded();
        let job = catalog
            .jobs
            .iter()
            .max_by_key(|j| j.naam.chars().count())
            .unwrap();
        plan.medewerker.functie = Some(job.naam.clone());
        plan.richting.doelfunctie = Some(job.naam.clone());
        let words = "Samenwerken met collega's van de afdeling informatievoorziening ";
        let long: String = words.repeat(20).chars().take(1000).collect();
        plan.richting.leuk = Some(long.clone());
        plan.gesprek.nodig_van_leidinggevende = Some(long.clone());
        plan.medewerker.naam = Some(words.repeat(2).chars().take(100).collect());
        for s in catalog.suggestions.iter().take(12) {
            plan.acties.push(kwadrant::model::plan::Actie {
                termijn: kwadrant::model::plan::Termijn::ALL[0],
                soort: kwadrant::model::plan::Soort::ALL[0],
                tekst: s.tekst.clone(),
                vorm: s.form(),
                klaar: false,
                streefdatum: None,
            });
        }
        // Eight long tasks that give the point, another week in two years,
        // and the answers' point beside them: every mark "Jouw plek" has.
        use kwadrant::model::plan::{Kleur, Methode, Taak, Week};
        plan.taken = (0..8)
            .map(|i| Taak {
                tekst: words.chars().take(60).collect(),
                procent_nu: if i == 0 { 30 } else { 10 },
                procent_straks: if i == 1 {
                    0
                } else if i == 0 {
                    40
                } else {
                    10
                },
                kern: i == 0,
                kleur: [Kleur::Geen, Kleur::Rood, Kleur::Groen][i % 3],
                sociaal: f64::from(i as u8),
                creativiteit: 8.0 - f64::from(i as u8),
                bron: "eigen".into(),
            })
            .collect();
        plan.positie.methode = Some(Methode::Taken);
        plan.positie.bijgesteld_van = None;
        plan.positie
            .set_point(kwadrant::model::tasks::point(&plan.taken, Week::Nu));
        // A fixed record of the conversation with the longest texts.
        use kwadrant::model::plan::{Afspraak, Verslag, Wie};
        plan.verslagen.push(Verslag {
            datum: Some(toml::value::Date {
                year: 2027,
                month: 1,
                day: 15,
            }),
            acties: plan.acties.iter().map(|a| a.tekst.clone()).collect(),
            werkgever_doet: Some(long.clone()),
            werkzekerheid: Some(long.clone()),
            verloop: Some(long.clone()),
            vastgelegd: true,
            afspraken: vec![Afspraak {
                wat: long.clone(),
                wie: Some(Wie::Samen),
                ..Afspraak::default()
            }],
            ..Verslag::default()
        });
    };
    let cut: Vec<String> = [(80, 24), (200, 60)]
        .into_iter()
        .flat_map(|size| {
            let mut both = screens_with_cuts(Palette::Plain, |_| {}, size);
            both.extend(screens_with_cuts(Palette::Plain, longest, size));
            both.into_iter()
                .map(move |(name, buf, cuts)| (format!("{size:?} {name}"), buf, cuts))
        })
        .filter(|(_, _, cuts)| !cuts.is_empty())
        .map(|(name, _, cuts)| format!("{name}: {cuts:?}"))
        .collect();
    assert!(cut.is_empty(), "{}", cut.join("\n"));
    // Each help text fits its box: its last line shows.
    for (name, buf, _) in screens_with_cuts(Palette::Plain, longest, (80, 24)) {
        if name.ends_with("help") {
            let text: String = buf.content.iter().map(|c| c.symbol()).collect();
            assert!(text.contains("Altijd: Esc"), "{name}: the help is cut off");
        }
    }
}

#[test]
fn the_old_colours_fail_on_a_light_terminal_so_the_check_can_fail() {
    // Light grey on white, as the session drew its muted text before.
    let light = &TERMINALS[0];
    let mut buf = Buffer::empty(Rect::new(0, 0, 3, 1));
    buf[(0, 0)].set_symbol("a").set_fg(Color::Gray);
    buf[(1, 0)].set_symbol("·").set_fg(Color::Indexed(250));
    buf[(2, 0)].set_symbol("b").set_fg(Color::Indexed(16));
    let bad = failures(&buf, light);
    assert_eq!(bad.len(), 2, "{bad:?}");
    assert!((contrast(0xffffff, 0x000000) - 21.0).abs() < 1e-9);
}
