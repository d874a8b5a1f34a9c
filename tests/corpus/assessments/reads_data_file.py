"""Corpus: the module reads its title from a data file by a relative path."""

from pathlib import Path

from pia_dsl.forms.juten import Cover, FocusedAssessment

TITLE = Path("assessments/title.txt").read_text(encoding="utf-8").strip()

assessment = FocusedAssessment(cover=Cover(title=TITLE))
