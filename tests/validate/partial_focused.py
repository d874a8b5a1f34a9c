"""
A partial transcription: only Ⅲ リスク対策 of a 重点項目評価書 (and its 表紙) is written.

The other sections are declared absent from the source, so ``pia check`` reports what they
lack as warnings, and nothing is invented for them: the render prints them blank.
"""

from __future__ import annotations

from assessments.fujisawa_shoni_iryo import S3
from assessments.fujisawa_shoni_iryo import assessment as published

from pia_dsl.forms.juten import FocusedAssessment
from pia_dsl.provenance import Absent, Declaration

_NOT_TRANSCRIBED = "Ⅲ のみ書き起こし（原本の他の部分は手元にない）"

assessment = FocusedAssessment(cover=published.cover, s3=S3)

provenance: dict[str, Declaration] = {
    "s1": Absent(_NOT_TRANSCRIBED),
    "s2": Absent(_NOT_TRANSCRIBED),
    "annex1": Absent(_NOT_TRANSCRIBED),
    "s4": Absent(_NOT_TRANSCRIBED),
    "s5": Absent(_NOT_TRANSCRIBED),
}
