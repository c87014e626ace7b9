"""The Japanese fonts embedded in every PDF.

They come from a PyPI package (pylopdf-fonts-jp: Noto Serif JP and Noto Sans JP, SIL OFL 1.1), so
`pip install` is all a machine needs: no system font, no root. See docs/fonts.md.
"""
from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

from .errors import DocumentError

PACKAGE = "pylopdf_fonts_jp"
# CSS family names; they also become the font names inside the PDF (after the subset prefix).
MINCHO = "NotoSerifJP"
GOTHIC = "NotoSansJP"
FILES = {MINCHO: "NotoSerifJP-Regular.otf", GOTHIC: "NotoSansJP-Regular.otf"}


@functools.cache
def font_paths() -> dict[str, Path]:
    try:
        base = resources.files(PACKAGE)
    except ModuleNotFoundError:
        raise DocumentError(
            "日本語フォント (pylopdf-fonts-jp) がインストールされていないため、PDF を作成できません。"
            "`pip install -e .` でインストールしてください。",
            code="fonts-missing",
        ) from None
    paths = {}
    for family, name in FILES.items():
        path = Path(str(base / name))
        if not path.is_file():
            raise DocumentError(f"日本語フォントのファイル {name} が見つかりません。", code="fonts-missing")
        paths[family] = path
    return paths


def font_face_css() -> str:
    return "\n".join(
        f'@font-face {{ font-family: "{family}"; src: url("{path.as_uri()}"); }}'
        for family, path in font_paths().items()
    )


@functools.cache
def _cmap(family: str) -> frozenset[int]:
    from fontTools.ttLib import TTFont

    font = TTFont(font_paths()[family], lazy=True)
    try:
        return frozenset(font.getBestCmap())
    finally:
        font.close()


def missing_glyphs(text: str, family: str = MINCHO) -> set[str]:
    """Characters of `text` the embedded face cannot draw (they would fall back to whatever the system has)."""
    cmap = _cmap(family)
    return {ch for ch in text if not ch.isspace() and ord(ch) not in cmap}
