"""Feature extraction: one Document parse, five extractors, one feature vector."""
