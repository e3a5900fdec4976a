//! A clear end when a mapped file is cut shorter while it is open.
//!
//! A large file is read from its pages ([`crate::document::Text`]); if
//! another program truncates it meanwhile, reading a page it no longer has
//! raises `SIGBUS`. Nothing can be read in its place, so folio stops: but
//! first it gives the terminal back as it found it (when the reader had it)
//! and says why in one line, instead of dying with the screen in raw mode.

#[cfg(unix)]
mod imp {
    use std::sync::OnceLock;
    use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};

    /// The terminal's settings before the reader changed them.
    static SAVED: OnceLock<libc::termios> = OnceLock::new();
    /// The terminal to restore them on, or -1.
    static TTY: AtomicI32 = AtomicI32::new(-1);
    /// Set while the reader has the terminal.
    static READER: AtomicBool = AtomicBool::new(false);

    /// Leave mouse reporting, bracketed paste and the alternate screen, and
    /// show the cursor.
    const RESTORE: &[u8] =
        b"\x1b[?1000l\x1b[?1002l\x1b[?1003l\x1b[?1006l\x1b[?2004l\x1b[?1049l\x1b[?25h";
    const MESSAGE: &[u8] = b"folio: a file was made shorter while it was open; stopped\n";

    pub fn install() {
        // SAFETY: the handler only makes async-signal-safe calls (tcsetattr,
        // write, _exit) and reads statics that are set before it is installed
        // or are atomic.
        unsafe {
            libc::signal(libc::SIGBUS, on_sigbus as *const () as libc::sighandler_t);
        }
    }

    pub fn reader_started() {
        // SAFETY: open and tcgetattr on a path and a buffer we own.
        unsafe {
            let fd = libc::open(c"/dev/tty".as_ptr(), libc::O_RDWR | libc::O_CLOEXEC);
            if fd < 0 {
                return;
            }
            let mut saved: libc::termios = std::mem::zeroed();
            if libc::tcgetattr(fd, &mut saved) == 0 {
                let _ = SAVED.set(saved);
                TTY.store(fd, Ordering::SeqCst);
            } else {
                libc::close(fd);
            }
        }
        READER.store(true, Ordering::SeqCst);
    }

    pub fn reader_stopped() {
        READER.store(false, Ordering::SeqCst);
    }

    extern "C" fn on_sigbus(_: libc::c_int) {
        // SAFETY: async-signal-safe calls on file descriptors we hold.
        unsafe {
            let tty = TTY.load(Ordering::SeqCst);
            if READER.load(Ordering::SeqCst) && tty >= 0 {
                libc::write(tty, RESTORE.as_ptr().cast(), RESTORE.len());
                if let Some(saved) = SAVED.get() {
                    libc::tcsetattr(tty, libc::TCSANOW, saved);
                }
            }
            libc::write(2, MESSAGE.as_ptr().cast(), MESSAGE.len());
            libc::_exit(1);
        }
    }
}

#[cfg(not(unix))]
mod imp {
    pub fn install() {}
    pub fn reader_started() {}
    pub fn reader_stopped() {}
}

/// Stop with one clear line, not a crash, on a truncated mapped file.
pub fn install() {
    imp::install();
}

/// The reader is about to take the terminal: its settings now are the
/// ones to give back.
pub fn reader_started() {
    imp::reader_started();
}

/// The reader has given the terminal back.
pub fn reader_stopped() {
    imp::reader_stopped();
}
