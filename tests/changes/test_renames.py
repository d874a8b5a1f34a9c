"""
Tests for ``pia_dsl.changes.renames``: an old path of a declaration is mapped to its
current path (through member keys and form prefixes) for the messages.
"""

from __future__ import annotations

from pia_dsl.changes.renames import renamed, renamed_hint


def test_renamed_follows_parent_renames() -> None:
    assert renamed("s4.request.address") == "s4.disclosure.requests_to"
    assert renamed("s3.use.linking_risk.sufficiency") == "s3.use.risk1.sufficiency"


def test_renamed_keeps_member_keys_and_form_prefix() -> None:
    assert renamed("s2.files[pension].basics.main_items") == "s2.files[pension].basics.main_records"
    assert renamed("zenkomoku:s2.files[pension].retention") == "zenkomoku:s2.files[pension].storage"
    assert renamed("zenkomoku:s2.files[pension].retention.term.validity") == (
        "zenkomoku:s2.files[pension].storage.term.validity"
    )


def test_current_paths_are_not_renamed() -> None:
    assert renamed("s1.affair.name") is None
    assert renamed_hint("s2.acquisition.users.departments") == ""


def test_hint_names_the_new_path() -> None:
    hint = renamed_hint("s2.acquisition.subject.departments", ["juten"])

    assert "「s2.acquisition.users.departments」" in hint
    assert "docs/renames.md" in hint
