"""Ingestion: load files of many formats, chunk them, and sync folders into the store."""
