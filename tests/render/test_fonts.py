"""
Tests for pia_dsl.render.fonts: the font mapping of the PDF conversion.
"""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from pia_dsl.render import fonts


class TestFontconfig:
    def test_file_maps_the_template_fonts(self) -> None:
        """
        The shipped fontconfig file maps ＭＳ 明朝 / ＭＳ ゴシック to IPA明朝 / IPAゴシック.
        """
        text = fonts.FONTCONFIG.read_text(encoding="utf-8")

        assert "<family>ＭＳ 明朝</family>" in text
        assert "<family>ＭＳ ゴシック</family>" in text
        assert "<family>IPAMincho</family>" in text
        assert "<family>IPAGothic</family>" in text

    def test_environment(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """
        The conversion uses the shipped file, unless the user set FONTCONFIG_FILE.
        """
        monkeypatch.delenv("FONTCONFIG_FILE", raising=False)
        assert fonts.font_environment() == {"FONTCONFIG_FILE": str(fonts.FONTCONFIG)}

        monkeypatch.setenv("FONTCONFIG_FILE", "/etc/mine.conf")
        assert fonts.font_environment() == {"FONTCONFIG_FILE": "/etc/mine.conf"}

    def test_fc_match(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """
        With the IPA fonts installed, fontconfig resolves ＭＳ 明朝 to IPAMincho.
        """
        if (
            not shutil.which("fc-match")
            or "IPAMincho"
            not in subprocess.run(["fc-list"], capture_output=True, text=True, check=False).stdout
        ):
            message = "fonts-ipafont-mincho がありません"
            if os.environ.get("CI"):
                pytest.fail(f"{message}: CI では必須です (.ci/run)")
            pytest.skip(message)
        found = subprocess.run(
            ["fc-match", "-f", "%{family}", "ＭＳ 明朝"],
            capture_output=True,
            text=True,
            check=True,
            env={"FONTCONFIG_FILE": str(fonts.FONTCONFIG), "PATH": "/usr/bin:/bin"},
        ).stdout

        assert "IPAMincho" in found
