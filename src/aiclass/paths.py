"""Where the curriculum lives: the repo of this checkout, or $AICLASS_HOME."""

import os
from pathlib import Path

from aiclass.errors import AiclassError

STAGE_ORDER = ("primary-lower", "primary-upper", "junior", "senior", "university", "aix")


def project_root() -> Path:
    """The folder that holds curriculum/ and labs/."""
    env = os.environ.get("AICLASS_HOME")
    root = Path(env) if env else Path(__file__).resolve().parents[2]
    if not (root / "curriculum").is_dir():
        raise AiclassError(
            f"no curriculum/ folder in {root}; set AICLASS_HOME to an aiclass checkout"
        )
    return root


def labs_dir(root: Path | None = None) -> Path:
    return (root or project_root()) / "labs"


def lab_dir(stage: str, lab_id: str, root: Path | None = None) -> Path:
    return labs_dir(root) / stage / lab_id
