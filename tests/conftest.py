"""Shared helpers for the test suite."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def fixture_text() -> type[_Fixtures]:
    return _Fixtures


class _Fixtures:
    @staticmethod
    def read(name: str) -> str:
        return (FIXTURES / name).read_text(encoding="utf-8")
