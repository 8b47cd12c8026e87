"""``python -m aiclass.gallery [options] APPS_FOLDER``: run the gallery server (see command.py)."""

from aiclass.quick_imports import skip_unused_imports

skip_unused_imports()

from aiclass.gallery.app import main  # noqa: E402

if __name__ == "__main__":
    main()
