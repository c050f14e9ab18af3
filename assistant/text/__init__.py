"""Language-aware text helpers: language detection, keyword stemming, sentence splitting."""
