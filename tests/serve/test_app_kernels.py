"""Primary apps stay light: an app's kernel never imports torch (it alone is ~300 MB) and stays
within 150 MB once its app is running (a classroom machine serves 40 of them)."""

from __future__ import annotations

import json

import nbformat
import pytest
from nbclient import NotebookClient

from aiclass.apps import voila_labs
from aiclass.curriculum import load_curriculum
from aiclass.gallery.command import prepare_gallery

PRIMARY = ("primary-lower", "primary-upper")
MAX_KERNEL_MB = 150
LABS = [lab.id for lab in voila_labs(load_curriculum(strict=False)) if lab.stage in PRIMARY]
REPORT = """
import sys, json
rss = [int(l.split()[1]) // 1024 for l in open('/proc/self/status') if l.startswith('VmRSS')][0]
print(json.dumps({"torch": "torch" in sys.modules, "rss_mb": rss,
                  "heavy": sorted(m for m in ("torch", "sklearn", "scipy", "pandas") if m in sys.modules)}))
"""


@pytest.fixture(scope="module")
def apps(tmp_path_factory):
    folder = tmp_path_factory.mktemp("apps")
    prepare_gallery(load_curriculum(strict=False), folder, None)
    return folder / "apps"


@pytest.mark.slow
@pytest.mark.parametrize(
    "lab_id", [pytest.param(i, marks=pytest.mark.xdist_group(i)) for i in LABS]
)
def test_a_primary_app_kernel_does_not_import_torch(apps, lab_id, monkeypatch):
    monkeypatch.setenv("AICLASS_WORK", "memory")
    path = apps / "en" / lab_id / f"{lab_id}.ipynb"
    nb = nbformat.read(path, as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell(REPORT))
    NotebookClient(nb, timeout=120, resources={"metadata": {"path": str(path.parent)}}).execute()
    report = nb.cells[-1].outputs[-1]["text"]
    assert '"torch": false' in report, f"{lab_id} imported torch: {report}"
    figures = json.loads(report)
    assert figures["rss_mb"] <= MAX_KERNEL_MB, f"{lab_id} kernel uses {report}"
