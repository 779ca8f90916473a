"""A bounded load test of `sourcescore serve` on loopback: throughput and latency at 1, 8 and 32 concurrent clients.

    python scripts/load_test.py                       # 300 requests a level, levels 1 8 32
    python scripts/load_test.py --requests 1000 --concurrency 1 4 16 64

Starts the server (uvicorn, one process, the bundled model, no config file) on a free loopback port,
waits for /healthz, warms it up, then for each level sends ``--requests`` POST /v1/score requests
from that many client threads (each with its own keep-alive connection, stdlib http.client). The
bodies are the seed articles (../shared/seeds, when present) and examples/*.txt, in turn. Prints a
table: requests, errors (any answer but 200, or a failed connection), throughput (req/s, wall
time of the level) and p50/p99 latency (ms, nearest rank). Stops the server cleanly; exits 1 if
any request failed or the server did not start or stop.
"""

from __future__ import annotations

import argparse
import http.client
import json
import math
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
DATES = {"seeds": "2025-03-28", "examples": "2025-06-10"}  # the seeds' publication date (tests/conftest.py), the examples'


def bodies() -> list[tuple[str, bytes]]:
    """(name, JSON body) of every article: the seeds when ../shared is there, and the examples."""
    out = []
    for folder, published in ((SEEDS, DATES["seeds"]), (ROOT / "examples", DATES["examples"])):
        for path in sorted(folder.glob("*.txt")) if folder.is_dir() else []:
            text = path.read_text(encoding="utf-8")
            out.append((path.name, json.dumps({"id": path.name, "text": text, "published": published}).encode("utf-8")))
    return out


def free_port() -> int:
    """A loopback port nothing listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(port: int, log: object) -> subprocess.Popen[bytes]:
    """`python -m sourcescore.cli serve` on the port, with this checkout importable as `sourcescore`."""
    import sourcescore

    paths = [str(Path(sourcescore.__file__).parent.parent), *os.environ.get("PYTHONPATH", "").split(os.pathsep)]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in paths if p)}
    command = [sys.executable, "-m", "sourcescore.cli", "serve", "--port", str(port), "--no-config", "--quiet"]
    return subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT, cwd=tempfile.gettempdir())  # type: ignore[arg-type]


def wait_ready(server: subprocess.Popen[bytes], port: int, timeout: float = 120.0) -> dict[str, object]:
    """GET /healthz until it answers; its body."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"the server exited with status {server.returncode}")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", "/healthz")
            response = conn.getresponse()
            if response.status == 200:
                return json.loads(response.read())
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("the server did not answer /healthz in time")


def run_level(port: int, payloads: list[tuple[str, bytes]], clients: int, requests: int) -> dict[str, float]:
    """``requests`` POST /v1/score from ``clients`` threads; counts, throughput and latency percentiles."""
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    next_index = iter(range(requests))

    def client() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        while True:
            with lock:
                i = next(next_index, None)
            if i is None:
                break
            name, body = payloads[i % len(payloads)]
            started = time.perf_counter()
            try:
                conn.request("POST", "/v1/score", body=body, headers={"Content-Type": "application/json"})
                response = conn.getresponse()
                data = response.read()
                ok = response.status == 200 and json.loads(data)["id"] == name
                problem = None if ok else f"{name}: HTTP {response.status} {data[:200]!r}"
            except (OSError, http.client.HTTPException, ValueError, KeyError) as exc:
                problem = f"{name}: {type(exc).__name__}: {exc}"
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            elapsed = time.perf_counter() - started
            with lock:
                latencies.append(elapsed)
                if problem:
                    errors.append(problem)
        conn.close()

    threads = [threading.Thread(target=client) for _ in range(clients)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    for problem in errors[:5]:
        print(f"  error: {problem}", file=sys.stderr)
    ordered = sorted(latencies)
    return {
        "clients": clients, "requests": len(latencies), "errors": len(errors), "rps": len(latencies) / wall,
        "p50": percentile(ordered, 0.50) * 1000, "p99": percentile(ordered, 0.99) * 1000,
    }


def percentile(ordered: list[float], p: float) -> float:
    """The nearest-rank percentile of sorted values."""
    return ordered[max(0, math.ceil(p * len(ordered)) - 1)] if ordered else float("nan")


def main(argv: list[str] | None = None) -> int:
    """Run the load test; 0 when every request was answered 200."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=300, help="requests at each level (default: 300)")
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 8, 32], help="concurrent clients, one level each")
    parser.add_argument("--warmup", type=int, default=20, help="requests sent before the levels (default: 20)")
    args = parser.parse_args(argv)
    payloads = bodies()
    if not payloads:
        parser.error("no articles found (examples/*.txt)")
    port = free_port()
    status = 0
    with tempfile.TemporaryFile() as log:
        server = start_server(port, log)
        try:
            health = wait_ready(server, port)
            model = health["model"]  # type: ignore[index]
            print(f"sourcescore {health['version']} serve on 127.0.0.1:{port} (uvicorn, 1 process), model {model['name']} "  # type: ignore[index]
                  f"{model['version']}; {len(payloads)} articles ({', '.join(n for n, _ in payloads)}); "  # type: ignore[index]
                  f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
            run_level(port, payloads, 1, args.warmup)
            print(f"| clients | requests | errors | req/s | p50 ms | p99 ms |\n|---:|---:|---:|---:|---:|---:|")
            for clients in args.concurrency:
                row = run_level(port, payloads, clients, args.requests)
                print(f"| {row['clients']} | {row['requests']} | {row['errors']} | {row['rps']:.1f} | {row['p50']:.1f} | {row['p99']:.1f} |", flush=True)
                status = status or int(row["errors"] > 0)
        except RuntimeError as exc:
            print(f"load_test: {exc}", file=sys.stderr)
            status = 1
        finally:
            if server.poll() is None:
                server.send_signal(signal.SIGINT)
                try:
                    server.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    server.kill()
                    server.wait()
                    print("load_test: the server did not stop on SIGINT; killed", file=sys.stderr)
                    status = 1
            if status:
                log.seek(0)
                sys.stderr.write(log.read().decode("utf-8", "replace")[-3000:])
    return status


if __name__ == "__main__":
    sys.exit(main())
