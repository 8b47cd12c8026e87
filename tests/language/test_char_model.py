"""Generation with a sampler, temperature, the copier (n-gram with back-off), the hook and the label."""

from pathlib import Path

import numpy as np
import pytest

from aiclass.i18n import set_language
from aiclass.language.char_model import (
    NgramModel,
    generate,
    hook_poem,
    memoriser,
    show_copy_rates,
    show_fact_check,
    show_temperature,
    show_training_curve,
    show_windows,
    softmax_with_temperature,
    with_label,
)
from aiclass.language.poems import Vocab
from aiclass.language.tiny_transformer import get_batch

DATA = (
    Path(__file__).resolve().parents[2] / "labs" / "senior" / "senior-tiny-language-model" / "data"
)


def test_temperature_sharpens_and_flattens_and_keeps_zeros():
    p = np.array([0.6, 0.3, 0.1, 0.0])
    assert np.allclose(softmax_with_temperature(p, 1.0), p)
    cold, hot = softmax_with_temperature(p, 0.5), softmax_with_temperature(p, 2.0)
    assert cold[0] > p[0] > hot[0]
    assert np.allclose(cold, p**2 / (p**2).sum())
    assert cold[3] == hot[3] == 0.0


def test_ngram_backs_off_to_shorter_contexts():
    vocab = Vocab.build("xabcabd", min_count=1)
    model = NgramModel(vocab.encode("xabcabd"), len(vocab), order=3)
    after_ab = model.next_probs(vocab.encode("ab"))
    assert after_ab[vocab.index["c"]] == pytest.approx(0.5) and after_ab[
        vocab.index["d"]
    ] == pytest.approx(0.5)
    # "zb" was never seen: back off to "b"
    assert np.allclose(model.next_probs([0, vocab.index["b"]]), after_ab)


def test_generate_never_writes_unknown_uses_the_sampler_and_stops():
    vocab = Vocab.build("ab\n\nab\n\n", min_count=1)
    seen = []

    def sampler(probs, temperature, rng):
        seen.append((probs.copy(), temperature))
        return int(np.argmax(probs))

    uniform = lambda ids: np.full(len(vocab), 1 / len(vocab))  # noqa: E731
    text = generate(uniform, vocab, "a", 5, temperature=0.7, sampler=sampler)
    assert len(text) == 5 and "□" not in text
    assert seen[0][1] == 0.7 and seen[0][0][0] == 0 and seen[0][0].sum() == pytest.approx(1)
    model = NgramModel(vocab.encode("ab\n\nab\n\n"), len(vocab), order=2)
    assert generate(model.next_probs, vocab, "a", 50, seed=1, stop="\n\n") == "b\n\n"


def test_generation_is_seeded():
    vocab = Vocab.build("abcabcabd", min_count=1)
    model = NgramModel(vocab.encode("abcabcabd"), len(vocab), order=2)
    assert generate(model.next_probs, vocab, "a", 30, seed=4) == generate(
        model.next_probs, vocab, "a", 30, seed=4
    )


@pytest.mark.parametrize("lang", ["zh-CN", "en"])
def test_hook_poem_is_stitched_from_training_poems(lang):
    from aiclass.language.poems import load_poems, split_poems

    splits = split_poems(load_poems(lang, DATA), lang)
    vocab = Vocab.build(splits.train_text)
    poem = hook_poem(vocab.encode(splits.train_text), vocab, lang)
    lines = poem.splitlines()
    assert len(lines) >= 4 and lines[0] and ("》" in lines[0] or "(" in lines[0])
    copier = memoriser(vocab.encode(splits.train_text), vocab, lang)
    assert copier.order == {"zh-CN": 4, "en": 8}[lang]
    run = {"zh-CN": 5, "en": 12}[lang]
    body = "\n".join(lines[1:])
    runs = [body[i : i + run] for i in range(len(body) - run + 1)]
    assert sum(r in splits.train_text for r in runs) / len(runs) > 0.5


def test_label_wraps_the_text_in_both_languages():
    set_language("zh-CN")
    assert with_label("诗").startswith("【人工智能生成】") and with_label("诗").endswith("】")
    set_language("en")
    assert with_label("poem").startswith("[AI-generated]")
    set_language(None)


def test_pictures_draw(tmp_path):
    import matplotlib

    matplotlib.use("Agg")
    vocab = Vocab.build("abcabc ab\n", min_count=1)
    show_temperature(np.array([0.0, 0.5, 0.3, 0.1, 0.1]), vocab, "a").savefig(tmp_path / "t.png")
    x, y = get_batch(vocab.encode("abcabc ab\n" * 5), 8, 2, seed=0)
    show_windows(x, y, vocab, width=8).savefig(tmp_path / "w.png")
    show_training_curve([(50, 3.0, 3.2), (100, 2.5, 3.0)], 3.1, 100).savefig(tmp_path / "c.png")
    show_copy_rates([0.5, 1.0], {"transformer": [0.1, 0.0], "copier": [0.9, 0.8]}, 0.05).savefig(
        tmp_path / "r.png"
    )
    show_fact_check("A (B)", {"x y": ["A (C)"], "z": []}, "en").savefig(tmp_path / "f.png")
    assert len(list(tmp_path.glob("*.png"))) == 5
