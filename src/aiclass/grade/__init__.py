"""Grade a whole class with nbgrader: parallel, sandboxed, robust (``aiclass grade``).

>>> from aiclass.grade.sandbox import Limits
>>> Limits().memory_mb > 0
True
"""

from aiclass.grade.sandbox import Limits, sandbox_mode, sandbox_note

__all__ = ["Limits", "sandbox_mode", "sandbox_note"]
