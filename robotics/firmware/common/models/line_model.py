"""Line model: a decision tree that says where the line is from the three line sensors.

Input: [left, centre, right] darkness, each 0 (white) .. 1000 (black).
Made by `python -m aiclass.robot.export`: a DecisionTreeClassifier (max_depth=4, seed 0)
trained on 4000 simulator readings labelled by line_rules. Do not edit by hand.

Exported by m2cgen 0.10.0. score(input) returns one probability per class, in the order of CLASSES.
"""

CLASSES = ['forward', 'left', 'lost', 'right']


def score(input):
    if input[1] <= 504.5:
        if input[0] <= 500.0:
            if input[2] <= 500.5:
                if input[1] <= 499.5:
                    var0 = [0.0, 0.0, 1.0, 0.0]
                else:
                    var0 = [1.0, 0.0, 0.0, 0.0]
            else:
                var0 = [0.0, 0.0, 0.0, 1.0]
        else:
            var0 = [0.0, 1.0, 0.0, 0.0]
    else:
        if input[0] <= 499.0:
            if input[2] <= 499.0:
                var0 = [1.0, 0.0, 0.0, 0.0]
            else:
                var0 = [0.0, 0.0, 0.0, 1.0]
        else:
            if input[0] <= 591.5:
                var0 = [0.0, 1.0, 0.0, 0.0]
            else:
                var0 = [1.0, 0.0, 0.0, 0.0]
    return var0
