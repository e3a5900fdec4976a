#!/usr/bin/env python3
"""Time from start to first screen in a pseudo-terminal, folio beside less.

    scripts/first-screen.py [--runs 5] [--size 120x40] TEXT FILE [FILE...]

For each FILE, runs `folio FILE` and `less FILE` in a fresh pseudo-terminal
of the given size and measures the time from starting the program to the
moment TEXT (a phrase from the start of the file) has been written to the
terminal, then quits the program. Prints the median and the range of the
runs for each. folio is target/release/folio unless $FOLIO is set. The
state and config directories are temporary, so no saved position moves the
view.
"""
import argparse
import fcntl
import os
import pty
import select
import signal
import statistics
import struct
import sys
import tempfile
import termios
import time
from pathlib import Path


def first_screen(argv, text, cols, rows, env):
    pid, fd = pty.fork()
    if pid == 0:
        os.execvpe(argv[0], argv, env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    start = time.perf_counter()
    seen = b""
    elapsed = None
    deadline = start + 120
    while time.perf_counter() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 1 << 16)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
        if text in seen:
            elapsed = time.perf_counter() - start
            break
    try:
        os.write(fd, b"q")
        time.sleep(0.2)
        os.kill(pid, signal.SIGTERM)
    except OSError:
        pass
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass
    os.close(fd)
    return elapsed


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--size", default="120x40")
    ap.add_argument("text")
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()
    cols, rows = (int(n) for n in args.size.split("x"))
    root = Path(__file__).resolve().parent.parent
    folio = os.environ.get("FOLIO", str(root / "target/release/folio"))
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, TERM="xterm-256color", LESS="", NO_COLOR="")
        env["FOLIO_STATE_DIR"] = os.path.join(tmp, "state")
        env["FOLIO_CONFIG_DIR"] = os.path.join(tmp, "config")
        text = args.text.encode()
        for path in args.files:
            size = os.path.getsize(path) if os.path.isfile(path) else 0
            for name, argv in (("folio", [folio, path]), ("less", ["less", path])):
                if name == "less" and os.path.isdir(path):
                    continue
                times = []
                for _ in range(args.runs):
                    t = first_screen(argv, text, cols, rows, env)
                    if t is not None:
                        times.append(t * 1000)
                if not times:
                    print(f"{path}\t{name}\tnever showed {args.text!r}")
                    continue
                print(
                    f"{path}\t{size / 1e6:.0f} MB\t{name}\tmedian {statistics.median(times):.1f} ms"
                    f"\t({min(times):.1f}-{max(times):.1f} ms, {len(times)} runs)"
                )
                sys.stdout.flush()


if __name__ == "__main__":
    main()
