"""Nothing here touches the network: scoring runs in a subprocess whose sockets refuse to connect."""

from __future__ import annotations

import importlib.metadata
import json
import math
import re
import subprocess
import sys
from pathlib import Path

import pytest

from sourcescore.features.document import parse
from sourcescore.features.style import extract

REPO = Path(__file__).resolve().parents[1]

# Runs first in the subprocess, before any project import. Every attempt is recorded as well as
# refused, so an attempt that some library catches and swallows still fails the test.
NETWORK_BLOCK = '''
import atexit, json, math, os, shutil, socket, sys, tempfile

_nltk_data = tempfile.mkdtemp(prefix="nltk_data_empty_")
atexit.register(shutil.rmtree, _nltk_data, True)
os.environ["NLTK_DATA"] = _nltk_data

NETWORK_ATTEMPTS = []

def _refuse(name):
    def refuse(*args, **kwargs):
        NETWORK_ATTEMPTS.append(name + repr(args[1:] if name.startswith("socket.socket.") else args))
        raise OSError("network access blocked by tests/test_offline.py: " + name)
    return refuse

socket.socket.connect = _refuse("socket.socket.connect")
socket.socket.connect_ex = _refuse("socket.socket.connect_ex")
socket.create_connection = _refuse("socket.create_connection")
socket.getaddrinfo = _refuse("socket.getaddrinfo")

RESULT = {}
'''

# Runs last: the report the test reads from the last line of stdout.
REPORT = '''
RESULT["network_attempts"] = NETWORK_ATTEMPTS
RESULT["nltk_imported"] = "nltk" in sys.modules
print(json.dumps(RESULT))
'''

ARTICLE = """North Korean ruler Kim Jong Un has shown off new military drones amid reports he has \
dispatched 3,000 additional troops to support Russia in the war in Ukraine.

On March 27, Pyongyang released images showing Kim inspecting tests of surveillance and attack \
drones at an undisclosed location. “It seems that nearly 3,000 soldiers were transferred in \
January and February,” the General Staff in Seoul said.

South Korean military spokesman Lee Sung Joon said the newly surfaced drones could contain \
components from Russia. “We assume that these drones can be easily shot down,” he said.
"""

# Computes the style features; the syllable counts load textstat's pronouncing dictionary.
STYLE = '''
from sourcescore.features.document import parse
from sourcescore.features.style import extract

values = extract(parse(ARTICLE)).values
RESULT["style.flesch_reading_ease"] = values["style.flesch_reading_ease"]
assert math.isfinite(values["style.flesch_reading_ease"]), values
'''


def run_offline(body: str, *, article: str = ARTICLE) -> dict[str, object]:
    """Run ``body`` in a fresh interpreter with the network blocked; return its RESULT report."""
    script = NETWORK_BLOCK + f"ARTICLE = {article!r}\n" + body + REPORT
    proc = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, f"offline subprocess failed (exit {proc.returncode}):\n{proc.stderr}"
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _version(text: str) -> tuple[int, ...]:
    """(major, minor, micro) of a version string such as "0.7.8" or "0.7.10.dev1"."""
    return tuple(int(part) for part in re.findall(r"\d+", text)[:3])


@pytest.fixture(scope="module")
def style_report() -> dict[str, object]:
    """Report of the style features computed offline."""
    return run_offline(STYLE)


def test_style_features_need_no_network(style_report: dict[str, object]) -> None:
    assert style_report["network_attempts"] == []
    fre = style_report["style.flesch_reading_ease"]
    assert isinstance(fre, float) and math.isfinite(fre)
    # The same value as with the network available: no fallback syllable counting kicked in.
    assert fre == extract(parse(ARTICLE)).values["style.flesch_reading_ease"]


def test_textstat_does_not_download_its_dictionary(style_report: dict[str, object]) -> None:
    version = importlib.metadata.version("textstat")
    # textstat 0.7.9+ calls nltk.download("cmudict") on first use; pyproject.toml pins it below.
    assert _version(version) < (0, 7, 9) or (style_report["network_attempts"] == []), (
        f"textstat {version} downloads NLTK's cmudict (nltk imported: {style_report['nltk_imported']})"
    )


def test_the_network_block_refuses_and_records() -> None:
    report = run_offline(
        '''
import urllib.request
try:
    urllib.request.urlopen("http://example.com/", timeout=5)
except OSError as error:
    RESULT["error"] = str(error)
'''
    )
    assert "network access blocked" in str(report["error"])
    assert len(report["network_attempts"]) == 1  # type: ignore[arg-type]
    assert report["network_attempts"][0].startswith("socket.create_connection(('example.com', 80)")  # type: ignore[index]
