"""Reusable widgets for learners' apps (JupyterLab and Voila), one widget per module."""

from aiclass.widgets.labelling_board import LabellingBoard
from aiclass.widgets.picture import Picture
from aiclass.widgets.train_and_test import TrainAndTest
from aiclass.widgets.work import PupilWork, load_work

__all__ = ["LabellingBoard", "Picture", "PupilWork", "TrainAndTest", "load_work"]
