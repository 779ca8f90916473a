"""The report page's stylesheet, inlined in every page: highlights told apart by colour, border style and a tag."""

from __future__ import annotations

from .marks import KINDS

# Per kind: background, the border or underline that tells it apart without colour, and the tag's colour.
# Layers nest: a sentence's border sits lowest (largest padding), a quotation's above it, a word's on the word.
_KIND_CSS = {
    "claim-attributed": "background:#eaf5ea;border-bottom:3px solid #3f7f3f;padding-bottom:.42em",
    "claim-unattributed": "background:#fff4cc;border-bottom:2px dashed #8a6500;padding-bottom:.42em",
    "quote": "font-style:italic;background:#f0eafa;border-bottom:2px solid #6d4fa3;padding-bottom:.24em",
    "source-named": "background:#d6e6fd;border-bottom:2px solid #1d4ed8;padding:0 .1em .06em",
    "source-anonymous": "background:#e6e0f3;border-bottom:2px dotted #5b3f92;padding:0 .1em .06em",
    "source-vague": "background:#fcdcc4;border-bottom:4px double #b23c06;padding:0 .1em .06em",
    "cue": "font-weight:700;border-bottom:1px solid #333;padding:0 .05em .06em",
    "stat-named": "background:#d7f5df;outline:1px solid #166534;outline-offset:-1px;padding:0 .12em",
    "stat-vague": "background:#fdefc0;outline:1.5px dashed #92400e;outline-offset:-1px;padding:0 .12em",
    "stat-none": "background:#fcdcdc;outline:2px dotted #b91c1c;outline-offset:-1px;padding:0 .12em",
    "date-issue": "background:#fcdcdc;text-decoration:underline wavy #b91c1c 1.5px;text-underline-offset:.18em;padding:0 .08em",
    "evidence": "outline:1px dashed #444;outline-offset:-1px;padding:0 .08em",
}
_TAG_COLOUR = {
    "claim-attributed": "#2d5e2d", "claim-unattributed": "#6b4e00", "quote": "#553b84", "source-named": "#1a3f9e",
    "source-anonymous": "#4a3278", "source-vague": "#8f3005", "cue": "#333", "stat-named": "#14532d",
    "stat-vague": "#7c3a0a", "stat-none": "#991b1b", "date-issue": "#991b1b", "evidence": "#333",
}


def _kind_rules() -> str:
    """A rule per kind for its look, and one for its tag: before a sentence, after anything else."""
    rules = []
    for k in KINDS:
        rules.append(f".k-{k.key}{{{_KIND_CSS[k.key]}}}")
        colour = _TAG_COLOUR[k.key]
        if k.layer == 0:  # a claim's tag opens it (its first fragment), so a reader sees it where the sentence starts
            rules.append(f'.k-{k.key}:not(.cont)::before{{content:"{k.tag}";color:{colour}}}')
        else:  # a word's or quotation's tag closes it (its last fragment)
            rules.append(f'.k-{k.key}:not(.split)::after{{content:"{k.tag}";color:{colour}}}')
    return "\n".join(rules)


CSS = """
*{box-sizing:border-box}
body{margin:0;background:#fbfbf9;color:#1b1b1b;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif}
header.top{padding:1.2rem 2rem 1rem;background:#fff;border-bottom:1px solid #ddd}
header.top h1{font-size:1.35rem;margin:0 0 .2rem;overflow-wrap:anywhere}
.where{color:#555;font-size:.9rem;margin:0;overflow-wrap:anywhere}
.verdict{display:flex;flex-wrap:wrap;gap:.6rem 1.6rem;align-items:baseline;margin-top:.8rem}
.score{font-size:2.6rem;font-weight:700;line-height:1}
.score small{font-size:1rem;font-weight:400;color:#555}
.band{font-weight:700;padding:.15rem .6rem;border-radius:3px;border:2px solid;letter-spacing:.04em}
.band-reliable{color:#14532d;background:#dcfce7;border-style:solid}
.band-mixed{color:#713f12;background:#fef3c7;border-style:dashed}
.band-unreliable{color:#7f1d1d;background:#fee2e2;border-style:double;border-width:4px}
.disclaimer{margin:.7rem 0 0;padding:.45rem .7rem;border-left:4px solid #777;background:#f3f3f0;max-width:60rem}
.layout{display:grid;grid-template-columns:minmax(0,1fr) minmax(18rem,27rem);gap:1.5rem;padding:1rem 2rem 2rem;align-items:start}
.layout.trio{grid-template-columns:minmax(0,1fr) minmax(0,1fr) minmax(16rem,24rem);gap:1rem;padding:1rem}
.trio .body{font-size:16px}
.trio article.text{padding:1rem 1.1rem;margin-top:1rem}
@media (max-width:1100px){.layout.trio{grid-template-columns:minmax(0,1fr) minmax(0,1fr)}.trio aside{grid-column:1/-1}}
@media (max-width:900px){.layout,.layout.trio{grid-template-columns:minmax(0,1fr);padding:1rem}}
section{margin:0 0 1.2rem}
h2{font-size:1.05rem;margin:0 0 .5rem;padding-bottom:.2rem;border-bottom:1px solid #ddd}
h3{font-size:.95rem;margin:.8rem 0 .3rem}
.panel{background:#fff;border:1px solid #ddd;border-radius:4px;padding:.9rem 1rem}
article.text{background:#fff;border:1px solid #ddd;border-radius:4px;padding:1.2rem 1.6rem}
.body{font:17px/2.35 Georgia,"DejaVu Serif",serif;white-space:pre-wrap;overflow-wrap:anywhere;max-width:46rem;margin:0}
table.parts{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums}
table.parts td{padding:.12rem .3rem;border-bottom:1px solid #eee;vertical-align:top}
table.parts td.pts{text-align:right;white-space:nowrap;font-weight:600}
table.parts tr.total td{border-top:2px solid #333;border-bottom:0;font-weight:700}
.pos{color:#14532d}.neg{color:#991b1b}
ol.findings,ul.changes{padding-left:1.4rem;margin:0}
ol.findings li,ul.changes li{margin:0 0 .55rem}
.code{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:.85em;font-weight:700}
.sev{font-size:.72rem;font-weight:700;text-transform:uppercase;letter-spacing:.04em;padding:0 .3rem;border:1px solid #999;border-radius:2px}
.sev-high{border-style:double;border-width:3px;color:#7f1d1d}.sev-medium{border-style:solid;color:#713f12}
.sev-low{border-style:dashed;color:#444}.sev-credit{border-style:solid;color:#14532d}
a{color:#1d4ed8}
a.ev{font-size:.85em;margin-right:.4rem;overflow-wrap:anywhere}
.quote-ev{color:#333;font-size:.88em;overflow-wrap:anywhere}
div.legend{display:flex;flex-wrap:wrap;gap:.35rem .9rem;font:14px/2.2 Georgia,"DejaVu Serif",serif;margin:.2rem 0 .3rem}
details.legend{font-size:.86rem;margin:0 0 .8rem;border-bottom:1px solid #ddd;padding-bottom:.4rem}
details.legend ul{margin:.3rem 0;padding-left:1.2rem}
summary{cursor:pointer;color:#1d4ed8}
.model li{margin-bottom:.3rem}
.muted{color:#555;font-size:.86rem}
mark{background:none;color:inherit}
mark.k{-webkit-box-decoration-break:clone;box-decoration-break:clone;scroll-margin:40vh 0}
.k::before,.k::after{font:700 .6rem/1 system-ui,"DejaVu Sans",sans-serif;font-style:normal;letter-spacing:.02em;vertical-align:super;white-space:nowrap}
.k::after{margin-left:.12em}
.k::before{margin-right:.15em}
mark.k:target{outline:3px solid #111;outline-offset:2px;animation:flash 1.5s ease-out 1}
@keyframes flash{from{box-shadow:0 0 0 6px #facc15}to{box-shadow:none}}
@media print{.layout{display:block}}
"""


def stylesheet() -> str:
    """The page's CSS: layout, then a rule per kind of highlight."""
    return CSS + _kind_rules() + "\n"
