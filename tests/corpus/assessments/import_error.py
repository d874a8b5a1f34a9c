"""Corpus: a name that the form package does not have."""

from pia_dsl.forms.juten import FocusedAssessment, KokuhoAssessment

assessment = FocusedAssessment()
