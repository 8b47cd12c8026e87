"""The classroom gallery: a home page of big picture cards, each opening one Voila app.

``GalleryApp`` (app.py) is Voila serving a folder of app notebooks, with the file tree replaced
by the gallery (home.py), no source or contents API, no CDN, preheated kernels for the most used
apps and culling of the kernels of closed tabs. ``command.py`` builds its command line.
"""
