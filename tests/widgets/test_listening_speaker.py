"""The smart speaker: turning its microphone off changes the picture and the words."""

from aiclass.widgets.listening_speaker import ListeningSpeaker
from aiclass.widgets.work import PupilWork


def test_the_switch_turns_the_microphone_off_and_on_again(tmp_path):
    speaker = ListeningSpeaker(PupilWork("test-speaker", tmp_path))
    on_picture, on_words = speaker.picture.value, speaker.words.value
    assert speaker.listening and "🔇" in speaker.switch.description
    speaker.switch.click()
    assert not speaker.listening
    assert speaker.picture.value != on_picture and speaker.words.value != on_words
    assert PupilWork("test-speaker", tmp_path).get("turned_microphone_off") is True
    speaker.switch.click()
    assert speaker.listening and speaker.picture.value == on_picture
