"""Training data shipped with sourcescore: a labelled sample set and the default corpus feature vectors."""
