"""The web UI: a Gradio app built on the ``assistant`` core (``assistant serve``).

Nothing here runs at import time; ``ui.app.build_app`` and ``ui.server.make_server`` build the
parts when ``assistant serve`` (or a test) calls them.
"""
