"""Train and evaluate the classifier: same feature code path as scoring, grouped splits, JSON models.

Features come from :class:`features.transformer.ArticleFeatures` (the scoring extractors, the
declared schema). Splits are grouped by ``pair_id``, else ``source``, else ``id`` (``llmfake`` and
``politifact_pp`` share pair ids, so groups span files). Raw counts that grow with article length
are left out of the model, and so are style and readability: the model reads the sourcing rates
of :mod:`.inputs`, each constrained to the direction reporting practice gives it.

Modules: ``inputs`` (the model's inputs and their directions), ``table`` (feature vectors and rule points, the saved default corpus), ``fitting`` (model
kinds, calibration, export), ``evaluation`` (metrics, rule weight, ``evaluate``), ``card`` (model
card, writing a model directory), ``command`` (``train``).
"""

from .card import card_markdown, metrics_table, model_card, write_model
from .command import TrainResult, train
from .evaluation import (
    MIN_RULE_WEIGHT, RULE_WEIGHT_TOLERANCE, RULE_WEIGHTS, breakdown, choose_rule_weight, evaluate, final_scores, leave_one_dataset_out,
    metrics, pair_wins, predict,
)
from .fitting import (
    DEFAULT_C, MIN_PAIR_GROUPS, PARTS, RANKER_C, Fitted, PairRanker, _apply, _fit_calibrated, fit_model, out_of_fold,
    pair_groups, pair_index,
)
from .table import (
    DEFAULT_FEATURES_FILE, REBUILD, SAMPLE_FILE, Progress, Table, counts, featurize, load_table,
    load_training_table, save_table, terminal_progress,
)
from .inputs import MODEL_INPUTS, ModelInput, directions, excluded_features, model_features, model_inputs

__all__ = [
    "DEFAULT_C", "DEFAULT_FEATURES_FILE", "MODEL_INPUTS", "ModelInput", "MIN_PAIR_GROUPS", "PARTS", "RANKER_C", "REBUILD",
    "MIN_RULE_WEIGHT", "RULE_WEIGHTS", "RULE_WEIGHT_TOLERANCE", "SAMPLE_FILE", "Fitted", "PairRanker", "Progress", "Table", "TrainResult",
    "breakdown", "card_markdown", "directions", "excluded_features", "model_inputs", "choose_rule_weight", "counts", "evaluate", "featurize", "final_scores", "fit_model",
    "leave_one_dataset_out", "load_table", "load_training_table", "metrics", "metrics_table", "model_card",
    "model_features", "out_of_fold", "pair_groups", "pair_index", "pair_wins", "predict", "save_table",
    "terminal_progress", "train", "write_model",
]
