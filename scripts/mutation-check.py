#!/usr/bin/env python3
"""Applies each mutation of a list (tests/mutations/*.json) to the source,
rebuilds the test it names, and checks that the named test functions fail
with it: a test that still passes with the decision undone proves nothing.
The file is always put back. Slow (a rebuild per mutation), so not in ctest.

usage: scripts/mutation-check.py [LIST.json ...]   (default: every list)
Exit status: 0 when every mutation was caught, 1 otherwise, 2 on bad input."""
import glob
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, "build", "main")


def build(target):
    env = dict(os.environ, CCACHE_BASEDIR=ROOT, CCACHE_NOHASHDIR="true")
    done = subprocess.run(["cmake", "--build", BUILD, "-j2", "--target", target],
                          cwd=ROOT, env=env, capture_output=True, text=True)
    return done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]


def binary(target):
    found = glob.glob(os.path.join(BUILD, "tests", "*", target))
    if len(found) != 1:
        raise SystemExit(f"mutation-check: no single test binary named {target}")
    return found[0]


def caught(target, function):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run = subprocess.run([binary(target), function], env=env, capture_output=True,
                         text=True, timeout=300)
    return run.returncode != 0


def edits_of(mutation):
    """A mutation is one edit (file, old, new) or several (edits: [...]),
    for a decision that two layers keep."""
    return mutation.get("edits") or [
        {k: mutation[k] for k in ("file", "old", "new")}]


def check(mutation):
    originals = {}
    try:
        for edit in edits_of(mutation):
            path = os.path.join(ROOT, edit["file"])
            if path not in originals:
                with open(path, encoding="utf-8") as f:
                    originals[path] = f.read()
            with open(path, encoding="utf-8") as f:
                text = f.read()
            if text.count(edit["old"]) != 1:
                return f"does not apply: the text to change is not in {edit['file']} exactly once"
            with open(path, "w", encoding="utf-8") as f:
                f.write(text.replace(edit["old"], edit["new"]))
        built, log = build(mutation["target"])
        if not built:
            return "does not build:\n" + log
        survivors = [t for t in mutation["tests"] if not caught(mutation["target"], t)]
        return "not caught by " + ", ".join(survivors) if survivors else ""
    finally:
        for path, original in originals.items():
            with open(path, "w", encoding="utf-8") as f:
                f.write(original)


def main():
    lists = sys.argv[1:] or sorted(glob.glob(os.path.join(ROOT, "tests", "mutations", "*.json")))
    failures = 0
    targets = set()
    for name in lists:
        try:
            with open(name, encoding="utf-8") as f:
                mutations = json.load(f)["mutations"]
        except (OSError, ValueError, KeyError) as error:
            print(f"mutation-check: {name}: {error}", file=sys.stderr)
            return 2
        for mutation in mutations:
            targets.add(mutation["target"])
            problem = check(mutation)
            print(("caught     " if not problem else "NOT CAUGHT ") + mutation["name"] +
                  ("" if not problem else f": {problem}"), flush=True)
            failures += bool(problem)
    for target in sorted(targets):  # the binaries as the source is
        build(target)
    print(f"mutation-check: {failures} of the mutations not caught")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
