//! The interactive reader: the only code that touches the terminal.

use std::io;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver};
use std::time::Duration;

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{self, DisableMouseCapture, EnableMouseCapture, Event};
use ratatui::crossterm::execute;

use crate::app::{Action, App};
use crate::entities::{self, Entities};
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

/// Find the entities of every document still waiting for them, on a thread of
/// their own; results arrive on the returned channel as (document, entities).
fn find_entities(app: &App) -> Receiver<(usize, Entities)> {
    let (tx, rx) = mpsc::channel();
    if app.entities_pending > 0 {
        let texts: Vec<Arc<str>> = app.docs.iter().map(|d| d.doc.text.clone()).collect();
        std::thread::spawn(move || {
            for (index, text) in texts.iter().enumerate() {
                if tx.send((index, entities::extract(text))).is_err() {
                    return;
                }
            }
        });
    }
    rx
}

fn event_loop(terminal: &mut DefaultTerminal, app: &mut App) -> io::Result<()> {
    let mut size = (0, 0);
    let found = find_entities(app);
    while !app.quit {
        while let Ok((index, entities)) = found.try_recv() {
            app.set_entities(index, entities);
        }
        let area = terminal.size()?;
        if (area.width, area.height) != size {
            size = (area.width, area.height);
            app.update(Action::Resize(area.width, area.height));
        }
        terminal.draw(|frame| ui::draw(frame, app))?;
        // While entities are still coming, wake up now and then to show them.
        let wait = if app.entities_pending > 0 {
            Duration::from_millis(50)
        } else {
            Duration::from_secs(3600)
        };
        if !event::poll(wait)? {
            continue;
        }
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
