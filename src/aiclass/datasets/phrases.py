"""Things children say to a chatbot, in English and Chinese, each with the keywords it contains.

A phrase's keywords are language-free ids (``"rain"``, ``"you"``), so a keyword bot behaves the
same in both languages. ``TEACHING`` phrases are taught by the pupil; the app asks ``TESTING``;
the grader asks ``GRADER``.

>>> len(TEACHING), len(TESTING), len(GRADER)
(16, 8, 8)
>>> p = by_id("w1"); p.intent, p.text("en"), p.text("zh-CN"), sorted(p.words)
('weather', 'Will it rain today?', '今天会下雨吗？', ['rain', 'today'])
>>> all(w in WORDS for p in TEACHING + TESTING + GRADER for w in p.words)
True
"""

from __future__ import annotations

from dataclasses import dataclass

INTENTS = {
    "greet": {"en": "Say hello", "zh-CN": "打招呼", "emoji": "👋",
              "reply_en": "Hello! Nice to see you! 👋", "reply_zh-CN": "你好！见到你真高兴！👋"},
    "weather": {"en": "Weather", "zh-CN": "天气", "emoji": "🌦️",
                "reply_en": "Let me look at the sky… ☀️🌧️", "reply_zh-CN": "让我看看天空……☀️🌧️"},
    "joke": {"en": "Tell a joke", "zh-CN": "讲笑话", "emoji": "😂",
             "reply_en": "Why did the robot go on holiday? To recharge its batteries! 😂",
             "reply_zh-CN": "机器人为什么去度假？因为它要“充电”！😂"},
    "bye": {"en": "Say goodbye", "zh-CN": "说再见", "emoji": "🌙",
            "reply_en": "Goodbye! See you soon! 🌙", "reply_zh-CN": "再见！下次见！🌙"},
}
WORDS = {
    "hello": {"en": "hello", "zh-CN": "你好"}, "hi": {"en": "hi", "zh-CN": "嗨"},
    "good": {"en": "good", "zh-CN": "好"}, "morning": {"en": "morning", "zh-CN": "早上"},
    "how": {"en": "how", "zh-CN": "怎么样/多"}, "you": {"en": "you", "zh-CN": "你"},
    "nice": {"en": "nice", "zh-CN": "高兴"}, "meet": {"en": "meet", "zh-CN": "认识"},
    "rain": {"en": "rain", "zh-CN": "下雨"}, "today": {"en": "today", "zh-CN": "今天"},
    "sunny": {"en": "sunny", "zh-CN": "晴天"}, "outside": {"en": "outside", "zh-CN": "外面"},
    "weather": {"en": "weather", "zh-CN": "天气"}, "cold": {"en": "cold", "zh-CN": "冷"},
    "tomorrow": {"en": "tomorrow", "zh-CN": "明天"}, "tell": {"en": "tell", "zh-CN": "讲"},
    "joke": {"en": "joke", "zh-CN": "笑话"}, "laugh": {"en": "laugh", "zh-CN": "笑"},
    "say": {"en": "say", "zh-CN": "说"}, "funny": {"en": "funny", "zh-CN": "好笑"},
    "know": {"en": "know", "zh-CN": "知道"}, "story": {"en": "story", "zh-CN": "故事"},
    "goodbye": {"en": "goodbye", "zh-CN": "再见"}, "see": {"en": "see", "zh-CN": "见"},
    "night": {"en": "night", "zh-CN": "晚安"}, "go": {"en": "go", "zh-CN": "走"},
    "now": {"en": "now", "zh-CN": "现在"}, "want": {"en": "want", "zh-CN": "想"},
}


@dataclass(frozen=True)
class Phrase:
    id: str
    intent: str
    en: str
    zh: str
    words: frozenset[str]

    def text(self, lang: str) -> str:
        return self.zh if lang == "zh-CN" else self.en


def _p(pid: str, intent: str, en: str, zh: str, words: str) -> Phrase:
    return Phrase(pid, intent, en, zh, frozenset(words.split()))


# Shuffled on purpose, so a pupil has to read each one.
TEACHING = [
    _p("w1", "weather", "Will it rain today?", "今天会下雨吗？", "rain today"),
    _p("g1", "greet", "Hello there!", "你好呀！", "hello"),
    _p("j1", "joke", "Tell me a joke.", "给我讲个笑话。", "tell joke"),
    _p("b1", "bye", "Goodbye!", "再见！", "goodbye"),
    _p("g2", "greet", "Good morning!", "早上好！", "good morning"),
    _p("j2", "joke", "Make me laugh!", "逗我笑一笑！", "laugh"),
    _p("w2", "weather", "Is it sunny outside?", "外面是晴天吗？", "sunny outside"),
    _p("b2", "bye", "See you tomorrow!", "明天见！", "see tomorrow"),
    _p("g3", "greet", "Hi, how are you?", "嗨，你最近怎么样？", "hi how you"),
    _p("w3", "weather", "What is the weather like?", "天气怎么样？", "weather how"),
    _p("b3", "bye", "Good night!", "晚安！", "night"),
    _p("j3", "joke", "Say something funny.", "说点好笑的事。", "say funny"),
    _p("g4", "greet", "Nice to meet you!", "很高兴认识你！", "nice meet you"),
    _p("b4", "bye", "I have to go now.", "我现在得走了。", "go now"),
    _p("j4", "joke", "Do you know a funny story?", "你知道好笑的故事吗？", "you know funny story"),
    _p("w4", "weather", "How cold will it be tomorrow?", "明天会有多冷？", "how cold tomorrow"),
]
TESTING = [
    _p("t1", "greet", "Hello, good morning!", "你好，早上好！", "hello good morning"),
    _p("t2", "weather", "Will it rain tomorrow?", "明天会下雨吗？", "rain tomorrow"),
    _p("t3", "joke", "Do you know a joke?", "你知道什么笑话吗？", "you know joke"),
    _p("t4", "bye", "Good night, see you!", "晚安，回头见！", "night see"),
    _p("t5", "weather", "Is the weather sunny?", "天气是晴天吗？", "weather sunny"),
    _p("t6", "greet", "How are you today?", "你今天怎么样？", "how you today"),
    _p("t7", "joke", "Tell me something funny.", "给我讲点好笑的。", "tell funny"),
    _p("t8", "bye", "Bye for now!", "我现在要说再见啦！", "goodbye now"),
]
GRADER = [
    _p("q1", "greet", "Hi there!", "嗨，你好呀！", "hi hello"),
    _p("q2", "greet", "Hello, nice to see you!", "你好，见到你很高兴！", "hello nice see you"),
    _p("q3", "weather", "Will it be cold today?", "今天会冷吗？", "cold today"),
    _p("q4", "weather", "Is it raining outside?", "外面在下雨吗？", "rain outside"),
    _p("q5", "joke", "Tell me a funny joke.", "给我讲个好笑的笑话。", "tell funny joke"),
    _p("q6", "joke", "I want to laugh!", "我想笑一笑！", "want laugh"),
    _p("q7", "bye", "Goodbye, see you!", "再见，回头见！", "goodbye see"),
    _p("q8", "bye", "I must go now, good night.", "我现在得走了，晚安。", "go now night"),
]


def by_id(pid: str) -> Phrase:
    return next(p for p in TEACHING + TESTING + GRADER if p.id == pid)
