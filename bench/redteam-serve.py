#!/usr/bin/env python3
"""The server under attack, on loopback only: a corrected release imported while the API is under
load, 64 concurrent claim checks of up to 1 MB (API and form), a 900,000-digit claim, two 198 KB
texts of numbers, and clients that send their bytes too slowly or malformed. Prints one line per
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
        number_texts(base)
        form_posts(base)
        hostile_framing(port)
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


def number_texts(base):
    """Two 198 KB texts of numbers ("9 9 9 … percent") at once: each refused or answered within
    5 s, and a normal check right after answers 200."""
    url = base + "/api/v1/claims/check"
    text = ("9 " * 99_000 + "percent")[:198_000]

    def check(body):
        start = time.monotonic()
        status, _ = request(url, data=json.dumps({"text": body}).encode(),
                            headers={"Content-Type": "application/json"}, timeout=120)
        return status, time.monotonic() - start

    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        results = list(pool.map(check, [text, text]))
    within = sum(1 for s, t in results if s in (200, 413, 503) and t <= 5)
    report("two 198 KB number texts answered or refused within 5 s", 2, within,
           "; ".join(f"HTTP {s} in {t:.2f} s" for s, t in results))
    status, seconds = check("Germany spent 2.1 percent of GDP on defence in 2024.")
    report("a normal check right after answers 200", 1, 1 if status == 200 else 0,
           f"HTTP {status} in {seconds:.2f} s")


def form_posts(base):
    """64 concurrent 1 MB posts of the dashboard's form: each 200, 413 or 503, none truncated."""
    url = base + "/check"
    body = ("text=" + "x" * 1_000_000 + "&asOf=").encode()

    def post(_):
        return request(url, data=body, headers={"Content-Type": "application/x-www-form-urlencoded",
                                                "Accept": "text/html"}, timeout=120)

    with concurrent.futures.ThreadPoolExecutor(64) as pool:
        results = list(pool.map(post, range(64)))
    good = sum(1 for s, b in results if s in (200, 413, 503) and b.rstrip().endswith(b"</html>"))
    codes = {}
    for s, _ in results:
        codes[s] = codes.get(s, 0) + 1
    report("64 concurrent 1 MB form posts: 200, 413 or 503, whole", 64, good,
           "statuses " + ", ".join(f"{k}×{v}" for k, v in sorted(codes.items())))


def raw(port, head, trickle=None, every=1.0, limit=30):
    """Sends a request's bytes (then trickles more, one piece per `every` seconds); returns the
    status the server answers with (0 when it closes without one) and the seconds it took."""
    s = socket.create_connection(("127.0.0.1", port))
    s.settimeout(every)
    start = time.monotonic()
    s.sendall(head)
    got = b""
    try:
        while time.monotonic() - start < limit:
            try:
                chunk = s.recv(4096)
                if not chunk:
                    break
                got += chunk
                if b"\r\n" in got:
                    break
            except socket.timeout:
                if trickle:
                    s.sendall(trickle)
    except OSError:
        pass
    finally:
        s.close()
    status = int(got[9:12]) if got.startswith(b"HTTP/1.1 ") else 0
    return status, time.monotonic() - start


def hostile_framing(port):
    status, seconds = raw(port, b"POST /api/v1/claims/check HTTP/1.1\r\nHost: x\r\n"
                          b"Content-Type: application/json\r\nContent-Length: 200\r\n\r\n",
                          trickle=b"{\"", every=1.0)
    report("a body trickled at 2 bytes/s gets 408", 1, 1 if status == 408 else 0,
           f"HTTP {status} after {seconds:.1f} s")
    status, seconds = raw(port, b"POST /api/v1/claims/check HTTP/1.1\r\nHost: x\r\n"
                          b"Content-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n"
                          b"ffffffffffffffffff\r\nabc\r\n0\r\n\r\n")
    report("a chunk size of ffffffffffffffffff gets 400", 1, 1 if status == 400 else 0,
           f"HTTP {status}")
    status, seconds = raw(port, b"GET /api/v1/allies HTTP/1.1\r\nHost: x\r\n", trickle=b"X",
                          every=1.0, limit=40)
    report("headers trickled at 1 byte/s are cut off within 12 s", 1,
           1 if seconds <= 12 else 0, f"closed after {seconds:.1f} s")


if __name__ == "__main__":
    main()
    sys.exit(1 if failed else 0)
