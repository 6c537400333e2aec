//! A bare ratatui program that draws one frame and waits for a key: the
//! baseline kwadrant's start-up is compared with (issue #9).

use ratatui::widgets::Paragraph;

fn main() -> std::io::Result<()> {
    let mut terminal = ratatui::init();
    terminal.draw(|f| f.render_widget(Paragraph::new("kwadrant"), f.area()))?;
    let _ = crossterm::event::read();
    ratatui::restore();
    Ok(())
}
