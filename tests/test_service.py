"""`sourcescore serve`: every endpoint, every error with its status and code, the CLI's JSON, the size limit, one model load."""

from __future__ import annotations

import asyncio
import json
import os
import select
import signal
import socket
import subprocess
import sys
import threading
import time
import warnings
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")
pytest.importorskip("httpx")

with warnings.catch_warnings():  # starlette 1.x asks for httpx2 instead of httpx; either works
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from conftest import run
from sourcescore.scoring.pages import read_page
from sourcescore.scoring.scorer import ScorerOptions
from sourcescore.service import INSTALL_HINT, ServiceOptions
from sourcescore.service.app import create_app

ROOT = Path(__file__).resolve().parents[1]
GOOD = (ROOT / "examples" / "wire_report.txt").read_text(encoding="utf-8")
BAD = (ROOT / "examples" / "vague_rewrite.txt").read_text(encoding="utf-8")
TITLE = "Riverton council approves flood defence plan"
SHORT = "The mayor said on Tuesday that the budget rose 4%, according to the city finance office."
JSON = {"content-type": "application/json"}


@pytest.fixture(scope="module")
def client() -> TestClient:
    """One app (one model load) for the module's tests; server exceptions become responses, as in production."""
    return TestClient(create_app(ServiceOptions(ScorerOptions())), raise_server_exceptions=False)


def post(client: TestClient, path: str, body: Any, headers: dict[str, str] | None = None) -> Any:
    """POST ``body`` (bytes or str as is, anything else as JSON text) and return the response."""
    content = body if isinstance(body, (bytes, str)) else json.dumps(body)
    return client.post(path, content=content, headers=JSON if headers is None else headers)


def error_of(response: Any) -> tuple[int, str]:
    """Status and error code of an error response, whose body must be exactly {"error": {"code", "message"}}."""
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"} and body["error"]["message"]
    assert response.headers["content-type"] == "application/json"
    return response.status_code, body["error"]["code"]


# ------------------------------------------------------------------------------------------- endpoints


def test_score_is_byte_for_byte_the_cli_row(client: TestClient, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    record = {"id": "a1", "text": GOOD, "title": TITLE, "published": "2025-06-10"}
    corpus = tmp_path / "one.jsonl"
    corpus.write_text(json.dumps(record) + "\n", encoding="utf-8")
    status, out, _ = run(capsys, "score", corpus, "--format", "json", "--no-config", "-j", "1", "-q")
    assert status == 0
    response = post(client, "/v1/score", record)
    assert response.status_code == 200 and response.headers["content-type"] == "application/json"
    assert response.content == out.rstrip("\n").encode("utf-8")


def test_score_equals_the_cli_on_a_file_with_title_and_date(client: TestClient, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "article.txt"
    path.write_text(BAD, encoding="utf-8")
    _, out, _ = run(capsys, "score", path, "--format", "json", "--title", TITLE, "--published", "2025-06-10", "--no-config", "-q")
    cli = json.loads(out)
    served = post(client, "/v1/score", {"text": BAD, "title": TITLE, "published": "2025-06-10"}).json()
    assert (cli.pop("id"), served.pop("id")) == (str(path), None)
    assert (cli["article"].pop("published_from"), served["article"].pop("published_from")) == ("command line", "record")
    assert served == cli and served["schema"] == "sourcescore.report/1" and served["band"] == "unreliable"


def test_score_reads_an_iso_datetime_as_its_own_calendar_day(client: TestClient) -> None:
    served = post(client, "/v1/score", {"text": GOOD, "published": "2025-06-10T23:30:00-05:00"}).json()
    assert served["reference_date"] == {"date": "2025-06-10", "inferred": False}
    by_date = post(client, "/v1/score", {"text": GOOD, "published": "2025-06-10"}).json()
    assert served == by_date


def test_score_ignore_adds_to_the_servers_rules(client: TestClient) -> None:
    full = post(client, "/v1/score", {"text": BAD, "published": "2025-06-10"}).json()
    assert {"SRC201"} <= {f["code"] for f in full["findings"]}
    skipped = post(client, "/v1/score", {"text": BAD, "published": "2025-06-10", "ignore": ["src2", "SRC402"]}).json()
    assert not [f["code"] for f in skipped["findings"] if f["code"].startswith("SRC2") or f["code"] == "SRC402"]
    assert [c for c in full["contributions"] if c["part"].startswith("SRC2")]
    assert not [c for c in skipped["contributions"] if c["part"].startswith("SRC2")]


def test_compare_is_the_cli_json(client: TestClient, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "o.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "d.txt").write_text(BAD, encoding="utf-8")
    status, out, _ = run(capsys, "compare", tmp_path / "o.txt", tmp_path / "d.txt", "--published-original", "2025-06-10",
                         "--published-derived", "2025-06-12", "--format", "json", "--no-config")
    assert status == 0
    response = post(client, "/v1/compare", {"original": {"text": GOOD, "published": "2025-06-10"},
                                            "derived": {"text": BAD, "published": "2025-06-12T08:00:00Z"}})
    assert response.status_code == 200
    assert response.text == out.rstrip("\n")
    assert response.json()["schema"] == "sourcescore.compare/1" and response.json()["summary"]["changes"] > 0


def test_rules_are_the_cli_json(client: TestClient, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "rules", "--format", "json")
    response = client.get("/v1/rules")
    assert response.status_code == 200 and response.text == out.rstrip("\n")
    assert response.headers["content-type"] == "application/json"


def test_healthz_names_the_version_and_the_model_with_its_hash(client: TestClient) -> None:
    from sourcescore import __version__

    card = json.loads((ROOT / "models" / "default" / "model_card.json").read_text(encoding="utf-8"))
    body = client.get("/healthz").json()
    assert body["status"] == "ok" and body["version"] == __version__
    assert body["model"] == {"name": card["name"], "version": card["version"], "sha256": card["model_sha256"]}
    assert body["ignore"] == [] and body["max_bytes"] == 2_000_000


def test_openapi_documents_requests_and_responses_and_every_ref_resolves(client: TestClient) -> None:
    doc = client.get("/openapi.json").json()
    assert {"/v1/score", "/v1/compare", "/v1/rules", "/healthz"} <= set(doc["paths"])
    components = doc["components"]["schemas"]
    assert set(components["ScoreRequest"]["properties"]) == {"text", "html", "title", "published", "id", "ignore"}
    assert "ISO 8601" in json.dumps(components["ArticleIn"]["properties"]["published"])
    assert {"score", "band", "findings", "id"} <= set(components["Report"]["properties"])
    assert {"summary", "changes", "original", "derived"} <= set(components["Comparison"]["properties"])
    score = doc["paths"]["/v1/score"]["post"]["responses"]
    assert score["200"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Report"}
    assert {"400", "413", "415", "422"} <= set(score)

    def refs(node: Any) -> list[str]:
        if isinstance(node, dict):
            own = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
            return own + [r for v in node.values() for r in refs(v)]
        return [r for v in node for r in refs(v)] if isinstance(node, list) else []

    found = refs(doc)
    assert "#/components/schemas/report_span" in found
    assert [r for r in found if r.removeprefix("#/components/schemas/") not in components] == []
    assert client.get("/docs").status_code == 200 and "swagger" in client.get("/docs").text.lower()


# ------------------------------------------------------------------------------------------- errors

ERROR_CASES = [
    ("bad JSON", "/v1/score", b'{"text": "x",', None, 400, "bad_json"),
    ("JSON nested too deeply", "/v1/score", b"[" * 100_000, None, 400, "bad_json"),
    ("bytes that are not UTF-8", "/v1/score", b'{"text": "\xff\xfe"}', None, 400, "bad_json"),
    ("not JSON", "/v1/score", "The mayor said so.", {"content-type": "text/plain"}, 415, "unsupported_media_type"),
    ("no body", "/v1/score", b"", None, 422, "invalid_request"),
    ("a JSON array", "/v1/score", [GOOD], None, 422, "invalid_request"),
    ("no text", "/v1/score", {"title": "x"}, None, 422, "missing_text"),
    ("empty text", "/v1/score", {"text": ""}, None, 422, "missing_text"),
    ("blank text", "/v1/score", {"text": " \n\t "}, None, 422, "missing_text"),
    ("null text", "/v1/score", {"text": None}, None, 422, "missing_text"),
    ("text a number", "/v1/score", {"text": 5}, None, 422, "invalid_request"),
    ("title a list", "/v1/score", {"text": GOOD, "title": ["x"]}, None, 422, "invalid_request"),
    ("id a boolean", "/v1/score", {"text": GOOD, "id": True}, None, 422, "invalid_request"),
    ("id blank", "/v1/score", {"text": GOOD, "id": " "}, None, 422, "invalid_request"),
    ("unknown field", "/v1/score", {"text": GOOD, "publised": "2025-06-10"}, None, 422, "invalid_request"),
    ("text and html", "/v1/score", {"text": GOOD, "html": "<p>x</p>"}, None, 422, "invalid_request"),
    ("bad date", "/v1/score", {"text": GOOD, "published": "2025-13-45"}, None, 422, "bad_date"),
    ("impossible date", "/v1/score", {"text": GOOD, "published": "2025-02-30"}, None, 422, "bad_date"),
    ("words for a date", "/v1/score", {"text": GOOD, "published": "yesterday"}, None, 422, "bad_date"),
    ("date a number", "/v1/score", {"text": GOOD, "published": 20250610}, None, 422, "invalid_request"),
    ("unknown rule", "/v1/score", {"text": GOOD, "ignore": ["SRC999"]}, None, 422, "unknown_rule"),
    ("ignore a string", "/v1/score", {"text": GOOD, "ignore": "SRC201"}, None, 422, "invalid_request"),
    ("invisible characters only", "/v1/score", {"text": "\u200b\ufeff\u00ad"}, None, 422, "unscorable"),
    ("compare: no derived", "/v1/compare", {"original": {"text": GOOD}}, None, 422, "invalid_request"),
    ("compare: empty derived", "/v1/compare", {"original": {"text": GOOD}, "derived": {"text": ""}}, None, 422, "missing_text"),
    ("compare: bad date", "/v1/compare", {"original": {"text": GOOD, "published": "2025-6-1"}, "derived": {"text": BAD}}, None, 422, "bad_date"),
    ("compare: bad JSON", "/v1/compare", b"{", None, 400, "bad_json"),
]


@pytest.mark.parametrize(("path", "body", "headers", "status", "code"), [c[1:] for c in ERROR_CASES], ids=[c[0] for c in ERROR_CASES])
def test_bad_requests_are_4xx_json_errors(client: TestClient, path: str, body: Any, headers: dict[str, str] | None, status: int, code: str) -> None:
    assert error_of(post(client, path, body, headers)) == (status, code)


def test_error_messages_name_the_field_and_the_reason(client: TestClient) -> None:
    def message(body: Any, path: str = "/v1/score") -> str:
        return post(client, path, body).json()["error"]["message"]

    assert message({"text": 5}) == "field 'text' must be a string, not a number"
    assert message({"text": GOOD, "id": True}) == "field 'id' must be a string or an integer, not a boolean"
    assert message({"text": GOOD, "publised": "x"}) == "unknown field 'publised'"
    assert message({"text": GOOD, "published": "2025-13-45"}) == (
        "published: publication date '2025-13-45' is not a valid YYYY-MM-DD or ISO 8601 date-time, such as 2025-03-28T09:00:00Z")
    assert message({"original": {"text": GOOD}, "derived": {"text": " "}}, "/v1/compare").startswith("field 'derived.text' is missing or empty")
    assert message({"text": GOOD, "ignore": ["SRC999"]}) == "ignore: unknown rule code(s) SRC999; `sourcescore rules` lists them"


@pytest.mark.parametrize(("method", "path", "status", "code"), [
    ("GET", "/v1/nothing", 404, "not_found"),
    ("GET", "/", 404, "not_found"),
    ("GET", "/v1/score", 405, "method_not_allowed"),
    ("DELETE", "/v1/compare", 405, "method_not_allowed"),
    ("POST", "/v1/rules", 405, "method_not_allowed"),
    ("POST", "/healthz", 405, "method_not_allowed"),
])
def test_unknown_routes_and_wrong_methods(client: TestClient, method: str, path: str, status: int, code: str) -> None:
    response = client.request(method, path)
    assert error_of(response) == (status, code)
    if status == 405:
        assert response.headers["allow"] in ("GET", "POST")


def test_a_bug_is_a_500_json_error_and_logged(client: TestClient, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("planted bug")

    monkeypatch.setattr(client.app.state.scorers.base, "score", broken)  # type: ignore[attr-defined]
    response = post(client, "/v1/score", {"text": GOOD})
    assert error_of(response) == (500, "internal_error")
    assert "planted bug" not in response.text and "planted bug" in caplog.text


def test_control_characters_and_lone_surrogates_follow_the_cli(client: TestClient, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = GOOD + "\x00 and \ud800 end."
    corpus = tmp_path / "odd.jsonl"
    corpus.write_text(json.dumps({"id": "odd", "text": text}) + "\n", encoding="utf-8")
    _, out, _ = run(capsys, "score", corpus, "--format", "json", "--no-config", "-j", "1", "-q")
    response = post(client, "/v1/score", json.dumps({"id": "odd", "text": text}))
    assert response.status_code == 200
    assert response.json() == json.loads(out)
    assert any("control characters" in w for w in response.json()["warnings"])
    # A lone surrogate inside an evidence text cannot be UTF-8: it comes back as its \u escape.
    quoted = 'Mayor Helen Okafor said: "the plan \ud800 works," on Tuesday. ' * 3
    response = post(client, "/v1/score", json.dumps({"text": quoted}))
    assert response.status_code == 200 and response.content.isascii() and "\ud800" in json.dumps(response.json(), ensure_ascii=False)


# ------------------------------------------------------------------------------------------- the size limit


def test_a_declared_length_over_the_limit_is_refused_before_reading() -> None:
    small = TestClient(create_app(ServiceOptions(max_bytes=1000)))
    body = json.dumps({"text": SHORT}).encode()
    assert post(small, "/v1/score", body.ljust(1000)).status_code == 200  # at the limit: read
    response = post(small, "/v1/score", body.ljust(1001))
    assert error_of(response) == (413, "too_large") and "1,000 bytes" in response.json()["error"]["message"]
    assert error_of(post(small, "/v1/compare", b" " * 5000)) == (413, "too_large")


def test_a_streamed_50_mb_body_is_refused_without_buffering_it() -> None:
    """A chunked body (no Content-Length) of 50 MB: refused with 413 after the limit, the rest never pulled."""
    app = create_app(ServiceOptions(max_bytes=2_000_000))
    chunk, total = b" " * 65_536, 50_000_000
    pulled = 0
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        nonlocal pulled
        pulled += 1
        return {"type": "http.request", "body": chunk, "more_body": pulled * len(chunk) < total}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST", "scheme": "http",
             "path": "/v1/score", "raw_path": b"/v1/score", "query_string": b"", "root_path": "",
             "headers": [(b"content-type", b"application/json"), (b"transfer-encoding", b"chunked")],
             "client": ("127.0.0.1", 1), "server": ("127.0.0.1", 80)}
    started = time.perf_counter()
    asyncio.run(app(scope, receive, send))
    assert sent[0]["status"] == 413
    assert json.loads(b"".join(m.get("body", b"") for m in sent[1:]))["error"]["code"] == "too_large"
    assert pulled == 2_000_000 // len(chunk) + 1  # the chunk that passed the limit, and not one more
    assert time.perf_counter() - started < 5


# ------------------------------------------------------------------------------------------- the model, the HTML hook


def test_the_model_is_loaded_once_and_shared(monkeypatch: pytest.MonkeyPatch) -> None:
    from sourcescore.scoring import scorer as scorer_module

    loads = []
    real = scorer_module.default_model
    monkeypatch.setattr(scorer_module, "default_model", lambda: loads.append(1) or real())
    app = create_app(ServiceOptions())
    assert len(loads) == 1
    local = TestClient(app)
    bodies = [{"text": GOOD}, {"text": BAD, "ignore": ["SRC2"]}, {"text": BAD, "ignore": ["SRC2"]}, {"text": SHORT, "ignore": ["SRC3"]}]
    assert [post(local, "/v1/score", b).status_code for b in bodies] == [200] * 4
    assert post(local, "/v1/compare", {"original": {"text": GOOD}, "derived": {"text": BAD}}).status_code == 200
    assert len(loads) == 1
    # Concurrent requests on the one Scorer give what sequential ones give.
    sequential = [post(local, "/v1/score", {"text": t, "published": "2025-06-10"}).content for t in (GOOD, BAD, SHORT) * 3]
    results: dict[int, bytes] = {}

    def worker(i: int, text: str) -> None:
        results[i] = post(local, "/v1/score", {"text": text, "published": "2025-06-10"}).content

    threads = [threading.Thread(target=worker, args=(i, t)) for i, t in enumerate((GOOD, BAD, SHORT) * 3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [results[i] for i in range(len(threads))] == sequential and len(loads) == 1


PAGES = Path(__file__).resolve().parent / "data" / "pages"


def test_a_page_is_scored_from_its_html_with_its_date_and_the_text_it_scored(client: TestClient) -> None:
    html = (PAGES / "arc.html").read_text(encoding="utf-8")
    report = post(client, "/v1/score", {"html": html}).json()
    page = read_page(html)
    article = report["article"]
    assert (article["source"], article["text"], article["title"]) == ("html", page.text, page.title)
    assert report["reference_date"]["date"] == page.published.isoformat() and article["published_from"] == page.published_from
    spans = [e for f in report["findings"] for e in f["evidence"]] + [a["cue"] for a in report["attributions"]]
    assert spans and all(page.text[e["start"] : e["end"]] == e["text"] for e in spans)
    assert report["score"] == post(client, "/v1/score", {"text": page.text, "title": page.title, "published": page.published.isoformat()}).json()["score"]
    overridden = post(client, "/v1/score", {"html": html, "published": "2025-07-01", "title": "Given"}).json()
    assert (overridden["reference_date"]["date"], overridden["article"]["title"], overridden["article"]["published_from"]) == ("2025-07-01", "Given", "record")


@pytest.mark.parametrize(("html", "code"), [("  ", "missing_text"), ("<html><body><nav>Home</nav></body></html>", "unreadable_html")])
def test_a_page_without_an_article_is_422(client: TestClient, html: str, code: str) -> None:
    assert error_of(post(client, "/v1/score", {"html": html})) == (422, code)


# ------------------------------------------------------------------------------------------- the command


def test_serve_without_the_extra_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setitem(sys.modules, "uvicorn", None)
    status, out, err = run(capsys, "serve", "--no-config")
    assert status == 2 and out == ""
    assert err == f"sourcescore: `serve` needs FastAPI and uvicorn (uvicorn is not installed): {INSTALL_HINT}\n"
    assert INSTALL_HINT == "pip install 'sourcescore[serve]'"


@pytest.mark.parametrize(("argv", "message"), [
    (("--model", "/nonexistent/model"), "no model.json here"),
    (("--ignore", "SRC999"), "unknown rule code(s) SRC999"),
    (("--max-bytes", "0"), "--max-bytes must be a whole number of bytes >= 1"),
    (("--workers", "0"), "--workers must be >= 1"),
])
def test_serve_refuses_bad_options_before_listening(capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], message: str) -> None:
    status, _, err = run(capsys, "serve", "--no-config", *argv)
    assert status == 2 and message in err and "Traceback" not in err


def test_serve_reads_the_project_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import uvicorn

    (tmp_path / ".git").mkdir()
    (tmp_path / "pyproject.toml").write_text('[tool.sourcescore]\nignore = ["SRC3"]\nfail-under = 50\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    started: dict[str, Any] = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: started.update(app=app, **kw))
    status, _, err = run(capsys, "serve", "--port", "9999", "--max-bytes", "5000")
    assert status == 0 and started["port"] == 9999 and started["host"] == "127.0.0.1"
    assert 'settings from' in err and 'ignore = ["SRC3"]' in err
    health = TestClient(started["app"]).get("/healthz").json()
    assert health["ignore"] and all(code.startswith("SRC3") for code in health["ignore"]) and health["max_bytes"] == 5000
    run(capsys, "serve", "--ignore", "SRC201")  # the command line's list wins
    assert TestClient(started["app"]).get("/healthz").json()["ignore"] == ["SRC201"]


# ------------------------------------------------------------------------------------------- a real server


def free_port() -> int:
    """A loopback port nothing listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_the_real_server_answers_refuses_a_chunked_50_mb_body_and_stops_cleanly(tmp_path: Path) -> None:
    import httpx

    port = free_port()
    import sourcescore

    # The sourcescore these tests import (a checkout on PYTHONPATH, or the installed one) is the one served.
    paths = [str(Path(sourcescore.__file__).parent.parent), *os.environ.get("PYTHONPATH", "").split(os.pathsep)]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in paths if p)}
    server = subprocess.Popen([sys.executable, "-m", "sourcescore.cli", "serve", "--port", str(port), "--no-config"], cwd=tmp_path,
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(base + "/healthz", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert server.poll() is None and time.monotonic() < deadline, "the server did not start"
            time.sleep(0.2)
        response = httpx.post(base + "/v1/score", json={"text": GOOD, "published": "2025-06-10"}, timeout=30)
        assert response.status_code == 200 and response.json()["band"] == "reliable"
        # 50 MB sent chunked, 64 KiB at a time, until the server answers: 413 once the limit is passed.
        with socket.create_connection(("127.0.0.1", port), timeout=30) as conn:
            conn.sendall(b"POST /v1/score HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
            chunk, sent = b"%x\r\n%s\r\n" % (65_536, b" " * 65_536), 0
            while sent < 50_000_000 and not select.select([conn], [], [], 0)[0]:
                try:
                    conn.sendall(chunk)
                except OSError:  # the server closed the connection before we stopped sending
                    break
                sent += 65_536
            answer = b""
            while b"\r\n\r\n" not in answer:
                answer += conn.recv(65_536)
            head, _, body = answer.partition(b"\r\n\r\n")
            length = int(next(line.split(b":")[1] for line in head.split(b"\r\n") if line.lower().startswith(b"content-length:")))
            while len(body) < length:
                body += conn.recv(65_536)
        assert sent < 50_000_000
        assert head.startswith(b"HTTP/1.1 413 ") and json.loads(body)["error"]["code"] == "too_large"
        server.send_signal(signal.SIGINT)
        assert server.wait(timeout=30) == 0
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
    log = server.stdout.read().decode() if server.stdout else ""
    assert "Uvicorn running on" in log and "Finished server process" in log and "Traceback" not in log


def test_load_test_script_reports_every_level_with_zero_errors(capsys: pytest.CaptureFixture[str]) -> None:
    from conftest import load_script

    status = load_script("load_test").main(["--requests", "6", "--concurrency", "1", "3", "--warmup", "2"])
    out = capsys.readouterr().out
    rows = [line.split("|")[1:-1] for line in out.splitlines() if line.startswith("| ") and line[2].isdigit()]
    assert status == 0 and [(int(r[0]), int(r[1]), int(r[2])) for r in rows] == [(1, 6, 0), (3, 6, 0)]
    assert all(float(r[3]) > 0 and 0 < float(r[4]) <= float(r[5]) for r in rows)


def test_a_page_without_an_article_names_the_field_once(client: TestClient) -> None:
    response = post(client, "/v1/score", {"html": "<html><body><nav>Home</nav></body></html>"})
    assert error_of(response) == (422, "unreadable_html")
    assert response.json()["error"]["message"] == ("field 'html' has no article text that could be found "
                                                   "(no sentence of prose outside menus, sidebars and comments)")


def test_compare_of_a_page_carries_its_text_as_score_does(client: TestClient) -> None:
    html = (PAGES / "arc.html").read_text(encoding="utf-8")
    page = read_page(html)
    result = post(client, "/v1/compare", {"original": {"text": page.text}, "derived": {"html": html, "published": "2025-05-20"}}).json()
    assert result["original"]["article"] == {"source": "text", "title": None, "published": None, "published_from": None}
    assert result["derived"]["article"] == {"source": "html", "title": page.title, "published": "2025-05-20",
                                            "published_from": "record", "text": page.text}
    assert result["summary"]["changes"] == 0


@pytest.mark.parametrize(("length", "status", "code"), [
    (b"12a", 400, "bad_request"), (b"\xb2", 400, "bad_request"), (b"9" * 5000, 413, "too_large"), (b"2000001", 413, "too_large"),
])
def test_a_content_length_that_is_not_a_small_number_is_answered_not_raised(length: bytes, status: int, code: str) -> None:
    """The limit reads Content-Length itself: a digit of another script or 5,000 digits is a 4xx, never an exception."""
    from sourcescore.service.limits import BodyLimit

    sent: list[dict[str, Any]] = []

    async def app(scope: Any, receive: Any, send: Any) -> None:  # never reached
        raise AssertionError("the body limit let the request through")

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {"type": "http", "headers": [(b"content-length", length)]}
    asyncio.run(BodyLimit(app, 2_000_000)(scope, receive, send))
    assert sent[0]["status"] == status and json.loads(sent[1]["body"])["error"]["code"] == code
