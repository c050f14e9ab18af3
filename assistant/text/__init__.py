"""Language-aware text helpers: language detection, keyword stemming, sentence splitting, word frequency."""
