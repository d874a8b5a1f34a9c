"""
``pia dump``: print the canonical JSON or YAML of an assessment.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ..errors import InvalidAssessmentError
from ..io import dump
from ..loader import load_assessment
from .common import add_command, add_format, add_paths

__all__ = ["register", "run"]


def register(subparsers: Any) -> None:
    parser = add_command(
        subparsers,
        "dump",
        run,
        description="評価書を正規化した JSON または YAML で出力します。選択肢は様式の文言そのままです。\n\n"
        "Print the canonical JSON or YAML of an assessment.",
        examples="  pia dump assessments/fujisawa_shoni_iryo.py --format json\n  pia dump assessments/x.py --format yaml > x.yaml",
    )
    add_paths(parser, many=False)
    add_format(parser, ("json", "yaml"), "json")


def run(args: argparse.Namespace) -> int:
    document = load_assessment(args.path)
    try:
        text = dump(document, args.format)
    except InvalidAssessmentError as error:
        raise InvalidAssessmentError(f"{args.path}: {error}") from error
    sys.stdout.write(text)
    return 0
