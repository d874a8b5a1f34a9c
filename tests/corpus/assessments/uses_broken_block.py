"""Corpus: a module whose shared block has a syntax error."""

from assessments.shared.broken_block import DECLARATION
from pia_dsl.forms.juten import Cover, FocusedAssessment

assessment = FocusedAssessment(cover=Cover(declaration=DECLARATION))
