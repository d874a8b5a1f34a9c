"""Corpus: the module calls sys.exit(0) before it defines its document."""

import sys

from pia_dsl.forms.juten import Cover, FocusedAssessment

sys.exit(0)

assessment = FocusedAssessment(cover=Cover(title="終わらない評価書"))
