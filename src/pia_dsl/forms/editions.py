"""
The 様式 mark each form prints at the top right of its cover (``[平成30年５月　様式４]``).

One table for the three forms, so that the form registry (the vocabulary issue) can take
it over as it is.  The marks are those of the edition the models follow, 平成30年5月
(``editions.md``: confirmed for 様式2/3/4 in documents published up to 令和7年, the
bundled examples among them).  Glyphs as the 全項目 source prints them: full-width
digits, U+3000 before 様式.
"""

from __future__ import annotations

__all__ = ["EDITION", "FORM_MARKS", "editions_of", "form_mark"]

#: The edition the form models follow.
EDITION = "平成30年５月"

#: 様式 number of each form: 基礎 様式2, 重点 様式3, 全項目 様式4.
_NUMBERS = {"kiso": "２", "juten": "３", "zenkomoku": "４"}

#: The mark printed on each form's cover.
FORM_MARKS: dict[str, str] = {
    form: f"[{EDITION}　様式{number}]" for form, number in _NUMBERS.items()
}


def form_mark(form: str) -> str:
    """
    The 様式 mark of ``form`` (``"juten"`` → ``[平成30年５月　様式３]``); ``""`` for an
    unknown form.
    """
    return FORM_MARKS.get(form, "")


def editions_of(form: str) -> tuple[str, ...]:
    """
    The editions of ``form`` that the models follow, oldest first; ``()`` for an unknown form.
    """
    return (EDITION,) if form in _NUMBERS else ()
