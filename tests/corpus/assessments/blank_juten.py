"""Corpus: a valid module with a blank 重点項目評価書 (the base of the template, render and changes cases)."""

from pia_dsl.forms.juten import Cover, FocusedAssessment

assessment = FocusedAssessment(cover=Cover(title="コーパス用の評価書"))
