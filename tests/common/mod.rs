//! Running the real binary in a pseudo-terminal and reading its screen.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, PtySize, native_pty_system};

/// The folio binary under test in a pseudo-terminal of a fixed size.
pub struct Session {
    child: Box<dyn Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    output: Receiver<Vec<u8>>,
    pub parser: vt100::Parser,
    /// Every byte the program wrote, for checking escape sequences.
    pub raw: Vec<u8>,
    _master: Box<dyn portable_pty::MasterPty + Send>,
    /// Config and state directories of this session unless the test gave its own.
    _home: tempfile::TempDir,
}

impl Session {
    /// Start `folio ARGS` with extra environment variables.
    pub fn start(args: &[&str], env: &[(&str, &str)], cols: u16, rows: u16) -> Session {
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_folio"));
        cmd.args(args);
        for (k, v) in env {
            cmd.env(k, v);
        }
        Session::spawn(cmd, cols, rows)
    }

    /// Start a shell command line (for pipes into folio).
    pub fn start_shell(script: &str, cols: u16, rows: u16) -> Session {
        let mut cmd = CommandBuilder::new("sh");
        cmd.args(["-c", script]);
        Session::spawn(cmd, cols, rows)
    }

    fn spawn(mut cmd: CommandBuilder, cols: u16, rows: u16) -> Session {
        let home = tempfile::tempdir().expect("temp dir");
        for (var, sub) in [("FOLIO_CONFIG_DIR", "config"), ("FOLIO_STATE_DIR", "state")] {
            if cmd.get_env(var).is_none() {
                cmd.env(var, home.path().join(sub));
            }
        }
        let pty = native_pty_system();
        let pair = pty
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pseudo-terminal");
        cmd.env("TERM", "xterm-256color");
        if let Ok(dir) = std::env::current_dir() {
            cmd.cwd(dir);
        }
        let child = pair.slave.spawn_command(cmd).expect("spawn folio");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("pty reader");
        let writer = pair.master.take_writer().expect("pty writer");
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            loop {
                match reader.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => {
                        if tx.send(buf[..n].to_vec()).is_err() {
                            break;
                        }
                    }
                }
            }
        });
        Session {
            child,
            writer,
            output: rx,
            parser: vt100::Parser::new(rows, cols, 0),
            raw: Vec::new(),
            _master: pair.master,
            _home: home,
        }
    }

    fn pump(&mut self, wait: Duration) {
        if let Ok(bytes) = self.output.recv_timeout(wait) {
            self.parser.process(&bytes);
            self.raw.extend_from_slice(&bytes);
            while let Ok(more) = self.output.try_recv() {
                self.parser.process(&more);
                self.raw.extend_from_slice(&more);
            }
        }
    }

    /// The screen as text, one line per row.
    pub fn screen(&self) -> String {
        self.parser.screen().contents()
    }

    /// Wait until the screen contains `needle`; panic with the screen after 10 s.
    pub fn wait_for(&mut self, needle: &str) {
        let deadline = Instant::now() + Duration::from_secs(10);
        while !self.screen().contains(needle) {
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {needle:?}; screen:\n{}",
                self.screen()
            );
            self.pump(Duration::from_millis(50));
        }
    }

    /// Type keys (raw bytes as a terminal sends them).
    pub fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).expect("write keys");
        self.writer.flush().expect("flush keys");
    }

    /// The directory holding this session's config and state directories.
    pub fn home(&self) -> &std::path::Path {
        self._home.path()
    }

    /// The process id of the program (of `sh` for [`Session::start_shell`]).
    pub fn pid(&self) -> u32 {
        self.child.process_id().expect("a process id")
    }

    /// Resize the terminal, as a window manager would.
    pub fn resize(&mut self, cols: u16, rows: u16) {
        self._master
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("resize the pseudo-terminal");
        self.parser.screen_mut().set_size(rows, cols);
    }

    /// Read what the program wrote for `wait`.
    pub fn settle(&mut self, wait: Duration) {
        let deadline = Instant::now() + wait;
        while Instant::now() < deadline {
            self.pump(Duration::from_millis(20));
        }
    }

    /// True while the program runs.
    pub fn running(&mut self) -> bool {
        self.child.try_wait().expect("child status").is_none()
    }

    /// Wait for the program to exit and return its exit code.
    pub fn wait_code(&mut self) -> u32 {
        self.wait_status().exit_code()
    }

    /// Wait for the program to exit and return whether it succeeded.
    pub fn wait_exit(&mut self) -> bool {
        self.wait_status().success()
    }

    fn wait_status(&mut self) -> portable_pty::ExitStatus {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            self.pump(Duration::from_millis(20));
            if let Some(status) = self.child.try_wait().expect("child status") {
                // Drain what is left so `raw` holds the restoring sequences.
                self.pump(Duration::from_millis(100));
                return status;
            }
            assert!(Instant::now() < deadline, "folio did not exit");
        }
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

/// Send `signal` (a name such as `TERM`) to process `pid`.
pub fn kill(pid: u32, signal: &str) {
    // The shell's own kill: no other package needed.
    let status = std::process::Command::new("sh")
        .args(["-c", &format!("kill -{signal} {pid}")])
        .status()
        .expect("run kill");
    assert!(status.success(), "kill -{signal} {pid}");
}

/// The process whose parent is `parent`, waiting up to 10 s for it.
pub fn child_of(parent: u32) -> u32 {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        for entry in std::fs::read_dir("/proc").expect("/proc").flatten() {
            let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else {
                continue;
            };
            // pid (comm) state ppid ...: comm may hold spaces, so split after ')'.
            let after = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
            let ppid = after.split_whitespace().nth(1).and_then(|p| p.parse().ok());
            if ppid == Some(parent)
                && let Ok(pid) = entry.file_name().to_string_lossy().parse()
            {
                return pid;
            }
        }
        assert!(Instant::now() < deadline, "no child of {parent}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// The escape sequences and controls in `bytes` that folio does not write
/// itself: any OSC, DCS, SOS/PM/APC, a control byte other than CR, LF, BS and
/// TAB, a printed character that the sanitiser would have replaced, and a CSI
/// or ESC sequence outside the few that drawing the screen needs.
pub fn foreign_sequences(bytes: &[u8]) -> Vec<String> {
    struct Scan(Vec<String>);
    impl vte::Perform for Scan {
        fn print(&mut self, c: char) {
            if folio::sanitize::is_unsafe(c) {
                self.0.push(format!("printed {c:?}"));
            }
        }
        fn execute(&mut self, byte: u8) {
            if !matches!(byte, b'\r' | b'\n' | b'\x08' | b'\t') {
                self.0.push(format!("control byte {byte:#04x}"));
            }
        }
        fn hook(&mut self, _: &vte::Params, _: &[u8], _: bool, action: char) {
            self.0.push(format!("DCS {action:?}"));
        }
        fn osc_dispatch(&mut self, params: &[&[u8]], _: bool) {
            let first = params
                .first()
                .map(|p| String::from_utf8_lossy(p).into_owned());
            self.0.push(format!("OSC {first:?}"));
        }
        fn csi_dispatch(&mut self, params: &vte::Params, inter: &[u8], _: bool, action: char) {
            let params: Vec<Vec<u16>> = params.iter().map(|p| p.to_vec()).collect();
            let private = inter == b"?";
            let ok = match action {
                // Colours and styles, cursor moves, clearing.
                'm' | 'H' | 'J' | 'K' | 'A' | 'B' | 'C' | 'D' | 'G' | 'd' => inter.is_empty(),
                // Cursor shape.
                'q' => inter == b" ",
                // The modes drawing and the mouse need.
                'h' | 'l' => {
                    private
                        && params.iter().all(|p| {
                            matches!(
                                p.first(),
                                Some(25 | 1049 | 1000 | 1002 | 1003 | 1006 | 1015 | 2004 | 2026)
                            )
                        })
                }
                _ => false,
            };
            if !ok {
                let inter = String::from_utf8_lossy(inter);
                self.0.push(format!("CSI {inter}{params:?} {action:?}"));
            }
        }
        fn esc_dispatch(&mut self, inter: &[u8], _: bool, byte: u8) {
            // Save and restore the cursor.
            if !(inter.is_empty() && matches!(byte, b'7' | b'8')) {
                self.0.push(format!("ESC {inter:?} {:?}", byte as char));
            }
        }
    }
    let mut scan = Scan(Vec::new());
    vte::Parser::new().advance(&mut scan, bytes);
    scan.0
}

/// Hold the lock file `path` as a folio process does (an exclusive `flock` on
/// its own open file, with the holder's process id in it): this test process
/// is the other process that folio meets.
pub fn hold_lock(path: &std::path::Path) -> std::fs::File {
    use std::io::Write;
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let file = std::fs::File::options()
        .read(true)
        .write(true)
        .create(true)
        .truncate(true)
        .open(path)
        .unwrap();
    file.try_lock().unwrap();
    (&file)
        .write_all(format!("{}\n", std::process::id()).as_bytes())
        .unwrap();
    file
}
