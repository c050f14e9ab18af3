"""Safety: is a child in danger now, and the 112 referral that opens such an answer.

- ``detector``: the patterns' decision with its reason (``assess``), in the 12 asker languages;
- ``languages/``: one module of patterns per language (``patterns.LanguagePatterns`` says what each field is);
- ``classifier``: a logistic regression on the question's embedding, trained per embedding model
  (``python -m evals.safety --train`` writes ``classifier.json``);
- ``referral``: the block that opens the answer and the contacts sentence it quotes.

The pipeline refers when the patterns or the classifier say so (``Assistant.is_danger``).
"""

from assistant.safety.detector import Assessment, assess, candidate_languages, suggests_immediate_danger
from assistant.safety.languages import LANGUAGES, PATTERNS
from assistant.safety.referral import contact_sentence, safety_referral

__all__ = ["LANGUAGES", "PATTERNS", "Assessment", "assess", "candidate_languages", "contact_sentence",
           "safety_referral", "suggests_immediate_danger"]
