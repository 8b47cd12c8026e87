"""What every grading worker needs, imported once by the process that forks the workers.

The runner's workers come from a multiprocessing fork server that imports this module first, so
a new worker (for example one started beside a stalled endless loop) is ready at once instead
of spending a second of CPU time importing nbgrader again while the class is being graded.
"""

from aiclass.quick_imports import skip_unused_imports

skip_unused_imports()

import nbgrader.apps.api  # noqa: E402, F401
import nbgrader.converters  # noqa: E402, F401

import aiclass.grade.execute  # noqa: E402, F401
import aiclass.grade.kernel  # noqa: E402, F401
import aiclass.grade.worker  # noqa: E402, F401
