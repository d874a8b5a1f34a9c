"""
Tests for pia_dsl.forms.editions: the 様式 marks.
"""

from __future__ import annotations

from pia_dsl.forms import editions
from pia_dsl.forms.registry import Form


class TestMarks:
    def test_three_forms(self) -> None:
        """
        基礎 様式2, 重点 様式3, 全項目 様式4, of the 平成30年5月 edition, in one table.
        """
        assert editions.FORM_MARKS == {
            "kiso": "[平成30年５月　様式２]",
            "juten": "[平成30年５月　様式３]",
            "zenkomoku": "[平成30年５月　様式４]",
        }
        assert editions.form_mark("other") == ""

    def test_registry_reads_the_table(self) -> None:
        """
        Each form of the registry takes its mark from the table.
        """
        for form in Form:
            assert editions.FORM_MARKS[form] == form.mark
