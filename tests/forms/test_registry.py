"""
Tests for pia_dsl.forms.registry: the one list of the official forms.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from pia_dsl.forms import editions
from pia_dsl.forms.registry import Form, code_of, extra_form, root_of
from pia_dsl.render.fieldtypes import blank_instance
from pia_dsl.validate import generic
from pia_dsl.validate.rules import rules_for
from pia_process import environment
from toy_form import ToyAssessment


class TestForms:
    def test_codes_in_order(self) -> None:
        """
        The codes that files and the command line use, from the least to the most detailed.
        """
        assert list(Form) == ["kiso", "juten", "zenkomoku"]
        assert Form("juten") is Form.JUTEN

    def test_names_and_titles(self) -> None:
        assert [(f.label, f.official_title) for f in Form] == [
            ("基礎項目評価書", "特定個人情報保護評価書（基礎項目評価書）"),
            ("重点項目評価書", "特定個人情報保護評価書（重点項目評価書）"),
            ("全項目評価書", "特定個人情報保護評価書（全項目評価書）"),
        ]

    def test_templates(self) -> None:
        assert [f.template for f in Form] == ["kiso.docx", "juten.docx", "zenkomoku.docx"]

    @pytest.mark.parametrize("form", list(Form))
    def test_root_knows_its_form(self, form: Form) -> None:
        """
        The root class is found from the form and the form from the root class.
        """
        assert form.root.__module__ == form.package
        assert Form.of(form.root) is form
        assert code_of(form.root) == form
        assert root_of(form.value) is form.root

    @pytest.mark.parametrize("form", list(Form))
    def test_editions_and_mark(self, form: Form) -> None:
        """
        Editions and the current mark come from :mod:`pia_dsl.forms.editions`.
        """
        assert form.editions == editions.editions_of(form)
        assert form.editions
        assert form.mark == editions.form_mark(form)
        assert form.mark.startswith("[")


class TestRules:
    @pytest.mark.parametrize("form", list(Form))
    def test_rules_are_listed(self, form: Form) -> None:
        """
        Each form lists its rules once; validation runs the generic ones, then those.
        """
        rules = form.rules
        assert rules
        assert len(set(rules)) == len(rules)
        assert all(r.__module__.startswith(f"{form.package}.rules") for r in rules)
        assert rules_for(form.root) == generic.RULES + rules

    def test_other_classes_get_the_generic_rules(self) -> None:
        assert rules_for(ToyAssessment) == generic.RULES

    @pytest.mark.parametrize("form", list(Form))
    def test_rule_ids_name_the_form(self, form: Form) -> None:
        """
        Every finding of a form's own rules on a blank document has the id
        ``<form>.<topic>``.
        """
        document = blank_instance(form.root)
        ids = {found.rule for rule in form.rules for found in rule(document)}
        assert ids
        assert all(i.startswith(f"{form}.") for i in ids), ids


class TestLookups:
    def test_unknown(self) -> None:
        assert root_of("other") is None
        assert code_of(int) == ""
        assert Form.of(int) is None

    def test_extra_forms(self) -> None:
        """
        A form outside the registry (the test suite's toy form) is known by its code,
        and may not take an official code.
        """
        assert root_of("toy") is ToyAssessment
        assert code_of(ToyAssessment) == "toy"
        with pytest.raises(ValueError, match="official"):
            extra_form("juten")(ToyAssessment)


def test_importing_the_registry_imports_no_form() -> None:
    code = (
        "import sys; from pia_dsl.forms.registry import Form; "
        "[f.label + f.template + f.mark for f in Form]; "
        "print(sorted(m for m in sys.modules if m.startswith('pia_dsl.forms')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        env=environment(),
        capture_output=True,
        text=True,
        check=True,
    )
    assert (
        done.stdout.strip()
        == "['pia_dsl.forms', 'pia_dsl.forms.editions', 'pia_dsl.forms.registry']"
    )
