"""Corpus: the module imports a shared block that is part of an import cycle."""

from pia_dsl.forms.juten import Cover, FocusedAssessment

from assessments.shared.cycle_a import A

assessment = FocusedAssessment(cover=Cover(title=A))
