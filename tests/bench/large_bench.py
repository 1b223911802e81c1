#!/usr/bin/env python3
"""Large projects: how each step grows when the project grows tenfold.

For each size N (by default 500 and 5,000) scripts/generate-project.py writes
a config of N workflows, N/50 data types, N/5 tokens and 20N records; this
script then times, each in its own process: import, validate, export, the
editor's open to its first shown window (`gatehouse --quit-after-show`,
offscreen), in process the workflow list's filter a keystroke and a save after
one edit (bench_editor), the test server's start-up and its first request,
`token create` and `token revoke`, the audit (`gatehouse-cli audit`) and the
access matrix (`gatehouse-cli matrix`, as CSV). It prints each step's time per size, its
growth from the smallest size to the largest (the target is at most 12x for
10x the data), and the editor's peak resident memory (under 500 MB at 5,000).
Checks no figure.

  large_bench.py --build-dir build/main [--sizes 500,5000] [--markdown FILE]
"""

import argparse
import http.client
import json
import os
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_common import free_port, publish

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def say(text):
    print(text, flush=True)


def run(command, env=None, timeout=1800):
    """Seconds and peak resident KiB of one process, which must succeed."""
    start = time.monotonic()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.monotonic() - start
    output = process.stdout.read().decode(errors="replace")
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"bench: {' '.join(map(str, command))} failed "
                         f"({process.returncode}):\n{output[-2000:]}")
    return elapsed, usage.ru_maxrss, output


def csv_cells(path):
    """The matrix's cells: its CSV's lines after the header."""
    with open(path, "rb") as csv:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: csv.read(1 << 20), b"")) - 1


def serve_times(cli, project):
    """Seconds from launch to the first answer, and that first request's own."""
    port = free_port()
    start = time.monotonic()
    process = subprocess.Popen([cli, "serve", str(project), "--port", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while True:
            if process.poll() is not None:
                raise SystemExit("bench: serve stopped at start")
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.01)
        started = time.monotonic() - start
        begin = time.monotonic()
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        connection.request("GET", "/api/1.1/obj/item1")  # anonymous: privacy rules decide
        connection.getresponse().read()
        first = time.monotonic() - begin
    finally:
        process.terminate()
        process.wait(30)
    return started, first


def editor_env(workdir):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(workdir),
               XDG_CONFIG_HOME=str(Path(workdir) / "config"),
               XDG_DATA_HOME=str(Path(workdir) / "data"),
               QT_LOGGING_RULES="qt.qpa.*=false")
    return env


def bench_editor_figures(binary, project, env):
    _, rss, output = run([str(binary), str(project), "workflow_049"], env=env)
    for line in output.splitlines():
        if line.startswith("BENCH_JSON "):
            figures = json.loads(line[len("BENCH_JSON "):])
            figures["rss_kib"] = rss
            return figures
    raise SystemExit(f"bench: bench_editor printed no figures:\n{output}")


def measure(n, build, workdir):
    cli = str(build / "app" / "cli" / "gatehouse-cli")
    config = workdir / f"n{n}.json"
    project = workdir / f"n{n}.gatehouse"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "generate-project.py"), str(n),
                    str(config)], check=True)
    times, notes = {}, {}
    times["import"], _, _ = run([cli, "import", str(config), "-o", str(project)])
    times["validate"], _, _ = run([cli, "validate", str(project)])
    times["export"], _, _ = run([cli, "export", str(project), "-o", str(workdir / "out.json")])
    # Written to files: the matrix's CSV has a line a cell (about 11 million at 5,000).
    times["audit"], _, _ = run([cli, "audit", str(project), "-o", str(workdir / "audit.txt")])
    times["access matrix (CSV)"], rss, _ = run(
        [cli, "matrix", str(project), "-o", str(workdir / "matrix.csv")])
    notes["matrix cells (thousands)"] = csv_cells(workdir / "matrix.csv") / 1e3
    notes["matrix RSS (MB)"] = rss / 1024
    editor = build / "app" / "gatehouse"
    env = editor_env(workdir)
    if editor.exists():
        times["editor: open to first window"], rss, _ = run(
            [str(editor), str(project), "--quit-after-show"], env=env)
        notes["editor RSS (MB)"] = rss / 1024
    bench_editor = build / "tests" / "bench" / "bench_editor"
    if bench_editor.exists():
        copy = workdir / f"n{n}-edited.gatehouse"
        shutil.copy(project, copy)
        figures = bench_editor_figures(bench_editor, copy, env)
        times["editor: save after one edit"] = figures["save_after_edit_ms"] / 1000
        notes["filter keystroke, median (ms)"] = figures["keystroke_median_ms"]
        notes["filter keystroke, slowest (ms)"] = figures["keystroke_max_ms"]
        notes["bench_editor RSS (MB)"] = figures["rss_kib"] / 1024
    times["serve: start-up"], times["serve: first request"] = serve_times(cli, project)
    times["token create"], _, _ = run([cli, "token", "create", str(project), "--name",
                                       "bench token", "--user", "u1@example.com"])
    times["token revoke"], _, _ = run([cli, "token", "revoke", str(project), "bench token"])
    return times, notes


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build-dir", default=str(ROOT / "build" / "main"))
    parser.add_argument("--sizes", default="500,5000", help="N values, smallest first")
    parser.add_argument("--markdown", help="also write the tables to this file")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    build = Path(args.build_dir).resolve()
    results = {}
    with tempfile.TemporaryDirectory(prefix="gatehouse-large-") as tmp:
        for n in sizes:
            say(f"bench: N = {n}")
            results[n] = measure(n, build, Path(tmp))
    first, last = sizes[0], sizes[-1]
    factor = last / first
    out = [f"| step | " + " | ".join(f"N = {n:,}" for n in sizes) +
           f" | growth for {factor:g}x the data |", "|---|" + "---|" * (len(sizes) + 1)]
    for step in results[first][0]:
        cells = [f"{results[n][0][step] * 1000:,.0f} ms" for n in sizes]
        growth = results[last][0][step] / max(results[first][0][step], 1e-6)
        out.append(f"| {step} | " + " | ".join(cells) + f" | {growth:.1f}x |")
    out += ["", "| figure | " + " | ".join(f"N = {n:,}" for n in sizes) + " |",
            "|---|" + "---|" * len(sizes)]
    for note in results[first][1]:
        out.append(f"| {note} | " + " | ".join(f"{results[n][1][note]:,.1f}" for n in sizes) +
                   " |")
    out.append(f"\n{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the end")
    publish(out, args.markdown)
    return 0


if __name__ == "__main__":
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    sys.exit(main())
