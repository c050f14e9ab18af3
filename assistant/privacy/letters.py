"""The letter classes of the address and school rules: a capital letter of any asker language, a letter, and a
capitalised word (with its hyphenated or apostrophised parts: "Vesijärvenkatu", "Jean-Luc", "O'Brien").

Its own module because ``places.py``, ``towns.py`` and ``schools.py`` all build their patterns from these classes.
"""

UP = r"[A-ZÅÄÖÜÕŠŽČĒĪĀŪĶĻŅĢŁŚŻŹĆŃÓØÆĄĘĖĮŲÉÈÁÍÚÝА-ЯЁІЇЄҐ]"
WORD = r"[^\W\d_]"
CAP = rf"{UP}{WORD}*(?:[-']{WORD}+)*"
