"""Backup: ``assistant export`` writes the store into one verified archive, ``assistant import``
restores it (crash-safe) into the store of ASSISTANT_HOME, embedded or on a Chroma server.

``archive`` is the file format and its checks, ``export`` and ``restore`` the two directions,
``cli`` the two commands.
"""
