"""
Fonts for the PDF conversion.

The templates name ＭＳ 明朝 and ＭＳ ゴシック, the fonts Word users have.  On Linux,
LibreOffice has neither; :data:`FONTCONFIG` (shipped with the package) maps both names to
the fixed-pitch IPA明朝 / IPAゴシック (Debian ``fonts-ipafont-mincho``,
``fonts-ipafont-gothic``), falling back to Noto CJK, so that the PDF breaks lines where
Word does.  A ``FONTCONFIG_FILE`` set by the user wins.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["APT_FONTS", "FONTCONFIG", "font_environment"]

#: The fontconfig file that maps the template's font names.
FONTCONFIG = Path(__file__).with_name("fontconfig") / "pia-fonts.conf"

#: The Debian packages of the fonts it maps to.
APT_FONTS = ("fonts-ipafont-mincho", "fonts-ipafont-gothic")


def font_environment() -> dict[str, str]:
    """
    The environment variables that make LibreOffice use :data:`FONTCONFIG`.
    """
    return {"FONTCONFIG_FILE": os.environ.get("FONTCONFIG_FILE") or str(FONTCONFIG)}
