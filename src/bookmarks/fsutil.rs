//! The file operations the stores share: an exclusive lock on a separate lock
//! file, atomic replacement of a file, and moving a bad file aside.

use std::fs::{self, File, TryLockError};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::clock;

/// An exclusive lock, held until dropped (closing the file releases it, and
/// the kernel releases it if the process dies).
#[derive(Debug)]
pub(crate) struct Lock {
    _file: File,
}

/// How long to wait for another process to let a lock go. Locks are held for
/// one read and one write, so this is only reached when something is stuck.
const LOCK_PATIENCE: Duration = Duration::from_secs(10);

/// Take an exclusive lock on `path`, creating the lock file if need be. Waits
/// while another process holds it, but not forever: a stuck process must not
/// hang the reader.
pub(crate) fn lock(path: &Path) -> io::Result<Lock> {
    let file = File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(path)?;
    let start = Instant::now();
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(Lock { _file: file }),
            Err(TryLockError::WouldBlock) if start.elapsed() < LOCK_PATIENCE => {
                std::thread::sleep(Duration::from_millis(5));
            }
            Err(TryLockError::WouldBlock) => {
                return Err(io::Error::new(
                    io::ErrorKind::TimedOut,
                    "another folio process has held the lock for too long",
                ));
            }
            Err(TryLockError::Error(e)) => return Err(e),
        }
    }
}

/// The file a path finally names, following symbolic links (also dangling
/// ones, whose target is yet to be created).
pub(crate) fn resolve_links(path: &Path) -> io::Result<PathBuf> {
    let mut current = path.to_path_buf();
    for _ in 0..40 {
        match fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let target = fs::read_link(&current)?;
                current = match current.parent() {
                    Some(parent) if target.is_relative() => parent.join(target),
                    _ => target,
                };
            }
            Ok(_) => return Ok(current),
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(current),
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::other(format!(
        "{}: too many levels of symbolic links",
        path.display()
    )))
}

/// Replace the file at `path` with `bytes` so that, whatever happens, it holds
/// either the old or the new contents: write a temporary file beside it, sync
/// it, rename it over, and sync the directory. A symbolic link is kept (its
/// target is replaced) and so are the old file's permissions.
pub(crate) fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let target = resolve_links(path)?;
    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut tmp = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".tmp")
        .tempfile_in(&dir)?;
    tmp.write_all(bytes)?;
    if let Ok(meta) = fs::metadata(&target) {
        tmp.as_file().set_permissions(meta.permissions())?;
    }
    tmp.as_file().sync_all()?;
    tmp.persist(&target).map_err(|e| e.error)?;
    sync_dir(&dir)
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
    let Ok(target) = resolve_links(path) else {
        return;
    };
    let (Some(dir), Some(name)) = (target.parent(), target.file_name()) else {
        return;
    };
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let prefix = format!(".{}.", name.to_string_lossy());
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let file_name = file_name.to_string_lossy();
        if file_name.starts_with(&prefix) && file_name.ends_with(".tmp") {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Move the file at `path` (the target, if it is a symbolic link) aside as
/// `<name>.corrupt-<timestamp>` in its directory, never over another file.
/// Returns where it went.
pub(crate) fn move_aside(path: &Path) -> io::Result<PathBuf> {
    let target = resolve_links(path)?;
    let stamp = clock::now_compact();
    let mut n = 0;
    loop {
        let mut name = target.file_name().unwrap_or_default().to_os_string();
        name.push(format!(".corrupt-{stamp}"));
        if n > 0 {
            name.push(format!("-{n}"));
        }
        let aside = target.with_file_name(name);
        // hard_link fails if the name is taken, so nothing is overwritten.
        match fs::hard_link(&target, &aside) {
            Ok(()) => {
                fs::remove_file(&target)?;
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
                fs::rename(&target, &aside)?;
                return Ok(aside);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lock_waits_for_the_holder() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.lock");
        let held = lock(&path).unwrap();
        let waiter = {
            let path = path.clone();
            std::thread::spawn(move || {
                let start = Instant::now();
                let _lock = lock(&path).unwrap();
                start.elapsed()
            })
        };
        std::thread::sleep(Duration::from_millis(100));
        drop(held);
        assert!(waiter.join().unwrap() >= Duration::from_millis(90));
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
    fn atomic_write_keeps_links_and_permissions() {
        use std::os::unix::fs::{PermissionsExt, symlink};
        let dir = tempfile::tempdir().unwrap();
        let real_dir = dir.path().join("real");
        fs::create_dir(&real_dir).unwrap();
        let real = real_dir.join("f.json");
        fs::write(&real, b"old").unwrap();
        fs::set_permissions(&real, fs::Permissions::from_mode(0o640)).unwrap();
        let link = dir.path().join("link.json");
        symlink("real/f.json", &link).unwrap();
        write_atomic(&link, b"new").unwrap();
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read(&real).unwrap(), b"new");
        let mode = fs::metadata(&real).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640);
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
