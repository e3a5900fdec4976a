//! `folio bookmarks` through the real binary, with the config and state
//! directories in temporary directories.

mod common;

use std::fs;
use std::hash::{BuildHasher, Hasher};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use common::hold_lock;

use serde_json::Value;
use tempfile::TempDir;

use folio::bookmarks::Store;
use folio::bookmarks::store::{BookmarkFile, FILE_NAME};
use folio::document::Document;

/// A temporary home for one test: config and state directories, and articles.
struct Env {
    dir: TempDir,
}

impl Env {
    fn new() -> Env {
        Env {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    fn config(&self) -> PathBuf {
        self.dir.path().join("config")
    }

    fn bookmarks_file(&self) -> PathBuf {
        self.config().join(FILE_NAME)
    }

    /// Write an article and return its path.
    fn article(&self, name: &str, text: &str) -> PathBuf {
        let path = self.dir.path().join(name);
        fs::write(&path, text).unwrap();
        path
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_folio"));
        cmd.args(args)
            .env("FOLIO_CONFIG_DIR", self.config())
            .env("FOLIO_STATE_DIR", self.dir.path().join("state"))
            .env("HOME", self.dir.path())
            .env_remove("XDG_CONFIG_HOME")
            .env_remove("XDG_STATE_HOME")
            .stdin(Stdio::null());
        cmd
    }

    fn run(&self, args: &[&str]) -> Output {
        self.command(args).output().unwrap()
    }

    /// Run, expecting success; returns standard output.
    fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "folio {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    /// `folio bookmarks add`, returning the new id.
    fn add(&self, path: &Path, offset: usize, note: &str) -> String {
        let offset = offset.to_string();
        let out = self.ok(&[
            "bookmarks",
            "add",
            path.to_str().unwrap(),
            "--offset",
            &offset,
            "--note",
            note,
        ]);
        let id = out.trim().to_string();
        assert_eq!(id.len(), 8, "{out:?}");
        id
    }

    fn list_json(&self) -> Value {
        serde_json::from_str(&self.ok(&["bookmarks", "list", "--json"])).unwrap()
    }
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A failure is one or more `folio: ` lines, a non-zero exit, and no panic.
fn assert_clean_failure(out: &Output) {
    let err = stderr(out);
    assert!(!out.status.success(), "should fail: {err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(
        err.lines().all(|l| l.starts_with("folio: ")),
        "not one-line errors: {err}"
    );
}

const ARTICLE: &str = "A Title\n\nThe first paragraph, about nothing much.\n\nThe second paragraph, which is the one to keep.\n\nThe third and last.\n";

fn offset_of(text: &str, needle: &str) -> usize {
    text.find(needle).unwrap()
}

#[test]
fn round_trip() {
    let env = Env::new();
    let path = env.article("a.txt", ARTICLE);
    let second = offset_of(ARTICLE, "which is");
    let id = env.add(&path, second, "keep this");
    let id2 = env.add(&path, 0, "");
    assert_ne!(id, id2);

    let text = env.ok(&["bookmarks", "list", "--json"]);
    assert!(
        text.starts_with("{\n  \"version\": 1,\n  \"bookmarks\": [\n    {\n      \"id\""),
        "{text}"
    );
    let json: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(json["version"], 1);
    let list = json["bookmarks"].as_array().unwrap();
    assert_eq!(list.len(), 2);
    let b = &list[0];
    assert_eq!(b["id"], id.as_str());
    assert_eq!(b["note"], "keep this");
    assert_eq!(b["status"], "ok");
    assert_eq!(
        b["anchor"]["exact"],
        "The second paragraph, which is the one to keep."
    );
    assert_eq!(b["anchor"]["start"], offset_of(ARTICLE, "The second"));
    assert_eq!(b["document"]["title"], "A Title");
    let doc_path = b["document"]["path"].as_str().unwrap();
    assert!(Path::new(doc_path).is_absolute());
    assert_eq!(
        fs::canonicalize(doc_path).unwrap(),
        fs::canonicalize(&path).unwrap()
    );
    assert!(b["created"].as_str().unwrap().ends_with('Z'));
    assert_eq!(b["document"]["sha256"].as_str().unwrap().len(), 64);

    // The file itself has the same shape, without the status.
    let file: Value = serde_json::from_slice(&fs::read(env.bookmarks_file()).unwrap()).unwrap();
    assert_eq!(file["bookmarks"][0]["anchor"], b["anchor"]);
    assert!(file["bookmarks"][0].get("status").is_none());

    let plain = env.ok(&["bookmarks", "list"]);
    let lines: Vec<&str> = plain.lines().collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(
        lines[0],
        format!("{id}\tok\tkeep this\tThe second paragraph, which is the one to keep.")
    );
    assert!(lines[1].starts_with(&format!("{id2}\tok\t\tA Title")));

    env.ok(&["bookmarks", "remove", &id]);
    let json = env.list_json();
    assert_eq!(json["bookmarks"].as_array().unwrap().len(), 1);
    assert_eq!(json["bookmarks"][0]["id"], id2.as_str());
}

#[test]
fn an_edit_before_the_passage_moves_the_bookmark() {
    let env = Env::new();
    let path = env.article("a.txt", ARTICLE);
    env.add(&path, offset_of(ARTICLE, "which is"), "");
    let edited = ARTICLE.replace(
        "about nothing much",
        "about nothing much at all, and then some",
    );
    fs::write(&path, &edited).unwrap();

    let json = env.list_json();
    let b = &json["bookmarks"][0];
    assert_eq!(b["status"], "moved");
    let start = b["anchor"]["start"].as_u64().unwrap() as usize;
    let end = b["anchor"]["end"].as_u64().unwrap() as usize;
    assert_eq!(start, offset_of(&edited, "The second"));
    assert_eq!(
        &edited[start..end],
        "The second paragraph, which is the one to keep."
    );
    assert!(env.ok(&["bookmarks", "list"]).contains("\tmoved\t"));
}

#[test]
fn a_deleted_passage_is_lost() {
    let env = Env::new();
    let path = env.article("a.txt", ARTICLE);
    env.add(&path, offset_of(ARTICLE, "which is"), "gone");
    let edited = ARTICLE.replace("The second paragraph, which is the one to keep.\n\n", "");
    fs::write(&path, &edited).unwrap();

    let json = env.list_json();
    let b = &json["bookmarks"][0];
    assert_eq!(b["status"], "lost");
    // The anchor is the one stored: nothing was pointed at other text.
    assert_eq!(
        b["anchor"]["exact"],
        "The second paragraph, which is the one to keep."
    );
    assert!(env.ok(&["bookmarks", "list"]).contains("\tlost\tgone\t"));
}

#[test]
fn a_deleted_copy_of_a_repeated_paragraph_is_lost_not_moved_to_the_other() {
    let env = Env::new();
    let text = "A Title\n\nThe council met on Monday to discuss the budget.\n\n\
                Advertisement\n\nMembers argued for three hours about the roads.\n\n\
                Advertisement\n\nThe vote is next week.\n";
    let path = env.article("a.txt", text);
    let first = env.add(&path, offset_of(text, "Advertisement"), "first");
    let second = env.add(&path, text.rfind("Advertisement").unwrap(), "second");
    let edited = text.replacen("Advertisement\n\n", "", 1);
    fs::write(&path, &edited).unwrap();

    let json = env.list_json();
    let list = json["bookmarks"].as_array().unwrap();
    let status = |id: &str| {
        let b = list.iter().find(|b| b["id"] == id).unwrap();
        (b["status"].clone(), b["anchor"]["start"].clone())
    };
    assert_eq!(
        status(&first),
        ("lost".into(), offset_of(text, "Advertisement").into())
    );
    assert_eq!(
        status(&second),
        ("moved".into(), edited.find("Advertisement").unwrap().into())
    );
}

#[test]
fn a_document_that_cannot_be_read_is_lost_with_a_note() {
    let env = Env::new();
    let path = env.article("a.txt", ARTICLE);
    env.add(&path, 0, "");
    fs::remove_file(&path).unwrap();
    let out = env.run(&["bookmarks", "list"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("\tlost\t"));
    let err = stderr(&out);
    assert!(err.starts_with("folio: "), "{err}");
    assert!(err.contains("a.txt"), "{err}");
}

#[test]
fn a_bundled_article_is_bookmarked_by_name() {
    let env = Env::new();
    let name = folio::document::BUNDLED[0].0;
    env.add(Path::new(name), 10, "seed");
    let json = env.list_json();
    assert_eq!(json["bookmarks"][0]["document"]["path"], name);
    assert_eq!(json["bookmarks"][0]["status"], "ok");
}

#[test]
fn export_markdown_quotes_each_bookmark() {
    let env = Env::new();
    let path = env.article("a.txt", ARTICLE);
    env.add(&path, offset_of(ARTICLE, "which is"), "my note");
    let out = env.ok(&["bookmarks", "export", "--format", "markdown"]);
    assert!(
        out.contains("> The second paragraph, which is the one to keep.\n>\n> — A Title ("),
        "{out}"
    );
    assert!(out.contains("\n\nmy note\n"), "{out}");
}

#[test]
fn bad_input_gives_one_line_errors() {
    let env = Env::new();
    let path = env.article("a.txt", ARTICLE);
    let len = ARTICLE.len().to_string();
    let p = path.to_str().unwrap();
    for args in [
        vec!["bookmarks", "add", p, "--offset", &len],
        vec!["bookmarks", "add", "missing.txt", "--offset", "0"],
        vec!["bookmarks", "remove", "00000000"],
    ] {
        let out = env.run(&args);
        assert_clean_failure(&out);
    }
    let out = env.run(&["bookmarks", "add", p, "--offset", &len]);
    assert!(stderr(&out).contains("past the end"), "{}", stderr(&out));
    let out = env.run(&["bookmarks", "remove", "00000000"]);
    assert!(stderr(&out).contains("no bookmark with id 00000000"));
}

#[test]
fn two_processes_adding_100_each_end_with_200() {
    let env = Env::new();
    let path = env.article("a.txt", ARTICLE);
    std::thread::scope(|s| {
        for who in 0..2 {
            let env = &env;
            let path = &path;
            s.spawn(move || {
                for i in 0..100 {
                    env.add(path, (i * 7 + who) % ARTICLE.len(), &format!("{who}-{i}"));
                }
            });
        }
    });
    let json = env.list_json();
    let list = json["bookmarks"].as_array().unwrap();
    assert_eq!(list.len(), 200);
    let mut ids: Vec<&str> = list.iter().map(|b| b["id"].as_str().unwrap()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 200, "ids are unique");
    let mut notes: Vec<&str> = list.iter().map(|b| b["note"].as_str().unwrap()).collect();
    notes.sort();
    notes.dedup();
    assert_eq!(notes.len(), 200, "every add is there");
}

/// Not a test on its own: the child process of
/// `a_kill_while_saving_leaves_the_old_or_the_new_file`, which saves in a loop
/// until it is killed.
#[test]
#[ignore = "run by another test as a child process"]
fn child_saves_in_a_loop() {
    let Some(dir) = std::env::var_os("FOLIO_TEST_SAVE_LOOP_DIR") else {
        return;
    };
    let doc = Document::from_text("loop-article", ARTICLE, false);
    let (mut store, warnings) = Store::open_in(Path::new(&dir));
    assert!(warnings.is_empty(), "{warnings:?}");
    for i in 0.. {
        let para = doc.paragraphs[i % doc.paragraphs.len()].clone();
        store.add(&doc, para, &format!("loop {i}")).unwrap();
        if i % 2 == 1 {
            let id = store.all()[0].id.clone();
            store.set_note(&id, &format!("edited {i}")).unwrap();
        }
    }
}

fn random_below(n: u64) -> u64 {
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u64(n);
    h.finish() % n
}

#[test]
fn a_kill_while_saving_leaves_the_old_or_the_new_file() {
    let env = Env::new();
    let dir = env.config();
    // A big file, so that a save takes long enough to be interrupted.
    {
        let (mut store, _) = Store::open_in(&dir);
        let doc = Document::from_text("seed-article", &ARTICLE.repeat(20), false);
        for i in 0..400 {
            let para = doc.paragraphs[i % doc.paragraphs.len()].clone();
            store.add(&doc, para, &"n".repeat(200)).unwrap();
        }
    }
    let read = || -> BookmarkFile {
        let bytes = fs::read(dir.join(FILE_NAME)).unwrap();
        serde_json::from_slice(&bytes).expect("the file parses after a kill")
    };
    let mut count = read().bookmarks.len();
    let mut grew = 0;
    for _ in 0..50 {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args(["--exact", "child_saves_in_a_loop", "--ignored", "--quiet"])
            .env("FOLIO_TEST_SAVE_LOOP_DIR", &dir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(20 + random_below(80)));
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        let file = read();
        assert_eq!(file.version, 1);
        assert!(file.bookmarks.len() >= count, "nothing saved was lost");
        if file.bookmarks.len() > count {
            grew += 1;
        }
        count = file.bookmarks.len();
    }
    assert!(grew > 0, "the child never saved: the test tested nothing");
    // The next save clears temporary files left by the killed processes.
    let (mut store, warnings) = Store::open_in(&dir);
    assert!(warnings.is_empty(), "{warnings:?}");
    let doc = Document::from_text("seed-article", ARTICLE, false);
    store.add(&doc, doc.paragraphs[0].clone(), "").unwrap();
    let leftovers: Vec<String> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn a_corrupt_file_is_moved_aside_not_lost() {
    let env = Env::new();
    fs::create_dir_all(env.config()).unwrap();
    let garbage = b"{\"version\": 1, \"bookmarks\": [{\"id\": ";
    fs::write(env.bookmarks_file(), garbage).unwrap();
    let path = env.article("a.txt", ARTICLE);

    let out = env.run(&["bookmarks", "add", path.to_str().unwrap(), "--offset", "0"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("corrupt"), "{err}");
    let aside: Vec<PathBuf> = fs::read_dir(env.config())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("bookmarks.json.corrupt-")
        })
        .collect();
    assert_eq!(aside.len(), 1);
    assert!(err.contains(&aside[0].display().to_string()), "{err}");
    assert_eq!(fs::read(&aside[0]).unwrap(), garbage);
    assert_eq!(env.list_json()["bookmarks"].as_array().unwrap().len(), 1);
}

#[test]
fn a_config_dir_that_cannot_be_created_gives_a_warning_not_a_crash() {
    let env = Env::new();
    let file = env.article("not-a-dir", "");
    let config = file.join("folio");
    let path = env.article("a.txt", ARTICLE);

    let out = env
        .command(&["bookmarks", "list"])
        .env("FOLIO_CONFIG_DIR", &config)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.starts_with("folio: warning: "), "{err}");
    assert!(err.contains("session only"), "{err}");

    let out = env
        .command(&["bookmarks", "add", path.to_str().unwrap(), "--offset", "0"])
        .env("FOLIO_CONFIG_DIR", &config)
        .output()
        .unwrap();
    assert_clean_failure(&out);
    assert!(stderr(&out).contains("could not be saved"));
}

#[test]
fn a_newer_file_is_read_but_not_written() {
    let env = Env::new();
    let path = env.article("a.txt", ARTICLE);
    env.add(&path, 0, "from before");
    let mut file: Value = serde_json::from_slice(&fs::read(env.bookmarks_file()).unwrap()).unwrap();
    file["version"] = 2.into();
    let newer = serde_json::to_vec_pretty(&file).unwrap();
    fs::write(env.bookmarks_file(), &newer).unwrap();

    let out = env.run(&["bookmarks", "list"]);
    assert!(out.status.success());
    assert!(stderr(&out).contains("newer"), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("from before"));

    let out = env.run(&["bookmarks", "add", path.to_str().unwrap(), "--offset", "0"]);
    assert_clean_failure(&out);
    assert_eq!(fs::read(env.bookmarks_file()).unwrap(), newer);
}

#[cfg(unix)]
#[test]
fn a_regular_file_keeps_its_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::new();
    let path = env.article("a.txt", ARTICLE);
    env.add(&path, 0, "first");
    fs::set_permissions(env.bookmarks_file(), fs::Permissions::from_mode(0o640)).unwrap();
    env.add(&path, 0, "second");
    let meta = fs::symlink_metadata(env.bookmarks_file()).unwrap();
    assert!(meta.is_file());
    assert_eq!(meta.permissions().mode() & 0o777, 0o640);
    assert_eq!(env.list_json()["bookmarks"].as_array().unwrap().len(), 2);
}

/// Run `cmd`, failing the test if it has not finished within `limit` (it is
/// killed then); returns its output and how long it took.
fn run_within(mut cmd: Command, limit: Duration) -> (Output, Duration) {
    let start = Instant::now();
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    loop {
        if child.try_wait().unwrap().is_some() {
            // Its output is a few lines, well within a pipe's buffer.
            return (child.wait_with_output().unwrap(), start.elapsed());
        }
        if start.elapsed() > limit {
            child.kill().unwrap();
            child.wait().unwrap();
            panic!("{cmd:?} hung: still running after {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// Put a symbolic link (to a copy of a system file outside the config
/// directory), a FIFO or a directory at `path`. Returns the link's target
/// and its bytes, which must never change.
#[cfg(unix)]
fn put_not_a_file(env: &Env, kind: &str, path: &Path) -> Option<(PathBuf, Vec<u8>)> {
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    match kind {
        "a symbolic link" => {
            let outside = env.dir.path().join("outside");
            fs::create_dir_all(&outside).unwrap();
            let target = outside.join("passwd");
            let bytes = fs::read("/etc/passwd")
                .unwrap_or_else(|_| b"root:x:0:0:root:/root:/bin/sh\n".to_vec());
            fs::write(&target, &bytes).unwrap();
            std::os::unix::fs::symlink(&target, path).unwrap();
            Some((target, bytes))
        }
        "a FIFO" => {
            let status = Command::new("mkfifo").arg(path).status().unwrap();
            assert!(status.success());
            None
        }
        _ => {
            fs::create_dir(path).unwrap();
            None
        }
    }
}

#[cfg(unix)]
#[test]
fn a_bookmarks_file_that_is_not_a_regular_file_is_refused_and_left_alone() {
    for kind in ["a symbolic link", "a FIFO", "a directory"] {
        for name in ["bookmarks.json", "bookmarks.lock"] {
            let env = Env::new();
            let article = env.article("a.txt", ARTICLE);
            let path = env.config().join(name);
            let target = put_not_a_file(&env, kind, &path);
            let a = article.to_str().unwrap();
            for args in [
                vec!["bookmarks", "add", a, "--offset", "0"],
                vec!["bookmarks", "list"],
                vec!["bookmarks", "remove", "00000000"],
                vec!["bookmarks", "export"],
            ] {
                let (out, _) = run_within(env.command(&args), Duration::from_secs(20));
                assert_clean_failure(&out);
                let err = stderr(&out);
                assert_eq!(err.lines().count(), 1, "{kind} {name} {args:?}: {err}");
                assert!(
                    err.starts_with(&format!(
                        "folio: {} is {kind}, not a regular file",
                        path.display()
                    )),
                    "{err}"
                );
            }
            if let Some((target, bytes)) = target {
                assert_eq!(fs::read(&target).unwrap(), bytes, "the target is untouched");
                let names: Vec<_> = fs::read_dir(target.parent().unwrap())
                    .unwrap()
                    .map(|e| e.unwrap().file_name())
                    .collect();
                assert_eq!(names, ["passwd"], "not renamed, nothing beside it");
                assert!(fs::symlink_metadata(&path).unwrap().is_symlink());
            }
            let corrupt = fs::read_dir(env.config())
                .unwrap()
                .filter(|e| {
                    let name = e.as_ref().unwrap().file_name();
                    name.to_string_lossy().contains(".corrupt-")
                })
                .count();
            assert_eq!(corrupt, 0);
        }
    }
}

#[test]
fn a_lock_held_by_another_process_fails_commands_within_seconds_naming_it() {
    let env = Env::new();
    let article = env.article("a.txt", ARTICLE);
    let id = env.add(&article, 0, "before");
    let lock_path = env.config().join("bookmarks.lock");
    let held = hold_lock(&lock_path);
    let a = article.to_str().unwrap();
    for args in [
        vec!["bookmarks", "add", a, "--offset", "0"],
        vec!["bookmarks", "list"],
        vec!["bookmarks", "remove", &id],
    ] {
        let (out, took) = run_within(env.command(&args), Duration::from_secs(30));
        assert_clean_failure(&out);
        let err = stderr(&out);
        assert_eq!(
            err,
            format!(
                "folio: bookmarks are locked: another folio process (pid {}) holds {}\n",
                std::process::id(),
                lock_path.display()
            ),
            "{args:?}"
        );
        assert!(took < Duration::from_secs(10), "{args:?} took {took:?}");
    }
    drop(held);
    assert_eq!(env.list_json()["bookmarks"][0]["note"], "before");
    env.add(&article, 0, "after");
}

#[test]
fn an_add_to_10000_bookmarks_keeps_them_all_and_the_new_one() {
    let env = Env::new();
    let path = env.article("a.txt", ARTICLE);
    env.add(&path, 0, "");
    let read = || -> BookmarkFile {
        serde_json::from_slice(&fs::read(env.bookmarks_file()).unwrap()).unwrap()
    };
    let template = read().bookmarks.remove(0);
    let file = BookmarkFile {
        bookmarks: (0..10_000)
            .map(|i| folio::bookmarks::Bookmark {
                id: format!("{i:08x}"),
                note: format!("note {i}"),
                ..template.clone()
            })
            .collect(),
        ..BookmarkFile::default()
    };
    fs::write(
        env.bookmarks_file(),
        serde_json::to_vec_pretty(&file).unwrap(),
    )
    .unwrap();

    let id = env.add(&path, offset_of(ARTICLE, "which is"), "the new one");
    let ids = |list: &[Value]| -> Vec<String> {
        list.iter()
            .map(|b| b["id"].as_str().unwrap().to_string())
            .collect()
    };
    let mut expected: Vec<String> = file.bookmarks.iter().map(|b| b.id.clone()).collect();
    expected.push(id.clone());

    let json = env.list_json();
    let list = json["bookmarks"].as_array().unwrap();
    assert_eq!(ids(list), expected);
    assert_eq!(list[9_999]["note"], "note 9999");
    assert_eq!(list[10_000]["note"], "the new one");
    assert_eq!(list[10_000]["status"], "ok");
    assert_eq!(
        list[10_000]["anchor"]["exact"],
        "The second paragraph, which is the one to keep."
    );

    // What was listed is what the file holds.
    let after = read();
    assert_eq!(after.bookmarks.len(), 10_001);
    assert_eq!(after.bookmarks[..10_000], file.bookmarks[..]);
    assert_eq!(after.bookmarks[10_000].id, id);
    assert!(!env.config().join("bookmarks.journal").exists());

    // A held lock stops an add to a big file too, naming its holder.
    let held = hold_lock(&env.config().join("bookmarks.lock"));
    let out = env.run(&["bookmarks", "add", path.to_str().unwrap(), "--offset", "0"]);
    assert_clean_failure(&out);
    assert!(
        stderr(&out).contains("bookmarks are locked"),
        "{}",
        stderr(&out)
    );
    drop(held);
    assert_eq!(read().bookmarks.len(), 10_001);
}
