"""Docs the tests check (after sqlite-utils' tests/test_docs.py): every CLI command is in the README."""

from __future__ import annotations

import argparse
from pathlib import Path

from briefing_app.cli import build_parser

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _commands(parser: argparse.ArgumentParser, prefix: str = "briefing-app") -> list[tuple[str, argparse.ArgumentParser]]:
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found.append((f"{prefix} {name}", sub))
                found.extend(_commands(sub, f"{prefix} {name}"))
    return found


def test_every_command_is_documented_in_the_readme_with_help() -> None:
    commands = _commands(build_parser())
    assert len(commands) >= 8
    undocumented = [name for name, _ in commands if f"`{name}" not in README]
    assert undocumented == []
    assert all(sub.format_help().strip() for _, sub in commands)


def test_readme_states_the_two_setup_commands() -> None:
    assert "./dev app" in README and "./dev test" in README
    ci = (Path(__file__).resolve().parents[1] / ".ci" / "run").read_text(encoding="utf-8")
    assert ci.rstrip().endswith("./dev test")


def test_ci_runs_the_quality_gates_before_the_tests() -> None:
    root = Path(__file__).resolve().parents[1]
    ci = [line.strip() for line in (root / ".ci" / "run").read_text(encoding="utf-8").splitlines()]
    assert ci.index("./dev lint") < ci.index("./dev test")
    dev = (root / "dev").read_text(encoding="utf-8")
    lint = dev.split("  lint)", 1)[1].split(";;", 1)[0]
    assert "ruff\" check src tests benchmarks" in lint and "mypy\"" in lint


def test_changelog_has_an_unreleased_section_and_one_for_this_version() -> None:
    from briefing_app import __version__

    changelog = (Path(__file__).resolve().parents[1] / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "## [Unreleased]" in changelog
    assert f"## [{__version__}] - " in changelog
