"""``python -m aiclass.gallery [options] APPS_FOLDER``: run the gallery server (see command.py)."""

from aiclass.gallery.app import main

if __name__ == "__main__":
    main()
