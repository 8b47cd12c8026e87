"""aiclass: a Jupyter AI curriculum and lab kit for schools, grade 1 to university."""

from aiclass.errors import AiclassError
from aiclass.i18n import set_language, t

__all__ = ["AiclassError", "set_language", "t", "__version__"]
__version__ = "0.1.0"
