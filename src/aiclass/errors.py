"""The one error type a user sees: a short reason, never a traceback."""


class AiclassError(Exception):
    """A problem the user can fix, with a one-line reason (the CLI prints it and exits 2)."""
