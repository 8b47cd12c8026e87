"""See the line with a model trained in a notebook and exported by m2cgen.

The model is a function `score(input)` that returns one probability per class.
The prediction is the class with the highest probability.
"""

import line_model


def predict(score, classes: list, features: list) -> str:
    """Return the class with the highest score (the first one on a tie)."""
    scores = score(features)
    best = 0
    for i in range(1, len(scores)):
        if scores[i] > scores[best]:
            best = i
    return classes[best]


def see_line_by_model(line: tuple) -> str:
    """Say where the line is, as the exported line model predicts it."""
    return predict(line_model.score, line_model.CLASSES, [line[0], line[1], line[2]])
