"""
The exceptions of pia_dsl.  The CLI prints a :class:`PiaError` as a message, without a
traceback (unless ``--debug``); anything else is a bug.
"""

from __future__ import annotations

__all__ = [
    "AssessmentLoadError",
    "InvalidAssessmentError",
    "OutputError",
    "PiaError",
    "RevisionError",
    "TemplateError",
    "UsageError",
]


class PiaError(Exception):
    """
    Root of every error that pia_dsl reports to the user (messages in Japanese).
    """


class AssessmentLoadError(PiaError):
    """
    An assessment module or file could not be loaded (missing, syntax error, exception).
    """


class InvalidAssessmentError(PiaError):
    """
    Serialized data does not fit the model (unknown key, wrong value, wrong type).
    """


class OutputError(PiaError):
    """
    An output file could not be written (a directory in its place, no permission, a full
    disk); the previous file, if any, is kept.
    """


class TemplateError(PiaError):
    """
    A Word template is missing or does not fit the context contract.
    """


class RevisionError(PiaError):
    """
    A git revision does not exist, or the assessment is absent or broken at that revision.
    """


class UsageError(PiaError):
    """
    The command was used wrongly (a bad name or option value); ``pia`` exits with 2.
    """
