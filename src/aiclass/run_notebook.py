"""Execute a notebook top to bottom in a fresh kernel: ``python -m aiclass.run_notebook NB [SECONDS]``.

Used by the lab gates (under ``offline_prefix``) to prove a lab's solution runs within its time
budget with no network. Exits 0 when every cell ran, 1 with the failing cell's error otherwise.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError


def run(path: Path, cell_timeout: int = 120) -> float:
    """Run every cell in the notebook's folder; return the seconds it took."""
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb, timeout=cell_timeout, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    )
    start = time.perf_counter()
    client.execute()
    return time.perf_counter() - start


def main() -> int:
    path = Path(sys.argv[1])
    timeout = int(sys.argv[2]) if len(sys.argv) > 2 else 120
    try:
        seconds = run(path, timeout)
    except (CellExecutionError, CellTimeoutError) as exc:
        print(f"FAILED {path.name}: {str(exc).strip().splitlines()[-1][:500]}")
        return 1
    print(f"OK {seconds:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
