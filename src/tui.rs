//! The interactive reader: the only code that touches the terminal.

use std::io;

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{self, Event};

use crate::app::{Action, App};
use crate::keymap;
use crate::ui;

/// Run the reader until the user quits. The terminal is restored on return and
/// on panic.
pub fn run(mut app: App) -> io::Result<()> {
    ratatui::run(|terminal| event_loop(terminal, &mut app))
}

fn event_loop(terminal: &mut DefaultTerminal, app: &mut App) -> io::Result<()> {
    let mut size = (0, 0);
    while !app.quit {
        let area = terminal.size()?;
        if (area.width, area.height) != size {
            size = (area.width, area.height);
            app.update(Action::Resize(area.width, area.height));
        }
        terminal.draw(|frame| ui::draw(frame, app))?;
        match event::read()? {
            Event::Key(key) => {
                if let Some(action) = keymap::action_for(key, app) {
                    app.update(action);
                }
            }
            Event::Resize(width, height) => {
                size = (width, height);
                app.update(Action::Resize(width, height));
            }
            _ => {}
        }
    }
    Ok(())
}
