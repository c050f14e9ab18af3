"""Finnish statutes as the law stands: which act holds the newest wording of a section, and from when.

The Finnish statutes in the knowledge base are acts as enacted (the statute book), not consolidated
law: a section quoted from one act may have been rewritten by a later one. This package reads what
each act says it changes and answers, for any statute section in the store, which act holds its
newest wording.

- ``references``: the section references of a preamble ("muutetaan ... 25 §:n 1 ja 3 momentti",
  "ändras ... 25 § 1 och 3 mom.", "kumotaan", "lisätään") and of a locator ("5 luku 25 §").
- ``dates``: the dates of Finnish and Swedish statute text ("30 päivänä joulukuuta 2014"), and dates
  as a reader of each answer language writes them.
- ``acts``: one act's facts as the loader stores them (number, statute, dates, changes), its name
  and its Finlex address, and how to cite a section of it.
- ``index``: every act in the store by statute and section; the status of a section's wording
  (in force, amended, repealed) and the acts and chunks that hold its newer wording.
- ``stale``: the maintainers' check of documents that cite a wording a newer act has changed, or
  that nobody has reviewed for too long.
"""
