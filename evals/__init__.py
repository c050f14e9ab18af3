"""Evaluation harness and benchmarks: datasets, metrics, baseline pipelines, reports, ``assistant eval``.

A front-end on the core library: it builds stores and assistants through ``assistant``'s
factories and scores the ``Answer`` objects they return; nothing here changes how answers are made.
"""
