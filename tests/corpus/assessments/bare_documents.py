"""Corpus: `documents` holds something that is not a document."""

from pia_dsl.forms.juten import FocusedAssessment

assessment = FocusedAssessment()

documents = (assessment, "基礎項目評価書")
