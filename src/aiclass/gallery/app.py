"""``GalleryApp``: Voila serving a folder of apps, with the gallery instead of the file tree.

Removed from Voila's directory mode: the tree pages and the contents API (they show file names
and would let a pupil read sources). Added: the gallery routes (handlers.py), an offline page
template (template.py) and preheated kernels for the most used apps (usage.py).
"""

from __future__ import annotations

import asyncio
import json
import tempfile
import time
from pathlib import Path

from jupyter_server._tz import utcnow
from traitlets import Int, Unicode
from voila.app import Voila
from voila.tornado.handler import TornadoVoilaHandler

from aiclass.gallery.handlers import gallery_handlers
from aiclass.gallery.template import write_offline_template
from aiclass.gallery.usage import Usage

HIDDEN_ROUTES = ("/voila/tree", "/voila/api/contents")
# Only what widgets need: other installed lab extensions (nbgrader...) fail in Voila's page.
WIDGET_EXTENSIONS = [
    "@jupyter-widgets/jupyterlab-manager",
    "@voila-dashboards/widgets-manager7",
    "@voila-dashboards/widgets-manager8",
]


class RenderHandler(TornadoVoilaHandler):
    """Voila's page, always setting the XSRF cookie (a preheated page does not, and then
    the page cannot ask to shut its kernel down when the tab closes)."""

    async def prepare(self):
        await super().prepare()
        self.xsrf_token  # noqa: B018 (reading it sets the cookie)
        GalleryApp.last_open = time.monotonic()


class GalleryApp(Voila):
    name = "aiclass-gallery"
    description = "The aiclass classroom gallery (Voila apps behind a home page of picture cards)."

    manifest = Unicode("", config=True, help="gallery.json: the apps, as written by serve.py")
    default_language = Unicode("en", config=True, help="language of the home page: zh-CN or en")
    preheat_apps = Int(2, config=True, help="how many of the most used apps get preheated kernels")
    preheat_pool = Int(1, config=True, help="preheated kernels kept ready for each of those apps")
    usage_file = Unicode("", config=True, help="JSON file of open counts ('' keeps them in memory)")
    kernel_budget = Int(45, config=True, help="no preheated refill while this many kernels run")
    connect_grace_s = Int(
        600,
        config=True,
        help="a kernel handed to a page that has not connected yet is kept this long",
    )
    last_open = 0.0  # when a pupil last opened an app (monotonic); 0: nobody yet

    def initialize(self, argv=None):
        super().initialize(argv)
        self.entries: list[dict] = (
            json.loads(Path(self.manifest).read_text()) if self.manifest else []
        )
        self.entries_by_id = {entry["id"]: entry for entry in self.entries}
        self.waiting_for_page: dict[str, float] = {}  # kernel id: when it was handed over
        self.usage = Usage(Path(self.usage_file) if self.usage_file else None)
        if not self.voila_configuration.extension_allowlist:
            self.voila_configuration.extension_allowlist = WIDGET_EXTENSIONS
        self.template_paths.insert(
            0, str(write_offline_template(Path(tempfile.mkdtemp(prefix="aiclass-tpl-"))))
        )
        self._configure_preheating()

    def preheated_notebooks(self) -> list[str]:
        """Notebook paths (relative to the root) whose kernels are started before anyone asks."""
        if self.preheat_pool <= 0:
            return []
        chosen = self.usage.most_used([entry["id"] for entry in self.entries], self.preheat_apps)
        lang = self.default_language
        return [
            self.entries_by_id[lab_id]["notebook"][lang]
            for lab_id in chosen
            if lang in self.entries_by_id[lab_id]["notebook"]
        ]

    def _configure_preheating(self) -> None:
        notebooks = self.preheated_notebooks()
        if not notebooks:
            return
        self.voila_configuration.preheat_kernel = True
        self.voila_configuration.default_pool_size = 0
        pools = {"default": {"pool_size": 0}}
        pools.update({path: {"pool_size": self.preheat_pool} for path in notebooks})
        self.config.VoilaKernelManager.kernel_pools_config = pools
        self.log.info("aiclass: preheating %s", ", ".join(notebooks))

    def init_settings(self) -> dict:
        settings = super().init_settings()
        if self.voila_configuration.preheat_kernel:
            self._cap_refills(self.kernel_manager)
            self._fresh_handover(self.kernel_manager)
            self._quiet_refills(self.kernel_manager)
            self._patient_culling(self.kernel_manager)
        return settings

    def _fresh_handover(self, manager) -> None:
        """A preheated kernel handed to a pupil counts as active from then on: its idle time
        since preheating must not get it culled before a slow browser connects to it."""
        take = manager.get_rendered_notebook

        async def handed_over(*args, **kwargs):
            result = await take(*args, **kwargs)
            manager.get_kernel(result[2]).last_activity = utcnow()
            self.waiting_for_page[result[2]] = time.monotonic()
            return result

        manager.get_rendered_notebook = handed_over

    def _patient_culling(self, manager) -> None:
        """A kernel handed to a page that has not connected yet is not culled for
        ``connect_grace_s``: an old classroom computer (or 40 at once) may need minutes to load
        the page. Once the page has connected, the usual idle culling applies."""
        cull = manager.cull_kernel_if_idle

        async def patient_cull(kernel_id):
            since = self.waiting_for_page.get(kernel_id)
            if since is not None:
                if manager._kernel_connections.get(kernel_id, 0):
                    self.waiting_for_page.pop(kernel_id, None)
                elif time.monotonic() - since < self.connect_grace_s:
                    return None
                else:
                    self.waiting_for_page.pop(kernel_id, None)
            return await cull(kernel_id)

        manager.cull_kernel_if_idle = patient_cull

    def _quiet_refills(self, manager) -> None:
        """Once pupils have started opening apps, refill preheated pools one kernel at a time,
        and only after nobody opened an app for ``fill_delay`` seconds: running an app's
        notebook takes the CPU that pupils' browsers need while their pages load."""
        initialize = manager._initialize
        one_at_a_time = asyncio.Lock()
        quiet_s = manager.fill_delay

        async def quiet_initialize(notebook_path, kernel_id=None, **kwargs):
            if kernel_id is not None or not GalleryApp.last_open:  # a restart, or before class
                return await initialize(notebook_path, kernel_id, **kwargs)
            async with one_at_a_time:
                while (wait := GalleryApp.last_open + quiet_s - time.monotonic()) > 0:
                    await asyncio.sleep(wait)
                return await initialize(notebook_path, kernel_id, **kwargs)

        manager._initialize = quiet_initialize

    def _cap_refills(self, manager) -> None:
        """Refill a preheated pool only while fewer than ``kernel_budget`` kernels run, so a
        class taking 40 preheated kernels does not start 40 more at once (time and memory)."""
        refill = manager.fill_if_needed
        budget = self.kernel_budget

        def capped_refill(delay=None, notebook_name=None, **kwargs):
            pools = manager.kernel_pools_config
            wanted = pools.get(notebook_name, pools.get("default", {})).get("pool_size", 0)
            room = max(budget - len(manager.list_kernel_ids()), 0)
            size = min(wanted, len(manager._pools.get(notebook_name, [])) + room)
            pools[notebook_name] = {**pools.get(notebook_name, {}), "pool_size": size}
            try:
                refill(delay=delay, notebook_name=notebook_name, **kwargs)
            finally:
                pools[notebook_name]["pool_size"] = wanted

        manager.fill_if_needed = capped_refill

    def init_handlers(self) -> list:
        handlers = [
            route
            for route in super().init_handlers()
            if not any(hidden in route[0] for hidden in HIDDEN_ROUTES)
        ]
        tree_root = self.server_url
        handlers = [route for route in handlers if route[0] != tree_root]
        handlers = [
            (route[0], RenderHandler, *route[2:]) if route[1] is TornadoVoilaHandler else route
            for route in handlers
        ]
        return gallery_handlers(self.server_url, self) + handlers


main = GalleryApp.launch_instance
