"""The explainer on real beginners' mistakes: each snippet runs for real, and the note must name
the right kind of mistake and the right line, in English and in Chinese."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from aiclass.partner import explain

SKLEARN = "from sklearn.neighbors import KNeighborsClassifier"
FITTED = SKLEARN + "\nmodel = KNeighborsClassifier(n_neighbors=1).fit([[1], [2]], [0, 1])"
STUB = "def double(x):\n    # YOUR CODE HERE\n    raise NotImplementedError()"


@dataclass(frozen=True)
class Mistake:
    kind: str  # the message the partner should give (key under partner.)
    cell: str  # the learner's cell
    line: int  # the line the note should name
    shows: tuple[str, ...] = ()  # code the note should show, in both languages
    before: str = ""  # earlier cells (run first, as another cell)


CORPUS: dict[str, Mistake] = {
    # Names
    "misspelt name": Mistake("name_typo", "count = 2\nprint(totl)", 2, ("`totl`", "`total`"), "total = 10"),
    "capital letter": Mistake("name_typo", 'Print("hello")', 1, ("`print`",)),
    "lower-case true": Mistake("name_typo", "done = true", 1, ("`True`",)),
    "cell above not run": Mistake("name_not_run", "model.fit(X, y)", 1, ("`model`",)),
    "word without quotes": Mistake("name_not_run", "print(hello)", 1, ('`"hello"`',)),
    "used before it is made": Mistake("name_later", "print(score)\nscore = 5", 1, ("`score`", "2")),
    "made inside a function": Mistake(
        "name_in_function", "def add(a, b):\n    result = a + b\nadd(1, 2)\nprint(result)", 4, ("`add`",)
    ),
    "changed inside a function": Mistake(
        "unbound_local", "count = 0\ndef bump():\n    count += 1\nbump()", 3, ("`count`",)
    ),
    # Chinese punctuation and odd characters
    "Chinese brackets": Mistake("syntax_fullwidth", 'print（"你好"）', 1, ("`（`", "`(`")),
    "Chinese comma": Mistake("syntax_fullwidth", "nums = [1，2，3]", 1, ("`，`", "`,`")),
    "Chinese colon": Mistake("syntax_fullwidth", "for i in range(3)：\n    print(i)", 1, ("`：`", "`:`")),
    "Chinese quotes": Mistake("syntax_fullwidth", "print(“hello”)", 1, ("`“`", '`"`')),
    "Chinese space": Mistake("syntax_space", "x\u3000= 1", 1),
    # Python can't read the line
    "missing colon": Mistake("syntax_colon", "age = 12\nif age > 10\n    print('big')", 2, ("`:`",)),
    "bracket never closed": Mistake("syntax_unclosed", "scores = [1, 2, 3\nprint(scores)", 1, ("`[`",)),
    "extra bracket": Mistake("syntax_unmatched", "print(len(x)))", 1, ("`)`",)),
    "quote never closed": Mistake("syntax_string", 'print("hello)', 1),
    "= instead of ==": Mistake("syntax_equals", "x = 5\nif x = 5:\n    print('five')", 2, ("`==`",)),
    "else if": Mistake("syntax_elif", "x = 1\nif x > 1:\n    pass\nelse if x < 0:\n    pass", 4, ("`elif`",)),
    "print without brackets": Mistake("syntax_print", 'print "hello"', 1),
    "missing comma": Mistake("syntax_comma", "nums = [1 2 3]", 1, ("`,`",)),
    "misspelt keyword": Mistake("syntax_keyword", "improt math", 1, ("`improt`", "`import`")),
    "2x for 2 * x": Mistake("syntax_digit", "x = 3\ny = 2x + 1", 2, ("`2 * x`",)),
    "body not indented": Mistake("indent_expected", "for i in range(3):\nprint(i)", 2),
    "indent for nothing": Mistake("indent_unexpected", "x = 1\n    y = 2", 2),
    "indent out of line": Mistake("indent_unindent", "if True:\n    a = 1\n  b = 2", 3),
    "tabs and spaces": Mistake("tab_error", "if True:\n\ta = 1\n        b = 2", 3),
    # Wrong kinds of values
    "text + number": Mistake("type_concat", "age = 12\nprint('I am ' + age)", 2, ("`str(...)`",)),
    "number + text": Mistake("type_concat", "print(3 + '4')", 1),
    "text - number": Mistake("type_text_math", "x = '10'\ny = x - 1", 2, ("`int(...)`",)),
    "input() compared": Mistake("type_compare", "age = '12'\nif age > 10:\n    pass", 2),
    "range of text": Mistake("type_int_from_text", "n = '3'\nfor i in range(n):\n    pass", 2),
    "range of a decimal": Mistake("type_int_from_float", "for i in range(10 / 2):\n    pass", 1),
    "list position as text": Mistake("type_index_kind", "names = ['Li']\nnames['0']", 2, ("`str`",)),
    "built-in name reused": Mistake("type_shadowed", "sum = 0\nprint(sum([1, 2]))", 2, ("`sum`",)),
    "list called": Mistake("type_not_callable", "nums = [1, 2]\nnums(0)", 2, ("`list`",)),
    "missing input": Mistake("type_missing_args", "def area(w, h):\n    return w * h\narea(3)", 3, ("`h`",)),
    "one input too many": Mistake("type_too_many", "def hi(name):\n    print(name)\nhi('Li', 'Wang')", 3),
    "misspelt setting": Mistake(
        "type_keyword", "model = KNeighborsClassifier(n_neighbor=3)", 1, ("`n_neighbors`",), SKLEARN
    ),
    "not iterable": Mistake("type_not_iterable", "for i in 5:\n    pass", 1, ("`range(n)`",)),
    "len of a number": Mistake("type_no_len", "len(5)", 1, ("`int`",)),
    "result of sort kept": Mistake("none_value", "nums = [3, 1]\nnums = nums.sort()\nnums[0]", 3, ("`None`",)),
    # Forgotten calls
    "method without ()": Mistake("forgot_call_named", "model.score > 0.5", 1, ("`model.score(...)`",), FITTED),
    "split without ()": Mistake("forgot_call_named", "words = 'a b'.split\nwords[0]", 2, ("`words`",)),
    "class without ()": Mistake(
        "forgot_call_class", "model = KNeighborsClassifier\nmodel.fit([[1], [2]], [0, 1])", 2,
        ("`KNeighborsClassifier()`",), SKLEARN,
    ),  # fmt: skip
    # Positions, keys, attributes, modules
    "past the end of a list": Mistake("index_list", "fruits = ['apple', 'pear']\nprint(fruits[2])", 2),
    "past the end of a word": Mistake("index_text", "word = 'cat'\nword[3]", 2),
    "new position by =": Mistake("index_assign", "a = []\na[0] = 1", 2, ("`.append(...)`",)),
    "past the end of an array": Mistake("index_array", "import numpy as np\nnp.arange(5)[5]", 2, ("5", "4")),
    "key with another case": Mistake("key_typo", "ages = {'Tom': 12}\nages['tom']", 2, ("`'Tom'`",)),
    "key not there": Mistake("key_missing", "ages = {'Tom': 12}\nprint(ages['Ann'])", 2, ("`'Ann'`",)),
    "misspelt method": Mistake("attribute_typo", "name = 'li'\nname.uppper()", 2, ("`.upper`",)),
    "misspelt numpy": Mistake("attribute_typo", "import numpy as np\nnp.arry([1, 2])", 2, ("`.array`",)),
    "method from another language": Mistake("attribute_unknown", "a = []\na.push(1)", 2, ("`.push`",)),
    "misspelt module": Mistake("module_typo", "import sklean", 1, ("`sklearn`",)),
    "module not installed": Mistake("module_missing", "import turtle_magic_robot", 1),
    "misspelt import": Mistake("import_name", "from math import sqr", 1, ("`sqrt`",)),
    "British spelling": Mistake(
        "module_typo", "from sklearn.neighbours import KNeighborsClassifier", 1, ("`sklearn.neighbors`",)
    ),
    "file not there": Mistake("file_missing", "open('fruit_data.csv')", 1, ("`fruit_data.csv`",)),
    # Shapes and models
    "1D list for X": Mistake("value_2d", "model = KNeighborsClassifier(n_neighbors=1)\nmodel.fit([1, 2, 3], [0, 1, 0])", 2, (), SKLEARN),
    "X and y lengths": Mistake("value_samples", "model = KNeighborsClassifier(n_neighbors=1)\nmodel.fit([[1], [2], [3]], [0, 1])", 2, ("3", "2"), SKLEARN),
    "wrong number of features": Mistake("value_features", "model.predict([[1, 2]])", 1, ("2", "1"), FITTED),
    "predict before fit": Mistake("not_fitted", "model = KNeighborsClassifier()\nmodel.predict([[1]])", 2, ("`.fit(...)`",), SKLEARN),
    "decimals as labels": Mistake("value_labels", "from sklearn.tree import DecisionTreeClassifier\nDecisionTreeClassifier().fit([[1], [2]], [0.5, 1.2])", 2),
    "shapes don't broadcast": Mistake("value_broadcast", "import numpy as np\nnp.array([1, 2, 3]) + np.array([1, 2])", 2, ("`(3,)`", "`(2,)`")),
    "matrix sizes": Mistake("value_matmul", "import numpy as np\nnp.ones((2, 3)) @ np.ones((2, 3))", 2),
    "rows of different lengths": Mistake("value_ragged", "import numpy as np\nnp.array([[1, 2], [3]])", 2),
    "int of a word": Mistake("value_int_text", "age = int('twelve')", 1, ("`'twelve'`",)),
    "unpacking": Mistake("value_unpack", "a, b = [1, 2, 3]", 1),
    "average of nothing": Mistake("zero_division", "scores = []\navg = sum(scores) / len(scores)", 2),
    "blank answer cell": Mistake("not_implemented", "double(2)", 1, ("`raise NotImplementedError()`",), STUB),
    "error inside the cell's function": Mistake("type_concat", "def f(x):\n    return x + 'a'\nf(1)", 2),
}  # fmt: skip


def run(source: str, namespace: dict, filename: str) -> BaseException | None:
    try:
        exec(compile(source, filename, "exec"), namespace)
    except Exception as error:
        return error
    return None


def mistake(case: Mistake, tmp_path, monkeypatch) -> tuple[BaseException, list[str]]:
    """Run the earlier cells, then the learner's cell; return its error and the learner's names."""
    monkeypatch.chdir(tmp_path)
    namespace: dict = {}
    if case.before:
        assert run(case.before, namespace, "<earlier cell>") is None
    error = run(case.cell, namespace, "<cell>")
    assert error is not None, "the snippet should fail"
    return error, [name for name in namespace if not name.startswith("_")]


CHINESE = re.compile(r"[\u4e00-\u9fff]")


@pytest.mark.parametrize("lang", ["en", "zh-CN"])
@pytest.mark.parametrize("name", list(CORPUS))
def test_a_beginners_mistake_gets_the_right_note_on_the_right_line(
    name, lang, tmp_path, monkeypatch
):
    case = CORPUS[name]
    error, names = mistake(case, tmp_path, monkeypatch)
    note = explain(error, case.cell, names, lang)
    assert note is not None, f"no note for {error!r}"
    assert (note.kind, note.line) == (case.kind, case.line), repr(error)
    assert note.code == case.cell.splitlines()[case.line - 1].strip()
    for shown in case.shows:
        assert shown in note.message
    assert bool(CHINESE.search(note.message)) == (lang == "zh-CN")
    assert "{" not in note.message.replace("{{", "").replace("`{`", "")  # every value filled in


def test_an_error_in_a_function_from_an_earlier_cell_names_the_function(tmp_path, monkeypatch):
    error, names = mistake(CORPUS["blank answer cell"], tmp_path, monkeypatch)
    note = explain(error, "double(2)", names, "en")
    assert (note.line, note.code, note.inside) == (1, "double(2)", "double")
    case = CORPUS["text + number"]
    error, names = mistake(case, tmp_path, monkeypatch)
    assert explain(error, case.cell, names, "en").inside is None


def test_the_corpus_is_large_enough():
    assert len(CORPUS) >= 25


def test_lines_are_counted_as_in_the_editor_when_ipython_dropped_blank_lines():
    """IPython runs the cell without its blank first lines; the learner sees them."""
    typed = "\n\nx = 1\nprint(y)"
    error = run(typed.lstrip("\n"), {}, "<cell>")
    note = explain(error, typed, [], "en", line_offset=2)
    assert (note.line, note.code) == (4, "print(y)")


def test_an_assertion_from_a_check_gets_no_note():
    """The course's checks already speak kindly; the partner doesn't add to them."""
    error = run(
        "from aiclass.grading.checks import check\ncheck(False, 'grading.not_done_yet', hint='x')",
        {},
        "<cell>",
    )
    assert isinstance(error, AssertionError)
    assert explain(error, "check(...)", [], "en") is None


def test_errors_the_partner_doesnt_know_get_no_note():
    assert (
        explain(run("raise RuntimeError('boom')", {}, "<cell>"), "raise RuntimeError('boom')")
        is None
    )
    assert explain(KeyboardInterrupt(), "while True: pass") is None


def test_a_syntax_error_from_code_run_by_the_cell_is_not_blamed_on_the_cell():
    error = run("eval('1 +')", {}, "<cell>")
    assert isinstance(error, SyntaxError)
    assert explain(error, "eval('1 +')", [], "en") is None


def test_the_message_is_the_english_or_chinese_catalog_text():
    error = run("count = 2\nprint(totl)", {"total": 1}, "<cell>")
    english = explain(error, "count = 2\nprint(totl)", ["total", "count"], "en")
    chinese = explain(error, "count = 2\nprint(totl)", ["total", "count"], "zh-CN")
    assert english.message == (
        "`totl` is not defined. Did you mean `total`? Names must match exactly, capital letters too."
    )
    assert (
        chinese.message
        == "Python 不认识 `totl`。你是不是想写 `total`？名字要一模一样，大小写也不能错。"
    )
