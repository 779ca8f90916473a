"""Score each seed as a saved web page and as its text file: the page's score, date and text against the text's.

Run: python scripts/pages_vs_text.py   (needs ../shared/seeds; prints a table, asserts nothing)

The page is the seed's text in tests/data/pages/seed_page.html.tmpl (WordPress-style chrome: menus,
sidebar, comments, footer, og: metas and article:published_time), as a newsroom would have saved it;
the text file is scored with the page's date, as `sourcescore score SEED.txt --published DAY` does.
"""

from __future__ import annotations

import html
import string
import time
from pathlib import Path

from sourcescore.scoring.pages import read_page, score_page
from sourcescore.scoring.scorer import default_scorer

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "tests" / "data" / "pages"
TEMPLATE = PAGES / "seed_page.html.tmpl"
ROUNDS = 25  # of reading every test page, for the cost of reading one
SEEDS = ROOT.parent / "shared" / "seeds"
# The seeds' headlines, and a CMS time stamp whose UTC day (March 27) is not its own (March 28).
TITLES = {
    "000_05bf85956880f1f9.txt": "Kim Jong Un shows off new drones as North Korea sends more troops to Russia",
    "004_388af7e0b7bc39d0.txt": "North Korea's Russia deployment: what the numbers reveal",
}
STAMP = "2025-03-28T00:30:00+01:00"


def seed_page(text: str, title: str, published: str = STAMP) -> str:
    """A text as a CMS would publish it: each line a <p>, "- " lines a <ul>, in the template's chrome."""
    blocks: list[str] = []
    items: list[str] = []
    for line in filter(str.strip, text.splitlines()):
        if line.startswith("- "):
            items.append(f"<li>{html.escape(line[2:], quote=False)}</li>")
            continue
        if items:
            blocks.append(f"<ul>{''.join(items)}</ul>")
            items = []
        blocks.append(f"<p>{html.escape(line, quote=False)}</p>")
    if items:
        blocks.append(f"<ul>{''.join(items)}</ul>")
    template = string.Template(TEMPLATE.read_text(encoding="utf-8"))
    return template.substitute(title=html.escape(title), published=published, body="\n".join(blocks))


def main() -> None:
    """Print each seed's score as a page and as text, the page's date and whether the texts agree; and what reading a page costs."""
    scorer = default_scorer()
    print(f"{'seed':<26} {'page':>6} {'text':>6} {'diff':>6}  {'page date':<10} {'from':<28} same text")
    for name, title in TITLES.items():
        text = (SEEDS / name).read_text(encoding="utf-8")
        page = read_page(seed_page(text, title))
        as_page = score_page(scorer, page)
        as_text = scorer.score(text, published=page.published)
        same = page.text.split("\n\n") == [line for line in text.splitlines() if line.strip()]
        print(f"{name:<26} {as_page.score:>6.2f} {as_text.score:>6.2f} {as_page.score - as_text.score:>+6.2f}  "
              f"{page.published!s:<10} {page.published_from:<28} {'yes' if same else 'no'}")
    pages = [path.read_bytes() for path in sorted(PAGES.glob("*.html"))]
    start = time.process_time()
    for _ in range(ROUNDS):
        for data in pages:
            read_page(data)
    each = (time.process_time() - start) / (ROUNDS * len(pages))
    print(f"read_page: {each * 1000:.1f} ms of CPU a page ({len(pages)} test pages, {ROUNDS} rounds, after the first page's imports)")


if __name__ == "__main__":
    main()
