"""Whether a loaded document is text worth embedding: refused before any chunking or embedding, in bounded time.

A 3 MB Markdown file of one letter repeated made 1,875 chunks of junk, each embedded at full cost,
and held up every other file of the sync (issue 20). Text with no letters, or whose "words" are far
longer than any word of any language (runs of one character, base64, hex dumps), is refused with the
reason. The limits on one document's chunks and embedding time are the syncer's (``ingest/sync.py``).
"""

from __future__ import annotations

import re

# Longer than any word of any language (Finnish compounds of the statutes stay under 45 characters;
# "lastensuojelulainsäädäntöuudistus" is 33); web addresses may be longer. The loaders cut shorter runs
# of such "words" into pieces (``ingest.loaders.break_long_runs``) and keep the document.
MAX_WORD_CHARS = 100
LONG_WORDS_SHARE = 0.5  # refused when more than this share of the characters is in over-long "words"
_ADDRESS = re.compile(r"^\W*(?:https?://|www\.|[\w.+-]+@)", re.IGNORECASE)


def text_problem(text: str) -> str | None:
    """Why ``text`` is not text in any language (None when it is)."""
    if not any(ch.isalpha() for ch in text):
        return "no letters in the text: nothing in any language to index"
    tokens = text.split()
    total = sum(map(len, tokens))
    long = [t for t in tokens if len(t) > MAX_WORD_CHARS and not _ADDRESS.match(t)]
    share = sum(map(len, long)) / total if total else 0.0
    if share > LONG_WORDS_SHARE:
        longest = max(map(len, long))
        return (f"{share:.0%} of its characters are in \"words\" of over {MAX_WORD_CHARS} characters with no "
                f"space (the longest {longest:,}): not text in any language (generated or encoded data?)")
    return None
