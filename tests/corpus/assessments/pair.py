"""Corpus: a module with two documents (基礎 + 重点): build/pair_kiso.docx, pair_juten.docx, pair.docx."""

from pia_dsl.forms.juten import Cover, FocusedAssessment
from pia_dsl.forms.kiso import BasicAssessment

kiso = BasicAssessment()
assessment = FocusedAssessment(cover=Cover(title="二つの評価書"))

documents = (kiso, assessment)
