"""mkdocs hook: regenerate the accuracy table from the scorer before each build."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def on_pre_build(config: Any) -> None:
    subprocess.run([sys.executable, str(ROOT / "scripts" / "accuracy.py")], check=True, cwd=ROOT)
