"""Corpus: `assessment` is defined but left out of `documents`."""

from pia_dsl.forms.juten import Cover, FocusedAssessment

draft = FocusedAssessment(cover=Cover(title="下書き"))
assessment = FocusedAssessment(cover=Cover(title="本番"))

documents = (draft,)
