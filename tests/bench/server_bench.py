#!/usr/bin/env python3
"""The test server against nginx and Mockoon CLI, side by side in one run.

Starts nginx (one worker, a fixed JSON body: tests/bench/nginx.conf), Mockoon
CLI (the same routes as the demo: tests/bench/mockoon-demo.json) and
`gatehouse-cli serve` on the demo project with its rate limits off, all on
loopback, and drives each with wrk at 16 and 256 connections for four
workloads. Prints req/s, p50, p99 and errors per server, Gatehouse's req/s as
a ratio to nginx and to Mockoon from the same run, then Gatehouse's resident
memory at start, after writes at 16 connections and after pings at 256.

  server_bench.py --cli build/main/app/cli/gatehouse-cli [--smoke] [--seconds S]
                  [--memory-seconds S] [--markdown FILE] [--baseline-cli OLD] [--no-mockoon]

--baseline-cli adds an older gatehouse-cli ("Gatehouse before") to the same
run, serving its own copy of the demo, for before/after figures side by side.

--smoke runs every step for one second, to prove the benchmark works (ctest),
and checks no figure. Mockoon is installed with npm into build/bench-tools;
without the registry it is left out with a message, except under CI=true.
"""

import argparse
import http.client
import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_common import free_port, publish

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
MOCKOON_VERSION = "9.9.0"  # @mockoon/cli, pinned so runs compare
MOCKOON_DIR = ROOT / "build" / "bench-tools" / "mockoon"
BAD_TOKEN = "not-a-real-token"  # the Mockoon mock refuses exactly this one

# name, method, path, body, whose token ("alice", "bob", "bad" or None),
# whether a fixed-body server (nginx) should be counted as answering it right.
WORKLOADS = [
    ("public_ping, anonymous", "POST", "/api/1.1/wf/public_ping", "", None),
    ("a refused call (bad token)", "POST", "/api/1.1/wf/create_transaction",
     '{"account":"ACC-7","phone":"+1 555 0107","amount":25}', "bad"),
    ("Data API list as bob", "GET", "/api/1.1/obj/transaction", "", "bob"),
    # Last: its writes make the list above longer.
    ("create_transaction, user token", "POST", "/api/1.1/wf/create_transaction",
     '{"account":"ACC-7","phone":"+1 555 0107","amount":25}', "alice"),
]
CONNECTIONS = [16, 256]
PASSWORDS = {"alice": "alice-password", "bob": "bob-password"}


def say(text):
    print(text, flush=True)


def in_ci():
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def ensure_debian_tools():
    """nginx and wrk come from Debian; scripts/install-deps.sh lists them."""
    if shutil.which("wrk") and Path("/usr/sbin/nginx").exists():
        return
    say("bench: installing nginx and wrk with scripts/install-deps.sh")
    subprocess.run([str(ROOT / "scripts" / "install-deps.sh")], check=True)


def ensure_mockoon():
    """Returns the mockoon-cli path, or None with a message when npm cannot get it."""
    binary = MOCKOON_DIR / "node_modules" / ".bin" / "mockoon-cli"
    package = MOCKOON_DIR / "node_modules" / "@mockoon" / "cli" / "package.json"
    if binary.exists() and package.exists():
        if json.loads(package.read_text()).get("version") == MOCKOON_VERSION:
            return binary
    why = None
    if not shutil.which("npm"):
        why = "npm is not installed (apt-get install npm)"
    else:
        MOCKOON_DIR.mkdir(parents=True, exist_ok=True)
        say(f"bench: installing @mockoon/cli@{MOCKOON_VERSION} into {MOCKOON_DIR}")
        done = subprocess.run(
            ["npm", "install", "--no-audit", "--no-fund", "--loglevel=error", "--prefix",
             str(MOCKOON_DIR), f"@mockoon/cli@{MOCKOON_VERSION}"],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=600)
        if done.returncode != 0 or not binary.exists():
            why = "npm install failed: " + done.stdout.strip().splitlines()[-1:][0] \
                if done.stdout.strip() else "npm install failed"
    if why is None:
        return binary
    if in_ci():
        raise SystemExit(f"bench: Mockoon is required under CI=true: {why}")
    say(f"bench: Mockoon skipped ({why}); its column stays empty")
    return None


class Server:
    """One server process on loopback, stopped at the end."""

    def __init__(self, name, command, port, workdir, cwd=None):
        self.name, self.port = name, port
        self.log = open(Path(workdir) / f"{name}.log", "wb")
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=self.log,
                                        cwd=cwd, start_new_session=True)

    def wait_ready(self, probe, seconds=60):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"bench: {self.name} stopped at start; see {self.log.name}")
            try:
                status, _ = request(self.port, *probe)
                if status < 500:
                    return
            except OSError:
                pass
            time.sleep(0.1)
        raise SystemExit(f"bench: {self.name} did not answer within {seconds} s")

    def resident_kib(self):
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
        return -1

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()


def request(port, method, path, body="", token=None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    headers = {"Content-Type": "application/json"} if body else {}
    if token:
        headers["Authorization"] = "Bearer " + token
    connection.request(method, path, body=body or None, headers=headers)
    response = connection.getresponse()
    data = response.read()
    connection.close()
    return response.status, data


def tokens_of(port):
    """A user token for alice and one for bob, from the demo's issue_token."""
    tokens = {"bad": BAD_TOKEN}
    for user, password in PASSWORDS.items():
        body = json.dumps({"email": f"{user}@example.com", "password": password})
        status, data = request(port, "POST", "/api/1.1/wf/issue_token", body)
        if status != 200:
            raise SystemExit(f"bench: issue_token for {user} answered {status}: {data[:200]}")
        tokens[user] = json.loads(data)["response"]["token"]
    return tokens


def wrk(port, workload, tokens, connections, seconds):
    _, method, path, body, who = workload
    env = dict(os.environ, BENCH_METHOD=method, BENCH_BODY=body,
               BENCH_TOKEN=tokens.get(who, "") if who else "")
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--timeout", "5s",
               "-s", str(HERE / "wrk-request.lua"), f"http://127.0.0.1:{port}{path}"]
    done = subprocess.run(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True, timeout=seconds + 60)
    for line in done.stdout.splitlines():
        if line.startswith("BENCH_JSON "):
            figures = json.loads(line[len("BENCH_JSON "):])
            figures["rate"] = figures["requests"] / (figures["duration_us"] / 1e6)
            return figures
    raise SystemExit(f"bench: wrk printed no figures:\n{done.stdout}")


def errors_of(figures, expects_refusal):
    sockets = sum(figures[k] for k in ("connect", "read", "write", "timeout"))
    # wrk counts answers of 400 and above as `status`; a refused call expects them.
    wrong = figures["requests"] - figures["status"] if expects_refusal else figures["status"]
    return sockets + wrong


def demo_project(cli, workdir, name="served.gatehouse"):
    """The demo with its rate limits off. A config would not carry the users'
    passwords, so the limits are set in the project file's own table."""
    served = Path(workdir) / name
    subprocess.run([cli, "demo", str(served)], check=True, stdout=subprocess.DEVNULL)
    with sqlite3.connect(served) as db:
        db.execute("UPDATE project SET requests_per_minute_per_token = 0, "
                   "requests_per_minute_per_workflow = 0")
    db.close()
    return served


def start_servers(cli, mockoon, workdir, baseline=None):
    servers = {}
    port = free_port()
    conf = (HERE / "nginx.conf").read_text().replace("@DIR@", workdir).replace(
        "@PORT@", str(port))
    (Path(workdir) / "nginx.conf").write_text(conf)
    servers["nginx"] = Server("nginx", ["/usr/sbin/nginx", "-p", workdir, "-c",
                                        f"{workdir}/nginx.conf", "-e", f"{workdir}/error.log",
                                        "-g", "daemon off;"], port, workdir)
    if mockoon:
        port = free_port()
        servers["Mockoon"] = Server(
            "Mockoon", [str(mockoon), "start", "-d", str(HERE / "mockoon-demo.json"), "-p",
                        str(port), "-l", "127.0.0.1", "-X", "--disable-admin-api"], port,
            workdir)
    servers["Gatehouse"] = start_gatehouse(cli, workdir)
    if baseline:
        servers["Gatehouse before"] = start_gatehouse(baseline, workdir, "before.gatehouse",
                                                      "Gatehouse before")
    for server in servers.values():
        server.wait_ready(("POST", "/api/1.1/wf/public_ping"))
    return servers


def transport_options(cli):
    """Every connection of wrk comes from 127.0.0.1: the per-client cap (16 by
    default, against slow-connection floods) would refuse most of 256, and the
    per-client rate limits (600 and 300 a minute) nearly every request. A
    gatehouse-cli without these options runs with its defaults."""
    usage = subprocess.run([cli, "--help"], stdout=subprocess.PIPE, text=True).stdout
    if "--client-workflow-rate" not in usage:
        return []
    return ["--max-connections-per-client", "1024", "--client-rate", "0",
            "--client-workflow-rate", "0"]


def start_gatehouse(cli, workdir, project="served.gatehouse", name="Gatehouse"):
    port = free_port()
    return Server(name, [cli, "serve", str(Path(workdir) / project), "--port", str(port),
                         "--reset-data"] + transport_options(cli), port, workdir)


def ms(microseconds):
    return f"{microseconds / 1000:.2f}"


def ratio(mine, theirs):
    return f"{mine / theirs:.3f}" if theirs else "-"


def measure(servers, seconds, warmup):
    tokens = {name: tokens_of(server.port) if name != "nginx" else {"bad": BAD_TOKEN}
              for name, server in servers.items()}
    rows = []
    for workload in WORKLOADS:
        for connections in CONNECTIONS:
            row = {"workload": workload[0], "connections": connections}
            for name, server in servers.items():
                if warmup:
                    wrk(server.port, workload, tokens[name], connections, warmup)
                figures = wrk(server.port, workload, tokens[name], connections, seconds)
                refused = workload[4] == "bad" and name != "nginx"
                figures["errors"] = errors_of(figures, refused)
                row[name] = figures
            rows.append(row)
            say(f"  measured {workload[0]} at {connections} connections")
    return rows


def throughput_table(rows, names):
    lines = ["| workload | conns | " + " | ".join(
        f"{n} req/s | {n} p50 ms | {n} p99 ms | {n} errors" for n in names) + " |",
        "|---|---|" + "---|---|---|---|" * len(names)]
    for row in rows:
        cells = []
        for n in names:
            f = row.get(n)
            cells += [f"{f['rate']:,.0f}", ms(f["p50_us"]), ms(f["p99_us"]),
                      str(f["errors"])] if f else ["-"] * 4
        lines.append(f"| {row['workload']} | {row['connections']} | " + " | ".join(cells) + " |")
    return lines


def ratio_table(rows, name="Gatehouse"):
    lines = [f"| workload | conns | {name} / nginx | {name} / Mockoon | "
             f"{name} answers >= 400 |", "|---|---|---|---|---|"]
    for row in rows:
        mine = row[name]
        nginx = row["nginx"]["rate"]
        mockoon = row["Mockoon"]["rate"] if "Mockoon" in row else 0
        lines.append(f"| {row['workload']} | {row['connections']} | {ratio(mine['rate'], nginx)}"
                     f" | {ratio(mine['rate'], mockoon)} | {mine['status'] if 'refused' not in row['workload'] else '-'} |")
    return lines


def memory(cli, workdir, seconds):
    """Gatehouse's resident set on a fresh start, after writes, after pings."""
    server = start_gatehouse(cli, workdir)
    try:
        server.wait_ready(("POST", "/api/1.1/wf/public_ping"))
        tokens = tokens_of(server.port)
        start = server.resident_kib()
        writes = wrk(server.port, WORKLOADS[3], tokens, 16, seconds)
        after_writes = server.resident_kib()
        pings = wrk(server.port, WORKLOADS[0], tokens, 256, seconds)
        after_pings = server.resident_kib()
    finally:
        server.stop()

    def growth(before, after):
        return f"{after - before:+,} KiB ({(after - before) / before * 100:+.1f}%)"

    return [f"| at start | {start:,} KiB | |",
            f"| after {seconds} s of create_transaction at 16 connections "
            f"({writes['rate']:,.0f} req/s) | {after_writes:,} KiB | {growth(start, after_writes)} |",
            f"| after {seconds} s more of public_ping at 256 connections "
            f"({pings['rate']:,.0f} req/s) | {after_pings:,} KiB | "
            f"{growth(after_writes, after_pings)} |"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cli", required=True, help="the gatehouse-cli binary")
    parser.add_argument("--smoke", action="store_true", help="one second a step, no warm-up")
    parser.add_argument("--seconds", type=int, default=10, help="seconds a measure")
    parser.add_argument("--memory-seconds", type=int, default=60)
    parser.add_argument("--markdown", help="also write the tables to this file")
    parser.add_argument("--baseline-cli", help="an older gatehouse-cli, measured beside it")
    parser.add_argument("--no-mockoon", action="store_true", help="leave Mockoon out")
    args = parser.parse_args()
    seconds, warmup, memory_seconds = args.seconds, 2, args.memory_seconds
    if args.smoke:
        seconds, warmup, memory_seconds = 1, 0, 1

    ensure_debian_tools()
    mockoon = None if args.no_mockoon else ensure_mockoon()
    with tempfile.TemporaryDirectory(prefix="gatehouse-bench-") as workdir:
        demo_project(args.cli, workdir)
        if args.baseline_cli:
            demo_project(args.baseline_cli, workdir, "before.gatehouse")
        servers = start_servers(args.cli, mockoon, workdir, args.baseline_cli)
        try:
            say(f"bench: {seconds} s a measure after {warmup} s of warm-up, wrk -t2, loopback")
            rows = measure(servers, seconds, warmup)
        finally:
            for server in servers.values():
                server.stop()
        names = list(servers)
        out = [f"{seconds} s a measure, wrk 2 threads, after {warmup} s of warm-up; "
               f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the end", ""]
        out += throughput_table(rows, names) + [""] + ratio_table(rows) + [""]
        if args.baseline_cli:
            out += ratio_table(rows, "Gatehouse before") + [""]
        out += ["| Gatehouse's resident memory | RSS | growth |", "|---|---|---|"]
        out += memory(args.cli, workdir, memory_seconds)
    publish(out, args.markdown)
    return 0


if __name__ == "__main__":
    sys.exit(main())
