"""Build the rare-character fallback fonts in resources/fonts/ from Debian's fonts-hanazono.

    apt-get install fonts-hanazono && pip install fonttools
    python tools/fallback_fonts.py [--source /usr/share/fonts/truetype/hanazono]

The main face (WenQuanYi Micro Hei) covers the common Hanzi of the Basic Multilingual Plane.
Names can hold characters it lacks: CJK Extension A (䶮 U+4DAE), compatibility ideographs, and
the supplementary-plane Extensions B to F (𠮷 U+20BB7) that GB 18030-2022 requires. HanaMin
(花園明朝, GlyphWiki) covers them all:

- ``HanaMinA-han.ttf``: HanaMinA cut down to the Han characters and CJK punctuation that
  WenQuanYi Micro Hei lacks (~4 MB of its 22 MB);
- ``HanaMinB.ttf``: HanaMinB as shipped — it holds only plane 2 (Extensions B–F), every glyph
  of which a name may need.

Hanazono is offered under the Hanazono Font License or the SIL OFL 1.1; DealerDesk redistributes
the cut-down face under the Hanazono Font License, which allows modified copies under any name
(``resources/fonts/hanazono.COPYRIGHT.txt``). Needs fontTools (a tool, not a run-time dependency).
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FONTS = ROOT / "resources" / "fonts"
MAIN = FONTS / "wqy-microhei.ttc"
# Han and the punctuation around it: radicals, CJK symbols, strokes, Ext-A, URO, compatibility
# ideographs and forms, full-width forms, and plane 2's compatibility supplement.
HAN_RANGES = ((0x2E80, 0x2FDF), (0x3000, 0x303F), (0x3190, 0x31EF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF),
              (0xF900, 0xFAFF), (0xFE30, 0xFE4F), (0xFF00, 0xFFEF), (0x20000, 0x2FA1F))


def _cmap(path: Path, index: int = 0) -> set[int]:
    from fontTools.ttLib import TTCollection, TTFont

    font = TTCollection(str(path)).fonts[index] if path.suffix.lower() == ".ttc" else TTFont(str(path))
    return set(font.getBestCmap())


def build_a(source: Path, out: Path, plane2: set[int]) -> int:
    """HanaMinA's Han characters that neither the main face nor HanaMinB (``plane2``) has, into
    ``out``; returns their count."""
    from fontTools import subset

    have = _cmap(MAIN) | plane2
    wanted = sorted(c for c in _cmap(source) if c not in have and any(lo <= c <= hi for lo, hi in HAN_RANGES))
    options = subset.Options()
    options.layout_features = []  # no vertical forms or Japanese variants: one glyph per character
    options.drop_tables += ["BASE", "FFTM", "prop", "vhea", "vmtx"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    font = subset.load_font(str(source), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=wanted)
    subsetter.subset(font)
    subset.save_font(font, str(out), options)
    return len(wanted)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=Path("/usr/share/fonts/truetype/hanazono"))
    args = parser.parse_args(argv)
    count = build_a(args.source / "HanaMinA.ttf", FONTS / "HanaMinA-han.ttf", _cmap(args.source / "HanaMinB.ttf"))
    shutil.copyfile(args.source / "HanaMinB.ttf", FONTS / "HanaMinB.ttf")
    print(f"HanaMinA-han.ttf: {count} characters; HanaMinB.ttf copied")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
