//! The file operations the stores share: opening only files folio owns, an
//! exclusive lock on a separate lock file that says who holds it, atomic
//! replacement of a file, and moving a bad file aside.
//!
//! The stores' files are folio's own, in its config and state directories,
//! and are used only as regular files there. A symbolic link, FIFO, device,
//! socket or directory in their place is refused: never followed, never
//! opened in a way that could block, never renamed or replaced. So nothing
//! outside those directories is ever written, and nothing hangs.

use std::fmt;
use std::fs::{self, File, Metadata, OpenOptions, TryLockError};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::clock;

/// How long the reader waits for a lock another process holds: long enough
/// for that process to finish a save (one read and one write), short enough
/// not to be noticed.
pub(crate) const BRIEF: Duration = Duration::from_millis(100);

/// A path that is there but is not a regular file, so folio will not use it.
#[derive(Debug)]
pub(crate) struct NotAFile {
    /// What it is instead: "a symbolic link", "a FIFO", ...
    pub kind: &'static str,
}

impl fmt::Display for NotAFile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "is {}, not a regular file", self.kind)
    }
}

impl std::error::Error for NotAFile {}

fn not_a_file(kind: &'static str) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidInput, NotAFile { kind })
}

/// What a file that is not a regular one is.
fn kind_of(meta: &Metadata) -> Option<&'static str> {
    let t = meta.file_type();
    if t.is_file() {
        return None;
    }
    if t.is_symlink() {
        return Some("a symbolic link");
    }
    if t.is_dir() {
        return Some("a directory");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return Some("a FIFO");
        }
        if t.is_socket() {
            return Some("a socket");
        }
        if t.is_char_device() || t.is_block_device() {
            return Some("a device");
        }
    }
    Some("not a regular file")
}

fn check_regular(meta: &Metadata) -> io::Result<()> {
    match kind_of(meta) {
        None => Ok(()),
        Some(kind) => Err(not_a_file(kind)),
    }
}

/// Whether `path` is free for a regular file of folio's: missing, or a
/// regular file (not followed if it is a symbolic link).
fn check_path(path: &Path) -> io::Result<Option<Metadata>> {
    match fs::symlink_metadata(path) {
        Ok(meta) => check_regular(&meta).map(|()| Some(meta)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

/// Open options that never follow a symbolic link at the last component and
/// never block in `open` (on a FIFO, say).
fn options() -> OpenOptions {
    #[allow(unused_mut)]
    let mut options = File::options();
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
    }
    options
}

/// Open `path` with `options`, only if it is (or will be created as) a
/// regular file: it is looked at first, so that nothing else is even opened,
/// and what was opened is looked at again, in case it was swapped meanwhile.
fn open_regular(path: &Path, options: &OpenOptions) -> io::Result<File> {
    check_path(path)?;
    let file = options.open(path).map_err(|e| {
        #[cfg(unix)]
        if e.raw_os_error() == Some(libc::ELOOP) {
            return not_a_file("a symbolic link");
        }
        e
    })?;
    check_regular(&file.metadata()?)?;
    Ok(file)
}

/// The contents of the regular file at `path`. A missing file is
/// [`io::ErrorKind::NotFound`]; anything but a regular file is refused (see
/// [`is_not_a_file`]).
pub(crate) fn read_regular(path: &Path) -> io::Result<Vec<u8>> {
    let mut file = open_read(path)?;
    // Sized at once: a file of 10,000 bookmarks is several MB.
    let size = file.metadata().map_or(0, |m| m.len());
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0).saturating_add(1));
    file.read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// The regular file at `path`, open to read. A missing file is
/// [`io::ErrorKind::NotFound`]; anything but a regular file is refused.
pub(crate) fn open_read(path: &Path) -> io::Result<File> {
    open_regular(path, options().read(true))
}

/// What `e` says is at the path, if it was refused for not being a regular
/// file.
pub(crate) fn not_a_file_kind(e: &io::Error) -> Option<&'static str> {
    e.get_ref()
        .and_then(|inner| inner.downcast_ref::<NotAFile>())
        .map(|n| n.kind)
}

/// Whether `e` is the refusal of something that is not a regular file.
#[cfg(test)]
pub(crate) fn is_not_a_file(e: &io::Error) -> bool {
    not_a_file_kind(e).is_some()
}

/// An exclusive lock, held until dropped (closing the file releases it, and
/// the kernel releases it if the process dies). While it is held the lock
/// file holds the holder's process id, so that a process kept waiting can say
/// who by.
#[derive(Debug)]
pub(crate) struct Lock {
    file: File,
}

impl Drop for Lock {
    fn drop(&mut self) {
        // The id goes before the lock does, so it never names a past holder.
        let _ = self.file.set_len(0);
    }
}

/// Why a lock was not taken.
#[derive(Debug)]
pub(crate) enum LockError {
    /// Another process holds it; its process id, if it wrote one.
    Busy { holder: Option<u32> },
    /// The lock file cannot be used.
    Io(io::Error),
}

/// Take an exclusive lock on `path`, creating the lock file if need be. Waits
/// at most `patience` while another process holds it (zero: try once), so a
/// stuck process cannot hang this one.
pub(crate) fn lock(path: &Path, patience: Duration) -> Result<Lock, LockError> {
    let file = open_regular(
        path,
        options()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false),
    )
    .map_err(LockError::Io)?;
    let start = Instant::now();
    loop {
        match file.try_lock() {
            Ok(()) => {
                // Best effort: the lock works without it.
                let _ = write_holder(&file);
                return Ok(Lock { file });
            }
            Err(TryLockError::WouldBlock) => {
                let waited = start.elapsed();
                if waited >= patience {
                    return Err(LockError::Busy {
                        holder: read_holder(&file),
                    });
                }
                std::thread::sleep((patience - waited).min(Duration::from_millis(5)));
            }
            Err(TryLockError::Error(e)) => return Err(LockError::Io(e)),
        }
    }
}

fn write_holder(mut file: &File) -> io::Result<()> {
    file.set_len(0)?;
    file.seek(SeekFrom::Start(0))?;
    file.write_all(format!("{}\n", std::process::id()).as_bytes())
}

fn read_holder(mut file: &File) -> Option<u32> {
    let mut text = String::new();
    file.seek(SeekFrom::Start(0)).ok()?;
    file.take(32).read_to_string(&mut text).ok()?;
    text.trim().parse().ok().filter(|&pid| pid != 0)
}

/// The directory `path` is in.
fn dir_of(path: &Path) -> &Path {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    }
}

/// Replace the regular file at `path` (or create it) with `bytes` so that,
/// whatever happens, it holds either the old or the new contents: write a
/// temporary file beside it, sync it, rename it over, and sync the directory.
/// The old file's permissions are kept. Anything but a regular file at `path`
/// is refused, not replaced; a symbolic link is never followed.
pub(crate) fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let old = check_path(path)?;
    let dir = dir_of(path);
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    // Created new (O_EXCL) under a random name, so it is ours.
    let mut tmp = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".tmp")
        .tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    if let Some(meta) = old {
        tmp.as_file().set_permissions(meta.permissions())?;
    }
    tmp.as_file().sync_all()?;
    // A rename replaces the name itself: even if a link were put there
    // meanwhile, only the name in this directory changes.
    tmp.persist(path).map_err(|e| e.error)?;
    sync_dir(dir)
}

/// Append `bytes` to the regular file at `path` (created if need be, for
/// its owner only), after cutting it to its first `keep` bytes (what is past
/// them is a line a killed process did not finish), and make them durable.
/// Anything but a regular file at `path` is refused; a symbolic link is
/// never followed. Only call this while holding the lock that every writer
/// takes.
pub(crate) fn append_durably(path: &Path, keep: u64, bytes: &[u8]) -> io::Result<()> {
    let mut options = options();
    options.append(true).create(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let created = check_path(path)?.is_none();
    let mut file = open_regular(path, &options)?;
    if file.metadata()?.len() > keep {
        file.set_len(keep)?;
    }
    file.write_all(bytes)?;
    file.sync_data()?;
    if created {
        sync_dir(dir_of(path))?;
    }
    Ok(())
}

/// Remove the file at `path` (a missing one is no error) and make that
/// durable. A symbolic link there is removed itself, never its target.
pub(crate) fn remove_durably(path: &Path) -> io::Result<()> {
    match fs::remove_file(path) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e),
        Ok(()) => sync_dir(dir_of(path)),
    }
}

/// Make a rename in `dir` durable.
fn sync_dir(dir: &Path) -> io::Result<()> {
    match File::open(dir).and_then(|d| d.sync_all()) {
        // Some file systems cannot sync a directory; the rename is still atomic.
        Err(e) if e.kind() == io::ErrorKind::InvalidInput => Ok(()),
        other => other,
    }
}

/// Remove temporary files that a process killed while saving `path` left
/// behind. Only call this while holding the lock that every writer takes.
pub(crate) fn remove_stale_temporaries(path: &Path) {
    let Some(name) = path.file_name() else {
        return;
    };
    let prefix = format!(".{}.", name.to_string_lossy());
    let Ok(entries) = fs::read_dir(dir_of(path)) else {
        return;
    };
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let file_name = file_name.to_string_lossy();
        if file_name.starts_with(&prefix) && file_name.ends_with(".tmp") {
            // Removes a name in this directory; a link's target is untouched.
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Move the regular file at `path` aside as `<name>.corrupt-<time>` in the
/// same directory, never overwriting anything; returns the new path. Anything
/// but a regular file is refused. Only call this while holding the lock that
/// every writer takes.
pub(crate) fn move_aside(path: &Path) -> io::Result<PathBuf> {
    if check_path(path)?.is_none() {
        return Err(io::Error::from(io::ErrorKind::NotFound));
    }
    let stamp = clock::now_compact();
    let mut n = 0;
    loop {
        let mut name = path.file_name().unwrap_or_default().to_os_string();
        name.push(format!(".corrupt-{stamp}"));
        if n > 0 {
            name.push(format!("-{n}"));
        }
        let aside = path.with_file_name(name);
        // hard_link fails if the name is taken, so nothing is overwritten; it
        // links the name itself, never a link's target.
        match fs::hard_link(path, &aside) {
            Ok(()) => {
                fs::remove_file(path)?;
                return Ok(aside);
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists && n < 1000 => n += 1,
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => return Err(e),
            Err(_) => {
                // No hard links here (some file systems): check, then rename.
                if fs::symlink_metadata(&aside).is_ok() {
                    n += 1;
                    continue;
                }
                fs::rename(path, &aside)?;
                return Ok(aside);
            }
        }
    }
}

/// A lock held by another process, for tests: a child process (this test
/// binary again, running [`tests::child_holds_a_lock`]) takes the lock and
/// keeps it until this is dropped.
#[cfg(test)]
pub(crate) struct HeldElsewhere {
    child: std::process::Child,
}

#[cfg(test)]
impl HeldElsewhere {
    /// Returns once the child holds the lock on `path`.
    pub(crate) fn hold(path: &Path) -> HeldElsewhere {
        use std::io::BufRead;
        use std::process::{Command, Stdio};
        let child = Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "bookmarks::fsutil::tests::child_holds_a_lock",
                "--ignored",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(HOLD_LOCK_ENV, path)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Waited for when dropped, whatever happens next.
        let mut held = HeldElsewhere { child };
        let out = io::BufReader::new(held.child.stdout.take().unwrap());
        for line in out.lines() {
            let line = line.unwrap();
            assert!(!line.contains(LOCK_FAILED), "the child could not lock");
            if line.contains(LOCK_HELD) {
                return held;
            }
        }
        panic!("the child ended without taking the lock");
    }

    /// The child's process id.
    pub(crate) fn pid(&self) -> u32 {
        self.child.id()
    }
}

#[cfg(test)]
impl Drop for HeldElsewhere {
    fn drop(&mut self) {
        // Closing its standard input lets the child go.
        drop(self.child.stdin.take());
        let _ = self.child.wait();
    }
}

#[cfg(test)]
const HOLD_LOCK_ENV: &str = "FOLIO_TEST_HOLD_LOCK";
#[cfg(test)]
const LOCK_HELD: &str = "folio-test: lock held";
#[cfg(test)]
const LOCK_FAILED: &str = "folio-test: lock failed";

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Not a test on its own: the child process of [`HeldElsewhere`], which
    /// takes a lock, says so, and keeps it until its standard input closes.
    #[test]
    #[ignore = "run by other tests as a child process"]
    fn child_holds_a_lock() {
        let Some(path) = std::env::var_os(HOLD_LOCK_ENV) else {
            return;
        };
        let mut out = io::stdout();
        let _lock = match lock(Path::new(&path), Duration::ZERO) {
            Ok(lock) => lock,
            Err(e) => {
                writeln!(out, "{LOCK_FAILED}: {e:?}").unwrap();
                return;
            }
        };
        writeln!(out, "{LOCK_HELD}").unwrap();
        out.flush().unwrap();
        let _ = io::copy(&mut io::stdin(), &mut io::sink());
    }

    #[test]
    fn a_held_lock_is_busy_and_names_its_holder() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.lock");
        let held = lock(&path, Duration::ZERO).unwrap();
        // A second open file is a second claim, even in this process.
        match lock(&path, Duration::ZERO) {
            Err(LockError::Busy { holder }) => assert_eq!(holder, Some(std::process::id())),
            other => panic!("{other:?}"),
        }
        // Waiting does not help while it is held: the outcome does not
        // depend on how long anything takes.
        assert!(matches!(
            lock(&path, Duration::from_millis(20)),
            Err(LockError::Busy { .. })
        ));
        drop(held);
        assert_eq!(fs::read(&path).unwrap(), b"", "no past holder is named");
        // With patience: a process another test starts meanwhile holds a
        // copy of every open file until it runs its program, the lock's
        // too, for a moment.
        let again = lock(&path, Duration::from_secs(5)).unwrap();
        assert_eq!(
            fs::read_to_string(&path).unwrap().trim(),
            std::process::id().to_string()
        );
        drop(again);
    }

    #[test]
    fn a_lock_held_by_another_process_names_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.lock");
        let held = HeldElsewhere::hold(&path);
        match lock(&path, Duration::ZERO) {
            Err(LockError::Busy { holder }) => assert_eq!(holder, Some(held.pid())),
            other => panic!("{other:?}"),
        }
        drop(held);
        // The child has exited, so the lock is free.
        lock(&path, Duration::ZERO).unwrap();
    }

    #[test]
    fn a_waiter_gets_the_lock_once_it_is_let_go() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.lock");
        let held = lock(&path, Duration::ZERO).unwrap();
        let waiter = {
            let path = path.clone();
            // Far more patience than it needs, whenever the release comes.
            std::thread::spawn(move || lock(&path, Duration::from_secs(60)).map(drop))
        };
        drop(held);
        assert!(waiter.join().unwrap().is_ok());
    }

    #[test]
    fn atomic_write_replaces_and_leaves_no_temporaries() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f.json");
        write_atomic(&path, b"one").unwrap();
        write_atomic(&path, b"two").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"two");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn atomic_write_keeps_permissions() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f.json");
        fs::write(&path, b"old").unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).unwrap();
        write_atomic(&path, b"new").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"new");
        let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640);
    }

    /// Make a FIFO at `path`.
    #[cfg(unix)]
    pub(crate) fn mkfifo(path: &Path) {
        let status = std::process::Command::new("mkfifo")
            .arg(path)
            .status()
            .unwrap();
        assert!(status.success());
    }

    #[cfg(unix)]
    #[test]
    fn links_fifos_and_directories_are_refused_and_left_alone() {
        use std::os::unix::fs::{FileTypeExt, symlink};
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("elsewhere");
        fs::write(&target, b"not ours").unwrap();
        let link = dir.path().join("link.json");
        symlink(&target, &link).unwrap();
        let dangling = dir.path().join("dangling.json");
        symlink(dir.path().join("nowhere"), &dangling).unwrap();
        let fifo = dir.path().join("fifo.json");
        mkfifo(&fifo);
        let subdir = dir.path().join("dir.json");
        fs::create_dir(&subdir).unwrap();

        for (path, kind) in [
            (&link, "a symbolic link"),
            (&dangling, "a symbolic link"),
            (&fifo, "a FIFO"),
            (&subdir, "a directory"),
        ] {
            let e = read_regular(path).unwrap_err();
            assert_eq!(not_a_file_kind(&e), Some(kind), "{}: {e}", path.display());
            assert!(is_not_a_file(&write_atomic(path, b"x").unwrap_err()));
            assert!(is_not_a_file(&move_aside(path).unwrap_err()));
            match lock(path, Duration::ZERO) {
                Err(LockError::Io(e)) => assert!(is_not_a_file(&e), "{e}"),
                other => panic!("{}: {other:?}", path.display()),
            }
        }
        assert_eq!(fs::read(&target).unwrap(), b"not ours");
        assert!(fs::symlink_metadata(&link).unwrap().is_symlink());
        assert!(!dir.path().join("nowhere").exists());
        assert!(fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo());
        assert!(subdir.is_dir());
        let names: Vec<String> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names.len(), 5, "nothing new: {names:?}");
    }

    #[test]
    fn move_aside_never_overwrites() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f.json");
        fs::write(&path, b"first").unwrap();
        let a = move_aside(&path).unwrap();
        fs::write(&path, b"second").unwrap();
        let b = move_aside(&path).unwrap();
        assert_ne!(a, b);
        assert_eq!(fs::read(&a).unwrap(), b"first");
        assert_eq!(fs::read(&b).unwrap(), b"second");
        assert!(!path.exists());
        assert!(
            a.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("f.json.corrupt-")
        );
    }

    #[test]
    fn stale_temporaries_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f.json");
        fs::write(dir.path().join(".f.json.abc.tmp"), b"partial").unwrap();
        fs::write(dir.path().join("other.tmp"), b"keep").unwrap();
        remove_stale_temporaries(&path);
        assert!(!dir.path().join(".f.json.abc.tmp").exists());
        assert!(dir.path().join("other.tmp").exists());
    }
}
