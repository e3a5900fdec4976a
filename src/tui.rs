//! The interactive reader: the only code that touches the terminal.

use std::io;

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{self, DisableMouseCapture, EnableMouseCapture, Event};
use ratatui::crossterm::execute;

use crate::app::{Action, App};
use crate::keymap;
use crate::ui;

/// Run the reader until the user quits. The terminal is restored on return and
/// on panic.
pub fn run(app: &mut App) -> io::Result<()> {
    // Mouse reporting is switched off again on every way out, panics included.
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(io::stdout(), DisableMouseCapture);
        hook(info);
    }));
    ratatui::run(|terminal| {
        execute!(io::stdout(), EnableMouseCapture)?;
        let result = event_loop(terminal, app);
        let _ = execute!(io::stdout(), DisableMouseCapture);
        result
    })
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
            Event::Mouse(mouse) => {
                if let Some(action) = keymap::mouse_action(mouse) {
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
