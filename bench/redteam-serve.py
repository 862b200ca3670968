#!/usr/bin/env python3
"""The server under attack, on loopback only: a corrected release imported while the API is under
load, 64 concurrent claim checks of up to 1 MB, and a 900,000-digit claim. Prints one line per
trial with what was tried, what passed and what failed; exits 1 when anything failed.

Usage: bench/redteam-serve.py   (run from the repository; builds nothing, uses ./burdenshare)
"""

import concurrent.futures
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CLI = str(REPO / "burdenshare")
failed = False


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def report(trial, tried, passed, detail=""):
    global failed
    bad = tried - passed
    failed |= bad > 0
    print(f"{trial}: {tried} tried, {passed} passed, {bad} failed{(' (' + detail + ')') if detail else ''}")


def request(url, data=None, headers=None, timeout=60):
    req = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()
    except Exception as e:  # no answer at all
        return 0, str(e).encode()


def rss_peak_mb(pid):
    """The peak resident set of the server's JVM (VmHWM), in MB."""
    for child in [pid] + children(pid):
        try:
            status = Path(f"/proc/{child}/status").read_text()
        except OSError:
            continue
        if "java" in Path(f"/proc/{child}/cmdline").read_text():
            return int(re.search(r"VmHWM:\s+(\d+)", status).group(1)) // 1024
    return -1


def children(pid):
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True).stdout
    found = [int(p) for p in out.split()]
    return found + [g for c in found for g in children(c)]


def release_csv(path, value):
    path.write_text(
        "release,country_iso3,country_name,year,indicator,unit,value,is_estimate\n"
        f"R,DEU,Germany,2030,defence_exp_current_usd,million USD,{value},true\n"
        "R,FRA,France,2030,defence_exp_current_usd,million USD,65432,true\n")


def main():
    work = Path(tempfile.mkdtemp(prefix="burdenshare-redteam-"))
    env = dict(os.environ, BURDENSHARE_DATA_DIR=str(work / "data"))
    subprocess.run([CLI, "releases"], env=env, check=True, capture_output=True)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([CLI, "serve", "--port", str(port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(600):
            if request(base + "/health", timeout=2)[0] == 200:
                break
            time.sleep(0.1)
        corrected_under_load(base, env, work)
        claims_under_pressure(base)
        report_rss = rss_peak_mb(server.pid)
        report("server memory: peak resident set under 1 GB", 1, 1 if 0 < report_rss < 1024 else 0,
               f"VmHWM {report_rss} MB")
    finally:
        server.terminate()
        server.wait(timeout=20)


def corrected_under_load(base, env, work):
    """Imports a release, then a corrected file of it, while 8 clients load the API."""
    csv = work / "live.csv"
    stop = threading.Event()
    statuses = []

    def load():
        url = base + "/api/v1/compare?a=USA&b=NATO-USA&indicator=defence_exp_current_usd&year=2024"
        while not stop.is_set():
            statuses.append(request(url, timeout=30)[0])

    threads = [threading.Thread(target=load) for _ in range(8)]
    for t in threads:
        t.start()
    delays = []
    trials = 5
    probe = base + "/api/v1/series?indicator=defence_exp_current_usd&group=DEU&from=2030&to=2030&release=live"
    for i in range(trials):
        value = 123456 + i
        release_csv(csv, value)
        subprocess.run([CLI, "import", "nato", str(csv), "--id", "live", "--title", "Live",
                        "--published", "2026-11-01"], env=env, check=True, capture_output=True)
        done = time.monotonic()
        seen = None
        while time.monotonic() - done < 30:
            status, body = request(probe, timeout=10)
            if status == 200 and str(value) in body.decode():
                seen = time.monotonic() - done
                break
            time.sleep(0.05)
        delays.append(seen)
    stop.set()
    for t in threads:
        t.join()
    within = sum(1 for d in delays if d is not None and d <= 5)
    report("corrected release served within 5 s, under load", trials, within,
           "seconds: " + ", ".join("never" if d is None else f"{d:.2f}" for d in delays))
    bad = sum(1 for s in statuses if not 200 <= s < 300)
    report("requests during the imports answered 2xx", len(statuses), len(statuses) - bad)


def claims_under_pressure(base):
    url = base + "/api/v1/claims/check"

    def check(text):
        body = json.dumps({"text": text}).encode()
        start = time.monotonic()
        status, _ = request(url, data=body, headers={"Content-Type": "application/json"}, timeout=120)
        return status, time.monotonic() - start

    sentence = "Germany spent 2.1 percent of GDP on defence in 2024. "
    texts = [("x" * 1_000_000) if i % 2 else (sentence * 3_600)[:190_000] for i in range(64)]
    with concurrent.futures.ThreadPoolExecutor(64) as pool:
        results = list(pool.map(check, texts))
    bad = [s for s, _ in results if s >= 500 and s != 503 or s == 0]
    codes = {}
    for s, _ in results:
        codes[s] = codes.get(s, 0) + 1
    report("64 concurrent claim checks of 190 kB and 1 MB: no 5xx but 503", 64, 64 - len(bad),
           "statuses " + ", ".join(f"{k}×{v}" for k, v in sorted(codes.items()))
           + f"; slowest {max(t for _, t in results):.1f} s")
    status, seconds = check("9" * 900_000 + " percent")
    report("a 900,000-digit claim answered within 1 s", 1, 1 if status and status < 500 and seconds < 1 else 0,
           f"HTTP {status} in {seconds:.2f} s")
    status, seconds = check("9" * 190_000 + " percent")
    report("a 190,000-digit claim (under the size limit) answered within 1 s", 1,
           1 if status == 200 and seconds < 1 else 0, f"HTTP {status} in {seconds:.2f} s")


if __name__ == "__main__":
    main()
    sys.exit(1 if failed else 0)
