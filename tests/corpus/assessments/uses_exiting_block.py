"""Corpus: the module imports a shared block that raises SystemExit."""

from pia_dsl.forms.juten import Cover, FocusedAssessment

import assessments.shared.exits  # noqa: F401

assessment = FocusedAssessment(cover=Cover(title="共通ブロックが終了する評価書"))
