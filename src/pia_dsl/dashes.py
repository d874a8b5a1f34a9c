"""
「-」: what an author writes in a text cell for 「該当なし」.

Published documents print 「-」 (or a dash of another width) in items left without
content: under a switch (委託しない, 再委託しない, 提供・移転しない, 接続しない, 発生なし…) and
wherever an item does not apply.  Every rule treats such a cell like a blank one.
"""

from __future__ import annotations

__all__ = ["DASHES", "is_blank"]

#: What authors write for 「該当なし」 in a text cell (hyphens, dashes, minus signs, 長音).
DASHES = frozenset({"-", "－", "—", "―", "‐", "ー", "−"})


def is_blank(text: str) -> bool:
    """
    Whether a text cell says nothing: empty, or only 「-」 (the forms' convention).
    """
    stripped = text.strip(" \t\n\u3000")
    return not stripped or stripped in DASHES
