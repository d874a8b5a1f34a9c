"""Corpus: a shared block that does not exist."""

from assessments.shared.no_such_block import DECLARATION
from pia_dsl.forms.juten import Cover, FocusedAssessment

assessment = FocusedAssessment(cover=Cover(declaration=DECLARATION))
