"""Helpers for autograder test cells: checks that explain, in the learner's language."""

from aiclass.grading.checks import check, check_close, public_checks_passed

__all__ = ["check", "check_close", "public_checks_passed"]
