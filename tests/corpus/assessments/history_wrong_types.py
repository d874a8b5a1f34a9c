"""Corpus: carried-over 変更箇所 rows with values of the wrong type."""

from pia_dsl.forms.common import ChangeRow, Timing
from pia_dsl.forms.juten import Cover, FocusedAssessment

assessment = FocusedAssessment(
    cover=Cover(title="変更箇所の型"),
    history=(
        ChangeRow(date=None, item="表紙", before=1, after=["a"], timing=Timing.AFTER),  # type: ignore[arg-type]
        ChangeRow(date="令和6年4月1日", item="表紙", before="a", after="b", timing="事後"),  # type: ignore[arg-type]
    ),
)
