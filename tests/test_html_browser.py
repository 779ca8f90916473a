"""The HTML report in a real browser: headless Chromium (Debian's package, installed by .ci/run) renders each seed's page.

In the browser's DOM, the text of every highlight is ``report.text[data-start:data-end]``, every
highlight is drawn (a box of some size) and every finding's link points at a highlight. A screenshot
of each page is saved under pytest's tmp_path and its path printed (set SOURCESCORE_SCREENSHOTS=DIR
to keep them in DIR). No network: the pages are files, and Chromium resolves no host name.
Without Chromium the test is skipped, except in CI, where that is a failure.
"""

from __future__ import annotations

import base64
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from sourcescore.scoring import score_article
from sourcescore.scoring.compare import compare
from sourcescore.scoring.htmlreport import compare_page, report_page
from conftest import SEED_FABRICATED, SEED_GENUINE, SEED_PUBLISHED, shared_path

TIMEOUT = 180  # seconds for one Chromium run (two cores shared by several test runs)
WIDTH = 1400

# Injected into a copy of the page: reads the DOM after layout and leaves what it found, as base64 JSON, in an attribute.
PROBE = """<script>
(function () {
  var root = document.documentElement;
  var out = {marks: [], links: [], height: root.scrollHeight, overflow: root.scrollWidth > root.clientWidth};
  document.querySelectorAll("[data-start]").forEach(function (e) {
    var r = e.getBoundingClientRect();
    out.marks.push([e.id, e.dataset.kind, +e.dataset.start, +e.dataset.end, e.textContent, r.width > 0 && r.height > 0, +e.dataset.mark]);
  });
  document.querySelectorAll("a[href]").forEach(function (a) {
    var href = a.getAttribute("href"), t = href.charAt(0) === "#" ? document.getElementById(href.slice(1)) : null;
    out.links.push([href, !!t && t.hasAttribute("data-start")]);
  });
  var probe = document.createElement("div");
  probe.id = "probe-result";
  probe.setAttribute("data-json", btoa(unescape(encodeURIComponent(JSON.stringify(out)))));
  document.body.appendChild(probe);
})();
</script>"""


def chromium() -> str:
    """The Chromium executable; skips the test when there is none, except in CI."""
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is missing: .ci/run installs Debian's chromium package")
        pytest.skip("chromium not found: install Debian's chromium package (apt-get install chromium) to run the browser test")
    return found


def browse(exe: str, tmp: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run headless Chromium offline with a profile in ``tmp``."""
    argv = [
        exe, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
        "--disable-extensions", "--disable-background-networking", "--host-resolver-rules=MAP * ~NOTFOUND",
        f"--user-data-dir={tmp / 'profile'}", "--hide-scrollbars", *args,
    ]
    return subprocess.run(argv, capture_output=True, text=True, timeout=TIMEOUT, check=False)


def render(page: str, tmp: Path, name: str) -> tuple[dict, Path]:  # type: ignore[type-arg]
    """What the probe read from the page's DOM, and a screenshot of the whole page."""
    exe = chromium()
    probed = tmp / f"{name}.probe.html"
    probed.write_text(page.replace("</body>", PROBE + "\n</body>"), encoding="utf-8")
    done = browse(exe, tmp, "--virtual-time-budget=5000", f"--window-size={WIDTH},1000", "--dump-dom", probed.as_uri())
    found = re.search(r'id="probe-result" data-json="([A-Za-z0-9+/=]*)"', done.stdout)
    assert found, f"Chromium returned no DOM (exit {done.returncode}): {done.stderr[-2000:]}"
    dom = json.loads(base64.b64decode(found.group(1)).decode("utf-8"))
    plain = tmp / f"{name}.html"
    plain.write_text(page, encoding="utf-8")
    shot = Path(os.environ.get("SOURCESCORE_SCREENSHOTS") or tmp) / f"{name}.png"
    shot.parent.mkdir(parents=True, exist_ok=True)
    height = min(max(int(dom["height"]), 800), 12000)
    done = browse(exe, tmp, f"--window-size={WIDTH},{height}", f"--screenshot={shot}", plain.as_uri())
    assert shot.is_file() and shot.stat().st_size > 10_000, f"no screenshot (exit {done.returncode}): {done.stderr[-2000:]}"
    return dom, shot


def check_dom(dom: dict, texts: dict[str, str]) -> None:  # type: ignore[type-arg]
    """Each highlight's DOM text is its span of the text its id's prefix names, and is drawn; each link lands on a highlight."""
    assert dom["marks"] and not dom["overflow"]  # long words and lines wrap: nothing runs off the page sideways
    for ident, kind, start, end, text, drawn, _ in dom["marks"]:
        expected = texts[ident.split("ev-")[0]][start:end]
        assert text == expected, (ident, kind, start, end, text, expected)
        assert drawn or not text.strip(), (ident, kind, text)
    assert dom["links"] and all(ok for _, ok in dom["links"]), [h for h, ok in dom["links"] if not ok]


def shown(capsys: pytest.CaptureFixture[str], shot: Path) -> None:
    """Print the screenshot's path in the test output, past pytest's capture."""
    with capsys.disabled():
        print(f"\nscreenshot: {shot}")


def spans(dom: dict, prefix: str = "") -> set[tuple[int, int]]:  # type: ignore[type-arg]
    """Each highlight's whole span (its fragments joined), of the text ``prefix`` names."""
    out: dict[int, tuple[int, int]] = {}
    for ident, _, start, end, _, _, n in dom["marks"]:
        if ident.startswith(prefix + "ev-"):
            out[n] = (min(start, out[n][0]), max(end, out[n][1])) if n in out else (start, end)
    return set(out.values())


@pytest.mark.parametrize("seed", [SEED_GENUINE, SEED_FABRICATED])
def test_seed_report_in_chromium(seed: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = shared_path("seeds", seed).read_text(encoding="utf-8")
    report = score_article(text, published=SEED_PUBLISHED)
    dom, shot = render(report_page(report, seed), tmp_path, seed.split("_")[0])
    check_dom(dom, {"": text})
    evidence = {(ev["start"], ev["end"]) for f in report.to_dict()["findings"] for ev in f["evidence"]}
    assert evidence <= spans(dom)  # every finding's evidence is highlighted
    assert len(dom["links"]) >= len(evidence)
    shown(capsys, shot)


def test_seed_comparison_in_chromium(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    texts = {"o-": shared_path("seeds", SEED_GENUINE).read_text(encoding="utf-8"), "d-": shared_path("seeds", SEED_FABRICATED).read_text(encoding="utf-8")}
    result = compare(texts["o-"], texts["d-"], published=SEED_PUBLISHED)
    dom, shot = render(compare_page(result, SEED_GENUINE, SEED_FABRICATED), tmp_path, "compare")
    check_dom(dom, texts)
    assert {(c.derived.start, c.derived.end) for c in result.changes if c.derived} <= spans(dom, "d-")
    assert {(c.original.start, c.original.end) for c in result.changes if c.original} <= spans(dom, "o-")
    shown(capsys, shot)
