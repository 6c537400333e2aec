//! The interactive session. The run loop is generic over the terminal backend
//! and the event source, so tests drive the very same loop with a
//! `TestBackend` and a list of keys.

pub mod app;
pub mod colors;
pub mod dialog;
pub mod emergency;
pub mod keys;
pub mod lock;
pub mod msg;
pub mod on_disk;
pub mod replies;
pub mod resume;
pub mod steps;
pub mod theme;
pub mod view;
pub mod widgets;

use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};

use crate::plan_file::names::EMERGENCY;
use anyhow::Context;
use crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture, Event,
    MouseEventKind,
};
use crossterm::execute;
use ratatui::Terminal;
use ratatui::backend::Backend;
use toml::value::Datetime;

use crate::model::plan::Plan;
use crate::plan_file::{self, SaveError, SaveMode};
use crate::report::text::capitalize;
use app::{App, Effect, Msg, Notice};
use msg::InUse;

/// Where events come from: the real terminal, or a script in tests.
pub trait EventSource {
    /// The next event; `None` when there are no more (a script ran out).
    fn next_event(&mut self) -> io::Result<Option<Event>>;

    /// Called with the session as it is, before waiting for the next event;
    /// may have something to tell the session first.
    fn before_wait(&mut self, _app: &App) -> Option<Msg> {
        None
    }
}

/// Events from the real terminal. When the session is ended from outside,
/// it writes the emergency copy kept up to date here, gives the terminal back
/// and exits:
/// - on Unix, a watcher thread does so on SIGHUP, SIGTERM or SIGINT, with
///   128 + the signal. It does not wait for the main thread, which may be
///   blocked reading a terminal that is gone.
/// - on Windows, a console control handler does so when the window is closed,
///   the user logs off or the computer shuts down (129, like SIGHUP), and on
///   Ctrl-Break (130, like SIGINT). Windows waits for the handler before it
///   ends the process. (In raw mode Ctrl-C is an ordinary key.)
///
/// It also keeps the lock file beside the plan that is open ([`lock`]),
/// following the file as it changes; the lock goes when this is dropped, and
/// on a signal.
pub struct TerminalEvents {
    /// What to do if a signal arrives now.
    rescue: Rescue,
    /// The lock beside the open plan.
    lock: lock::Lock,
}

/// What a signal must clean up: the emergency copy to write, and this
/// session's lock file to remove.
#[derive(Default)]
struct Rescuing {
    pending: Option<emergency::Pending>,
    lock: Option<PathBuf>,
}

type Rescue = std::sync::Arc<std::sync::Mutex<Rescuing>>;

/// Writes the emergency copy (if there is anything unsaved), removes the
/// lock, restores the terminal and ends the process with `code`.
fn rescue_and_exit(rescue: &Rescue, code: i32) -> ! {
    let (pending, lock) = match rescue.lock() {
        Ok(mut r) => (r.pending.take(), r.lock.take()),
        Err(_) => (None, None),
    };
    if let Some(lock) = lock {
        let _ = std::fs::remove_file(lock);
    }
    TerminalGuard::leave();
    if let Some(pending) = pending {
        let copy = emergency::write(pending, SystemClock.now());
        // The terminal may be gone (SIGHUP): never a panic.
        let _ = writeln!(io::stderr(), "{}", emergency::report(&copy));
    }
    std::process::exit(code)
}

#[cfg(windows)]
mod console_close {
    //! The Windows console control handler (see [`super::TerminalEvents`]).
    use std::sync::OnceLock;

    use windows_sys::Win32::System::Console::{
        CTRL_BREAK_EVENT, CTRL_C_EVENT, CTRL_CLOSE_EVENT, CTRL_LOGOFF_EVENT, CTRL_SHUTDOWN_EVENT,
        SetConsoleCtrlHandler,
    };
    use windows_sys::core::BOOL;

    static RESCUE: OnceLock<super::Rescue> = OnceLock::new();

    unsafe extern "system" fn handler(event: u32) -> BOOL {
        let code = match event {
            CTRL_C_EVENT | CTRL_BREAK_EVENT => 130,
            CTRL_CLOSE_EVENT | CTRL_LOGOFF_EVENT | CTRL_SHUTDOWN_EVENT => 129,
            _ => return 0,
        };
        match RESCUE.get() {
            Some(rescue) => super::rescue_and_exit(rescue, code),
            None => 0,
        }
    }

    /// Installs the handler for this session's copy.
    pub fn install(rescue: &super::Rescue) -> std::io::Result<()> {
        let _ = RESCUE.set(std::sync::Arc::clone(rescue));
        // SAFETY: `handler` is a plain function that lives as long as the
        // process; adding it has no other precondition.
        if unsafe { SetConsoleCtrlHandler(Some(handler), 1) } == 0 {
            return Err(std::io::Error::last_os_error());
        }
        Ok(())
    }
}

impl TerminalEvents {
    /// Starts the watcher.
    fn new() -> io::Result<Self> {
        let rescue: Rescue = std::sync::Arc::default();
        #[cfg(unix)]
        {
            use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
            let mut signals = signal_hook::iterator::Signals::new([SIGHUP, SIGTERM, SIGINT])?;
            let rescue = std::sync::Arc::clone(&rescue);
            std::thread::spawn(move || {
                if let Some(sig) = signals.forever().next() {
                    rescue_and_exit(&rescue, 128 + sig);
                }
            });
        }
        #[cfg(windows)]
        console_close::install(&rescue)?;
        Ok(TerminalEvents {
            rescue,
            lock: lock::Lock::default(),
        })
    }
}

impl EventSource for TerminalEvents {
    fn next_event(&mut self) -> io::Result<Option<Event>> {
        crossterm::event::read().map(Some)
    }

    fn before_wait(&mut self, app: &App) -> Option<Msg> {
        let followed = self.lock.follow(app.file.as_deref(), SystemClock.now());
        if let Ok(mut rescue) = self.rescue.lock() {
            rescue.pending = emergency::pending(app);
            rescue.lock = self.lock.owned().map(Path::to_path_buf);
        }
        (followed == lock::Followed::Unwritable).then(|| {
            Msg::Told(Notice::Error(
                "Anderen krijgen geen waarschuwing dat dit plan open is: kwadrant kan in deze \
                 map niets bijschrijven."
                    .into(),
            ))
        })
    }
}

impl<I: Iterator<Item = Event>> EventSource for I {
    fn next_event(&mut self) -> io::Result<Option<Event>> {
        Ok(self.next())
    }
}

/// The time, injected so tests do not depend on the wall clock.
pub trait Clock {
    /// Now, as a TOML offset date-time.
    fn now(&self) -> Datetime;

    /// Today as YYYY-MM-DD.
    fn today(&self) -> String {
        match self.now().date {
            Some(d) => format!("{:04}-{:02}-{:02}", d.year, d.month, d.day),
            None => String::new(),
        }
    }
}

/// The system clock in the local time zone.
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Datetime {
        let now = jiff::Timestamp::now().to_zoned_datetime(local_zone());
        let stamp = format!("{}", now.strftime("%Y-%m-%dT%H:%M:%S%:z"));
        stamp.parse().unwrap_or(Datetime {
            date: None,
            time: None,
            offset: None,
        })
    }
}

/// The local time zone. Without `TZ`, read from `/etc/localtime` alone:
/// asking for the system zone by name would first list every zone on the
/// machine (issue #9: most of the time before the first frame).
fn local_zone() -> jiff::tz::TimeZone {
    #[cfg(unix)]
    if std::env::var_os("TZ").is_none()
        && let Ok(data) = std::fs::read("/etc/localtime")
        && let Ok(zone) = jiff::tz::TimeZone::tzif("Local", &data)
    {
        return zone;
    }
    jiff::tz::TimeZone::system()
}

/// A clock that always says the same time.
pub struct FixedClock(pub Datetime);

impl Clock for FixedClock {
    fn now(&self) -> Datetime {
        self.0
    }
}

/// Turns a terminal event into a message for the app.
pub fn message_for_event(app: &App, event: Event) -> Option<Msg> {
    match event {
        Event::Key(key) => keys::message_for(&app.mode(), key),
        Event::Paste(text) => Some(Msg::Paste(text)),
        Event::Resize(w, h) => Some(Msg::Resize(w, h)),
        // The wheel scrolls through lists; on the chart it would move the point.
        Event::Mouse(mouse) if keys::wheel(&app.mode()) => match mouse.kind {
            MouseEventKind::ScrollDown => Some(Msg::Down),
            MouseEventKind::ScrollUp => Some(Msg::Up),
            _ => None,
        },
        _ => None,
    }
}

/// Draws, waits for an event, updates, performs effects; until quit or the
/// events run out.
pub fn run_loop<B, E, C>(
    terminal: &mut Terminal<B>,
    events: &mut E,
    app: &mut App,
    clock: &C,
) -> anyhow::Result<()>
where
    B: Backend,
    B::Error: Send + Sync + 'static,
    E: EventSource + ?Sized,
    C: Clock + ?Sized,
{
    let size = terminal.size()?;
    app.update(Msg::Resize(size.width, size.height));
    loop {
        terminal.draw(|frame| view::draw(frame, app))?;
        if let Some(msg) = events.before_wait(app) {
            app.update(msg);
            continue;
        }
        let Some(event) = events.next_event()? else {
            return Ok(());
        };
        let Some(msg) = message_for_event(app, event) else {
            continue;
        };
        let mut effect = app.update(msg);
        while let Some(next) = effect.take() {
            match next {
                Effect::Quit => return Ok(()),
                Effect::ClearScreen => terminal.clear()?,
                other => effect = app.update(perform(other, app, clock)),
            }
        }
    }
}

/// Carries out one effect and reports the outcome as a message.
pub fn perform<C: Clock + ?Sized>(effect: Effect, app: &App, clock: &C) -> Msg {
    match effect {
        Effect::Save {
            path,
            mode,
            pick_free_name,
        } => save(app, &path, mode, pick_free_name, clock.now()),
        Effect::Open(path) => {
            let path = match typed_plan(path) {
                Ok(path) => path,
                Err(reason) => return Msg::OpenFailed(reason),
            };
            match plan_file::load(&path) {
                Ok(plan) => match lock::other_holder(&path) {
                    Some(holder) => Msg::InUse(Box::new(InUse { plan, path, holder })),
                    None => Msg::Opened(Box::new(plan), path),
                },
                Err(e) => Msg::OpenFailed(e.lines(&path.display().to_string()).join("; ")),
            }
        }
        Effect::Export(plan_path) => match export_beside(&app.current_plan(), &plan_path) {
            Ok(target) => Msg::Exported(target),
            Err(e) => Msg::ExportFailed(capitalize(&e.to_string())),
        },
        Effect::CopyFile(action) => Msg::Told(resume::carry_out(&action)),
        Effect::ClearScreen | Effect::Quit => Msg::Resize(app.size.0, app.size.1),
    }
}

/// Writes the HTML for the manager beside the plan file. It is made from the
/// plan, so writing it again replaces the earlier export of this same plan.
fn export_beside(plan: &Plan, plan_path: &Path) -> Result<PathBuf, SaveError> {
    let target = plan_path.with_extension("html");
    let html = crate::report::export_html(plan, crate::model::catalog::Catalog::active());
    plan_file::prepare_save(&html, &target, SaveMode::ReplaceSamePlan)?.commit()?;
    Ok(target)
}

fn save(app: &App, path: &Path, mode: SaveMode, pick_free_name: bool, now: Datetime) -> Msg {
    // Exactly what is on screen, text still being typed included.
    let mut plan = app.current_plan();
    plan.stamp(now);
    // Never over a version someone else saved meanwhile.
    if mode == SaveMode::ReplaceSamePlan
        && app.file.as_deref() == Some(path)
        && let Some(expected) = &app.on_disk
        && let Err(other) = on_disk::check(path, expected)
    {
        return Msg::ChangedOnDisk(path.to_path_buf(), other);
    }
    let mut target = path.to_path_buf();
    for attempt in 2..100 {
        match plan_file::save(&plan, &target, mode) {
            Ok(()) => {
                // The emergency copy on screen is now saved in the plan.
                if let Some(copy) = &app.recovered {
                    let _ = std::fs::remove_file(copy);
                }
                // A printout made earlier follows the plan, so the manager
                // never gets an old one.
                let refresh = target.with_extension("html").is_file();
                let refreshed = refresh && export_beside(&plan, &target).is_ok();
                return Msg::Saved(target, now, refreshed);
            }
            Err(SaveError::Exists(_)) if pick_free_name => target = numbered(path, attempt),
            Err(SaveError::Exists(existing)) => {
                let what = plan_file::load(&existing)
                    .ok()
                    .map(|p| (p.status, p.gewijzigd));
                return Msg::SaveConflict(existing, what);
            }
            Err(e) => return failed(app, &target, capitalize(&e.to_string())),
        }
    }
    failed(
        app,
        path,
        "kwadrant vindt geen vrije naam voor het bestand.".into(),
    )
}

/// A failed save, with the folders it can go to instead: the person's own
/// folder and the folder kwadrant started in, when they exist and are not
/// the folder that just failed (nor each other).
fn failed(app: &App, target: &Path, why: String) -> Msg {
    let same = |a: &Path, b: &Path| match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    };
    let tried = target.parent().unwrap_or(Path::new("."));
    let tried = if tried.as_os_str().is_empty() {
        Path::new(".")
    } else {
        tried
    };
    let home = std::env::home_dir().filter(|h| h.is_dir() && !same(h, tried));
    // Where new plans go, or, when that is the folder that failed (an
    // opened plan), the folder kwadrant was started in.
    let start = [Some(app.dir.clone()), std::env::current_dir().ok()]
        .into_iter()
        .flatten()
        .find(|d| d.is_dir() && !same(d, tried))
        .filter(|d| home.as_deref().is_none_or(|h| !same(d, h)));
    Msg::SaveFailed(Box::new(msg::Failed { why, home, start }))
}

/// The plan a typed name means: the file as typed; else with `.toml` added;
/// else the one plan in that folder whose name starts with what was typed
/// (people remember "groeiplan-joke", not the date after it). Several such
/// plans: a reason, and no name of anyone else's plan.
fn typed_plan(path: PathBuf) -> Result<PathBuf, String> {
    let toml = path.with_extension("toml");
    if path.exists() {
        return Ok(path);
    }
    if path.extension().is_none() && toml.exists() {
        return Ok(toml);
    }
    let (Some(dir), Some(start)) = (path.parent(), path.file_name()) else {
        return Ok(path);
    };
    let start = start.to_string_lossy().to_lowercase();
    let starting: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|entry| entry.path())
        .filter(|p| {
            let name = p
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .to_lowercase();
            name.starts_with(&start)
                && name.ends_with(".toml")
                && !name.ends_with(&format!("{EMERGENCY}.toml"))
        })
        .collect();
    match starting.as_slice() {
        [one] => Ok(one.clone()),
        [] => Ok(path),
        more => Err(format!(
            "Er zijn {} plannen waarvan de naam zo begint. Typ meer van de naam.",
            more.len()
        )),
    }
}

/// `plan.toml` -> `plan-2.toml`.
fn numbered(path: &Path, n: usize) -> PathBuf {
    let stem = path.file_stem().unwrap_or_default().to_string_lossy();
    path.with_file_name(format!("{stem}-{n}.toml"))
}

/// Restores the terminal when dropped: on a normal exit, an error or a panic.
struct TerminalGuard;

impl TerminalGuard {
    fn leave() {
        let _ = execute!(
            io::stdout(),
            DisableMouseCapture,
            DisableBracketedPaste,
            crossterm::cursor::Show
        );
        // Each part on its own, errors ignored: after SIGHUP the terminal is
        // gone, and a failed write must not stop the rest (or panic).
        let _ = crossterm::terminal::disable_raw_mode();
        let _ = execute!(io::stdout(), crossterm::terminal::LeaveAlternateScreen);
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        TerminalGuard::leave();
    }
}

/// Runs the interactive session; returns the exit status.
pub fn run(dir: Option<PathBuf>, open: Option<PathBuf>, wish: colors::Wish) -> anyhow::Result<u8> {
    // A terminal that cannot show a screen (TERM=dumb, as in some editors'
    // shells) would fill with escape codes. Windows has no TERM.
    if cfg!(unix) && std::env::var_os("TERM").is_some_and(|t| t == "dumb") {
        eprintln!(
            "kwadrant: dit venster kan geen schermen tonen (TERM=dumb). Open kwadrant in een \
             gewone terminal. Hier werken wel: 'kwadrant score' voor een plek, 'kwadrant show \
             PLAN' om een plan te lezen en 'kwadrant export PLAN' om het te printen."
        );
        return Ok(2);
    }
    let dir = match dir {
        Some(dir) if dir.is_file() => {
            eprintln!(
                "kwadrant: {} is een bestand, geen map. Geef bij --dir de map waar de plannen \
                 staan.",
                dir.display()
            );
            return Ok(2);
        }
        Some(dir) if !dir.is_dir() => {
            eprintln!(
                "kwadrant: de map {} bestaat niet; maak hem eerst aan of kies een andere map.",
                dir.display()
            );
            return Ok(2);
        }
        Some(dir) => dir,
        None => PathBuf::from("."),
    };
    let opened = match open {
        Some(path) => match plan_file::load(&path) {
            Ok(plan) => Some((plan, path)),
            Err(e) => {
                for line in e.lines(&path.display().to_string()) {
                    eprintln!("{line}");
                }
                return Ok(1);
            }
        },
        None => None,
    };
    // Absolute paths, so the screen can always name the real folder.
    let opened = opened.map(|(plan, path)| (plan, std::path::absolute(&path).unwrap_or(path)));
    let dir = match &opened {
        Some((_, path)) => path.parent().map_or(dir.clone(), Path::to_path_buf),
        None => std::path::absolute(&dir).unwrap_or(dir),
    };

    if !io::stdin().is_terminal() || !io::stdout().is_terminal() {
        eprintln!(
            "kwadrant: de sessie heeft een terminal nodig. Start kwadrant in een terminalvenster, \
             of gebruik 'kwadrant score', 'check' of 'show'."
        );
        return Ok(2);
    }
    let clock = SystemClock;
    // Before the screen opens: the only moment the terminal is asked.
    let palette = colors::for_this_terminal(wish);
    let mut terminal = ratatui::try_init().context("kwadrant kan het scherm niet starten")?;
    let _guard = TerminalGuard;
    let ratatui_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(io::stdout(), DisableMouseCapture, DisableBracketedPaste);
        ratatui_hook(info);
    }));
    execute!(io::stdout(), EnableBracketedPaste, EnableMouseCapture)?;

    let size = terminal.size()?;
    let mut app = App::new(dir, clock.today(), (size.width, size.height), palette);
    if let Some((plan, path)) = opened {
        match lock::other_holder(&path) {
            Some(holder) => app.offer_in_use(InUse { plan, path, holder }),
            None => app.open(plan, path),
        }
    }
    if let Some(copy) = resume::newest_copy(&app.dir, app.file.as_deref()) {
        app.offer_copy(copy);
    }
    let mut events = TerminalEvents::new()?;
    // A bug: the panic hook has given the terminal back; this keeps what
    // was typed, and the panic goes on.
    let ran = emergency::keep_on_panic(&mut app, &clock, |app| {
        run_loop(&mut terminal, &mut events, app, &clock)
    });
    ran?;
    let _ = io::stdout().flush();
    Ok(0)
}
