"""The bundled default model (model.json + model card), loaded when no --model is given."""
