"""Corpus: the document is bound to another name."""

from pia_dsl.forms.juten import FocusedAssessment

document = FocusedAssessment()
