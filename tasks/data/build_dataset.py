"""Build ``code_instructions.jsonl``: alpaca-style rows for supervised fine-tuning of code models.

Every row is ``{id, instruction, input, output, test, category}``. ``output`` is a complete Python
solution and ``test`` is a program that, appended after ``output`` and run with ``python``, exits 0
only when the solution is correct. The JSONL next to this file is the source of truth; this script
is kept to make edits easier. Regenerate with::

    python tasks/data/build_dataset.py

and then verify with ``pytest tests/test_dataset.py``.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

OUT_PATH = Path(__file__).with_name("code_instructions.jsonl")

PREFIXES = {
    "strings": "str",
    "lists": "list",
    "dicts": "dict",
    "math": "math",
    "recursion": "rec",
    "classes": "cls",
    "parsing": "parse",
    "algorithms": "algo",
    "dynamic-programming": "dp",
    "stdlib": "std",
    "iterators": "iter",
    "sorting": "sort",
    "bit-manipulation": "bit",
    "dates": "date",
    "regex": "re",
    "json": "json",
    "matrices": "mat",
    "functional": "func",
}

ROWS: list[dict[str, str]] = []
_COUNTERS: dict[str, int] = {}


def add(category: str, slug: str, instruction: str, output: str, test: str, inp: str = "") -> None:
    """Register one row; ids are ``<prefix>-<slug>-<NNN>`` with a per-category counter."""
    prefix = PREFIXES[category]
    _COUNTERS[prefix] = _COUNTERS.get(prefix, 0) + 1
    ROWS.append(
        {
            "id": f"{prefix}-{slug}-{_COUNTERS[prefix]:03d}",
            "instruction": " ".join(instruction.split()),
            "input": textwrap.dedent(inp).strip(),
            "output": textwrap.dedent(output).strip() + "\n",
            "test": textwrap.dedent(test).strip() + "\n",
            "category": category,
        }
    )


# --------------------------------------------------------------------------- strings

add(
    "strings",
    "reverse-words",
    "Write a Python function `reverse_words(sentence)` that returns the words of `sentence` in reverse order, joined by single spaces. Leading, trailing and repeated whitespace must not produce empty words.",
    r"""
def reverse_words(sentence: str) -> str:
    return " ".join(reversed(sentence.split()))
""",
    r"""
assert reverse_words("hello world") == "world hello"
assert reverse_words("  one   two three ") == "three two one"
assert reverse_words("single") == "single"
assert reverse_words("") == ""
assert reverse_words(" \t\n ") == ""
""",
)

add(
    "strings",
    "capitalize-words",
    "Implement `capitalize_words(text)`: return a string where every whitespace-separated word starts with an uppercase letter and the rest of the word is lowercase. Words in the result are separated by a single space. Unlike `str.title`, letters after an apostrophe must stay lowercase.",
    r"""
def capitalize_words(text: str) -> str:
    return " ".join(word[:1].upper() + word[1:].lower() for word in text.split())
""",
    r"""
assert capitalize_words("hello WORLD") == "Hello World"
assert capitalize_words("  python  is fun ") == "Python Is Fun"
assert capitalize_words("o'neil's DOG") == "O'neil's Dog"
assert capitalize_words("x") == "X"
assert capitalize_words("") == ""
""",
    inp='Example: capitalize_words("hello WORLD") -> "Hello World"',
)

add(
    "strings",
    "is-anagram",
    "Write `is_anagram(first, second)` that returns True when the two strings are anagrams of each other. Comparison is case-insensitive and whitespace is ignored; every other character counts.",
    r"""
from collections import Counter


def is_anagram(first: str, second: str) -> bool:
    def letters(text: str) -> Counter:
        return Counter(ch for ch in text.lower() if not ch.isspace())

    return letters(first) == letters(second)
""",
    r"""
assert is_anagram("Listen", "Silent")
assert is_anagram("Dormitory", "dirty room")
assert not is_anagram("abc", "abd")
assert not is_anagram("aab", "abb")
assert is_anagram("", "   ")
assert not is_anagram("a", "")
assert not is_anagram("a!", "a")
""",
    inp='Example: is_anagram("Dormitory", "dirty room") -> True',
)

add(
    "strings",
    "collapse-whitespace",
    "Create a function `collapse_whitespace(text)` that replaces every run of whitespace characters (spaces, tabs, newlines) with a single space and removes whitespace at both ends.",
    r"""
def collapse_whitespace(text: str) -> str:
    return " ".join(text.split())
""",
    r"""
assert collapse_whitespace("  a \t b\n\nc  ") == "a b c"
assert collapse_whitespace("already clean") == "already clean"
assert collapse_whitespace("") == ""
assert collapse_whitespace("\n\t ") == ""
""",
)

add(
    "strings",
    "run-length-encode",
    "Write `run_length_encode(text)` which compresses a string by replacing each run of identical consecutive characters with the character followed by the run length. Runs of length one still get the count `1`. You may assume the input contains no digits.",
    r"""
from itertools import groupby


def run_length_encode(text: str) -> str:
    return "".join(f"{char}{len(list(run))}" for char, run in groupby(text))
""",
    r"""
assert run_length_encode("aaabcc") == "a3b1c2"
assert run_length_encode("") == ""
assert run_length_encode("a") == "a1"
assert run_length_encode("z" * 12) == "z12"
assert run_length_encode("abab") == "a1b1a1b1"
assert run_length_encode("  x") == " 2x1"
""",
    inp='Example: run_length_encode("aaabcc") -> "a3b1c2"',
)

add(
    "strings",
    "longest-common-prefix",
    "Write a function `longest_common_prefix(words)` that returns the longest string that is a prefix of every string in the list `words`. Return an empty string for an empty list.",
    r"""
def longest_common_prefix(words: list[str]) -> str:
    if not words:
        return ""
    first, last = min(words), max(words)
    for i, char in enumerate(first):
        if char != last[i]:
            return first[:i]
    return first
""",
    r"""
assert longest_common_prefix(["flower", "flow", "flight"]) == "fl"
assert longest_common_prefix(["dog", "racecar", "car"]) == ""
assert longest_common_prefix([]) == ""
assert longest_common_prefix(["same", "same"]) == "same"
assert longest_common_prefix(["solo"]) == "solo"
assert longest_common_prefix(["ab", "a"]) == "a"
assert longest_common_prefix(["", "abc"]) == ""
assert longest_common_prefix(["interview", "internet", "interval"]) == "inter"
""",
    inp='Example: longest_common_prefix(["flower", "flow", "flight"]) -> "fl"',
)

add(
    "strings",
    "is-pangram",
    "Write `is_pangram(sentence)` returning True if the sentence uses every letter of the English alphabet at least once (case-insensitive).",
    r"""
import string


def is_pangram(sentence: str) -> bool:
    return set(string.ascii_lowercase) <= set(sentence.lower())
""",
    r"""
assert is_pangram("The quick brown fox jumps over the lazy dog")
assert is_pangram("Pack my box with five dozen liquor jugs!")
assert not is_pangram("The quick brown fox jumps over the lay dog")
assert not is_pangram("")
assert is_pangram("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
""",
)

add(
    "strings",
    "snake-to-camel",
    "Implement `snake_to_camel(name)` converting a snake_case identifier to lowerCamelCase. Ignore empty segments produced by leading, trailing or doubled underscores, and lowercase the first segment.",
    r"""
def snake_to_camel(name: str) -> str:
    parts = [part for part in name.split("_") if part]
    if not parts:
        return ""
    return parts[0].lower() + "".join(part.capitalize() for part in parts[1:])
""",
    r"""
assert snake_to_camel("hello_world") == "helloWorld"
assert snake_to_camel("get_http_response") == "getHttpResponse"
assert snake_to_camel("already") == "already"
assert snake_to_camel("__private__var") == "privateVar"
assert snake_to_camel("MAX_VALUE") == "maxValue"
assert snake_to_camel("") == ""
assert snake_to_camel("___") == ""
""",
)

add(
    "strings",
    "truncate-text",
    'Write `truncate_text(text, width, suffix="...")`. If `text` fits in `width` characters return it unchanged; otherwise cut it so that the result, including `suffix`, is exactly `width` characters long. Raise ValueError when `width` is smaller than the suffix.',
    r"""
def truncate_text(text: str, width: int, suffix: str = "...") -> str:
    if width < len(suffix):
        raise ValueError("width must be at least the length of the suffix")
    if len(text) <= width:
        return text
    return text[: width - len(suffix)] + suffix
""",
    r"""
assert truncate_text("Hello, world", 8) == "Hello..."
assert truncate_text("short", 10) == "short"
assert truncate_text("exactly10!", 10) == "exactly10!"
assert truncate_text("abcdef", 3) == "..."
assert truncate_text("abcdef", 4, suffix="~") == "abc~"
assert len(truncate_text("x" * 100, 20)) == 20
try:
    truncate_text("abc", 2)
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "strings",
    "mask-card-number",
    "Write `mask_card_number(number)`. Drop every non-digit character (spaces, dashes), then replace all but the last four digits with `*`. Inputs with four digits or fewer are returned as their digits only.",
    r"""
def mask_card_number(number: str) -> str:
    digits = "".join(ch for ch in number if ch.isdigit())
    return "*" * max(len(digits) - 4, 0) + digits[-4:]
""",
    r"""
assert mask_card_number("4111 1111 1111 1234") == "************1234"
assert mask_card_number("5500-0000-0000-0004") == "************0004"
assert mask_card_number("1234") == "1234"
assert mask_card_number("12") == "12"
assert mask_card_number("") == ""
assert mask_card_number("12345") == "*2345"
""",
)

add(
    "strings",
    "is-isogram",
    "An isogram is a word in which no letter appears more than once. Write `is_isogram(word)` that ignores case and any non-letter characters such as spaces and hyphens.",
    r"""
def is_isogram(word: str) -> bool:
    letters = [ch.lower() for ch in word if ch.isalpha()]
    return len(letters) == len(set(letters))
""",
    r"""
assert is_isogram("lumberjacks")
assert not is_isogram("isograms")
assert is_isogram("six-year-old")
assert not is_isogram("Alphabet")
assert is_isogram("")
assert is_isogram("Emily Jung Schwartzkopf")
""",
)

add(
    "strings",
    "first-unique-index",
    "Given a string, write `first_unique_index(text)` that returns the index of the first character occurring exactly once in it, or -1 if there is no such character.",
    r"""
from collections import Counter


def first_unique_index(text: str) -> int:
    counts = Counter(text)
    for index, char in enumerate(text):
        if counts[char] == 1:
            return index
    return -1
""",
    r"""
assert first_unique_index("leetcode") == 0
assert first_unique_index("loveleetcode") == 2
assert first_unique_index("aabb") == -1
assert first_unique_index("") == -1
assert first_unique_index("z") == 0
assert first_unique_index("aAa") == 1
""",
)

add(
    "strings",
    "wrap-text",
    "Write `wrap_text(text, width)` that greedily packs the words of `text` into lines of at most `width` characters (words separated by one space) and returns the list of lines. A word longer than `width` goes on a line of its own. Do not use the textwrap module.",
    r"""
def wrap_text(text: str, width: int) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        if not current:
            current = word
        elif len(current) + 1 + len(word) <= width:
            current += " " + word
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines
""",
    r"""
assert wrap_text("the quick brown fox jumps", 10) == ["the quick", "brown fox", "jumps"]
assert wrap_text("", 5) == []
assert wrap_text("supercalifragilistic is long", 5) == ["supercalifragilistic", "is", "long"]
assert wrap_text("a b c d", 3) == ["a b", "c d"]
assert wrap_text("exact fit", 9) == ["exact fit"]
assert all(len(line) <= 12 for line in wrap_text("lorem ipsum dolor sit amet consectetur", 12))
""",
    inp='Example: wrap_text("the quick brown fox", 10) -> ["the quick", "brown fox"]',
)

add(
    "strings",
    "acronym",
    "Write `acronym(phrase)` that builds an uppercase acronym from the first letter of each word. Words are runs of letters and apostrophes, so hyphens and punctuation separate words.",
    r"""
import re


def acronym(phrase: str) -> str:
    return "".join(word[0].upper() for word in re.findall(r"[A-Za-z']+", phrase))
""",
    r"""
assert acronym("Portable Network Graphics") == "PNG"
assert acronym("Complementary metal-oxide semiconductor") == "CMOS"
assert acronym("First In, First Out") == "FIFO"
assert acronym("Halley's Comet") == "HC"
assert acronym("") == ""
""",
)

add(
    "strings",
    "remove-adjacent-pairs",
    "Write `remove_adjacent_pairs(text)`: repeatedly delete two adjacent equal characters until no such pair remains, and return the final string. Aim for a single linear pass.",
    r"""
def remove_adjacent_pairs(text: str) -> str:
    stack: list[str] = []
    for char in text:
        if stack and stack[-1] == char:
            stack.pop()
        else:
            stack.append(char)
    return "".join(stack)
""",
    r"""
assert remove_adjacent_pairs("abbaca") == "ca"
assert remove_adjacent_pairs("azxxzy") == "ay"
assert remove_adjacent_pairs("aa") == ""
assert remove_adjacent_pairs("abc") == "abc"
assert remove_adjacent_pairs("") == ""
assert remove_adjacent_pairs("aaa") == "a"
""",
    inp='Example: remove_adjacent_pairs("abbaca") -> "ca" (removing "bb" creates the pair "aa")',
)

add(
    "strings",
    "zigzag-convert",
    "Write `zigzag_convert(text, num_rows)`. Write the characters of `text` in a zigzag over `num_rows` rows (down the rows, then diagonally back up, and so on) and return the rows read left to right, top to bottom.",
    r"""
def zigzag_convert(text: str, num_rows: int) -> str:
    if num_rows == 1 or num_rows >= len(text):
        return text
    rows = [""] * num_rows
    row, step = 0, 1
    for char in text:
        rows[row] += char
        if row == 0:
            step = 1
        elif row == num_rows - 1:
            step = -1
        row += step
    return "".join(rows)
""",
    r"""
assert zigzag_convert("PAYPALISHIRING", 3) == "PAHNAPLSIIGYIR"
assert zigzag_convert("PAYPALISHIRING", 4) == "PINALSIGYAHRPI"
assert zigzag_convert("AB", 1) == "AB"
assert zigzag_convert("A", 3) == "A"
assert zigzag_convert("ABCD", 2) == "ACBD"
assert zigzag_convert("", 2) == ""
""",
    inp='Example: zigzag_convert("PAYPALISHIRING", 3) -> "PAHNAPLSIIGYIR"',
)

add(
    "strings",
    "pig-latin",
    "Translate a single lowercase word to Pig Latin with `pig_latin(word)`: a word starting with a vowel gets `way` appended; otherwise the leading consonants move to the end followed by `ay`. A word with no vowels just gets `ay` appended.",
    r"""
def pig_latin(word: str) -> str:
    for index, char in enumerate(word):
        if char in "aeiou":
            if index == 0:
                return word + "way"
            return word[index:] + word[:index] + "ay"
    return word + "ay"
""",
    r"""
assert pig_latin("apple") == "appleway"
assert pig_latin("banana") == "ananabay"
assert pig_latin("string") == "ingstray"
assert pig_latin("rhythm") == "rhythmay"
assert pig_latin("eat") == "eatway"
""",
)

add(
    "strings",
    "hamming-distance",
    "Write `hamming_distance(first, second)` that returns the number of positions at which two equal-length strings differ. Raise ValueError if the lengths differ.",
    r"""
def hamming_distance(first: str, second: str) -> int:
    if len(first) != len(second):
        raise ValueError("strings must have equal length")
    return sum(a != b for a, b in zip(first, second))
""",
    r"""
assert hamming_distance("karolin", "kathrin") == 3
assert hamming_distance("", "") == 0
assert hamming_distance("abc", "abc") == 0
assert hamming_distance("GAGCCTACTAACGGGAT", "CATCGTAATGACGGCCT") == 7
try:
    hamming_distance("a", "ab")
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "strings",
    "is-subsequence",
    "Write `is_subsequence(sub, text)` that returns True if `sub` can be obtained from `text` by deleting zero or more characters without reordering the rest.",
    r"""
def is_subsequence(sub: str, text: str) -> bool:
    remaining = iter(text)
    return all(char in remaining for char in sub)
""",
    r"""
assert is_subsequence("ace", "abcde")
assert not is_subsequence("aec", "abcde")
assert is_subsequence("", "anything")
assert not is_subsequence("a", "")
assert not is_subsequence("aa", "a")
assert is_subsequence("abc", "abc")
""",
    inp="Constraint: a single pass over `text` with O(1) extra memory.",
)

add(
    "strings",
    "chunk-string",
    "Implement `chunk_string(text, size)` that splits a string into consecutive pieces of length `size`; the last piece may be shorter. Raise ValueError if `size` is not positive.",
    r"""
def chunk_string(text: str, size: int) -> list[str]:
    if size < 1:
        raise ValueError("size must be positive")
    return [text[i : i + size] for i in range(0, len(text), size)]
""",
    r"""
assert chunk_string("abcdefgh", 3) == ["abc", "def", "gh"]
assert chunk_string("abcd", 2) == ["ab", "cd"]
assert chunk_string("", 4) == []
assert chunk_string("xy", 5) == ["xy"]
try:
    chunk_string("abc", 0)
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "strings",
    "interleave-strings",
    "Write `interleave_strings(first, second)` that alternates characters from the two strings, starting with `first`; once one string runs out, append the rest of the other.",
    r"""
from itertools import zip_longest


def interleave_strings(first: str, second: str) -> str:
    return "".join(a + b for a, b in zip_longest(first, second, fillvalue=""))
""",
    r"""
assert interleave_strings("abc", "12345") == "a1b2c345"
assert interleave_strings("abcd", "12") == "a1b2cd"
assert interleave_strings("", "xy") == "xy"
assert interleave_strings("", "") == ""
""",
)

add(
    "strings",
    "longest-run",
    'Write `longest_run(text)` returning a tuple `(char, length)` describing the longest block of one repeated character. On ties, report the block that appears first; for an empty string return `("", 0)`.',
    r"""
def longest_run(text: str) -> tuple[str, int]:
    best_char, best_len = "", 0
    current_char, current_len = "", 0
    for char in text:
        if char == current_char:
            current_len += 1
        else:
            current_char, current_len = char, 1
        if current_len > best_len:
            best_char, best_len = current_char, current_len
    return best_char, best_len
""",
    r"""
assert longest_run("aabbbcc") == ("b", 3)
assert longest_run("abc") == ("a", 1)
assert longest_run("") == ("", 0)
assert longest_run("aabb") == ("a", 2)
assert longest_run("zzzzz") == ("z", 5)
assert longest_run("xyyxxx") == ("x", 3)
""",
)

add(
    "strings",
    "ordinal",
    "Write `ordinal(n)` that turns a non-negative integer into its English ordinal string: 1 -> '1st', 2 -> '2nd', 3 -> '3rd', 4 -> '4th', with the special cases 11th, 12th and 13th (also 111th, 212th, ...).",
    r"""
def ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
""",
    r"""
expected = {0: "0th", 1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 11: "11th", 12: "12th",
            13: "13th", 21: "21st", 22: "22nd", 23: "23rd", 101: "101st", 111: "111th", 212: "212th"}
for number, text in expected.items():
    assert ordinal(number) == text, (number, ordinal(number))
""",
    inp='Example: ordinal(112) -> "112th"',
)

add(
    "strings",
    "reverse-each-word",
    "Write `reverse_each_word(sentence)` that reverses the letters of every word but keeps the words in their original order. Spaces must be preserved exactly, including repeated spaces.",
    r"""
def reverse_each_word(sentence: str) -> str:
    return " ".join(word[::-1] for word in sentence.split(" "))
""",
    r"""
assert reverse_each_word("hello world") == "olleh dlrow"
assert reverse_each_word("  ab  cd") == "  ba  dc"
assert reverse_each_word("") == ""
assert reverse_each_word("racecar level") == "racecar level"
""",
)

add(
    "strings",
    "format-bytes",
    "Write `format_bytes(size)` that renders a non-negative byte count in human-readable binary units. Sizes below 1024 print as e.g. `'512 B'`; larger ones use the largest of KiB, MiB, GiB, TiB that keeps the value below 1024 (TiB has no upper limit), with one decimal place.",
    r"""
def format_bytes(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    value = size / 1024
    for unit in ("KiB", "MiB", "GiB"):
        if value < 1024:
            return f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} TiB"
""",
    r"""
assert format_bytes(0) == "0 B"
assert format_bytes(1023) == "1023 B"
assert format_bytes(1024) == "1.0 KiB"
assert format_bytes(1536) == "1.5 KiB"
assert format_bytes(1024 ** 2) == "1.0 MiB"
assert format_bytes(3 * 1024 ** 3) == "3.0 GiB"
assert format_bytes(5 * 1024 ** 4) == "5.0 TiB"
assert format_bytes(3 * 1024 ** 5) == "3072.0 TiB"
""",
    inp='Example: format_bytes(1536) -> "1.5 KiB"',
)

add(
    "strings",
    "longest-word",
    "Write `longest_word(sentence)` that returns the longest word in `sentence`. Words are maximal runs of letters, digits and apostrophes, so surrounding punctuation is ignored. On ties return the word that appears first; return an empty string when there are no words.",
    r"""
import re


def longest_word(sentence: str) -> str:
    best = ""
    for word in re.findall(r"[A-Za-z0-9']+", sentence):
        if len(word) > len(best):
            best = word
    return best
""",
    r"""
assert longest_word("The quick brown fox jumped.") == "jumped"
assert longest_word("Hi, you!") == "you"
assert longest_word("one two six") == "one"
assert longest_word("don't stop") == "don't"
assert longest_word("...!!!") == ""
assert longest_word("") == ""
""",
    inp='Example: longest_word("I love programming!") -> "programming"',
)

add(
    "strings",
    "title-case-minor-words",
    "Implement `title_case(text, minor_words=())` for headline capitalisation: every word is lowercased and then capitalised, except words that appear in `minor_words` (compared case-insensitively), which stay lowercase. The first word is always capitalised. Words are separated by single spaces in the result.",
    r"""
def title_case(text: str, minor_words: tuple[str, ...] | list[str] = ()) -> str:
    minor = {word.lower() for word in minor_words}
    result = []
    for position, word in enumerate(text.split()):
        lowered = word.lower()
        if position > 0 and lowered in minor:
            result.append(lowered)
        else:
            result.append(lowered[:1].upper() + lowered[1:])
    return " ".join(result)
""",
    r"""
assert title_case("a clash of KINGS", ["a", "an", "the", "of"]) == "A Clash of Kings"
assert title_case("THE WIND IN THE WILLOWS", ("The", "In")) == "The Wind in the Willows"
assert title_case("the quick brown fox") == "The Quick Brown Fox"
assert title_case("   ") == ""
assert title_case("of", ["of"]) == "Of"
""",
)

add(
    "strings",
    "common-chars",
    "Write `common_chars(words)` returning a sorted list of the characters that appear in every string of `words`, including duplicates: a character that occurs at least twice in every word appears twice in the result. An empty `words` list gives an empty result.",
    r"""
from collections import Counter


def common_chars(words: list[str]) -> list[str]:
    if not words:
        return []
    shared = Counter(words[0])
    for word in words[1:]:
        shared &= Counter(word)
    return sorted(shared.elements())
""",
    r"""
assert common_chars(["bella", "label", "roller"]) == ["e", "l", "l"]
assert common_chars(["cool", "lock", "cook"]) == ["c", "o"]
assert common_chars(["abc"]) == ["a", "b", "c"]
assert common_chars(["abc", "def"]) == []
assert common_chars([]) == []
""",
)

add(
    "strings",
    "is-rotation",
    "Write `is_rotation(original, candidate)` that returns True when `candidate` can be produced by moving some prefix of `original` to its end (for example 'erbottlewat' is a rotation of 'waterbottle'). Strings of different lengths are never rotations; the empty string is a rotation of itself.",
    r"""
def is_rotation(original: str, candidate: str) -> bool:
    return len(original) == len(candidate) and candidate in original + original
""",
    r"""
assert is_rotation("waterbottle", "erbottlewat")
assert is_rotation("abcde", "cdeab")
assert is_rotation("abc", "abc")
assert not is_rotation("abcde", "abced")
assert not is_rotation("aa", "a")
assert is_rotation("", "")
assert not is_rotation("ab", "")
""",
)

add(
    "strings",
    "justify-line",
    "Write `justify_line(words, width)` that fully justifies a single line of text: the words are joined so the line is exactly `width` characters wide, distributing extra spaces between words as evenly as possible, with the leftmost gaps receiving any extra spaces. A line with a single word is left-aligned and padded with spaces on the right. Raise ValueError if the words cannot fit with single spaces between them.",
    r"""
def justify_line(words: list[str], width: int) -> str:
    letters = sum(len(word) for word in words)
    gaps = len(words) - 1
    if not words or letters + gaps > width:
        raise ValueError("words do not fit")
    if gaps == 0:
        return words[0].ljust(width)
    spaces, extra = divmod(width - letters, gaps)
    parts = []
    for index, word in enumerate(words[:-1]):
        parts.append(word + " " * (spaces + (1 if index < extra else 0)))
    parts.append(words[-1])
    return "".join(parts)
""",
    r"""
assert justify_line(["This", "is", "an"], 16) == "This    is    an"
assert justify_line(["example", "of", "text"], 16) == "example  of text"
assert justify_line(["a", "b", "c", "d"], 11) == "a   b  c  d"
assert justify_line(["solo"], 8) == "solo    "
assert justify_line(["fit", "exactly"], 11) == "fit exactly"
try:
    justify_line(["too", "long"], 7)
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "strings",
    "alternating-case",
    "Write `alternating_case(text)` that rewrites the letters of `text` so they alternate between uppercase and lowercase, starting with uppercase. Only letters count towards the alternation; other characters are copied unchanged and do not break the pattern.",
    r"""
def alternating_case(text: str) -> str:
    result = []
    upper = True
    for ch in text:
        if ch.isalpha():
            result.append(ch.upper() if upper else ch.lower())
            upper = not upper
        else:
            result.append(ch)
    return "".join(result)
""",
    r"""
assert alternating_case("hello world") == "HeLlO wOrLd"
assert alternating_case("ABC-def") == "AbC-dEf"
assert alternating_case("123") == "123"
assert alternating_case("x") == "X"
assert alternating_case("") == ""
""",
)

add(
    "strings",
    "dedupe-chars",
    "Write `dedupe_chars(text, ignore_case=False)` that removes repeated characters, keeping only the first occurrence of each. With `ignore_case=True`, characters that differ only in case count as the same character (the first spelling is kept).",
    r"""
def dedupe_chars(text: str, ignore_case: bool = False) -> str:
    seen: set[str] = set()
    kept = []
    for ch in text:
        key = ch.casefold() if ignore_case else ch
        if key not in seen:
            seen.add(key)
            kept.append(ch)
    return "".join(kept)
""",
    r"""
assert dedupe_chars("programming") == "progamin"
assert dedupe_chars("Mississippi") == "Misp"
assert dedupe_chars("AaBbA") == "AaBb"
assert dedupe_chars("AaBbA", ignore_case=True) == "AB"
assert dedupe_chars("") == ""
""",
)

add(
    "strings",
    "excel-column-name",
    "Write `excel_column_name(number)` that converts a positive column number to its spreadsheet column label (1 -> 'A', 26 -> 'Z', 27 -> 'AA', 703 -> 'AAA'), and `excel_column_number(label)` that does the reverse. `excel_column_name` raises ValueError for numbers below 1.",
    r"""
def excel_column_name(number: int) -> str:
    if number < 1:
        raise ValueError("column numbers start at 1")
    letters = []
    while number:
        number, remainder = divmod(number - 1, 26)
        letters.append(chr(ord("A") + remainder))
    return "".join(reversed(letters))


def excel_column_number(label: str) -> int:
    number = 0
    for ch in label.upper():
        number = number * 26 + (ord(ch) - ord("A") + 1)
    return number
""",
    r"""
assert excel_column_name(1) == "A"
assert excel_column_name(26) == "Z"
assert excel_column_name(27) == "AA"
assert excel_column_name(52) == "AZ"
assert excel_column_name(703) == "AAA"
assert excel_column_number("ZZ") == 702
assert excel_column_number("aa") == 27
assert all(excel_column_number(excel_column_name(n)) == n for n in range(1, 2000))
try:
    excel_column_name(0)
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

# --------------------------------------------------------------------------- lists

add(
    "lists",
    "chunk-list",
    "Write `chunk_list(items, size)` that splits a list into consecutive sublists of length `size` (the last one may be shorter). Raise ValueError for a non-positive size.",
    r"""
def chunk_list(items: list, size: int) -> list[list]:
    if size < 1:
        raise ValueError("size must be positive")
    return [items[i : i + size] for i in range(0, len(items), size)]
""",
    r"""
assert chunk_list([1, 2, 3, 4, 5], 2) == [[1, 2], [3, 4], [5]]
assert chunk_list([1, 2, 3], 3) == [[1, 2, 3]]
assert chunk_list([], 3) == []
assert chunk_list(["a"], 10) == [["a"]]
try:
    chunk_list([1], 0)
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "lists",
    "flatten-once",
    "Write `flatten_once(nested)` that takes a list of lists and returns a single list with the inner elements in order. Only one level is removed.",
    r"""
def flatten_once(nested: list[list]) -> list:
    return [item for inner in nested for item in inner]
""",
    r"""
assert flatten_once([[1, 2], [3], []]) == [1, 2, 3]
assert flatten_once([]) == []
assert flatten_once([["a"], ["b", "c"]]) == ["a", "b", "c"]
assert flatten_once([[1, [2]], [3]]) == [1, [2], 3]
""",
)

add(
    "lists",
    "rotate-right",
    "Write `rotate_right(items, k)` returning a new list rotated `k` positions to the right. `k` may be larger than the list length or negative (a negative value rotates left). The input list must not be modified.",
    r"""
def rotate_right(items: list, k: int) -> list:
    if not items:
        return []
    k %= len(items)
    return items[-k:] + items[:-k]
""",
    r"""
data = [1, 2, 3, 4, 5]
assert rotate_right(data, 2) == [4, 5, 1, 2, 3]
assert rotate_right(data, 0) == [1, 2, 3, 4, 5]
assert rotate_right(data, 7) == [4, 5, 1, 2, 3]
assert rotate_right(data, -1) == [2, 3, 4, 5, 1]
assert rotate_right(data, 5) == [1, 2, 3, 4, 5]
assert rotate_right([], 3) == []
assert data == [1, 2, 3, 4, 5]
""",
    inp="Example: rotate_right([1, 2, 3, 4, 5], 2) -> [4, 5, 1, 2, 3]",
)

add(
    "lists",
    "pairwise-differences",
    "Write `pairwise_differences(nums)` that returns the list of differences between each element and the one before it. Lists with fewer than two elements give an empty list.",
    r"""
from itertools import pairwise


def pairwise_differences(nums: list[float]) -> list[float]:
    return [b - a for a, b in pairwise(nums)]
""",
    r"""
assert pairwise_differences([1, 4, 9, 16]) == [3, 5, 7]
assert pairwise_differences([5, 3]) == [-2]
assert pairwise_differences([7]) == []
assert pairwise_differences([]) == []
""",
)

add(
    "lists",
    "running-total",
    "Implement `running_total(nums)` that returns the cumulative sums of a list of numbers: element i of the result is the sum of nums[0..i].",
    r"""
from itertools import accumulate


def running_total(nums: list[float]) -> list[float]:
    return list(accumulate(nums))
""",
    r"""
assert running_total([1, 2, 3, 4]) == [1, 3, 6, 10]
assert running_total([]) == []
assert running_total([5, -5, 5]) == [5, 0, 5]
assert running_total([0.5, 0.25]) == [0.5, 0.75]
""",
)

add(
    "lists",
    "moving-average",
    "Write `moving_average(values, window)` that returns the average of every full window of `window` consecutive values, in order. Keep a running sum instead of re-summing each window, and raise ValueError if `window` is less than 1.",
    r"""
def moving_average(values: list[float], window: int) -> list[float]:
    if window < 1:
        raise ValueError("window must be at least 1")
    averages: list[float] = []
    total = 0.0
    for i, value in enumerate(values):
        total += value
        if i >= window:
            total -= values[i - window]
        if i >= window - 1:
            averages.append(total / window)
    return averages
""",
    r"""
assert moving_average([1, 2, 3, 4, 5], 2) == [1.5, 2.5, 3.5, 4.5]
assert moving_average([1, 2, 3], 3) == [2.0]
assert moving_average([1, 2], 3) == []
assert moving_average([4], 1) == [4.0]
assert moving_average([], 2) == []
try:
    moving_average([1, 2], 0)
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "lists",
    "partition-by",
    "Write `partition_by(items, predicate)` that splits `items` into two lists, those for which `predicate(item)` is truthy and those for which it is falsy, and returns them as a tuple. Relative order is preserved in both.",
    r"""
from collections.abc import Callable, Iterable


def partition_by(items: Iterable, predicate: Callable) -> tuple[list, list]:
    matching: list = []
    rest: list = []
    for item in items:
        (matching if predicate(item) else rest).append(item)
    return matching, rest
""",
    r"""
assert partition_by([1, 2, 3, 4, 5], lambda n: n % 2 == 0) == ([2, 4], [1, 3, 5])
assert partition_by([], bool) == ([], [])
assert partition_by(["", "a", 0, 3], bool) == (["a", 3], ["", 0])
assert partition_by(range(4), lambda n: n > 10) == ([], [0, 1, 2, 3])
""",
)

add(
    "lists",
    "indices-of",
    "Write `indices_of(items, target)` that returns every index at which `target` occurs in `items`, in increasing order.",
    r"""
def indices_of(items: list, target) -> list[int]:
    return [index for index, item in enumerate(items) if item == target]
""",
    r"""
assert indices_of([1, 2, 1, 3, 1], 1) == [0, 2, 4]
assert indices_of(["a", "b"], "c") == []
assert indices_of([], 0) == []
assert indices_of([None, None], None) == [0, 1]
""",
)

add(
    "lists",
    "split-list",
    "Write `split_list(items, separator)` that works like `str.split` for lists: it splits `items` at every element equal to `separator` and returns the list of pieces (empty pieces included).",
    r"""
def split_list(items: list, separator) -> list[list]:
    pieces: list[list] = [[]]
    for item in items:
        if item == separator:
            pieces.append([])
        else:
            pieces[-1].append(item)
    return pieces
""",
    r"""
assert split_list([1, 0, 2, 3, 0, 4], 0) == [[1], [2, 3], [4]]
assert split_list([0], 0) == [[], []]
assert split_list([], 0) == [[]]
assert split_list([1, 2], 0) == [[1, 2]]
assert split_list(["a", "|", "|", "b"], "|") == [["a"], [], ["b"]]
""",
    inp="It should mirror str.split: ''.split(',') == [''] so split_list([], x) == [[]].",
)

add(
    "lists",
    "longest-streak",
    "Write `longest_streak(items, value)` returning the length of the longest run of consecutive elements equal to `value`.",
    r"""
def longest_streak(items: list, value) -> int:
    best = current = 0
    for item in items:
        current = current + 1 if item == value else 0
        best = max(best, current)
    return best
""",
    r"""
assert longest_streak([1, 1, 0, 1, 1, 1, 0], 1) == 3
assert longest_streak([0, 0], 1) == 0
assert longest_streak([], 1) == 0
assert longest_streak(["W", "W", "L", "W"], "W") == 2
""",
)

add(
    "lists",
    "product-except-self",
    "Write `product_except_self(nums)` that returns a list where element i is the product of all elements of `nums` except nums[i]. Do not use division, so zeros are handled correctly, and run in O(n).",
    r"""
def product_except_self(nums: list[int]) -> list[int]:
    result = [1] * len(nums)
    prefix = 1
    for i, num in enumerate(nums):
        result[i] = prefix
        prefix *= num
    suffix = 1
    for i in range(len(nums) - 1, -1, -1):
        result[i] *= suffix
        suffix *= nums[i]
    return result
""",
    r"""
assert product_except_self([1, 2, 3, 4]) == [24, 12, 8, 6]
assert product_except_self([2, 0, 3]) == [0, 6, 0]
assert product_except_self([0, 0]) == [0, 0]
assert product_except_self([5]) == [1]
assert product_except_self([]) == []
assert product_except_self([-1, 2, -3]) == [-6, 3, -2]
""",
    inp="Example: product_except_self([1, 2, 3, 4]) -> [24, 12, 8, 6]",
)

add(
    "lists",
    "move-zeros-to-end",
    "Write `move_zeros_to_end(nums)` that moves all zeros in the list to the end in place, keeping the relative order of the non-zero elements. The function returns None.",
    r"""
def move_zeros_to_end(nums: list[int]) -> None:
    write = 0
    for num in nums:
        if num != 0:
            nums[write] = num
            write += 1
    for i in range(write, len(nums)):
        nums[i] = 0
""",
    r"""
data = [0, 1, 0, 3, 12]
assert move_zeros_to_end(data) is None
assert data == [1, 3, 12, 0, 0]
data = [0, 0, 1]
move_zeros_to_end(data)
assert data == [1, 0, 0]
data = []
move_zeros_to_end(data)
assert data == []
data = [4, 5]
move_zeros_to_end(data)
assert data == [4, 5]
""",
)

add(
    "lists",
    "group-consecutive",
    "Given a sorted list of integers, write `group_consecutive(nums)` that groups runs of consecutive integers into sublists.",
    r"""
def group_consecutive(nums: list[int]) -> list[list[int]]:
    groups: list[list[int]] = []
    for num in nums:
        if groups and num == groups[-1][-1] + 1:
            groups[-1].append(num)
        else:
            groups.append([num])
    return groups
""",
    r"""
assert group_consecutive([1, 2, 3, 5, 6, 8]) == [[1, 2, 3], [5, 6], [8]]
assert group_consecutive([]) == []
assert group_consecutive([4]) == [[4]]
assert group_consecutive([1, 3, 5]) == [[1], [3], [5]]
assert group_consecutive([-1, 0, 1]) == [[-1, 0, 1]]
""",
    inp="Example: group_consecutive([1, 2, 3, 5, 6, 8]) -> [[1, 2, 3], [5, 6], [8]]",
)

add(
    "lists",
    "summarize-ranges",
    'Given a sorted list of distinct integers, write `summarize_ranges(nums)` that describes it as a list of range strings: a run a..b becomes `"a->b"` and a lone number stays as `"a"`.',
    r"""
def summarize_ranges(nums: list[int]) -> list[str]:
    ranges: list[str] = []
    i = 0
    while i < len(nums):
        j = i
        while j + 1 < len(nums) and nums[j + 1] == nums[j] + 1:
            j += 1
        ranges.append(str(nums[i]) if i == j else f"{nums[i]}->{nums[j]}")
        i = j + 1
    return ranges
""",
    r"""
assert summarize_ranges([0, 1, 2, 4, 5, 7]) == ["0->2", "4->5", "7"]
assert summarize_ranges([0, 2, 3, 4, 6, 8, 9]) == ["0", "2->4", "6", "8->9"]
assert summarize_ranges([]) == []
assert summarize_ranges([-3, -2, 0]) == ["-3->-2", "0"]
""",
    inp='Example: summarize_ranges([0, 1, 2, 4, 5, 7]) -> ["0->2", "4->5", "7"]',
)

add(
    "lists",
    "argmax",
    "Write `argmax(values)` that returns the index of the largest element (the first one on ties). Raise ValueError for an empty list.",
    r"""
def argmax(values: list[float]) -> int:
    if not values:
        raise ValueError("argmax() of an empty sequence")
    return max(range(len(values)), key=values.__getitem__)
""",
    r"""
assert argmax([3, 1, 4, 1, 5, 9, 2, 6]) == 5
assert argmax([7, 7]) == 0
assert argmax([-1]) == 0
assert argmax([-5, -2, -9]) == 1
try:
    argmax([])
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "lists",
    "is-sublist",
    "Write `is_sublist(small, big)` that returns True if `small` appears in `big` as a contiguous block. The empty list is a sublist of every list.",
    r"""
def is_sublist(small: list, big: list) -> bool:
    n = len(small)
    return any(big[i : i + n] == small for i in range(len(big) - n + 1))
""",
    r"""
assert is_sublist([2, 3], [1, 2, 3, 4])
assert not is_sublist([2, 4], [1, 2, 3, 4])
assert is_sublist([], [])
assert is_sublist([], [1])
assert not is_sublist([1, 2, 3], [1, 2])
assert is_sublist([1, 2], [1, 2])
""",
)

add(
    "lists",
    "swap-pairs",
    "Write `swap_pairs(items)` that returns a new list in which each pair of adjacent elements (positions 0-1, 2-3, ...) is swapped. A trailing unpaired element stays in place.",
    r"""
def swap_pairs(items: list) -> list:
    result = list(items)
    for i in range(0, len(result) - 1, 2):
        result[i], result[i + 1] = result[i + 1], result[i]
    return result
""",
    r"""
assert swap_pairs([1, 2, 3, 4]) == [2, 1, 4, 3]
assert swap_pairs([1, 2, 3, 4, 5]) == [2, 1, 4, 3, 5]
assert swap_pairs([]) == []
assert swap_pairs(["x"]) == ["x"]
original = [1, 2]
swap_pairs(original)
assert original == [1, 2]
""",
)

add(
    "lists",
    "pad-list",
    "Write `pad_list(items, length, fill=None)` that returns a copy of `items` extended with `fill` up to `length` elements. Lists that are already long enough are returned as an unchanged copy.",
    r"""
def pad_list(items: list, length: int, fill=None) -> list:
    return list(items) + [fill] * (length - len(items))
""",
    r"""
assert pad_list([1, 2], 4) == [1, 2, None, None]
assert pad_list([1, 2], 4, 0) == [1, 2, 0, 0]
assert pad_list([1, 2, 3], 2) == [1, 2, 3]
assert pad_list([], 0) == []
source = [1]
assert pad_list(source, 1) is not source
""",
)

add(
    "lists",
    "collapse-repeats",
    "Write `collapse_repeats(items)` that collapses each run of consecutive equal elements into a single element (non-adjacent repeats are kept).",
    r"""
from itertools import groupby


def collapse_repeats(items: list) -> list:
    return [key for key, _ in groupby(items)]
""",
    r"""
assert collapse_repeats([1, 1, 2, 2, 2, 1, 3, 3]) == [1, 2, 1, 3]
assert collapse_repeats([]) == []
assert collapse_repeats(["a", "a"]) == ["a"]
assert collapse_repeats("aabccc") == ["a", "b", "c"]
""",
)

add(
    "lists",
    "every-nth",
    "Write `every_nth(items, n, start=0)` that returns every n-th element of `items` beginning at index `start`. Raise ValueError if `n` is not positive.",
    r"""
def every_nth(items: list, n: int, start: int = 0) -> list:
    if n < 1:
        raise ValueError("n must be positive")
    return items[start::n]
""",
    r"""
assert every_nth([0, 1, 2, 3, 4, 5, 6], 3) == [0, 3, 6]
assert every_nth([0, 1, 2, 3, 4, 5, 6], 2, start=1) == [1, 3, 5]
assert every_nth([], 2) == []
assert every_nth([1, 2], 5) == [1]
try:
    every_nth([1], 0)
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "lists",
    "find-missing-number",
    "A list contains n distinct numbers taken from 0, 1, ..., n, so exactly one is missing. Write `find_missing_number(nums)` that returns it in O(n) time and O(1) extra space.",
    r"""
def find_missing_number(nums: list[int]) -> int:
    n = len(nums)
    return n * (n + 1) // 2 - sum(nums)
""",
    r"""
assert find_missing_number([3, 0, 1]) == 2
assert find_missing_number([0, 1]) == 2
assert find_missing_number([9, 6, 4, 2, 3, 5, 7, 0, 1]) == 8
assert find_missing_number([]) == 0
assert find_missing_number([1]) == 0
""",
)

add(
    "lists",
    "largest-gap",
    "Write `largest_gap(nums)` that returns the largest difference between two numbers that are neighbours once the list is sorted. Return 0 when there are fewer than two numbers.",
    r"""
from itertools import pairwise


def largest_gap(nums: list[int]) -> int:
    return max((b - a for a, b in pairwise(sorted(nums))), default=0)
""",
    r"""
assert largest_gap([3, 6, 9, 1]) == 3
assert largest_gap([10]) == 0
assert largest_gap([]) == 0
assert largest_gap([1, 100, 2]) == 98
assert largest_gap([5, 5, 5]) == 0
""",
)

add(
    "lists",
    "unique-in-order",
    "Write `unique_in_order(items, key=None)` that returns a new list with duplicates removed, keeping the first occurrence of each element and preserving the original order. When `key` is given, two elements are duplicates if `key` maps them to the same value. Elements may be unhashable as long as their keys are hashable.",
    r"""
from typing import Callable, Iterable


def unique_in_order(items: Iterable, key: Callable | None = None) -> list:
    seen = set()
    result = []
    for item in items:
        marker = item if key is None else key(item)
        if marker not in seen:
            seen.add(marker)
            result.append(item)
    return result
""",
    r"""
assert unique_in_order([3, 1, 3, 2, 1]) == [3, 1, 2]
assert unique_in_order("abracadabra") == ["a", "b", "r", "c", "d"]
assert unique_in_order(["Apple", "apple", "Banana"], key=str.lower) == ["Apple", "Banana"]
assert unique_in_order([[1, 2], [2, 1], [1, 2]], key=tuple) == [[1, 2], [2, 1]]
assert unique_in_order([]) == []
""",
)

add(
    "lists",
    "find-duplicates",
    "Write `find_duplicates(items)` that returns the elements occurring more than once in `items`, each listed once, in the order in which their second occurrence appears.",
    r"""
def find_duplicates(items: list) -> list:
    seen = set()
    reported = set()
    duplicates = []
    for item in items:
        if item in seen and item not in reported:
            reported.add(item)
            duplicates.append(item)
        seen.add(item)
    return duplicates
""",
    r"""
assert find_duplicates([1, 2, 3, 2, 1, 2]) == [2, 1]
assert find_duplicates(["a", "b", "c"]) == []
assert find_duplicates([5, 5, 5, 5]) == [5]
assert find_duplicates([4, 1, 1, 4]) == [1, 4]
assert find_duplicates([]) == []
""",
)

add(
    "lists",
    "split-at-indices",
    "Write `split_at_indices(items, indices)` that cuts `items` into consecutive pieces at the given positions, e.g. splitting `[a, b, c, d, e]` at `[1, 3]` gives `[[a], [b, c], [d, e]]`. Indices may be unsorted; duplicate indices count as a single cut. A cut at 0 or at `len(items)` produces an empty first or last piece. Indices outside `0..len(items)` raise IndexError.",
    r"""
def split_at_indices(items: list, indices: list[int]) -> list[list]:
    cuts = sorted(set(indices))
    if any(cut < 0 or cut > len(items) for cut in cuts):
        raise IndexError("split index out of range")
    pieces = []
    start = 0
    for cut in cuts:
        pieces.append(items[start:cut])
        start = cut
    pieces.append(items[start:])
    return pieces
""",
    r"""
assert split_at_indices(list("abcde"), [1, 3]) == [["a"], ["b", "c"], ["d", "e"]]
assert split_at_indices([1, 2, 3, 4], [3, 1, 1]) == [[1], [2, 3], [4]]
assert split_at_indices([1, 2], []) == [[1, 2]]
assert split_at_indices([1, 2], [0, 2]) == [[], [1, 2], []]
try:
    split_at_indices([1, 2], [3])
except IndexError:
    pass
else:
    raise AssertionError("expected IndexError")
""",
)

add(
    "lists",
    "list-difference",
    "Write `list_difference(first, second)` that returns the elements of `first` that remain after removing one matching element for every element of `second` (multiset difference), preserving the order of `first`. For example `[1, 2, 2, 3]` minus `[2]` is `[1, 2, 3]`.",
    r"""
from collections import Counter


def list_difference(first: list, second: list) -> list:
    to_remove = Counter(second)
    result = []
    for item in first:
        if to_remove[item] > 0:
            to_remove[item] -= 1
        else:
            result.append(item)
    return result
""",
    r"""
assert list_difference([1, 2, 2, 3], [2]) == [1, 2, 3]
assert list_difference([1, 2, 2, 3], [2, 2, 2]) == [1, 3]
assert list_difference(["a", "b", "a"], ["a", "z"]) == ["b", "a"]
assert list_difference([], [1]) == []
assert list_difference([3, 1], []) == [3, 1]
""",
)

add(
    "lists",
    "two-sum-indices",
    "Write `two_sum_indices(nums, target)` that returns a tuple `(i, j)` with `i < j` and `nums[i] + nums[j] == target`, choosing the pair whose `j` is smallest (and then the smallest `i`). Return None when no pair exists. Run in O(n) using a dictionary of positions already seen.",
    r"""
def two_sum_indices(nums: list[int], target: int) -> tuple[int, int] | None:
    first_seen: dict[int, int] = {}
    for j, value in enumerate(nums):
        i = first_seen.get(target - value)
        if i is not None:
            return i, j
        first_seen.setdefault(value, j)
    return None
""",
    r"""
assert two_sum_indices([2, 7, 11, 15], 9) == (0, 1)
assert two_sum_indices([3, 2, 4], 6) == (1, 2)
assert two_sum_indices([3, 3, 3], 6) == (0, 1)
assert two_sum_indices([1, 5, 1, 5], 10) == (1, 3)
assert two_sum_indices([1, 2, 3], 7) is None
assert two_sum_indices([], 0) is None
""",
)

add(
    "lists",
    "elementwise-sum-padded",
    "Write `elementwise_sum(*lists)` that adds any number of numeric lists position by position. Shorter lists are treated as if padded with zeros, so the result is as long as the longest input. With no arguments return an empty list.",
    r"""
from itertools import zip_longest


def elementwise_sum(*lists: list[float]) -> list[float]:
    return [sum(column) for column in zip_longest(*lists, fillvalue=0)]
""",
    r"""
assert elementwise_sum([1, 2, 3], [10, 20]) == [11, 22, 3]
assert elementwise_sum([1], [2], [3, 4]) == [6, 4]
assert elementwise_sum([1.5, 2.5]) == [1.5, 2.5]
assert elementwise_sum([], [7]) == [7]
assert elementwise_sum() == []
""",
)

add(
    "lists",
    "remove-value-in-place",
    "Write `remove_value_in_place(nums, value)` that removes every occurrence of `value` from the list `nums` in place, using O(1) extra space (a read and a write pointer, then truncating the tail). Keep the relative order of the remaining elements and return the new length.",
    r"""
def remove_value_in_place(nums: list, value) -> int:
    write = 0
    for read in range(len(nums)):
        if nums[read] != value:
            nums[write] = nums[read]
            write += 1
    del nums[write:]
    return write
""",
    r"""
data = [3, 2, 2, 3, 4, 3]
assert remove_value_in_place(data, 3) == 3
assert data == [2, 2, 4]
same = [1, 1]
assert remove_value_in_place(same, 1) == 0 and same == []
untouched = [5, 6]
assert remove_value_in_place(untouched, 9) == 2 and untouched == [5, 6]
empty: list = []
assert remove_value_in_place(empty, 0) == 0
""",
)

add(
    "lists",
    "split-by-budget",
    "Write `split_by_budget(amounts, budget)` that groups consecutive non-negative amounts greedily into batches whose totals do not exceed `budget`: keep adding amounts to the current batch until the next one would overflow it, then start a new batch. A single amount larger than `budget` raises ValueError.",
    r"""
def split_by_budget(amounts: list[float], budget: float) -> list[list[float]]:
    batches: list[list[float]] = []
    current: list[float] = []
    total = 0
    for amount in amounts:
        if amount > budget:
            raise ValueError(f"{amount} exceeds the budget")
        if current and total + amount > budget:
            batches.append(current)
            current, total = [], 0
        current.append(amount)
        total += amount
    if current:
        batches.append(current)
    return batches
""",
    r"""
assert split_by_budget([4, 3, 2, 5, 1], 7) == [[4, 3], [2, 5], [1]]
assert split_by_budget([1, 1, 1, 1], 10) == [[1, 1, 1, 1]]
assert split_by_budget([5, 5, 5], 5) == [[5], [5], [5]]
assert split_by_budget([0, 0, 3], 3) == [[0, 0, 3]]
assert split_by_budget([], 3) == []
try:
    split_by_budget([1, 9], 5)
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

# --------------------------------------------------------------------------- dicts

add(
    "dicts",
    "invert-mapping",
    "Write `invert_mapping(mapping)` that inverts a dictionary. Because several keys can share a value, each value of the result is the list of original keys (in insertion order).",
    r"""
def invert_mapping(mapping: dict) -> dict:
    inverted: dict = {}
    for key, value in mapping.items():
        inverted.setdefault(value, []).append(key)
    return inverted
""",
    r"""
assert invert_mapping({"a": 1, "b": 2, "c": 1}) == {1: ["a", "c"], 2: ["b"]}
assert invert_mapping({}) == {}
assert invert_mapping({"x": "y"}) == {"y": ["x"]}
""",
)

add(
    "dicts",
    "word-frequencies",
    "Write `word_frequencies(text)` returning a dict that maps each lowercase word to the number of times it appears. A word is a run of ASCII letters, optionally containing inner apostrophes (`don't`); punctuation and quotes around words are ignored.",
    r"""
import re
from collections import Counter


def word_frequencies(text: str) -> dict[str, int]:
    return dict(Counter(re.findall(r"[a-z]+(?:'[a-z]+)*", text.lower())))
""",
    r"""
assert word_frequencies("The cat and the hat.") == {"the": 2, "cat": 1, "and": 1, "hat": 1}
assert word_frequencies("Don't stop, don't!") == {"don't": 2, "stop": 1}
assert word_frequencies("") == {}
assert word_frequencies("'quoted' word") == {"quoted": 1, "word": 1}
assert word_frequencies("a1b a") == {"a": 2, "b": 1}
""",
)

add(
    "dicts",
    "merge-counts",
    "Write `merge_counts(first, second)` that merges two dictionaries of counts into a new dictionary, adding the values of keys present in both. Neither input may be modified.",
    r"""
def merge_counts(first: dict[str, int], second: dict[str, int]) -> dict[str, int]:
    merged = dict(first)
    for key, value in second.items():
        merged[key] = merged.get(key, 0) + value
    return merged
""",
    r"""
a = {"apples": 3, "pears": 1}
b = {"apples": 2, "plums": 5}
assert merge_counts(a, b) == {"apples": 5, "pears": 1, "plums": 5}
assert a == {"apples": 3, "pears": 1} and b == {"apples": 2, "plums": 5}
assert merge_counts({}, {}) == {}
assert merge_counts({"x": 1}, {}) == {"x": 1}
""",
)

add(
    "dicts",
    "deep-merge",
    "Write `deep_merge(base, override)` that returns a new dict combining the two: keys from `override` win, except that when both sides hold a dict for the same key, those dicts are merged recursively. Inputs must not be mutated.",
    r"""
def deep_merge(base: dict, override: dict) -> dict:
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = deep_merge(merged[key], value)
        else:
            merged[key] = value
    return merged
""",
    r"""
base = {"db": {"host": "localhost", "port": 5432}, "debug": False}
override = {"db": {"port": 6543}, "debug": True, "name": "app"}
assert deep_merge(base, override) == {
    "db": {"host": "localhost", "port": 6543}, "debug": True, "name": "app"}
assert base == {"db": {"host": "localhost", "port": 5432}, "debug": False}
assert deep_merge({"a": {"b": 1}}, {"a": 2}) == {"a": 2}
assert deep_merge({"a": 1}, {"a": {"b": 2}}) == {"a": {"b": 2}}
assert deep_merge({}, {}) == {}
""",
)

add(
    "dicts",
    "group-by-key",
    "Write `group_by_key(records, key)` that groups a list of dicts by the value stored under `key`. Records that lack the key are grouped under None. The result maps each value to the list of records, in input order.",
    r"""
def group_by_key(records: list[dict], key: str) -> dict:
    groups: dict = {}
    for record in records:
        groups.setdefault(record.get(key), []).append(record)
    return groups
""",
    r"""
people = [
    {"name": "Ada", "team": "core"},
    {"name": "Bob", "team": "web"},
    {"name": "Cy", "team": "core"},
    {"name": "Dee"},
]
groups = group_by_key(people, "team")
assert [p["name"] for p in groups["core"]] == ["Ada", "Cy"]
assert [p["name"] for p in groups["web"]] == ["Bob"]
assert [p["name"] for p in groups[None]] == ["Dee"]
assert group_by_key([], "team") == {}
""",
)

add(
    "dicts",
    "get-nested",
    'Write `get_nested(data, path, default=None)` that looks up a dotted path such as `"server.tls.port"` in nested dictionaries and returns `default` when any step is missing or is not a dict.',
    r"""
def get_nested(data: dict, path: str, default=None):
    current = data
    for key in path.split("."):
        if not isinstance(current, dict) or key not in current:
            return default
        current = current[key]
    return current
""",
    r"""
config = {"server": {"tls": {"port": 443, "enabled": False}}, "name": "demo"}
assert get_nested(config, "server.tls.port") == 443
assert get_nested(config, "server.tls.enabled", True) is False
assert get_nested(config, "server.http.port", 80) == 80
assert get_nested(config, "name.first") is None
assert get_nested(config, "name") == "demo"
assert get_nested({}, "a") is None
""",
)

add(
    "dicts",
    "flatten-dict",
    'Write `flatten_dict(data, sep=".")` that flattens nested dictionaries into one level, joining keys with `sep`. Non-dict values and empty dicts are kept as leaves.',
    r"""
def flatten_dict(data: dict, sep: str = ".", prefix: str = "") -> dict:
    flat: dict = {}
    for key, value in data.items():
        full_key = f"{prefix}{sep}{key}" if prefix else str(key)
        if isinstance(value, dict) and value:
            flat.update(flatten_dict(value, sep, full_key))
        else:
            flat[full_key] = value
    return flat
""",
    r"""
assert flatten_dict({"a": 1, "b": {"c": 2, "d": {"e": 3}}}) == {"a": 1, "b.c": 2, "b.d.e": 3}
assert flatten_dict({"a": {"b": 1}}, sep="/") == {"a/b": 1}
assert flatten_dict({"empty": {}, "list": [1, 2]}) == {"empty": {}, "list": [1, 2]}
assert flatten_dict({}) == {}
""",
    inp='Example: flatten_dict({"a": 1, "b": {"c": 2}}) -> {"a": 1, "b.c": 2}',
)

add(
    "dicts",
    "unflatten-dict",
    'Write `unflatten_dict(flat, sep=".")`, the inverse of flattening: keys such as `"a.b.c"` become nested dictionaries.',
    r"""
def unflatten_dict(flat: dict[str, object], sep: str = ".") -> dict:
    result: dict = {}
    for compound_key, value in flat.items():
        *parents, leaf = compound_key.split(sep)
        node = result
        for part in parents:
            node = node.setdefault(part, {})
        node[leaf] = value
    return result
""",
    r"""
assert unflatten_dict({"a": 1, "b.c": 2, "b.d.e": 3}) == {"a": 1, "b": {"c": 2, "d": {"e": 3}}}
assert unflatten_dict({"x/y": 0}, sep="/") == {"x": {"y": 0}}
assert unflatten_dict({}) == {}
""",
)

add(
    "dicts",
    "dict-diff",
    "Write `dict_diff(old, new)` that compares two flat dictionaries and returns a dict with three entries: `added` (keys only in new, with their values), `removed` (keys only in old, with their values) and `changed` (keys whose value differs, mapped to an `(old, new)` tuple).",
    r"""
def dict_diff(old: dict, new: dict) -> dict[str, dict]:
    return {
        "added": {key: new[key] for key in new.keys() - old.keys()},
        "removed": {key: old[key] for key in old.keys() - new.keys()},
        "changed": {
            key: (old[key], new[key]) for key in old.keys() & new.keys() if old[key] != new[key]
        },
    }
""",
    r"""
old = {"a": 1, "b": 2, "c": 3}
new = {"b": 2, "c": 4, "d": 5}
assert dict_diff(old, new) == {"added": {"d": 5}, "removed": {"a": 1}, "changed": {"c": (3, 4)}}
assert dict_diff({}, {}) == {"added": {}, "removed": {}, "changed": {}}
assert dict_diff({"x": 1}, {"x": 1}) == {"added": {}, "removed": {}, "changed": {}}
""",
    inp='Example: dict_diff({"a": 1, "b": 2}, {"b": 3}) -> {"added": {}, "removed": {"a": 1}, "changed": {"b": (2, 3)}}',
)

add(
    "dicts",
    "count-by",
    "Write `count_by(items, key)` returning a dict that maps each result of `key(item)` to how many items produced it.",
    r"""
from collections import Counter
from collections.abc import Callable, Iterable


def count_by(items: Iterable, key: Callable) -> dict:
    return dict(Counter(key(item) for item in items))
""",
    r"""
assert count_by(["apple", "avocado", "banana"], lambda w: w[0]) == {"a": 2, "b": 1}
assert count_by(range(10), lambda n: n % 3) == {0: 4, 1: 3, 2: 3}
assert count_by([], len) == {}
assert count_by(["hi", "yo", "hey"], len) == {2: 2, 3: 1}
""",
)

add(
    "dicts",
    "char-positions",
    "Write `char_positions(text)` that maps every character of `text` to the list of indices where it occurs.",
    r"""
from collections import defaultdict


def char_positions(text: str) -> dict[str, list[int]]:
    positions: defaultdict[str, list[int]] = defaultdict(list)
    for index, char in enumerate(text):
        positions[char].append(index)
    return dict(positions)
""",
    r"""
assert char_positions("banana") == {"b": [0], "a": [1, 3, 5], "n": [2, 4]}
assert char_positions("") == {}
result = char_positions("ab")
assert type(result) is dict and result == {"a": [0], "b": [1]}
""",
)

add(
    "dicts",
    "sort-dict-by-value",
    "Write `sort_dict_by_value(mapping, reverse=False)` returning a new dict whose items are ordered by value (ties keep their original order).",
    r"""
def sort_dict_by_value(mapping: dict, reverse: bool = False) -> dict:
    return dict(sorted(mapping.items(), key=lambda item: item[1], reverse=reverse))
""",
    r"""
scores = {"ann": 3, "bob": 1, "cid": 2, "dan": 1}
assert list(sort_dict_by_value(scores).items()) == [("bob", 1), ("dan", 1), ("cid", 2), ("ann", 3)]
assert list(sort_dict_by_value(scores, reverse=True)) == ["ann", "cid", "bob", "dan"]
assert sort_dict_by_value({}) == {}
""",
)

add(
    "dicts",
    "apply-defaults",
    "Write `apply_defaults(options, defaults)` that returns a new dict with every key from `defaults`, overridden by the keys of `options` whose value is not None.",
    r"""
def apply_defaults(options: dict, defaults: dict) -> dict:
    merged = dict(defaults)
    merged.update({key: value for key, value in options.items() if value is not None})
    return merged
""",
    r"""
defaults = {"host": "localhost", "port": 80, "debug": False}
assert apply_defaults({"port": 8080, "host": None}, defaults) == {"host": "localhost", "port": 8080, "debug": False}
assert apply_defaults({"debug": False, "extra": 1}, defaults) == {"host": "localhost", "port": 80, "debug": False, "extra": 1}
assert apply_defaults({}, {}) == {}
assert defaults == {"host": "localhost", "port": 80, "debug": False}
""",
)

add(
    "dicts",
    "rename-keys",
    "Write `rename_keys(data, mapping)` returning a copy of `data` in which keys listed in `mapping` are renamed to `mapping[key]`; other keys are kept. The order of items is preserved.",
    r"""
def rename_keys(data: dict, mapping: dict) -> dict:
    return {mapping.get(key, key): value for key, value in data.items()}
""",
    r"""
row = {"FirstName": "Ada", "LastName": "Lovelace", "born": 1815}
renamed = rename_keys(row, {"FirstName": "first", "LastName": "last"})
assert renamed == {"first": "Ada", "last": "Lovelace", "born": 1815}
assert list(renamed) == ["first", "last", "born"]
assert rename_keys({}, {"a": "b"}) == {}
""",
)

add(
    "dicts",
    "index-records",
    "Write `index_records(records, key)` that builds a dict mapping `record[key]` to the record for a list of dicts. Raise ValueError mentioning the duplicate value if two records share the same key value.",
    r"""
def index_records(records: list[dict], key: str) -> dict:
    index: dict = {}
    for record in records:
        value = record[key]
        if value in index:
            raise ValueError(f"duplicate {key}: {value!r}")
        index[value] = record
    return index
""",
    r"""
users = [{"id": 1, "name": "Ada"}, {"id": 2, "name": "Grace"}]
assert index_records(users, "id") == {1: users[0], 2: users[1]}
assert index_records([], "id") == {}
try:
    index_records(users + [{"id": 2, "name": "Linus"}], "id")
except ValueError as exc:
    assert "2" in str(exc)
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "dicts",
    "group-anagrams",
    "Write `group_anagrams(words)` that groups words that are anagrams of each other. Groups appear in the order their first word appears, and words keep their input order inside a group.",
    r"""
def group_anagrams(words: list[str]) -> list[list[str]]:
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault("".join(sorted(word)), []).append(word)
    return list(groups.values())
""",
    r"""
assert group_anagrams(["eat", "tea", "tan", "ate", "nat", "bat"]) == [["eat", "tea", "ate"], ["tan", "nat"], ["bat"]]
assert group_anagrams([]) == []
assert group_anagrams([""]) == [[""]]
assert group_anagrams(["ab", "ba", "ab"]) == [["ab", "ba", "ab"]]
""",
    inp='Example: group_anagrams(["eat", "tea", "tan", "nat"]) -> [["eat", "tea"], ["tan", "nat"]]',
)

add(
    "dicts",
    "pick-omit",
    "Write two helpers: `pick(data, keys)` returns a new dict with only the listed keys that exist in `data`, and `omit(data, keys)` returns a new dict without the listed keys.",
    r"""
from collections.abc import Iterable


def pick(data: dict, keys: Iterable) -> dict:
    wanted = set(keys)
    return {key: value for key, value in data.items() if key in wanted}


def omit(data: dict, keys: Iterable) -> dict:
    unwanted = set(keys)
    return {key: value for key, value in data.items() if key not in unwanted}
""",
    r"""
user = {"id": 7, "name": "Ada", "password": "secret", "email": "ada@example.com"}
assert pick(user, ["id", "name", "missing"]) == {"id": 7, "name": "Ada"}
assert omit(user, ["password"]) == {"id": 7, "name": "Ada", "email": "ada@example.com"}
assert pick(user, []) == {}
assert omit(user, []) == user and omit(user, []) is not user
""",
)

add(
    "dicts",
    "dict-from-pairs",
    "Write `dict_from_lists(keys, values)` that pairs up two lists into a dict, raising ValueError when the lists have different lengths (use `zip` with `strict=True`).",
    r"""
def dict_from_lists(keys: list, values: list) -> dict:
    return dict(zip(keys, values, strict=True))
""",
    r"""
assert dict_from_lists(["a", "b"], [1, 2]) == {"a": 1, "b": 2}
assert dict_from_lists([], []) == {}
assert dict_from_lists(["a", "a"], [1, 2]) == {"a": 2}
try:
    dict_from_lists(["a"], [1, 2])
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "dicts",
    "totals-by-category",
    "Given a list of `(category, amount)` tuples, write `totals_by_category(transactions)` that sums the amounts per category and returns a dict ordered alphabetically by category.",
    r"""
from collections import defaultdict


def totals_by_category(transactions: list[tuple[str, int]]) -> dict[str, int]:
    totals: defaultdict[str, int] = defaultdict(int)
    for category, amount in transactions:
        totals[category] += amount
    return dict(sorted(totals.items()))
""",
    r"""
data = [("food", 12), ("rent", 800), ("food", 30), ("fun", 25), ("rent", -50)]
result = totals_by_category(data)
assert result == {"food": 42, "fun": 25, "rent": 750}
assert list(result) == ["food", "fun", "rent"]
assert totals_by_category([]) == {}
""",
)

add(
    "dicts",
    "set-nested",
    "Write `set_nested(data, path, value, sep='.')` that assigns `value` inside the nested dictionary `data` at the dotted `path` (e.g. 'db.primary.host'), creating intermediate dictionaries as needed. If an intermediate key exists but is not a dict, raise TypeError. Return `data` for convenience.",
    r"""
def set_nested(data: dict, path: str, value, sep: str = ".") -> dict:
    *parents, last = path.split(sep)
    node = data
    for key in parents:
        child = node.setdefault(key, {})
        if not isinstance(child, dict):
            raise TypeError(f"{key!r} is not a mapping")
        node = child
    node[last] = value
    return data
""",
    r"""
config: dict = {}
assert set_nested(config, "db.primary.host", "localhost") == {"db": {"primary": {"host": "localhost"}}}
set_nested(config, "db.primary.port", 5432)
set_nested(config, "debug", True)
assert config == {"db": {"primary": {"host": "localhost", "port": 5432}}, "debug": True}
assert set_nested({}, "a/b", 1, sep="/") == {"a": {"b": 1}}
try:
    set_nested({"a": 1}, "a.b", 2)
except TypeError:
    pass
else:
    raise AssertionError("expected TypeError")
""",
)

add(
    "dicts",
    "key-with-max-value",
    "Write `key_with_max_value(mapping)` that returns the key whose value is largest. If several keys share the largest value, return the one inserted first. Return None for an empty dictionary.",
    r"""
def key_with_max_value(mapping: dict):
    best_key = None
    best_value = None
    for key, value in mapping.items():
        if best_key is None or value > best_value:
            best_key, best_value = key, value
    return best_key
""",
    r"""
assert key_with_max_value({"a": 3, "b": 7, "c": 5}) == "b"
assert key_with_max_value({"x": 2, "y": 2}) == "x"
assert key_with_max_value({"only": -1}) == "only"
assert key_with_max_value({1: 0.5, 2: 1.5, 3: 1.5}) == 2
assert key_with_max_value({}) is None
""",
)

add(
    "dicts",
    "dict-intersection",
    "Write `dict_intersection(first, second)` that returns a new dictionary with the items common to both dictionaries: keys present in both whose values are equal. Keys keep the order of `first`.",
    r"""
def dict_intersection(first: dict, second: dict) -> dict:
    missing = object()
    return {key: value for key, value in first.items() if second.get(key, missing) == value}
""",
    r"""
assert dict_intersection({"a": 1, "b": 2, "c": 3}, {"c": 3, "a": 1, "b": 5}) == {"a": 1, "c": 3}
assert list(dict_intersection({"z": 0, "y": 0}, {"y": 0, "z": 0})) == ["z", "y"]
assert dict_intersection({"k": None}, {}) == {}
assert dict_intersection({"k": None}, {"k": None}) == {"k": None}
assert dict_intersection({}, {"a": 1}) == {}
""",
)

add(
    "dicts",
    "nested-dict-depth",
    "Write `nested_dict_depth(value)` that returns how deeply dictionaries are nested: a non-dict value has depth 0, an empty dict has depth 1, and a dict has depth one more than the deepest of its values.",
    r"""
def nested_dict_depth(value) -> int:
    if not isinstance(value, dict):
        return 0
    return 1 + max((nested_dict_depth(child) for child in value.values()), default=0)
""",
    r"""
assert nested_dict_depth(42) == 0
assert nested_dict_depth({}) == 1
assert nested_dict_depth({"a": 1, "b": 2}) == 1
assert nested_dict_depth({"a": {"b": {"c": 1}}, "d": {}}) == 3
assert nested_dict_depth({"a": [{"b": {}}]}) == 1
""",
)

add(
    "dicts",
    "sparse-dot",
    "Sparse vectors are stored as dictionaries mapping index to non-zero value. Write `sparse_dot(first, second)` returning their dot product, iterating over the smaller dictionary only, and `sparse_add(first, second)` returning their sum as a new sparse dictionary with zero entries dropped.",
    r"""
def sparse_dot(first: dict[int, float], second: dict[int, float]) -> float:
    if len(first) > len(second):
        first, second = second, first
    return sum(value * second[index] for index, value in first.items() if index in second)


def sparse_add(first: dict[int, float], second: dict[int, float]) -> dict[int, float]:
    total = dict(first)
    for index, value in second.items():
        total[index] = total.get(index, 0) + value
    return {index: value for index, value in total.items() if value != 0}
""",
    r"""
a = {0: 1.0, 3: 2.0, 7: -1.0}
b = {3: 4.0, 7: 1.0, 9: 5.0}
assert sparse_dot(a, b) == 7.0
assert sparse_dot(b, a) == 7.0
assert sparse_dot({}, a) == 0
assert sparse_add(a, b) == {0: 1.0, 3: 6.0, 9: 5.0}
assert sparse_add({1: 2}, {1: -2}) == {}
assert a == {0: 1.0, 3: 2.0, 7: -1.0}
""",
)

add(
    "dicts",
    "merge-with",
    "Write `merge_with(combine, *dicts)` that merges dictionaries left to right. When a key is already present, the new value is `combine(existing, incoming)`; otherwise the value is copied as is. The inputs must not be modified.",
    r"""
from typing import Callable


def merge_with(combine: Callable, *dicts: dict) -> dict:
    merged: dict = {}
    for mapping in dicts:
        for key, value in mapping.items():
            merged[key] = combine(merged[key], value) if key in merged else value
    return merged
""",
    r"""
import operator
first = {"a": 1, "b": 2}
second = {"b": 10, "c": 3}
assert merge_with(operator.add, first, second, {"a": 100}) == {"a": 101, "b": 12, "c": 3}
assert merge_with(max, {"x": 5}, {"x": 2}, {"x": 9}) == {"x": 9}
assert merge_with(lambda old, new: old + [new], {"k": []}, {"k": 1}) == {"k": [1]}
assert first == {"a": 1, "b": 2}
assert merge_with(operator.add) == {}
""",
)

add(
    "dicts",
    "inverted-index",
    "Write `inverted_index(documents)` where `documents` maps a document id to its text. Return a dict mapping each lowercase word (runs of letters and digits) to the sorted list of ids of the documents that contain it. Keys of the result are sorted alphabetically.",
    r"""
import re
from collections import defaultdict


def inverted_index(documents: dict[str, str]) -> dict[str, list[str]]:
    index: defaultdict[str, set[str]] = defaultdict(set)
    for doc_id, text in documents.items():
        for word in re.findall(r"[a-z0-9]+", text.lower()):
            index[word].add(doc_id)
    return {word: sorted(index[word]) for word in sorted(index)}
""",
    r"""
docs = {"d2": "The cat sat.", "d1": "A cat, a hat!", "d3": "Hat trick 3"}
index = inverted_index(docs)
assert index["cat"] == ["d1", "d2"]
assert index["hat"] == ["d1", "d3"]
assert index["a"] == ["d1"]
assert index["3"] == ["d3"]
assert list(index) == sorted(index)
assert inverted_index({}) == {}
""",
)

add(
    "dicts",
    "prune-empty",
    "Write `prune_empty(value)` that returns a copy of a nested structure of dicts and lists with every None value, empty string, empty list and empty dict removed. Pruning is recursive, so a container that becomes empty after pruning is removed too. Zero and False are kept. The top-level container itself is always returned, even if empty.",
    r"""
def prune_empty(value):
    def is_empty(item) -> bool:
        return item is None or (isinstance(item, (str, list, dict)) and len(item) == 0)

    if isinstance(value, dict):
        cleaned = {key: prune_empty(item) for key, item in value.items()}
        return {key: item for key, item in cleaned.items() if not is_empty(item)}
    if isinstance(value, list):
        cleaned_items = [prune_empty(item) for item in value]
        return [item for item in cleaned_items if not is_empty(item)]
    return value
""",
    r"""
data = {"a": None, "b": "", "c": 0, "d": False, "e": {"f": [], "g": {"h": None}}, "i": [None, 1, {}, [""]]}
assert prune_empty(data) == {"c": 0, "d": False, "i": [1]}
assert data["e"] == {"f": [], "g": {"h": None}}
assert prune_empty({"x": {"y": {}}}) == {}
assert prune_empty([[], "ok", [None, "k"]]) == ["ok", ["k"]]
assert prune_empty(5) == 5
""",
)

# --------------------------------------------------------------------------- math

add(
    "math",
    "digital-root",
    "Write `digital_root(n)` for a non-negative integer: repeatedly sum the decimal digits until a single digit remains. Use the constant-time congruence formula instead of a loop.",
    r"""
def digital_root(n: int) -> int:
    if n < 0:
        raise ValueError("n must be non-negative")
    return 0 if n == 0 else 1 + (n - 1) % 9
""",
    r"""
assert digital_root(0) == 0
assert digital_root(9) == 9
assert digital_root(38) == 2
assert digital_root(12345) == 6
assert digital_root(10) == 1
for n in range(1, 500):
    value = n
    while value >= 10:
        value = sum(int(d) for d in str(value))
    assert digital_root(n) == value, n
""",
)

add(
    "math",
    "lcm-of-list",
    "Write `lcm_of_list(nums)` returning the least common multiple of a list of positive integers (1 for an empty list).",
    r"""
from functools import reduce
from math import gcd


def lcm_of_list(nums: list[int]) -> int:
    return reduce(lambda a, b: a * b // gcd(a, b), nums, 1)
""",
    r"""
assert lcm_of_list([4, 6]) == 12
assert lcm_of_list([1, 2, 3, 4, 5]) == 60
assert lcm_of_list([]) == 1
assert lcm_of_list([7]) == 7
assert lcm_of_list([2, 3, 5, 7, 11, 13]) == 30030
assert lcm_of_list(list(range(1, 21))) == 232792560
""",
)

add(
    "math",
    "is-perfect-number",
    "A perfect number equals the sum of its proper divisors (e.g. 6 = 1 + 2 + 3). Write `is_perfect_number(n)` that checks this in O(sqrt(n)) time.",
    r"""
def is_perfect_number(n: int) -> bool:
    if n < 2:
        return False
    total = 1
    i = 2
    while i * i <= n:
        if n % i == 0:
            total += i
            if i != n // i:
                total += n // i
        i += 1
    return total == n
""",
    r"""
assert [n for n in range(10000) if is_perfect_number(n)] == [6, 28, 496, 8128]
assert not is_perfect_number(1)
assert not is_perfect_number(0)
assert not is_perfect_number(-6)
assert is_perfect_number(33550336)
""",
)

add(
    "math",
    "twin-primes",
    "Write `twin_primes(limit)` returning all twin-prime pairs `(p, p + 2)` with `p + 2 <= limit`, in increasing order. Find the primes with a sieve of Eratosthenes over a bytearray.",
    r"""
from math import isqrt


def twin_primes(limit: int) -> list[tuple[int, int]]:
    if limit < 5:
        return []
    sieve = bytearray([1]) * (limit + 1)
    sieve[0] = sieve[1] = 0
    for p in range(2, isqrt(limit) + 1):
        if sieve[p]:
            sieve[p * p :: p] = bytes(len(range(p * p, limit + 1, p)))
    return [(p, p + 2) for p in range(3, limit - 1) if sieve[p] and sieve[p + 2]]
""",
    r"""
assert twin_primes(20) == [(3, 5), (5, 7), (11, 13), (17, 19)]
assert twin_primes(4) == []
assert twin_primes(5) == [(3, 5)]
assert twin_primes(18) == [(3, 5), (5, 7), (11, 13)]
assert len(twin_primes(1000)) == 35
assert twin_primes(10**4)[-1] == (9929, 9931)
""",
)
add(
    "math",
    "armstrong-number",
    "A number is an Armstrong number if it equals the sum of its digits each raised to the power of the number of digits (153 = 1^3 + 5^3 + 3^3). Write `is_armstrong_number(n)` for non-negative integers.",
    r"""
def is_armstrong_number(n: int) -> bool:
    digits = str(n)
    return n == sum(int(d) ** len(digits) for d in digits)
""",
    r"""
assert all(is_armstrong_number(n) for n in range(10))
assert is_armstrong_number(153)
assert is_armstrong_number(9474)
assert not is_armstrong_number(10)
assert not is_armstrong_number(100)
assert [n for n in range(100, 1000) if is_armstrong_number(n)] == [153, 370, 371, 407]
""",
)

add(
    "math",
    "pascal-row",
    "Write `pascal_row(n)` that returns row `n` (0-indexed) of Pascal's triangle using the multiplicative formula, without building the earlier rows.",
    r"""
def pascal_row(n: int) -> list[int]:
    row = [1]
    for k in range(n):
        row.append(row[k] * (n - k) // (k + 1))
    return row
""",
    r"""
assert pascal_row(0) == [1]
assert pascal_row(1) == [1, 1]
assert pascal_row(4) == [1, 4, 6, 4, 1]
assert sum(pascal_row(10)) == 1024
from math import comb
assert pascal_row(30) == [comb(30, k) for k in range(31)]
""",
    inp="Example: pascal_row(4) -> [1, 4, 6, 4, 1]",
)

add(
    "math",
    "integer-sqrt",
    "Write `integer_sqrt(n)` that returns the floor of the square root of a non-negative integer using Newton's method on integers only (no floats, no `math.isqrt`). Raise ValueError for negative input.",
    r"""
def integer_sqrt(n: int) -> int:
    if n < 0:
        raise ValueError("square root of a negative number")
    if n < 2:
        return n
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
""",
    r"""
import math
assert [integer_sqrt(n) for n in range(10)] == [0, 1, 1, 1, 2, 2, 2, 2, 2, 3]
assert integer_sqrt(10**20) == 10**10
assert integer_sqrt(10**20 - 1) == 10**10 - 1
assert all(integer_sqrt(n) == math.isqrt(n) for n in range(3000))
try:
    integer_sqrt(-1)
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "math",
    "divisors",
    "Write `divisors(n)` returning all positive divisors of a positive integer in increasing order, looping only up to the square root of n.",
    r"""
def divisors(n: int) -> list[int]:
    small: list[int] = []
    large: list[int] = []
    i = 1
    while i * i <= n:
        if n % i == 0:
            small.append(i)
            if i != n // i:
                large.append(n // i)
        i += 1
    return small + large[::-1]
""",
    r"""
assert divisors(12) == [1, 2, 3, 4, 6, 12]
assert divisors(1) == [1]
assert divisors(13) == [1, 13]
assert divisors(36) == [1, 2, 3, 4, 6, 9, 12, 18, 36]
assert divisors(97 * 89) == [1, 89, 97, 8633]
""",
)

add(
    "math",
    "factorial-trailing-zeros",
    "Write `factorial_trailing_zeros(n)` returning how many zeros the decimal representation of n! ends with, without computing n! itself.",
    r"""
def factorial_trailing_zeros(n: int) -> int:
    count = 0
    while n:
        n //= 5
        count += n
    return count
""",
    r"""
import math
assert factorial_trailing_zeros(0) == 0
assert factorial_trailing_zeros(4) == 0
assert factorial_trailing_zeros(5) == 1
assert factorial_trailing_zeros(25) == 6
assert factorial_trailing_zeros(100) == 24
for n in range(80):
    digits = str(math.factorial(n))
    assert factorial_trailing_zeros(n) == len(digits) - len(digits.rstrip("0")), n
""",
    inp="Hint: count the factors of 5 in 1..n.",
)

add(
    "math",
    "reverse-integer",
    "Write `reverse_integer(n)` that reverses the decimal digits of an integer while keeping its sign (leading zeros of the reversed number disappear).",
    r"""
def reverse_integer(n: int) -> int:
    sign = -1 if n < 0 else 1
    return sign * int(str(abs(n))[::-1])
""",
    r"""
assert reverse_integer(123) == 321
assert reverse_integer(-450) == -54
assert reverse_integer(0) == 0
assert reverse_integer(7) == 7
assert reverse_integer(1000) == 1
""",
)

add(
    "math",
    "convert-temperature",
    'Write `convert_temperature(value, from_unit, to_unit)` converting between Celsius (`"C"`), Fahrenheit (`"F"`) and Kelvin (`"K"`). Raise ValueError for an unknown unit.',
    r"""
_TO_CELSIUS = {
    "C": lambda v: v,
    "F": lambda v: (v - 32) * 5 / 9,
    "K": lambda v: v - 273.15,
}
_FROM_CELSIUS = {
    "C": lambda v: v,
    "F": lambda v: v * 9 / 5 + 32,
    "K": lambda v: v + 273.15,
}


def convert_temperature(value: float, from_unit: str, to_unit: str) -> float:
    if from_unit not in _TO_CELSIUS or to_unit not in _FROM_CELSIUS:
        raise ValueError(f"unknown unit in {from_unit!r} -> {to_unit!r}")
    return _FROM_CELSIUS[to_unit](_TO_CELSIUS[from_unit](value))
""",
    r"""
from math import isclose
assert isclose(convert_temperature(100, "C", "F"), 212)
assert isclose(convert_temperature(32, "F", "C"), 0, abs_tol=1e-12)
assert isclose(convert_temperature(0, "K", "C"), -273.15)
assert isclose(convert_temperature(-40, "F", "C"), -40)
assert isclose(convert_temperature(300, "K", "F"), 80.33, abs_tol=1e-9)
assert convert_temperature(21.5, "C", "C") == 21.5
try:
    convert_temperature(1, "C", "X")
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "math",
    "weighted-mean",
    "Write `weighted_mean(values, weights)` that returns sum(v*w)/sum(w). Raise ValueError if the sequences differ in length or the weights sum to zero.",
    r"""
def weighted_mean(values: list[float], weights: list[float]) -> float:
    if len(values) != len(weights):
        raise ValueError("values and weights must have the same length")
    total_weight = sum(weights)
    if total_weight == 0:
        raise ValueError("weights must not sum to zero")
    return sum(v * w for v, w in zip(values, weights)) / total_weight
""",
    r"""
assert weighted_mean([1, 2, 3], [1, 1, 1]) == 2
assert weighted_mean([10, 20], [3, 1]) == 12.5
assert weighted_mean([5], [2]) == 5
for bad in (([1, 2], [1]), ([1], [0]), ([], [])):
    try:
        weighted_mean(*bad)
    except ValueError:
        pass
    else:
        raise AssertionError(f"expected ValueError for {bad}")
""",
)

add(
    "math",
    "clamp",
    "Write `clamp(value, low, high)` that limits `value` to the closed interval [low, high]. Raise ValueError if low > high.",
    r"""
def clamp(value: float, low: float, high: float) -> float:
    if low > high:
        raise ValueError("low must not exceed high")
    return max(low, min(value, high))
""",
    r"""
assert clamp(5, 0, 10) == 5
assert clamp(-3, 0, 10) == 0
assert clamp(42, 0, 10) == 10
assert clamp(1.5, 1.5, 1.5) == 1.5
try:
    clamp(1, 2, 1)
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "math",
    "round-to-multiple",
    "Write `round_to_multiple(n, multiple)` that rounds the integer `n` to the nearest multiple of the positive integer `multiple`; exact halves round up (towards positive infinity). Use integer arithmetic only.",
    r"""
def round_to_multiple(n: int, multiple: int) -> int:
    if multiple <= 0:
        raise ValueError("multiple must be positive")
    return (n + multiple // 2) // multiple * multiple
""",
    r"""
assert round_to_multiple(14, 10) == 10
assert round_to_multiple(15, 10) == 20
assert round_to_multiple(-5, 10) == 0
assert round_to_multiple(-6, 10) == -10
assert round_to_multiple(1, 3) == 0
assert round_to_multiple(2, 3) == 3
assert round_to_multiple(0, 7) == 0
""",
)

add(
    "math",
    "manhattan-distance",
    "Write `manhattan_distance(p, q)` for two points of the same dimension given as sequences of numbers. Raise ValueError if the dimensions differ.",
    r"""
def manhattan_distance(p: tuple[float, ...], q: tuple[float, ...]) -> float:
    return sum(abs(a - b) for a, b in zip(p, q, strict=True))
""",
    r"""
assert manhattan_distance((0, 0), (3, 4)) == 7
assert manhattan_distance((1, -1, 2), (-1, 1, 2)) == 4
assert manhattan_distance((), ()) == 0
try:
    manhattan_distance((1, 2), (1, 2, 3))
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "math",
    "quadratic-roots",
    "Write `quadratic_roots(a, b, c)` returning the real roots of ax^2 + bx + c = 0 as a sorted tuple: two roots, one root for a zero discriminant, or an empty tuple when there are none. Raise ValueError if a is zero.",
    r"""
import math


def quadratic_roots(a: float, b: float, c: float) -> tuple[float, ...]:
    if a == 0:
        raise ValueError("coefficient a must be non-zero")
    discriminant = b * b - 4 * a * c
    if discriminant < 0:
        return ()
    if discriminant == 0:
        return (-b / (2 * a),)
    root = math.sqrt(discriminant)
    return tuple(sorted(((-b - root) / (2 * a), (-b + root) / (2 * a))))
""",
    r"""
assert quadratic_roots(1, -3, 2) == (1.0, 2.0)
assert quadratic_roots(1, 2, 1) == (-1.0,)
assert quadratic_roots(1, 0, 1) == ()
assert quadratic_roots(-1, 0, 4) == (-2.0, 2.0)
assert quadratic_roots(2, 0, 0) == (0.0,)
try:
    quadratic_roots(0, 1, 1)
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "math",
    "luhn-valid",
    "Write `luhn_valid(number)` that checks a number string with the Luhn algorithm. Spaces are allowed and ignored; any other non-digit makes it invalid, as do strings with fewer than two digits.",
    r"""
def luhn_valid(number: str) -> bool:
    digits = number.replace(" ", "")
    if len(digits) < 2 or not digits.isdigit():
        return False
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0
""",
    r"""
assert luhn_valid("4539 3195 0343 6467")
assert not luhn_valid("8273 1232 7352 0569")
assert luhn_valid("059")
assert not luhn_valid("0")
assert not luhn_valid("055a 444 285")
assert luhn_valid("79927398713")
assert not luhn_valid("79927398710")
assert not luhn_valid("")
""",
)

add(
    "math",
    "isbn10-valid",
    "Write `isbn10_valid(code)` that validates an ISBN-10. Hyphens are ignored; the first nine characters must be digits and the last a digit or `X` (meaning 10). The weighted sum d1*10 + d2*9 + ... + d10*1 must be divisible by 11.",
    r"""
def isbn10_valid(code: str) -> bool:
    chars = code.replace("-", "")
    if len(chars) != 10 or not chars[:9].isdigit():
        return False
    if not (chars[9].isdigit() or chars[9] == "X"):
        return False
    values = [int(c) for c in chars[:9]] + [10 if chars[9] == "X" else int(chars[9])]
    return sum(value * weight for value, weight in zip(values, range(10, 0, -1))) % 11 == 0
""",
    r"""
assert isbn10_valid("3-598-21508-8")
assert not isbn10_valid("3-598-21508-9")
assert isbn10_valid("3-598-21507-X")
assert not isbn10_valid("3-598-2X507-9")
assert not isbn10_valid("359821507")
assert not isbn10_valid("")
assert isbn10_valid("3598215088")
""",
)

add(
    "math",
    "mod-inverse",
    "Implement the extended Euclidean algorithm as `extended_gcd(a, b)` returning `(g, x, y)` with a*x + b*y == g == gcd(a, b), and use it in `mod_inverse(a, m)`, which returns the inverse of a modulo m in range [0, m) or raises ValueError when none exists.",
    r"""
def extended_gcd(a: int, b: int) -> tuple[int, int, int]:
    old_r, r = a, b
    old_s, s = 1, 0
    old_t, t = 0, 1
    while r:
        quotient = old_r // r
        old_r, r = r, old_r - quotient * r
        old_s, s = s, old_s - quotient * s
        old_t, t = t, old_t - quotient * t
    return old_r, old_s, old_t


def mod_inverse(a: int, m: int) -> int:
    g, x, _ = extended_gcd(a % m, m)
    if g != 1:
        raise ValueError(f"{a} has no inverse modulo {m}")
    return x % m
""",
    r"""
g, x, y = extended_gcd(240, 46)
assert g == 2 and 240 * x + 46 * y == 2
assert extended_gcd(17, 0) == (17, 1, 0)
assert mod_inverse(3, 11) == 4
assert mod_inverse(10, 17) * 10 % 17 == 1
assert all(mod_inverse(a, 97) * a % 97 == 1 for a in range(1, 97))
assert mod_inverse(-3, 11) == 7
try:
    mod_inverse(6, 9)
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "math",
    "next-prime",
    "Write `next_prime(n)` that returns the smallest prime number strictly greater than `n` (for any integer n, including negatives).",
    r"""
from math import isqrt


def next_prime(n: int) -> int:
    candidate = max(n + 1, 2)
    while any(candidate % d == 0 for d in range(2, isqrt(candidate) + 1)):
        candidate += 1
    return candidate
""",
    r"""
assert next_prime(0) == 2
assert next_prime(-5) == 2
assert next_prime(2) == 3
assert next_prime(13) == 17
assert next_prime(24) == 29
assert next_prime(7919) == 7927
""",
)

add(
    "math",
    "clock-hand-angle",
    "Write `clock_hand_angle(hour, minute)` that returns the smaller angle in degrees between the hour and minute hands of an analog clock. The hour hand moves continuously (half a degree per minute).",
    r"""
def clock_hand_angle(hour: int, minute: int) -> float:
    hour_angle = (hour % 12) * 30 + minute * 0.5
    minute_angle = minute * 6
    difference = abs(hour_angle - minute_angle)
    return min(difference, 360 - difference)
""",
    r"""
assert clock_hand_angle(3, 0) == 90
assert clock_hand_angle(12, 30) == 165
assert clock_hand_angle(9, 45) == 22.5
assert clock_hand_angle(6, 0) == 180
assert clock_hand_angle(12, 0) == 0
assert clock_hand_angle(15, 0) == 90
""",
    inp="Example: clock_hand_angle(12, 30) -> 165.0",
)

add(
    "math",
    "spell-number",
    "Write `spell_number(n)` that spells out an integer 0 <= n < 1,000,000 in English words, e.g. 342 -> 'three hundred forty-two'. Raise ValueError outside that range.",
    r"""
_SMALL = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def spell_number(n: int) -> str:
    if not 0 <= n < 1_000_000:
        raise ValueError("n must be in the range [0, 1000000)")
    if n < 20:
        return _SMALL[n]
    if n < 100:
        tens, rest = divmod(n, 10)
        return _TENS[tens] + (f"-{_SMALL[rest]}" if rest else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return f"{_SMALL[hundreds]} hundred" + (f" {spell_number(rest)}" if rest else "")
    thousands, rest = divmod(n, 1000)
    return f"{spell_number(thousands)} thousand" + (f" {spell_number(rest)}" if rest else "")
""",
    r"""
assert spell_number(0) == "zero"
assert spell_number(13) == "thirteen"
assert spell_number(40) == "forty"
assert spell_number(42) == "forty-two"
assert spell_number(100) == "one hundred"
assert spell_number(101) == "one hundred one"
assert spell_number(999) == "nine hundred ninety-nine"
assert spell_number(1000) == "one thousand"
assert spell_number(12345) == "twelve thousand three hundred forty-five"
assert spell_number(999999) == "nine hundred ninety-nine thousand nine hundred ninety-nine"
try:
    spell_number(1_000_000)
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
    inp='Example: spell_number(1015) -> "one thousand fifteen"',
)

add(
    "math",
    "harmonic-number",
    "Write `harmonic_number(n)` returning the exact value of 1 + 1/2 + ... + 1/n as a `fractions.Fraction` (0 for n = 0).",
    r"""
from fractions import Fraction


def harmonic_number(n: int) -> Fraction:
    return sum((Fraction(1, k) for k in range(1, n + 1)), Fraction(0))
""",
    r"""
from fractions import Fraction
assert harmonic_number(0) == 0
assert harmonic_number(1) == 1
assert harmonic_number(2) == Fraction(3, 2)
assert harmonic_number(4) == Fraction(25, 12)
assert isinstance(harmonic_number(3), Fraction)
assert harmonic_number(10) == Fraction(7381, 2520)
""",
)

add(
    "math",
    "reduce-fraction",
    "Write `reduce_fraction(numerator, denominator)` that returns the fraction in lowest terms as a tuple with a positive denominator. Raise ValueError for a zero denominator.",
    r"""
from math import gcd


def reduce_fraction(numerator: int, denominator: int) -> tuple[int, int]:
    if denominator == 0:
        raise ValueError("denominator must be non-zero")
    if denominator < 0:
        numerator, denominator = -numerator, -denominator
    divisor = gcd(numerator, denominator)
    return numerator // divisor, denominator // divisor
""",
    r"""
assert reduce_fraction(6, 8) == (3, 4)
assert reduce_fraction(-6, 8) == (-3, 4)
assert reduce_fraction(6, -8) == (-3, 4)
assert reduce_fraction(0, 5) == (0, 1)
assert reduce_fraction(-4, -2) == (2, 1)
assert reduce_fraction(17, 5) == (17, 5)
try:
    reduce_fraction(1, 0)
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
    inp="Example: reduce_fraction(6, -8) -> (-3, 4)",
)

add(
    "math",
    "is-happy-number",
    "Write `is_happy_number(n)` for positive integers: repeatedly replace the number by the sum of the squares of its decimal digits; the number is happy if this process reaches 1, and unhappy if it loops forever. Detect the loop with a set of numbers already seen.",
    r"""
def is_happy_number(n: int) -> bool:
    seen: set[int] = set()
    while n != 1 and n not in seen:
        seen.add(n)
        n = sum(int(digit) ** 2 for digit in str(n))
    return n == 1
""",
    r"""
assert is_happy_number(1)
assert is_happy_number(7)
assert is_happy_number(19)
assert is_happy_number(100)
assert not is_happy_number(2)
assert not is_happy_number(4)
assert [n for n in range(1, 30) if is_happy_number(n)] == [1, 7, 10, 13, 19, 23, 28]
""",
)

add(
    "math",
    "prime-factorization",
    "Write `prime_factorization(n)` that returns a dict mapping each prime factor of the integer `n >= 2` to its exponent, in increasing order of primes, using trial division up to the square root. Raise ValueError for n < 2. Also write `from_factorization(factors)` that multiplies the factors back together.",
    r"""
def prime_factorization(n: int) -> dict[int, int]:
    if n < 2:
        raise ValueError("n must be at least 2")
    factors: dict[int, int] = {}
    divisor = 2
    while divisor * divisor <= n:
        while n % divisor == 0:
            factors[divisor] = factors.get(divisor, 0) + 1
            n //= divisor
        divisor += 1 if divisor == 2 else 2
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors


def from_factorization(factors: dict[int, int]) -> int:
    product = 1
    for prime, exponent in factors.items():
        product *= prime**exponent
    return product
""",
    r"""
assert prime_factorization(360) == {2: 3, 3: 2, 5: 1}
assert prime_factorization(97) == {97: 1}
assert prime_factorization(2 * 3 * 1000003) == {2: 1, 3: 1, 1000003: 1}
assert list(prime_factorization(2**5 * 7**2 * 11)) == [2, 7, 11]
assert all(from_factorization(prime_factorization(n)) == n for n in range(2, 500))
try:
    prime_factorization(1)
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "math",
    "euler-totient",
    "Write `euler_totient(n)` returning the number of integers in `1..n` that are coprime with `n` (Euler's phi function), computed from the distinct prime factors of n with the product formula rather than by counting. phi(1) is 1; raise ValueError for n < 1.",
    r"""
def euler_totient(n: int) -> int:
    if n < 1:
        raise ValueError("n must be positive")
    result = n
    remaining = n
    prime = 2
    while prime * prime <= remaining:
        if remaining % prime == 0:
            while remaining % prime == 0:
                remaining //= prime
            result -= result // prime
        prime += 1
    if remaining > 1:
        result -= result // remaining
    return result
""",
    r"""
from math import gcd
assert euler_totient(1) == 1
assert euler_totient(9) == 6
assert euler_totient(36) == 12
assert euler_totient(97) == 96
assert all(euler_totient(n) == sum(1 for k in range(1, n + 1) if gcd(n, k) == 1) for n in range(1, 200))
try:
    euler_totient(0)
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "math",
    "to-base-n",
    "Write `to_base_n(number, base)` converting an integer to its representation in any base from 2 to 36, using digits 0-9 then uppercase letters A-Z. Negative numbers get a leading '-'. Raise ValueError for an unsupported base. The result must round-trip through `int(text, base)`.",
    r"""
DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def to_base_n(number: int, base: int) -> str:
    if not 2 <= base <= 36:
        raise ValueError("base must be between 2 and 36")
    if number == 0:
        return "0"
    sign = "-" if number < 0 else ""
    number = abs(number)
    digits = []
    while number:
        number, remainder = divmod(number, base)
        digits.append(DIGITS[remainder])
    return sign + "".join(reversed(digits))
""",
    r"""
assert to_base_n(255, 16) == "FF"
assert to_base_n(255, 2) == "11111111"
assert to_base_n(-42, 36) == "-16"
assert to_base_n(0, 7) == "0"
assert to_base_n(35, 36) == "Z"
assert all(int(to_base_n(n, b), b) == n for b in (2, 3, 8, 16, 36) for n in range(-300, 300, 7))
for bad_base in (1, 37):
    try:
        to_base_n(10, bad_base)
    except ValueError:
        pass
    else:
        raise AssertionError("expected ValueError")
""",
)

add(
    "math",
    "fast-fibonacci",
    "Write `fast_fibonacci(n)` returning the n-th Fibonacci number (F(0) = 0, F(1) = 1) in O(log n) arithmetic operations with the fast-doubling identities F(2k) = F(k) * (2F(k+1) - F(k)) and F(2k+1) = F(k)^2 + F(k+1)^2. Raise ValueError for negative n. It must handle n in the thousands instantly.",
    r"""
def fast_fibonacci(n: int) -> int:
    if n < 0:
        raise ValueError("n must be non-negative")

    def pair(k: int) -> tuple[int, int]:
        if k == 0:
            return 0, 1
        a, b = pair(k // 2)
        even = a * (2 * b - a)
        odd = a * a + b * b
        return (odd, even + odd) if k % 2 else (even, odd)

    return pair(n)[0]
""",
    r"""
assert [fast_fibonacci(n) for n in range(12)] == [0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89]
assert fast_fibonacci(90) == 2880067194370816120
a, b = 0, 1
for _ in range(1000):
    a, b = b, a + b
assert fast_fibonacci(1000) == a
assert len(str(fast_fibonacci(10_000))) == 2090
try:
    fast_fibonacci(-1)
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "math",
    "polygon-area",
    "Write `polygon_area(points)` returning the area of a simple polygon given its vertices `(x, y)` in order (clockwise or counter-clockwise), using the shoelace formula. The result is always non-negative; fewer than three points give 0.0.",
    r"""
def polygon_area(points: list[tuple[float, float]]) -> float:
    if len(points) < 3:
        return 0.0
    twice_area = 0.0
    for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1]):
        twice_area += x1 * y2 - x2 * y1
    return abs(twice_area) / 2
""",
    r"""
assert polygon_area([(0, 0), (4, 0), (4, 3), (0, 3)]) == 12.0
assert polygon_area([(0, 3), (4, 3), (4, 0), (0, 0)]) == 12.0
assert polygon_area([(0, 0), (4, 0), (0, 3)]) == 6.0
assert polygon_area([(0, 0), (2, 0), (2, 2), (1, 1), (0, 2)]) == 3.0
assert polygon_area([(0, 0), (1, 1)]) == 0.0
""",
)

add(
    "math",
    "continued-fraction",
    "Write `continued_fraction(numerator, denominator)` that returns the list of terms of the finite simple continued fraction of the positive rational number numerator/denominator (e.g. 415/93 -> [4, 2, 6, 7]), and `convergent(terms)` that evaluates such a list back into a `fractions.Fraction`. Raise ZeroDivisionError for a zero denominator.",
    r"""
from fractions import Fraction


def continued_fraction(numerator: int, denominator: int) -> list[int]:
    if denominator == 0:
        raise ZeroDivisionError("denominator is zero")
    terms = []
    while denominator:
        whole, remainder = divmod(numerator, denominator)
        terms.append(whole)
        numerator, denominator = denominator, remainder
    return terms


def convergent(terms: list[int]) -> Fraction:
    value = Fraction(terms[-1])
    for term in reversed(terms[:-1]):
        value = term + 1 / value
    return value
""",
    r"""
from fractions import Fraction
assert continued_fraction(415, 93) == [4, 2, 6, 7]
assert continued_fraction(3, 1) == [3]
assert continued_fraction(1, 3) == [0, 3]
assert convergent([4, 2, 6, 7]) == Fraction(415, 93)
assert convergent([1, 2, 2, 2, 2]) == Fraction(41, 29)
assert all(convergent(continued_fraction(p, q)) == Fraction(p, q) for p in range(1, 40) for q in range(1, 40))
try:
    continued_fraction(1, 0)
except ZeroDivisionError:
    pass
else:
    raise AssertionError("expected ZeroDivisionError")
""",
)

add(
    "math",
    "simpson-integrate",
    "Write `simpson_integrate(func, a, b, intervals=100)` that approximates the definite integral of `func` from a to b with composite Simpson's rule. `intervals` must be a positive even number, otherwise raise ValueError. Integrating from b to a gives the negated result.",
    r"""
from typing import Callable


def simpson_integrate(func: Callable[[float], float], a: float, b: float, intervals: int = 100) -> float:
    if intervals <= 0 or intervals % 2:
        raise ValueError("intervals must be a positive even number")
    width = (b - a) / intervals
    total = func(a) + func(b)
    for i in range(1, intervals):
        total += (4 if i % 2 else 2) * func(a + i * width)
    return total * width / 3
""",
    r"""
import math
assert math.isclose(simpson_integrate(lambda x: x**2, 0, 3), 9.0)
assert math.isclose(simpson_integrate(lambda x: x**3, 0, 2, intervals=2), 4.0)
assert math.isclose(simpson_integrate(math.sin, 0, math.pi), 2.0, rel_tol=1e-7)
assert math.isclose(simpson_integrate(math.exp, 1, 0), -(math.e - 1), rel_tol=1e-9)
for bad in (0, 3, -2):
    try:
        simpson_integrate(math.cos, 0, 1, bad)
    except ValueError:
        pass
    else:
        raise AssertionError("expected ValueError")
""",
)

# --------------------------------------------------------------------------- recursion

add(
    "recursion",
    "power-set",
    "Write a recursive function `power_set(items)` returning all subsets of the list `items` as lists (the order of the subsets does not matter, but each subset keeps the element order of `items`).",
    r"""
def power_set(items: list) -> list[list]:
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0], *subset] for subset in rest]
""",
    r"""
result = power_set([1, 2, 3])
assert len(result) == 8
assert sorted(result) == sorted([[], [1], [2], [3], [1, 2], [1, 3], [2, 3], [1, 2, 3]])
assert power_set([]) == [[]]
assert sorted(power_set(["a"])) == [[], ["a"]]
assert len(power_set(list(range(10)))) == 1024
""",
)

add(
    "recursion",
    "string-permutations",
    "Write a recursive `string_permutations(text)` that returns all distinct permutations of `text`, sorted, without using itertools.",
    r"""
def string_permutations(text: str) -> list[str]:
    if len(text) <= 1:
        return [text]
    results: set[str] = set()
    for i, char in enumerate(text):
        for rest in string_permutations(text[:i] + text[i + 1 :]):
            results.add(char + rest)
    return sorted(results)
""",
    r"""
assert string_permutations("abc") == ["abc", "acb", "bac", "bca", "cab", "cba"]
assert string_permutations("aab") == ["aab", "aba", "baa"]
assert string_permutations("") == [""]
assert string_permutations("a") == ["a"]
assert len(string_permutations("abcd")) == 24
""",
)

add(
    "recursion",
    "flatten-deep",
    "Write `flatten_deep(nested)` that recursively flattens lists and tuples nested to any depth into a single flat list. Strings are treated as atoms.",
    r"""
def flatten_deep(nested: list | tuple) -> list:
    flat: list = []
    for item in nested:
        if isinstance(item, (list, tuple)):
            flat.extend(flatten_deep(item))
        else:
            flat.append(item)
    return flat
""",
    r"""
assert flatten_deep([1, [2, [3, [4, []]]], (5, 6), "ab"]) == [1, 2, 3, 4, 5, 6, "ab"]
assert flatten_deep([]) == []
assert flatten_deep([[[[]]]]) == []
assert flatten_deep([["x"], "y"]) == ["x", "y"]
""",
)

add(
    "recursion",
    "hanoi-moves",
    'Solve the Towers of Hanoi recursively: `hanoi_moves(n, source="A", target="C", spare="B")` returns the list of `(from_peg, to_peg)` moves that transfers n disks from source to target.',
    r"""
def hanoi_moves(n: int, source: str = "A", target: str = "C", spare: str = "B") -> list[tuple[str, str]]:
    if n == 0:
        return []
    return (
        hanoi_moves(n - 1, source, spare, target)
        + [(source, target)]
        + hanoi_moves(n - 1, spare, target, source)
    )
""",
    r"""
assert hanoi_moves(0) == []
assert hanoi_moves(1) == [("A", "C")]
assert hanoi_moves(2) == [("A", "B"), ("A", "C"), ("B", "C")]
assert len(hanoi_moves(5)) == 31
pegs = {"A": [4, 3, 2, 1], "B": [], "C": []}
for src, dst in hanoi_moves(4):
    disk = pegs[src].pop()
    assert not pegs[dst] or pegs[dst][-1] > disk
    pegs[dst].append(disk)
assert pegs == {"A": [], "B": [], "C": [4, 3, 2, 1]}
""",
    inp='Example: hanoi_moves(2) -> [("A", "B"), ("A", "C"), ("B", "C")]',
)

add(
    "recursion",
    "no-adjacent-ones",
    "Write `no_adjacent_ones(n)` that returns, in lexicographic order, all binary strings of length n that never contain two consecutive 1s. Build them recursively by extending a prefix.",
    r"""
def no_adjacent_ones(n: int) -> list[str]:
    def build(prefix: str) -> list[str]:
        if len(prefix) == n:
            return [prefix]
        results = build(prefix + "0")
        if not prefix.endswith("1"):
            results += build(prefix + "1")
        return results

    return build("")
""",
    r"""
assert no_adjacent_ones(0) == [""]
assert no_adjacent_ones(1) == ["0", "1"]
assert no_adjacent_ones(3) == ["000", "001", "010", "100", "101"]
assert len(no_adjacent_ones(10)) == 144
assert all("11" not in s for s in no_adjacent_ones(8))
""",
)

add(
    "recursion",
    "balanced-parentheses",
    "Write `balanced_parentheses(n)` that generates every string of n pairs of correctly matched parentheses, in lexicographic order, using backtracking.",
    r"""
def balanced_parentheses(n: int) -> list[str]:
    results: list[str] = []

    def build(prefix: str, opened: int, closed: int) -> None:
        if len(prefix) == 2 * n:
            results.append(prefix)
            return
        if opened < n:
            build(prefix + "(", opened + 1, closed)
        if closed < opened:
            build(prefix + ")", opened, closed + 1)

    build("", 0, 0)
    return results
""",
    r"""
assert balanced_parentheses(0) == [""]
assert balanced_parentheses(1) == ["()"]
assert balanced_parentheses(3) == ["((()))", "(()())", "(())()", "()(())", "()()()"]
assert len(balanced_parentheses(5)) == 42
""",
)

add(
    "recursion",
    "nested-sum",
    "Write a recursive `nested_sum(data)` that adds up every int and float found anywhere inside nested lists, tuples, sets and dict values. Booleans, strings and other objects count as 0.",
    r"""
def nested_sum(data) -> float:
    if isinstance(data, dict):
        return sum(nested_sum(value) for value in data.values())
    if isinstance(data, (list, tuple, set)):
        return sum(nested_sum(item) for item in data)
    if isinstance(data, (int, float)) and not isinstance(data, bool):
        return data
    return 0
""",
    r"""
assert nested_sum([1, [2, 3], {"a": 4, "b": [5, (6,)]}]) == 21
assert nested_sum({"x": {"y": {"z": 1.5}}}) == 1.5
assert nested_sum([True, "7", None, 2]) == 2
assert nested_sum([]) == 0
assert nested_sum(5) == 5
""",
)

add(
    "recursion",
    "max-depth",
    "Write `max_depth(value)` that returns the nesting depth of lists: a non-list has depth 0, an empty list depth 1, and a list is one deeper than its deepest element.",
    r"""
def max_depth(value) -> int:
    if not isinstance(value, list):
        return 0
    return 1 + max((max_depth(item) for item in value), default=0)
""",
    r"""
assert max_depth(5) == 0
assert max_depth([]) == 1
assert max_depth([1, 2]) == 1
assert max_depth([1, [2, [3]]]) == 3
assert max_depth([[], [[]]]) == 3
assert max_depth("[[]]") == 0
""",
)

add(
    "recursion",
    "combination-sum",
    "Write `combination_sum(candidates, target)`: given distinct positive integers, return every combination (as a non-decreasing list) that sums to `target`, where a candidate may be used any number of times. Return the combinations in lexicographic order.",
    r"""
def combination_sum(candidates: list[int], target: int) -> list[list[int]]:
    ordered = sorted(candidates)
    results: list[list[int]] = []

    def backtrack(start: int, remaining: int, chosen: list[int]) -> None:
        if remaining == 0:
            results.append(list(chosen))
            return
        for i in range(start, len(ordered)):
            if ordered[i] > remaining:
                break
            chosen.append(ordered[i])
            backtrack(i, remaining - ordered[i], chosen)
            chosen.pop()

    backtrack(0, target, [])
    return results
""",
    r"""
assert combination_sum([2, 3, 6, 7], 7) == [[2, 2, 3], [7]]
assert combination_sum([2, 3, 5], 8) == [[2, 2, 2, 2], [2, 3, 3], [3, 5]]
assert combination_sum([2], 1) == []
assert combination_sum([1], 0) == [[]]
assert combination_sum([5, 3, 2], 8) == [[2, 2, 2, 2], [2, 3, 3], [3, 5]]
""",
    inp="Example: combination_sum([2, 3, 6, 7], 7) -> [[2, 2, 3], [7]]",
)

add(
    "recursion",
    "ackermann",
    "Implement the Ackermann function `ackermann(m, n)` directly from its recursive definition: A(0, n) = n + 1; A(m, 0) = A(m - 1, 1); A(m, n) = A(m - 1, A(m, n - 1)).",
    r"""
def ackermann(m: int, n: int) -> int:
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
""",
    r"""
assert ackermann(0, 0) == 1
assert ackermann(1, 2) == 4
assert ackermann(2, 3) == 9
assert ackermann(3, 3) == 61
""",
)

add(
    "recursion",
    "n-queens-count",
    "Write `n_queens_count(n)` that counts the ways to place n non-attacking queens on an n x n board, using backtracking with sets for occupied columns and diagonals.",
    r"""
def n_queens_count(n: int) -> int:
    columns: set[int] = set()
    diagonals: set[int] = set()
    anti_diagonals: set[int] = set()

    def place(row: int) -> int:
        if row == n:
            return 1
        count = 0
        for col in range(n):
            if col in columns or row - col in diagonals or row + col in anti_diagonals:
                continue
            columns.add(col)
            diagonals.add(row - col)
            anti_diagonals.add(row + col)
            count += place(row + 1)
            columns.remove(col)
            diagonals.remove(row - col)
            anti_diagonals.remove(row + col)
        return count

    return place(0)
""",
    r"""
assert [n_queens_count(n) for n in range(1, 9)] == [1, 0, 0, 2, 10, 4, 40, 92]
assert n_queens_count(0) == 1
""",
)

add(
    "recursion",
    "letter-combinations",
    "Phone keypads map digits to letters (2: abc, 3: def, 4: ghi, 5: jkl, 6: mno, 7: pqrs, 8: tuv, 9: wxyz). Write a recursive `letter_combinations(digits)` returning every letter string the digits could represent, in keypad order. Empty input gives an empty list.",
    r"""
KEYPAD = {
    "2": "abc", "3": "def", "4": "ghi", "5": "jkl",
    "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz",
}


def letter_combinations(digits: str) -> list[str]:
    if not digits:
        return []
    tails = letter_combinations(digits[1:]) or [""]
    return [letter + tail for letter in KEYPAD[digits[0]] for tail in tails]
""",
    r"""
assert letter_combinations("23") == ["ad", "ae", "af", "bd", "be", "bf", "cd", "ce", "cf"]
assert letter_combinations("") == []
assert letter_combinations("7") == ["p", "q", "r", "s"]
assert len(letter_combinations("79")) == 16
assert len(letter_combinations("234")) == 27
""",
    inp='Example: letter_combinations("23")[:3] -> ["ad", "ae", "af"]',
)

add(
    "recursion",
    "k-combinations",
    "Write a recursive `k_combinations(items, k)` returning all k-element combinations of `items` as lists, in the same order that `itertools.combinations` produces (but without using itertools).",
    r"""
def k_combinations(items: list, k: int) -> list[list]:
    if k == 0:
        return [[]]
    if len(items) < k:
        return []
    first, rest = items[0], items[1:]
    with_first = [[first, *combo] for combo in k_combinations(rest, k - 1)]
    return with_first + k_combinations(rest, k)
""",
    r"""
from itertools import combinations
assert k_combinations([1, 2, 3, 4], 2) == [[1, 2], [1, 3], [1, 4], [2, 3], [2, 4], [3, 4]]
assert k_combinations([1, 2], 3) == []
assert k_combinations(["x"], 0) == [[]]
assert k_combinations(list(range(6)), 3) == [list(c) for c in combinations(range(6), 3)]
""",
)

add(
    "recursion",
    "tree-height",
    "A binary tree is represented with nested tuples `(value, left, right)`, where an empty subtree is None. Write a recursive `tree_height(node)` that returns the number of nodes on the longest root-to-leaf path (0 for None).",
    r"""
def tree_height(node: tuple | None) -> int:
    if node is None:
        return 0
    _, left, right = node
    return 1 + max(tree_height(left), tree_height(right))
""",
    r"""
assert tree_height(None) == 0
assert tree_height((1, None, None)) == 1
tree = (1, (2, (4, None, None), None), (3, None, (5, None, (6, None, None))))
assert tree_height(tree) == 4
assert tree_height((1, (2, None, None), (3, None, None))) == 2
""",
)

add(
    "recursion",
    "binary-search-recursive",
    "Write a recursive binary search `binary_search_recursive(items, target, low=0, high=None)` over a sorted list that returns the index of `target` or -1 when it is absent.",
    r"""
def binary_search_recursive(items: list[int], target: int, low: int = 0, high: int | None = None) -> int:
    if high is None:
        high = len(items) - 1
    if low > high:
        return -1
    mid = (low + high) // 2
    if items[mid] == target:
        return mid
    if items[mid] < target:
        return binary_search_recursive(items, target, mid + 1, high)
    return binary_search_recursive(items, target, low, mid - 1)
""",
    r"""
data = [1, 3, 5, 7, 9, 11]
assert all(binary_search_recursive(data, value) == i for i, value in enumerate(data))
assert binary_search_recursive(data, 4) == -1
assert binary_search_recursive(data, 0) == -1
assert binary_search_recursive(data, 12) == -1
assert binary_search_recursive([], 1) == -1
""",
)

add(
    "recursion",
    "palindrome-partitions",
    "Write `palindrome_partitions(text)` that returns every way to split `text` into substrings that each read the same forwards and backwards. List partitions with shorter first pieces first.",
    r"""
def palindrome_partitions(text: str) -> list[list[str]]:
    if not text:
        return [[]]
    results: list[list[str]] = []
    for end in range(1, len(text) + 1):
        prefix = text[:end]
        if prefix == prefix[::-1]:
            for rest in palindrome_partitions(text[end:]):
                results.append([prefix, *rest])
    return results
""",
    r"""
assert palindrome_partitions("aab") == [["a", "a", "b"], ["aa", "b"]]
assert palindrome_partitions("") == [[]]
assert palindrome_partitions("a") == [["a"]]
assert palindrome_partitions("aba") == [["a", "b", "a"], ["aba"]]
assert len(palindrome_partitions("aaaa")) == 8
""",
    inp='Example: palindrome_partitions("aab") -> [["a", "a", "b"], ["aa", "b"]]',
)

add(
    "recursion",
    "render-tree",
    'A directory tree is given as nested dicts (`{"src": {"main.py": {}}}`; files map to empty dicts). Write a recursive `render_tree(tree, depth=0)` returning the lines of an indented listing, two spaces per level, in insertion order.',
    r"""
def render_tree(tree: dict[str, dict], depth: int = 0) -> list[str]:
    lines: list[str] = []
    for name, children in tree.items():
        lines.append("  " * depth + name)
        lines.extend(render_tree(children, depth + 1))
    return lines
""",
    r"""
tree = {"src": {"main.py": {}, "utils": {"io.py": {}}}, "README.md": {}}
assert render_tree(tree) == ["src", "  main.py", "  utils", "    io.py", "README.md"]
assert render_tree({}) == []
assert render_tree({"a": {}}, depth=2) == ["    a"]
""",
)

add(
    "recursion",
    "restore-ip-addresses",
    "Write `restore_ip_addresses(digits)` that returns every valid IPv4 address that can be formed by inserting three dots into the digit string `digits`, sorted. Each of the four parts must be a number from 0 to 255 without leading zeros (a lone '0' is fine). Use recursive backtracking.",
    r"""
def restore_ip_addresses(digits: str) -> list[str]:
    found: list[str] = []

    def place(start: int, parts: list[str]) -> None:
        if len(parts) == 4:
            if start == len(digits):
                found.append(".".join(parts))
            return
        for size in (1, 2, 3):
            piece = digits[start:start + size]
            if len(piece) < size:
                break
            if (piece[0] == "0" and size > 1) or int(piece) > 255:
                continue
            place(start + size, parts + [piece])

    if digits.isdigit() and 4 <= len(digits) <= 12:
        place(0, [])
    return sorted(found)
""",
    r"""
assert restore_ip_addresses("25525511135") == ["255.255.11.135", "255.255.111.35"]
assert restore_ip_addresses("0000") == ["0.0.0.0"]
assert restore_ip_addresses("101023") == ["1.0.10.23", "1.0.102.3", "10.1.0.23", "10.10.2.3", "101.0.2.3"]
assert restore_ip_addresses("1111") == ["1.1.1.1"]
assert restore_ip_addresses("123") == []
assert restore_ip_addresses("1234567890123") == []
""",
)

add(
    "recursion",
    "subset-sums",
    "Write a recursive `subset_sums(nums)` that returns the sorted list of the sums of all 2**n subsets of `nums` (including the empty subset, whose sum is 0). Equal sums from different subsets all appear in the result.",
    r"""
def subset_sums(nums: list[int]) -> list[int]:
    def walk(index: int, total: int) -> list[int]:
        if index == len(nums):
            return [total]
        return walk(index + 1, total) + walk(index + 1, total + nums[index])

    return sorted(walk(0, 0))
""",
    r"""
assert subset_sums([1, 2]) == [0, 1, 2, 3]
assert subset_sums([2, 2]) == [0, 2, 2, 4]
assert subset_sums([5, -1, 3]) == [-1, 0, 2, 3, 4, 5, 7, 8]
assert subset_sums([]) == [0]
assert len(subset_sums(list(range(10)))) == 1024
""",
)

add(
    "recursion",
    "root-to-leaf-paths",
    "A binary tree is represented by nested tuples `(value, left, right)`, where a missing child is None. Write a recursive `root_to_leaf_paths(tree)` that returns every path from the root to a leaf as a list of values, left subtrees before right subtrees, and `paths_with_sum(tree, target)` that returns only the paths whose values add up to `target`.",
    r"""
def root_to_leaf_paths(tree) -> list[list]:
    if tree is None:
        return []
    value, left, right = tree
    if left is None and right is None:
        return [[value]]
    return [[value] + path for child in (left, right) for path in root_to_leaf_paths(child)]


def paths_with_sum(tree, target) -> list[list]:
    return [path for path in root_to_leaf_paths(tree) if sum(path) == target]
""",
    r"""
tree = (5, (4, (11, (7, None, None), (2, None, None)), None), (8, (13, None, None), (4, None, (1, None, None))))
assert root_to_leaf_paths(tree) == [[5, 4, 11, 7], [5, 4, 11, 2], [5, 8, 13], [5, 8, 4, 1]]
assert paths_with_sum(tree, 22) == [[5, 4, 11, 2]]
assert paths_with_sum(tree, 26) == [[5, 8, 13]]
assert paths_with_sum(tree, 100) == []
assert root_to_leaf_paths((1, None, None)) == [[1]]
assert root_to_leaf_paths(None) == []
""",
)

add(
    "recursion",
    "mirror-tree",
    "Binary trees are nested tuples `(value, left, right)` with None for a missing child. Write a recursive `mirror_tree(tree)` returning the mirror image (left and right swapped at every node) and `is_symmetric(tree)` that returns True when a tree equals its own mirror.",
    r"""
def mirror_tree(tree):
    if tree is None:
        return None
    value, left, right = tree
    return (value, mirror_tree(right), mirror_tree(left))


def is_symmetric(tree) -> bool:
    return mirror_tree(tree) == tree
""",
    r"""
tree = (1, (2, (4, None, None), None), (3, None, None))
assert mirror_tree(tree) == (1, (3, None, None), (2, None, (4, None, None)))
assert mirror_tree(mirror_tree(tree)) == tree
assert mirror_tree(None) is None
symmetric = (1, (2, (3, None, None), None), (2, None, (3, None, None)))
assert is_symmetric(symmetric)
assert not is_symmetric(tree)
assert is_symmetric(None)
""",
)

add(
    "recursion",
    "deep-reverse",
    "Write a recursive `deep_reverse(items)` that reverses a list and, recursively, every list nested inside it. Elements that are not lists (including strings and tuples) are left as they are. The input must not be modified.",
    r"""
def deep_reverse(items: list) -> list:
    return [deep_reverse(item) if isinstance(item, list) else item for item in reversed(items)]
""",
    r"""
data = [1, [2, 3], [4, [5, 6]], "ab", (7, 8)]
assert deep_reverse(data) == [(7, 8), "ab", [[6, 5], 4], [3, 2], 1]
assert data == [1, [2, 3], [4, [5, 6]], "ab", (7, 8)]
assert deep_reverse([]) == []
assert deep_reverse([[[]]]) == [[[]]]
assert deep_reverse([1, 2, 3]) == [3, 2, 1]
""",
)

add(
    "recursion",
    "deep-map",
    "Write `deep_map(func, data)` that applies `func` to every leaf of a nested structure made of dicts, lists and tuples, and returns a new structure of the same shape (dict keys are kept, tuples stay tuples). Any value that is not a dict, list or tuple is a leaf.",
    r"""
from typing import Callable


def deep_map(func: Callable, data):
    if isinstance(data, dict):
        return {key: deep_map(func, value) for key, value in data.items()}
    if isinstance(data, list):
        return [deep_map(func, value) for value in data]
    if isinstance(data, tuple):
        return tuple(deep_map(func, value) for value in data)
    return func(data)
""",
    r"""
nested = {"a": [1, 2, (3, 4)], "b": {"c": 5}, "d": ()}
assert deep_map(lambda x: x * 10, nested) == {"a": [10, 20, (30, 40)], "b": {"c": 50}, "d": ()}
assert isinstance(deep_map(str, nested)["a"][2], tuple)
assert deep_map(str.upper, ["a", ["b", {"k": "c"}]]) == ["A", ["B", {"k": "C"}]]
assert deep_map(abs, -3) == 3
""",
)

add(
    "recursion",
    "integer-partitions",
    "Write a recursive generator-based `integer_partitions(n)` that returns a list of all partitions of the positive integer `n`, each written as a tuple of parts in non-increasing order, with the partitions themselves in reverse lexicographic order (starting with `(n,)` and ending with `(1, 1, ..., 1)`). `integer_partitions(0)` returns `[()]`.",
    r"""
from typing import Iterator


def integer_partitions(n: int) -> list[tuple[int, ...]]:
    def build(remaining: int, largest: int) -> Iterator[tuple[int, ...]]:
        if remaining == 0:
            yield ()
            return
        for part in range(min(remaining, largest), 0, -1):
            for rest in build(remaining - part, part):
                yield (part,) + rest

    return list(build(n, n))
""",
    r"""
assert integer_partitions(4) == [(4,), (3, 1), (2, 2), (2, 1, 1), (1, 1, 1, 1)]
assert integer_partitions(1) == [(1,)]
assert integer_partitions(0) == [()]
assert len(integer_partitions(10)) == 42
assert all(sum(p) == 12 and list(p) == sorted(p, reverse=True) for p in integer_partitions(12))
""",
)

add(
    "recursion",
    "all-segmentations",
    "Write `all_segmentations(text, vocabulary)` that returns every way to split `text` into a sequence of words from `vocabulary`, each as a space-joined sentence, sorted alphabetically. Memoise the recursion on the start position so that repeated suffixes are solved once. An empty text has exactly one segmentation, the empty sentence.",
    r"""
from functools import lru_cache


def all_segmentations(text: str, vocabulary: set[str] | list[str]) -> list[str]:
    words = set(vocabulary)

    @lru_cache(maxsize=None)
    def from_position(start: int) -> tuple[str, ...]:
        if start == len(text):
            return ("",)
        results = []
        for end in range(start + 1, len(text) + 1):
            word = text[start:end]
            if word in words:
                for rest in from_position(end):
                    results.append(word + (" " + rest if rest else ""))
        return tuple(results)

    return sorted(from_position(0))
""",
    r"""
vocab = {"cat", "cats", "and", "sand", "dog"}
assert all_segmentations("catsanddog", vocab) == ["cat sand dog", "cats and dog"]
vocab2 = ["apple", "pen", "applepen", "pine", "pineapple"]
assert all_segmentations("pineapplepenapple", vocab2) == [
    "pine apple pen apple",
    "pine applepen apple",
    "pineapple pen apple",
]
assert all_segmentations("catsandog", vocab) == []
assert all_segmentations("", vocab) == [""]
assert len(all_segmentations("a" * 12, {"a", "aa"})) == 233
""",
)

add(
    "recursion",
    "solve-sudoku",
    "Write `solve_sudoku(grid)` that solves a 9x9 Sudoku by recursive backtracking. `grid` is a list of 9 lists of 9 ints with 0 for empty cells. Return a new, completely filled grid, or None if the puzzle has no solution. Do not modify the input.",
    r"""
def solve_sudoku(grid: list[list[int]]) -> list[list[int]] | None:
    board = [row[:] for row in grid]

    def allowed(r: int, c: int, value: int) -> bool:
        if value in board[r]:
            return False
        if any(board[i][c] == value for i in range(9)):
            return False
        top, left = 3 * (r // 3), 3 * (c // 3)
        return all(board[top + i][left + j] != value for i in range(3) for j in range(3))

    def fill(position: int) -> bool:
        if position == 81:
            return True
        r, c = divmod(position, 9)
        if board[r][c]:
            return fill(position + 1)
        for value in range(1, 10):
            if allowed(r, c, value):
                board[r][c] = value
                if fill(position + 1):
                    return True
        board[r][c] = 0
        return False

    return board if fill(0) else None
""",
    r"""
puzzle = [
    [5, 3, 0, 0, 7, 0, 0, 0, 0],
    [6, 0, 0, 1, 9, 5, 0, 0, 0],
    [0, 9, 8, 0, 0, 0, 0, 6, 0],
    [8, 0, 0, 0, 6, 0, 0, 0, 3],
    [4, 0, 0, 8, 0, 3, 0, 0, 1],
    [7, 0, 0, 0, 2, 0, 0, 0, 6],
    [0, 6, 0, 0, 0, 0, 2, 8, 0],
    [0, 0, 0, 4, 1, 9, 0, 0, 5],
    [0, 0, 0, 0, 8, 0, 0, 7, 9],
]
solution = solve_sudoku(puzzle)
assert solution[0] == [5, 3, 4, 6, 7, 8, 9, 1, 2]
assert solution[8] == [3, 4, 5, 2, 8, 6, 1, 7, 9]
assert all(sorted(row) == list(range(1, 10)) for row in solution)
assert all(sorted(col) == list(range(1, 10)) for col in zip(*solution))
assert puzzle[0][2] == 0
broken = [row[:] for row in puzzle]
broken[0][2] = 5
broken[0][0] = 0
broken[1][1] = 5
assert solve_sudoku(broken) is None
""",
)

add(
    "recursion",
    "evaluate-tree",
    "An arithmetic expression tree is either a number or a tuple `(operator, left, right)` with operator one of '+', '-', '*', '/'. Write a recursive `evaluate_tree(node)` that computes its value ('/' is true division) and `tree_to_infix(node)` that renders it fully parenthesised, e.g. `('+', 1, ('*', 2, 3))` -> '(1 + (2 * 3))'. Unknown operators raise ValueError.",
    r"""
import operator

OPERATORS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}


def evaluate_tree(node):
    if not isinstance(node, tuple):
        return node
    symbol, left, right = node
    if symbol not in OPERATORS:
        raise ValueError(f"unknown operator {symbol!r}")
    return OPERATORS[symbol](evaluate_tree(left), evaluate_tree(right))


def tree_to_infix(node) -> str:
    if not isinstance(node, tuple):
        return str(node)
    symbol, left, right = node
    return f"({tree_to_infix(left)} {symbol} {tree_to_infix(right)})"
""",
    r"""
expr = ("+", 1, ("*", 2, 3))
assert evaluate_tree(expr) == 7
assert tree_to_infix(expr) == "(1 + (2 * 3))"
assert evaluate_tree(("/", ("-", 10, 4), 4)) == 1.5
assert tree_to_infix(("-", ("-", 8, 3), 1)) == "((8 - 3) - 1)"
assert evaluate_tree(42) == 42 and tree_to_infix(42) == "42"
try:
    evaluate_tree(("^", 2, 3))
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "recursion",
    "expand-braces",
    "Write `expand_braces(pattern)` that expands shell-style brace alternatives recursively: 'a{b,c}d' becomes ['abd', 'acd'], and braces may nest ('x{1,{2,3}}' -> ['x1', 'x2', 'x3']) or appear several times ('{a,b}{c,d}' -> ['ac', 'ad', 'bc', 'bd']). Keep the order in which alternatives are written; text without braces expands to itself.",
    r"""
def expand_braces(pattern: str) -> list[str]:
    start = pattern.find("{")
    if start == -1:
        return [pattern]
    depth = 0
    options = []
    piece_start = start + 1
    for index in range(start, len(pattern)):
        ch = pattern[index]
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                options.append(pattern[piece_start:index])
                end = index
                break
        elif ch == "," and depth == 1:
            options.append(pattern[piece_start:index])
            piece_start = index + 1
    else:
        raise ValueError("unbalanced braces")
    prefix, suffix = pattern[:start], pattern[end + 1:]
    results = []
    for option in options:
        for middle in expand_braces(option):
            for tail in expand_braces(suffix):
                results.append(prefix + middle + tail)
    return results
""",
    r"""
assert expand_braces("a{b,c}d") == ["abd", "acd"]
assert expand_braces("x{1,{2,3}}") == ["x1", "x2", "x3"]
assert expand_braces("{a,b}{c,d}") == ["ac", "ad", "bc", "bd"]
assert expand_braces("file.{txt,md,}") == ["file.txt", "file.md", "file."]
assert expand_braces("plain") == ["plain"]
assert expand_braces("") == [""]
""",
)

add(
    "recursion",
    "josephus",
    "In the Josephus problem, n people stand in a circle numbered 0..n-1 and every k-th person is eliminated until one remains. Write a recursive `josephus_survivor(n, k)` using J(1) = 0 and J(n) = (J(n - 1) + k) % n, and `elimination_order(n, k)` returning the order in which people are removed (the survivor last), computed by simulation.",
    r"""
def josephus_survivor(n: int, k: int) -> int:
    if n == 1:
        return 0
    return (josephus_survivor(n - 1, k) + k) % n


def elimination_order(n: int, k: int) -> list[int]:
    circle = list(range(n))
    order = []
    index = 0
    while circle:
        index = (index + k - 1) % len(circle)
        order.append(circle.pop(index))
    return order
""",
    r"""
assert josephus_survivor(7, 3) == 3
assert josephus_survivor(1, 5) == 0
assert josephus_survivor(41, 3) == 30
assert elimination_order(7, 3) == [2, 5, 1, 6, 4, 0, 3]
assert elimination_order(5, 1) == [0, 1, 2, 3, 4]
assert all(elimination_order(n, k)[-1] == josephus_survivor(n, k) for n in range(1, 25) for k in range(1, 6))
""",
)

add(
    "recursion",
    "directory-sizes",
    "A directory tree is a dict in which a value is either an int (a file size in bytes) or another dict (a subdirectory). Write a recursive `directory_sizes(tree)` returning a dict that maps the path of every directory ('/' for the root, '/docs', '/docs/old', ...) to the total size of all files below it.",
    r"""
def directory_sizes(tree: dict) -> dict[str, int]:
    sizes: dict[str, int] = {}

    def walk(node: dict, path: str) -> int:
        total = 0
        for name, entry in node.items():
            if isinstance(entry, dict):
                total += walk(entry, path.rstrip("/") + "/" + name)
            else:
                total += entry
        sizes[path] = total
        return total

    walk(tree, "/")
    return sizes
""",
    r"""
tree = {"a.txt": 100, "docs": {"b.md": 20, "old": {"c.md": 5}}, "empty": {}}
assert directory_sizes(tree) == {"/docs/old": 5, "/docs": 25, "/empty": 0, "/": 125}
assert directory_sizes({}) == {"/": 0}
deep = {"x": {"y": {"z": {"f": 7}}}}
assert directory_sizes(deep) == {"/x/y/z": 7, "/x/y": 7, "/x": 7, "/": 7}
""",
)

add(
    "recursion",
    "sorted-to-bst",
    "Write a recursive `sorted_to_bst(values)` that builds a height-balanced binary search tree from a sorted list, using the middle element (the left-middle for even lengths) as the root. Represent nodes as tuples `(value, left, right)` and empty trees as None. Also write `inorder(tree)` returning the values in order.",
    r"""
def sorted_to_bst(values: list):
    if not values:
        return None
    middle = (len(values) - 1) // 2
    return (values[middle], sorted_to_bst(values[:middle]), sorted_to_bst(values[middle + 1:]))


def inorder(tree) -> list:
    if tree is None:
        return []
    value, left, right = tree
    return inorder(left) + [value] + inorder(right)
""",
    r"""
assert sorted_to_bst([1, 2, 3]) == (2, (1, None, None), (3, None, None))
assert sorted_to_bst([1, 2, 3, 4]) == (2, (1, None, None), (3, None, (4, None, None)))
assert sorted_to_bst([]) is None
values = list(range(100))
tree = sorted_to_bst(values)
assert inorder(tree) == values


def height(node) -> int:
    return 0 if node is None else 1 + max(height(node[1]), height(node[2]))


assert height(tree) == 7
""",
)

add(
    "recursion",
    "word-search",
    "Write `word_search(board, word)` that returns True if `word` can be traced in the grid of letters `board` through horizontally or vertically adjacent cells, using each cell at most once. Use depth-first backtracking that marks cells while they are on the current path. An empty word is always found.",
    r"""
def word_search(board: list[list[str]], word: str) -> bool:
    if not word:
        return True
    rows = len(board)
    cols = len(board[0]) if rows else 0

    def explore(r: int, c: int, index: int) -> bool:
        if index == len(word):
            return True
        if not (0 <= r < rows and 0 <= c < cols) or board[r][c] != word[index]:
            return False
        saved, board[r][c] = board[r][c], "#"
        found = any(explore(r + dr, c + dc, index + 1) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)))
        board[r][c] = saved
        return found

    return any(explore(r, c, 0) for r in range(rows) for c in range(cols))
""",
    r"""
board = [list("ABCE"), list("SFCS"), list("ADEE")]
assert word_search(board, "ABCCED")
assert word_search(board, "SEE")
assert not word_search(board, "ABCB")
assert board == [list("ABCE"), list("SFCS"), list("ADEE")]
assert word_search([["a"]], "a")
assert not word_search([["a"]], "aa")
assert word_search([], "")
assert not word_search([], "x")
""",
)

# --------------------------------------------------------------------------- classes

add(
    "classes",
    "stack",
    "Implement a `Stack` class backed by a list with `push(item)`, `pop()`, `peek()`, `is_empty()` and `__len__`. `pop` and `peek` on an empty stack raise IndexError.",
    r'''
class Stack:
    """A LIFO stack."""

    def __init__(self) -> None:
        self._items: list = []

    def push(self, item) -> None:
        self._items.append(item)

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def peek(self):
        if not self._items:
            raise IndexError("peek at empty stack")
        return self._items[-1]

    def is_empty(self) -> bool:
        return not self._items

    def __len__(self) -> int:
        return len(self._items)
''',
    r"""
s = Stack()
assert s.is_empty() and len(s) == 0
s.push(1)
s.push(2)
assert s.peek() == 2 and len(s) == 2
assert s.pop() == 2
assert s.pop() == 1
assert s.is_empty()
for method in (s.pop, s.peek):
    try:
        method()
    except IndexError:
        pass
    else:
        raise AssertionError("expected IndexError")
""",
)

add(
    "classes",
    "two-stack-queue",
    "Implement a FIFO queue `TwoStackQueue` using two Python lists as stacks, with `enqueue(item)`, `dequeue()` (IndexError when empty) and `__len__`. Each operation should be amortised O(1).",
    r"""
class TwoStackQueue:
    def __init__(self) -> None:
        self._inbox: list = []
        self._outbox: list = []

    def enqueue(self, item) -> None:
        self._inbox.append(item)

    def dequeue(self):
        if not self._outbox:
            while self._inbox:
                self._outbox.append(self._inbox.pop())
        if not self._outbox:
            raise IndexError("dequeue from empty queue")
        return self._outbox.pop()

    def __len__(self) -> int:
        return len(self._inbox) + len(self._outbox)
""",
    r"""
q = TwoStackQueue()
for i in range(3):
    q.enqueue(i)
assert q.dequeue() == 0
q.enqueue(3)
assert len(q) == 3
assert [q.dequeue() for _ in range(3)] == [1, 2, 3]
assert len(q) == 0
try:
    q.dequeue()
except IndexError:
    pass
else:
    raise AssertionError("expected IndexError")
""",
)

add(
    "classes",
    "lru-cache",
    "Implement an `LRUCache(capacity)` class with `get(key, default=None)` and `put(key, value)`. Both operations count as a use of the key; when a put exceeds the capacity, the least recently used entry is evicted. Support `len()` and `in` (membership checks do not count as a use). Raise ValueError for a capacity below 1.",
    r"""
from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity: int) -> None:
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self._data: OrderedDict = OrderedDict()

    def get(self, key, default=None):
        if key not in self._data:
            return default
        self._data.move_to_end(key)
        return self._data[key]

    def put(self, key, value) -> None:
        if key in self._data:
            self._data.move_to_end(key)
        self._data[key] = value
        if len(self._data) > self.capacity:
            self._data.popitem(last=False)

    def __len__(self) -> int:
        return len(self._data)

    def __contains__(self, key) -> bool:
        return key in self._data
""",
    r"""
cache = LRUCache(2)
cache.put("a", 1)
cache.put("b", 2)
assert cache.get("a") == 1
cache.put("c", 3)
assert "b" not in cache and "a" in cache and "c" in cache
assert cache.get("b") is None and cache.get("b", -1) == -1
cache.put("a", 10)
cache.put("d", 4)
assert "c" not in cache
assert cache.get("a") == 10 and len(cache) == 2
try:
    LRUCache(0)
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
    inp="Constraint: get and put must both run in O(1) time.",
)

add(
    "classes",
    "bank-account",
    "Write a `BankAccount` class holding an integer balance in cents. It has a read-only `balance` property, `deposit(amount)` and `withdraw(amount)` that return the new balance, and a `history` list of `(kind, amount)` tuples. Non-positive amounts raise ValueError; overdrawing raises a custom `InsufficientFundsError`.",
    r'''
class InsufficientFundsError(Exception):
    """Raised when a withdrawal exceeds the available balance."""


class BankAccount:
    def __init__(self, owner: str, balance: int = 0) -> None:
        if balance < 0:
            raise ValueError("initial balance cannot be negative")
        self.owner = owner
        self._balance = balance
        self.history: list[tuple[str, int]] = []

    @property
    def balance(self) -> int:
        return self._balance

    def deposit(self, amount: int) -> int:
        if amount <= 0:
            raise ValueError("deposit amount must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self._balance

    def withdraw(self, amount: int) -> int:
        if amount <= 0:
            raise ValueError("withdrawal amount must be positive")
        if amount > self._balance:
            raise InsufficientFundsError(f"cannot withdraw {amount}; balance is {self._balance}")
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self._balance
''',
    r"""
account = BankAccount("Ada", 100)
assert account.deposit(50) == 150
assert account.withdraw(30) == 120
assert account.balance == 120
assert account.history == [("deposit", 50), ("withdraw", 30)]
try:
    account.withdraw(1000)
except InsufficientFundsError:
    pass
else:
    raise AssertionError("expected InsufficientFundsError")
assert account.balance == 120
for bad in (0, -5):
    try:
        account.deposit(bad)
    except ValueError:
        pass
    else:
        raise AssertionError("expected ValueError")
try:
    account.balance = 5
except AttributeError:
    pass
else:
    raise AssertionError("balance should be read-only")
""",
)

add(
    "classes",
    "vector2d",
    "Create an immutable `Vector2D` dataclass with float fields `x` and `y`, supporting `+`, `-`, multiplication by a scalar on either side, `dot(other)` and `length()`.",
    r"""
from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Vector2D:
    x: float
    y: float

    def __add__(self, other: Vector2D) -> Vector2D:
        return Vector2D(self.x + other.x, self.y + other.y)

    def __sub__(self, other: Vector2D) -> Vector2D:
        return Vector2D(self.x - other.x, self.y - other.y)

    def __mul__(self, scalar: float) -> Vector2D:
        return Vector2D(self.x * scalar, self.y * scalar)

    __rmul__ = __mul__

    def dot(self, other: Vector2D) -> float:
        return self.x * other.x + self.y * other.y

    def length(self) -> float:
        return math.hypot(self.x, self.y)
""",
    r"""
import dataclasses
a = Vector2D(1, 2)
b = Vector2D(3, 4)
assert a + b == Vector2D(4, 6)
assert b - a == Vector2D(2, 2)
assert a * 3 == Vector2D(3, 6) == 3 * a
assert a.dot(b) == 11
assert b.length() == 5.0
assert hash(a) == hash(Vector2D(1, 2))
try:
    a.x = 10
except dataclasses.FrozenInstanceError:
    pass
else:
    raise AssertionError("Vector2D must be immutable")
""",
)

add(
    "classes",
    "rectangle",
    "Write a frozen dataclass `Rectangle(x, y, width, height)` (x, y is the lower-left corner). Add `area` and `perimeter` properties, `contains(px, py)` (edges included) and `overlap(other)` returning the overlapping Rectangle or None when the overlap has no area. Negative sizes raise ValueError.",
    r"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rectangle:
    x: float
    y: float
    width: float
    height: float

    def __post_init__(self) -> None:
        if self.width < 0 or self.height < 0:
            raise ValueError("width and height must be non-negative")

    @property
    def area(self) -> float:
        return self.width * self.height

    @property
    def perimeter(self) -> float:
        return 2 * (self.width + self.height)

    def contains(self, px: float, py: float) -> bool:
        return self.x <= px <= self.x + self.width and self.y <= py <= self.y + self.height

    def overlap(self, other: Rectangle) -> Rectangle | None:
        left = max(self.x, other.x)
        bottom = max(self.y, other.y)
        right = min(self.x + self.width, other.x + other.width)
        top = min(self.y + self.height, other.y + other.height)
        if right <= left or top <= bottom:
            return None
        return Rectangle(left, bottom, right - left, top - bottom)
""",
    r"""
r = Rectangle(0, 0, 4, 3)
assert r.area == 12 and r.perimeter == 14
assert r.contains(4, 3) and r.contains(0, 0) and not r.contains(4.1, 1)
assert r.overlap(Rectangle(2, 1, 5, 5)) == Rectangle(2, 1, 2, 2)
assert r.overlap(Rectangle(4, 0, 1, 1)) is None
assert r.overlap(Rectangle(10, 10, 1, 1)) is None
assert Rectangle(1, 1, 1, 1).overlap(r) == Rectangle(1, 1, 1, 1)
try:
    Rectangle(0, 0, -1, 2)
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "classes",
    "inventory",
    "Write an `Inventory` class that tracks item quantities: `add_item(name, quantity=1)`, `remove_item(name, quantity=1)`, `quantity(name)` (0 for unknown items) and `low_stock(threshold)` returning the sorted names with quantity below the threshold. Items whose quantity drops to zero are forgotten. Non-positive quantities or removing more than is in stock raise ValueError.",
    r"""
class Inventory:
    def __init__(self) -> None:
        self._stock: dict[str, int] = {}

    def add_item(self, name: str, quantity: int = 1) -> None:
        if quantity <= 0:
            raise ValueError("quantity must be positive")
        self._stock[name] = self._stock.get(name, 0) + quantity

    def remove_item(self, name: str, quantity: int = 1) -> None:
        if quantity <= 0:
            raise ValueError("quantity must be positive")
        available = self._stock.get(name, 0)
        if quantity > available:
            raise ValueError(f"only {available} of {name!r} in stock")
        if quantity == available:
            del self._stock[name]
        else:
            self._stock[name] = available - quantity

    def quantity(self, name: str) -> int:
        return self._stock.get(name, 0)

    def low_stock(self, threshold: int) -> list[str]:
        return sorted(name for name, count in self._stock.items() if count < threshold)
""",
    r"""
inv = Inventory()
inv.add_item("apple", 5)
inv.add_item("pear")
inv.add_item("apple", 2)
assert inv.quantity("apple") == 7 and inv.quantity("pear") == 1
inv.remove_item("apple", 3)
assert inv.quantity("apple") == 4
assert inv.low_stock(5) == ["apple", "pear"]
inv.remove_item("pear")
assert inv.quantity("pear") == 0 and inv.low_stock(5) == ["apple"]
for action in (lambda: inv.remove_item("apple", 99), lambda: inv.add_item("kiwi", 0), lambda: inv.remove_item("ghost")):
    try:
        action()
    except ValueError:
        pass
    else:
        raise AssertionError("expected ValueError")
assert inv.quantity("apple") == 4
""",
)

add(
    "classes",
    "min-stack",
    "Design a `MinStack` with `push(value)`, `pop()`, `top()` and `get_min()`, all in O(1) time. Operations on an empty stack raise IndexError.",
    r"""
class MinStack:
    def __init__(self) -> None:
        self._items: list[tuple[int, int]] = []  # (value, minimum of the stack up to here)

    def push(self, value: int) -> None:
        current_min = min(value, self._items[-1][1]) if self._items else value
        self._items.append((value, current_min))

    def pop(self) -> int:
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()[0]

    def top(self) -> int:
        if not self._items:
            raise IndexError("top of empty stack")
        return self._items[-1][0]

    def get_min(self) -> int:
        if not self._items:
            raise IndexError("min of empty stack")
        return self._items[-1][1]
""",
    r"""
s = MinStack()
for value in (5, 3, 7, 3, 1):
    s.push(value)
assert s.get_min() == 1
assert s.pop() == 1
assert s.get_min() == 3
s.pop()
assert s.get_min() == 3 and s.top() == 7
s.pop()
s.pop()
assert s.get_min() == 5 and s.top() == 5
s.pop()
for method in (s.pop, s.top, s.get_min):
    try:
        method()
    except IndexError:
        pass
    else:
        raise AssertionError("expected IndexError")
""",
)

add(
    "classes",
    "linked-list",
    "Implement a singly linked list: a `Node` dataclass (`value`, `next`) and a `LinkedList` class that can be built from an iterable and supports `append`, `prepend`, in-place `reverse()`, iteration, `len()` and the `in` operator.",
    r"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any


@dataclass
class Node:
    value: Any
    next: Node | None = None


class LinkedList:
    def __init__(self, values: Iterable = ()) -> None:
        self.head: Node | None = None
        self._size = 0
        for value in values:
            self.append(value)

    def append(self, value) -> None:
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            current = self.head
            while current.next is not None:
                current = current.next
            current.next = node
        self._size += 1

    def prepend(self, value) -> None:
        self.head = Node(value, self.head)
        self._size += 1

    def reverse(self) -> None:
        previous = None
        current = self.head
        while current is not None:
            following = current.next
            current.next = previous
            previous = current
            current = following
        self.head = previous

    def __iter__(self) -> Iterator:
        current = self.head
        while current is not None:
            yield current.value
            current = current.next

    def __len__(self) -> int:
        return self._size

    def __contains__(self, value) -> bool:
        return any(item == value for item in self)
""",
    r"""
items = LinkedList([1, 2, 3])
items.append(4)
items.prepend(0)
assert list(items) == [0, 1, 2, 3, 4] and len(items) == 5
assert 3 in items and 9 not in items
items.reverse()
assert list(items) == [4, 3, 2, 1, 0]
empty = LinkedList()
empty.reverse()
assert list(empty) == [] and len(empty) == 0 and empty.head is None
single = LinkedList(["x"])
single.reverse()
assert list(single) == ["x"]
""",
)

add(
    "classes",
    "trie",
    "Implement a prefix tree: `Trie(words=())` with `insert(word)`, `in` for exact word membership, `starts_with(prefix)` and `words_with_prefix(prefix)` returning the sorted stored words that begin with the prefix.",
    r"""
class TrieNode:
    __slots__ = ("children", "is_word")

    def __init__(self) -> None:
        self.children: dict[str, TrieNode] = {}
        self.is_word = False


class Trie:
    def __init__(self, words=()) -> None:
        self._root = TrieNode()
        for word in words:
            self.insert(word)

    def insert(self, word: str) -> None:
        node = self._root
        for char in word:
            node = node.children.setdefault(char, TrieNode())
        node.is_word = True

    def _find(self, prefix: str) -> TrieNode | None:
        node = self._root
        for char in prefix:
            node = node.children.get(char)
            if node is None:
                return None
        return node

    def __contains__(self, word: str) -> bool:
        node = self._find(word)
        return node is not None and node.is_word

    def starts_with(self, prefix: str) -> bool:
        return self._find(prefix) is not None

    def words_with_prefix(self, prefix: str) -> list[str]:
        node = self._find(prefix)
        if node is None:
            return []
        words: list[str] = []
        stack = [(node, prefix)]
        while stack:
            current, text = stack.pop()
            if current.is_word:
                words.append(text)
            for char, child in current.children.items():
                stack.append((child, text + char))
        return sorted(words)
""",
    r"""
trie = Trie(["car", "card", "care", "cat", "dog"])
assert "car" in trie and "ca" not in trie and "cards" not in trie
assert trie.starts_with("ca") and not trie.starts_with("cow")
assert trie.words_with_prefix("car") == ["car", "card", "care"]
assert trie.words_with_prefix("d") == ["dog"]
assert trie.words_with_prefix("x") == []
assert trie.words_with_prefix("") == ["car", "card", "care", "cat", "dog"]
trie.insert("")
assert "" in trie
""",
)

add(
    "classes",
    "token-bucket",
    "Implement a token-bucket rate limiter `TokenBucket(capacity, refill_rate, now=0.0)`. The bucket starts full; tokens refill continuously at `refill_rate` per second up to `capacity`. `allow(now, cost=1.0)` returns True and spends tokens if enough are available, else False. Time is passed in explicitly so the class is easy to test.",
    r"""
class TokenBucket:
    def __init__(self, capacity: float, refill_rate: float, now: float = 0.0) -> None:
        if capacity <= 0 or refill_rate < 0:
            raise ValueError("capacity must be positive and refill_rate non-negative")
        self.capacity = capacity
        self.refill_rate = refill_rate
        self._tokens = capacity
        self._last = now

    def allow(self, now: float, cost: float = 1.0) -> bool:
        elapsed = max(0.0, now - self._last)
        self._tokens = min(self.capacity, self._tokens + elapsed * self.refill_rate)
        self._last = max(self._last, now)
        if self._tokens >= cost:
            self._tokens -= cost
            return True
        return False
""",
    r"""
bucket = TokenBucket(capacity=2, refill_rate=1.0)
assert bucket.allow(0) and bucket.allow(0)
assert not bucket.allow(0)
assert not bucket.allow(0.5)
assert bucket.allow(1.0)
assert not bucket.allow(1.0)
assert bucket.allow(100) and bucket.allow(100) and not bucket.allow(100)
big = TokenBucket(capacity=5, refill_rate=0.5)
assert big.allow(0, cost=5) and not big.allow(1, cost=1)
assert big.allow(2, cost=1)
""",
)

add(
    "classes",
    "event-emitter",
    "Write an `EventEmitter` class with `on(event, handler)`, `off(event, handler)` and `emit(event, *args, **kwargs)`. `emit` calls the handlers registered for the event in registration order and returns how many were called; removing an unknown handler is a no-op.",
    r"""
from collections import defaultdict
from collections.abc import Callable


class EventEmitter:
    def __init__(self) -> None:
        self._handlers: defaultdict[str, list[Callable]] = defaultdict(list)

    def on(self, event: str, handler: Callable) -> None:
        self._handlers[event].append(handler)

    def off(self, event: str, handler: Callable) -> None:
        handlers = self._handlers.get(event, [])
        if handler in handlers:
            handlers.remove(handler)

    def emit(self, event: str, *args, **kwargs) -> int:
        handlers = list(self._handlers.get(event, []))
        for handler in handlers:
            handler(*args, **kwargs)
        return len(handlers)
""",
    r"""
log = []
emitter = EventEmitter()
def first(x, sep="-"):
    log.append(f"first{sep}{x}")
def second(x, sep="-"):
    log.append(f"second{sep}{x}")
emitter.on("data", first)
emitter.on("data", second)
assert emitter.emit("data", 1) == 2
assert emitter.emit("data", 2, sep=":") == 2
assert log == ["first-1", "second-1", "first:2", "second:2"]
emitter.off("data", first)
emitter.off("data", first)
emitter.off("missing", first)
assert emitter.emit("data", 3) == 1 and log[-1] == "second-3"
assert emitter.emit("nothing") == 0
""",
)

add(
    "classes",
    "version",
    'Write a frozen, ordered dataclass `Version(major, minor=0, patch=0)` with a classmethod `parse(text)` accepting strings like `"1.2.3"`, `"v2.0"` or `"3"` (ValueError otherwise), a `bump(part)` method for `"major"`, `"minor"` or `"patch"` that resets the lower parts, and `str()` giving `"major.minor.patch"`.',
    r"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    @classmethod
    def parse(cls, text: str) -> Version:
        parts = text.strip().removeprefix("v").split(".")
        if not 1 <= len(parts) <= 3 or not all(part.isdigit() for part in parts):
            raise ValueError(f"invalid version: {text!r}")
        return cls(*(int(part) for part in parts))

    def bump(self, part: str) -> Version:
        if part == "major":
            return Version(self.major + 1)
        if part == "minor":
            return Version(self.major, self.minor + 1)
        if part == "patch":
            return Version(self.major, self.minor, self.patch + 1)
        raise ValueError(f"unknown version part: {part!r}")

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}.{self.patch}"
""",
    r"""
assert Version.parse("1.2.3") == Version(1, 2, 3)
assert Version.parse("v2.0") == Version(2)
assert str(Version.parse("3")) == "3.0.0"
assert Version.parse("1.10.0") > Version.parse("1.9.9")
assert sorted(map(Version.parse, ["1.0.10", "1.0.2", "0.9"])) == [Version(0, 9), Version(1, 0, 2), Version(1, 0, 10)]
assert Version(1, 4, 2).bump("minor") == Version(1, 5, 0)
assert Version(1, 4, 2).bump("major") == Version(2, 0, 0)
assert str(Version(1, 4, 2).bump("patch")) == "1.4.3"
for bad in ("", "1..2", "1.2.3.4", "a.b", "-1"):
    try:
        Version.parse(bad)
    except ValueError:
        pass
    else:
        raise AssertionError(f"expected ValueError for {bad!r}")
""",
)

add(
    "classes",
    "priority-queue",
    "Write a `PriorityQueue` class on top of `heapq`: `push(item, priority)`, `pop()` returning the item with the lowest priority (first-in-first-out among equal priorities, IndexError when empty) and `__len__`. Items themselves need not be comparable.",
    r"""
import heapq
from itertools import count


class PriorityQueue:
    def __init__(self) -> None:
        self._heap: list[tuple[float, int, object]] = []
        self._counter = count()

    def push(self, item, priority: float) -> None:
        heapq.heappush(self._heap, (priority, next(self._counter), item))

    def pop(self):
        if not self._heap:
            raise IndexError("pop from empty priority queue")
        return heapq.heappop(self._heap)[2]

    def __len__(self) -> int:
        return len(self._heap)
""",
    r"""
pq = PriorityQueue()
pq.push({"task": "write"}, 2)
pq.push({"task": "test"}, 1)
pq.push({"task": "lint"}, 2)
pq.push({"task": "ship"}, 3)
assert len(pq) == 4
assert [pq.pop()["task"] for _ in range(4)] == ["test", "write", "lint", "ship"]
assert len(pq) == 0
try:
    pq.pop()
except IndexError:
    pass
else:
    raise AssertionError("expected IndexError")
""",
)

add(
    "classes",
    "circular-buffer",
    "Implement a fixed-size `CircularBuffer(capacity)` on a preallocated list. `append(item)` overwrites the oldest element when the buffer is full; `to_list()` returns the contents from oldest to newest; support `len()` and `is_full()`.",
    r"""
class CircularBuffer:
    def __init__(self, capacity: int) -> None:
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self._data: list = [None] * capacity
        self._start = 0
        self._size = 0

    def append(self, item) -> None:
        end = (self._start + self._size) % self.capacity
        self._data[end] = item
        if self._size < self.capacity:
            self._size += 1
        else:
            self._start = (self._start + 1) % self.capacity

    def to_list(self) -> list:
        return [self._data[(self._start + i) % self.capacity] for i in range(self._size)]

    def is_full(self) -> bool:
        return self._size == self.capacity

    def __len__(self) -> int:
        return self._size
""",
    r"""
buf = CircularBuffer(3)
assert buf.to_list() == [] and len(buf) == 0 and not buf.is_full()
for value in (1, 2, 3):
    buf.append(value)
assert buf.to_list() == [1, 2, 3] and buf.is_full()
buf.append(4)
buf.append(5)
assert buf.to_list() == [3, 4, 5] and len(buf) == 3
one = CircularBuffer(1)
one.append("a")
one.append("b")
assert one.to_list() == ["b"]
""",
    inp="Constraint: do not use collections.deque.",
)

add(
    "classes",
    "temperature-property",
    "Write a `Temperature` class storing degrees Celsius with a validated `celsius` property (values below absolute zero, -273.15, raise ValueError) and a `fahrenheit` property whose setter converts and stores the value in Celsius.",
    r"""
class Temperature:
    ABSOLUTE_ZERO = -273.15

    def __init__(self, celsius: float = 0.0) -> None:
        self.celsius = celsius

    @property
    def celsius(self) -> float:
        return self._celsius

    @celsius.setter
    def celsius(self, value: float) -> None:
        if value < self.ABSOLUTE_ZERO:
            raise ValueError("temperature below absolute zero")
        self._celsius = value

    @property
    def fahrenheit(self) -> float:
        return self._celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value: float) -> None:
        self.celsius = (value - 32) * 5 / 9
""",
    r"""
t = Temperature(100)
assert t.fahrenheit == 212
t.fahrenheit = 32
assert t.celsius == 0
t.celsius = -40
assert t.fahrenheit == -40
for bad in (lambda: Temperature(-300), lambda: setattr(t, "fahrenheit", -500)):
    try:
        bad()
    except ValueError:
        pass
    else:
        raise AssertionError("expected ValueError")
assert t.celsius == -40
""",
)

add(
    "classes",
    "traffic-light-enum",
    "Define an `Enum` called `TrafficLight` with members RED, GREEN and YELLOW (values 'red', 'green', 'yellow'). Add a `next()` method cycling RED -> GREEN -> YELLOW -> RED (follow the definition order) and a `can_go` property that is True only for GREEN.",
    r"""
from __future__ import annotations

from enum import Enum


class TrafficLight(Enum):
    RED = "red"
    GREEN = "green"
    YELLOW = "yellow"

    def next(self) -> TrafficLight:
        members = list(type(self))
        return members[(members.index(self) + 1) % len(members)]

    @property
    def can_go(self) -> bool:
        return self is TrafficLight.GREEN
""",
    r"""
assert TrafficLight.RED.next() is TrafficLight.GREEN
assert TrafficLight.GREEN.next() is TrafficLight.YELLOW
assert TrafficLight.YELLOW.next() is TrafficLight.RED
assert TrafficLight("green").can_go
assert not TrafficLight.RED.can_go and not TrafficLight.YELLOW.can_go
light = TrafficLight.RED
for _ in range(6):
    light = light.next()
assert light is TrafficLight.RED
""",
)

add(
    "classes",
    "employee-dataclass",
    "Write an `Employee` dataclass with `name`, integer `salary` and a `skills` list that defaults to a new empty list per instance. Add `give_raise(percent)` (rounds to the nearest integer; a negative percent raises ValueError) and a module-level `highest_paid(employees)` returning the best-paid employee or None for an empty list.",
    r"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Employee:
    name: str
    salary: int
    skills: list[str] = field(default_factory=list)

    def give_raise(self, percent: float) -> None:
        if percent < 0:
            raise ValueError("raise percentage cannot be negative")
        self.salary = round(self.salary * (1 + percent / 100))


def highest_paid(employees: list[Employee]) -> Employee | None:
    return max(employees, key=lambda employee: employee.salary, default=None)
""",
    r"""
ada = Employee("Ada", 50000)
bob = Employee("Bob", 48000, ["sql"])
ada.skills.append("python")
assert bob.skills == ["sql"] and Employee("Cy", 1).skills == []
ada.give_raise(10)
assert ada.salary == 55000
assert highest_paid([bob, ada]) is ada
assert highest_paid([]) is None
try:
    bob.give_raise(-1)
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "classes",
    "shape-hierarchy",
    'Create an abstract base class `Shape` with an abstract `area()` method and a concrete `describe()` returning e.g. `"Circle with area 3.14"` (two decimals). Implement `Circle(radius)` and `Square(side)`, plus a function `total_area(shapes)`.',
    r'''
import math
from abc import ABC, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self) -> float:
        """Return the area of the shape."""

    def describe(self) -> str:
        return f"{type(self).__name__} with area {self.area():.2f}"


class Circle(Shape):
    def __init__(self, radius: float) -> None:
        self.radius = radius

    def area(self) -> float:
        return math.pi * self.radius**2


class Square(Shape):
    def __init__(self, side: float) -> None:
        self.side = side

    def area(self) -> float:
        return self.side**2


def total_area(shapes: list[Shape]) -> float:
    return sum(shape.area() for shape in shapes)
''',
    r"""
import math
assert Circle(1).describe() == "Circle with area 3.14"
assert Square(3).describe() == "Square with area 9.00"
assert math.isclose(total_area([Circle(1), Square(2)]), math.pi + 4)
assert total_area([]) == 0
try:
    Shape()
except TypeError:
    pass
else:
    raise AssertionError("Shape must be abstract")
""",
)

add(
    "classes",
    "timer-context-manager",
    "Write a `Timer` context manager class. Entering it records the start time from an injectable `clock` function (default `time.perf_counter`); leaving it stores the duration in `elapsed`, even when the block raises, and never suppresses exceptions.",
    r"""
from __future__ import annotations

import time
from collections.abc import Callable


class Timer:
    def __init__(self, clock: Callable[[], float] = time.perf_counter) -> None:
        self._clock = clock
        self._start: float | None = None
        self.elapsed: float | None = None

    def __enter__(self) -> Timer:
        self._start = self._clock()
        return self

    def __exit__(self, exc_type, exc, traceback) -> bool:
        self.elapsed = self._clock() - self._start
        return False
""",
    r"""
ticks = iter([10.0, 12.5, 20.0, 21.0])
with Timer(clock=lambda: next(ticks)) as timer:
    pass
assert timer.elapsed == 2.5
failing = Timer(clock=lambda: next(ticks))
try:
    with failing:
        raise KeyError("boom")
except KeyError:
    pass
else:
    raise AssertionError("exception must propagate")
assert failing.elapsed == 1.0
with Timer() as real:
    sum(range(100))
assert real.elapsed >= 0
""",
)

add(
    "classes",
    "positive-descriptor",
    "Write a data descriptor `Positive` that only accepts numbers greater than zero (ValueError otherwise) and stores the value on the instance under a private name derived via `__set_name__`. Use it for the `price` and `quantity` attributes of a `Product(name, price, quantity)` class that also has a `total()` method.",
    r"""
class Positive:
    def __set_name__(self, owner, name: str) -> None:
        self.public_name = name
        self.private_name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private_name)

    def __set__(self, obj, value) -> None:
        if value <= 0:
            raise ValueError(f"{self.public_name} must be positive, got {value!r}")
        setattr(obj, self.private_name, value)


class Product:
    price = Positive()
    quantity = Positive()

    def __init__(self, name: str, price: float, quantity: int) -> None:
        self.name = name
        self.price = price
        self.quantity = quantity

    def total(self) -> float:
        return self.price * self.quantity
""",
    r"""
item = Product("pen", 1.5, 4)
assert item.total() == 6.0
item.quantity = 10
assert item.total() == 15.0
assert isinstance(Product.price, Positive)
try:
    item.price = 0
except ValueError as exc:
    assert "price" in str(exc)
else:
    raise AssertionError("expected ValueError")
try:
    Product("bad", 2, -1)
except ValueError as exc:
    assert "quantity" in str(exc)
else:
    raise AssertionError("expected ValueError")
assert item.price == 1.5
""",
)

add(
    "classes",
    "binary-search-tree",
    "Implement a `BinarySearchTree` of unique comparable values with `insert(value)` (returns False for duplicates), the `in` operator, `len()`, `inorder()` returning the sorted values, and `height()` (0 for an empty tree). Use iteration for insert and lookup.",
    r"""
from __future__ import annotations


class _Node:
    __slots__ = ("value", "left", "right")

    def __init__(self, value) -> None:
        self.value = value
        self.left: _Node | None = None
        self.right: _Node | None = None


class BinarySearchTree:
    def __init__(self, values=()) -> None:
        self._root: _Node | None = None
        self._size = 0
        for value in values:
            self.insert(value)

    def insert(self, value) -> bool:
        if self._root is None:
            self._root = _Node(value)
            self._size = 1
            return True
        node = self._root
        while True:
            if value == node.value:
                return False
            side = "left" if value < node.value else "right"
            child = getattr(node, side)
            if child is None:
                setattr(node, side, _Node(value))
                self._size += 1
                return True
            node = child

    def __contains__(self, value) -> bool:
        node = self._root
        while node is not None:
            if value == node.value:
                return True
            node = node.left if value < node.value else node.right
        return False

    def __len__(self) -> int:
        return self._size

    def inorder(self) -> list:
        result: list = []
        stack: list[_Node] = []
        node = self._root
        while stack or node is not None:
            while node is not None:
                stack.append(node)
                node = node.left
            node = stack.pop()
            result.append(node.value)
            node = node.right
        return result

    def height(self) -> int:
        def measure(node: _Node | None) -> int:
            if node is None:
                return 0
            return 1 + max(measure(node.left), measure(node.right))

        return measure(self._root)
""",
    r"""
tree = BinarySearchTree([8, 3, 10, 1, 6, 14, 4, 7, 13])
assert tree.inorder() == [1, 3, 4, 6, 7, 8, 10, 13, 14]
assert len(tree) == 9 and tree.height() == 4
assert 6 in tree and 5 not in tree
assert tree.insert(5) and not tree.insert(5)
assert len(tree) == 10 and 5 in tree
empty = BinarySearchTree()
assert empty.inorder() == [] and empty.height() == 0 and 1 not in empty
chain = BinarySearchTree(range(5))
assert chain.height() == 5
""",
)

add(
    "classes",
    "rational",
    "Implement an immutable `Rational` class for exact fractions: the constructor takes a numerator and a non-zero denominator (ZeroDivisionError otherwise) and stores them reduced to lowest terms with a positive denominator. Support `+`, `-`, `*`, `/` between Rationals and ints, `==`, `<`, hashing consistent with equality, `float()` and a `str` of the form '3/4' (or just '3' when the denominator is 1).",
    r"""
from functools import total_ordering
from math import gcd


@total_ordering
class Rational:
    __slots__ = ("num", "den")

    def __init__(self, num: int, den: int = 1) -> None:
        if den == 0:
            raise ZeroDivisionError("denominator must be non-zero")
        if den < 0:
            num, den = -num, -den
        divisor = gcd(num, den) or 1
        object.__setattr__(self, "num", num // divisor)
        object.__setattr__(self, "den", den // divisor)

    def __setattr__(self, name, value):
        raise AttributeError("Rational is immutable")

    @staticmethod
    def _coerce(other):
        if isinstance(other, Rational):
            return other
        if isinstance(other, int):
            return Rational(other)
        return NotImplemented

    def __add__(self, other):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        return Rational(self.num * other.den + other.num * self.den, self.den * other.den)

    __radd__ = __add__

    def __neg__(self):
        return Rational(-self.num, self.den)

    def __sub__(self, other):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        return self + (-other)

    def __rsub__(self, other):
        return (-self) + other

    def __mul__(self, other):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        return Rational(self.num * other.num, self.den * other.den)

    __rmul__ = __mul__

    def __truediv__(self, other):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        return Rational(self.num * other.den, self.den * other.num)

    def __rtruediv__(self, other):
        return Rational(self.den, self.num) * other

    def __eq__(self, other):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        return self.num == other.num and self.den == other.den

    def __lt__(self, other):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        return self.num * other.den < other.num * self.den

    def __hash__(self) -> int:
        return hash((self.num, self.den))

    def __float__(self) -> float:
        return self.num / self.den

    def __str__(self) -> str:
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"

    def __repr__(self) -> str:
        return f"Rational({self.num}, {self.den})"
""",
    r"""
half = Rational(2, 4)
assert (half.num, half.den) == (1, 2)
assert str(Rational(6, -8)) == "-3/4"
assert Rational(1, 2) + Rational(1, 3) == Rational(5, 6)
assert Rational(1, 2) - 1 == Rational(-1, 2)
assert 1 - Rational(1, 4) == Rational(3, 4)
assert Rational(2, 3) * 3 == 2
assert Rational(3, 4) / Rational(3, 2) == Rational(1, 2)
assert 2 / Rational(4) == Rational(1, 2)
assert Rational(1, 3) < Rational(1, 2) <= Rational(2, 4)
assert float(Rational(1, 8)) == 0.125
assert str(Rational(10, 5)) == "2"
assert len({Rational(1, 2), Rational(2, 4), Rational(3, 6)}) == 1
try:
    Rational(1, 0)
except ZeroDivisionError:
    pass
else:
    raise AssertionError("expected ZeroDivisionError")
try:
    half.num = 5
except AttributeError:
    pass
else:
    raise AssertionError("expected AttributeError")
""",
)

add(
    "classes",
    "money",
    "Implement a `Money` value class holding an amount in integer cents and a currency code. `Money.parse('12.34 EUR')` creates one from text. Support `+` and `-` between Money objects of the same currency (a different currency raises ValueError), multiplication by an int, `==`, and `str()` formatted as '12.34 EUR' (negative amounts as '-0.50 EUR'). Also add `split(parts)` that divides the amount into `parts` Money objects differing by at most one cent, larger shares first, that sum exactly to the original.",
    r"""
class Money:
    def __init__(self, cents: int, currency: str) -> None:
        self.cents = cents
        self.currency = currency.upper()

    @classmethod
    def parse(cls, text: str) -> "Money":
        amount, currency = text.split()
        negative = amount.startswith("-")
        whole, _, fraction = amount.lstrip("-").partition(".")
        cents = int(whole) * 100 + int((fraction + "00")[:2])
        return cls(-cents if negative else cents, currency)

    def _check(self, other: "Money") -> None:
        if not isinstance(other, Money) or other.currency != self.currency:
            raise ValueError("currency mismatch")

    def __add__(self, other: "Money") -> "Money":
        self._check(other)
        return Money(self.cents + other.cents, self.currency)

    def __sub__(self, other: "Money") -> "Money":
        self._check(other)
        return Money(self.cents - other.cents, self.currency)

    def __mul__(self, factor: int) -> "Money":
        return Money(self.cents * factor, self.currency)

    __rmul__ = __mul__

    def __eq__(self, other) -> bool:
        return isinstance(other, Money) and (self.cents, self.currency) == (other.cents, other.currency)

    def __hash__(self) -> int:
        return hash((self.cents, self.currency))

    def __str__(self) -> str:
        sign = "-" if self.cents < 0 else ""
        whole, cents = divmod(abs(self.cents), 100)
        return f"{sign}{whole}.{cents:02d} {self.currency}"

    def split(self, parts: int) -> list["Money"]:
        share, extra = divmod(self.cents, parts)
        return [Money(share + (1 if i < extra else 0), self.currency) for i in range(parts)]
""",
    r"""
price = Money.parse("12.34 EUR")
assert price.cents == 1234 and price.currency == "EUR"
assert str(price + Money(66, "eur")) == "13.00 EUR"
assert str(Money(50, "EUR") - Money(100, "EUR")) == "-0.50 EUR"
assert Money.parse("-3.5 USD") == Money(-350, "USD")
assert str(price * 3) == "37.02 EUR" and 2 * price == Money(2468, "EUR")
shares = Money(1000, "EUR").split(3)
assert [s.cents for s in shares] == [334, 333, 333]
assert sum(s.cents for s in shares) == 1000
try:
    price + Money(1, "USD")
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "classes",
    "ordered-set",
    "Implement an `OrderedSet` class that remembers insertion order. The constructor accepts an optional iterable. Provide `insert(item)` (no effect if present), `discard(item)`, `__contains__`, `__len__`, `__iter__` (insertion order), `__eq__` (order-sensitive against other OrderedSets, order-insensitive against plain sets), `__or__` returning the ordered union and `__repr__` like `OrderedSet([1, 2])`. Back it with a dict for O(1) membership.",
    r"""
class OrderedSet:
    def __init__(self, items=()) -> None:
        self._items: dict = dict.fromkeys(items)

    def insert(self, item) -> None:
        self._items.setdefault(item, None)

    def discard(self, item) -> None:
        self._items.pop(item, None)

    def __contains__(self, item) -> bool:
        return item in self._items

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __eq__(self, other) -> bool:
        if isinstance(other, OrderedSet):
            return list(self) == list(other)
        if isinstance(other, (set, frozenset)):
            return set(self._items) == other
        return NotImplemented

    def __or__(self, other) -> "OrderedSet":
        result = OrderedSet(self)
        for item in other:
            result.insert(item)
        return result

    def __repr__(self) -> str:
        return f"OrderedSet({list(self._items)!r})"
""",
    r"""
s = OrderedSet([3, 1, 3, 2])
assert list(s) == [3, 1, 2] and len(s) == 3
s.insert(1)
s.insert(0)
assert list(s) == [3, 1, 2, 0]
s.discard(1)
s.discard(99)
assert 1 not in s and 2 in s
assert repr(s) == "OrderedSet([3, 2, 0])"
assert s == {0, 2, 3}
assert s != OrderedSet([0, 2, 3])
assert list(OrderedSet("ab") | "bca") == ["a", "b", "c"]
assert len(OrderedSet()) == 0
""",
)

add(
    "classes",
    "graph",
    "Implement an undirected `Graph` class with `add_edge(u, v)` (vertices are created on demand), `add_vertex(v)`, `neighbors(v)` returning a sorted list (KeyError for unknown vertices), `degree(v)`, `has_path(u, v)` using breadth-first search, and `components()` returning the connected components as sorted lists, ordered by their smallest vertex. Vertices are comparable values such as ints or strings.",
    r"""
from collections import deque


class Graph:
    def __init__(self) -> None:
        self._adjacent: dict = {}

    def add_vertex(self, v) -> None:
        self._adjacent.setdefault(v, set())

    def add_edge(self, u, v) -> None:
        self.add_vertex(u)
        self.add_vertex(v)
        self._adjacent[u].add(v)
        self._adjacent[v].add(u)

    def neighbors(self, v) -> list:
        return sorted(self._adjacent[v])

    def degree(self, v) -> int:
        return len(self._adjacent[v])

    def _reachable(self, start) -> set:
        seen = {start}
        queue = deque([start])
        while queue:
            node = queue.popleft()
            for nxt in self._adjacent[node]:
                if nxt not in seen:
                    seen.add(nxt)
                    queue.append(nxt)
        return seen

    def has_path(self, u, v) -> bool:
        if u not in self._adjacent or v not in self._adjacent:
            return False
        return v in self._reachable(u)

    def components(self) -> list[list]:
        seen: set = set()
        result = []
        for vertex in sorted(self._adjacent):
            if vertex not in seen:
                group = self._reachable(vertex)
                seen |= group
                result.append(sorted(group))
        return result
""",
    r"""
g = Graph()
for u, v in [(1, 2), (2, 3), (4, 5), (3, 1)]:
    g.add_edge(u, v)
g.add_vertex(6)
assert g.neighbors(1) == [2, 3]
assert g.degree(3) == 2 and g.degree(6) == 0
assert g.has_path(1, 3) and not g.has_path(1, 5)
assert not g.has_path(1, 99)
assert g.components() == [[1, 2, 3], [4, 5], [6]]
try:
    g.neighbors(42)
except KeyError:
    pass
else:
    raise AssertionError("expected KeyError")
""",
)

add(
    "classes",
    "sliding-window-rate-limiter",
    "Implement `SlidingWindowRateLimiter(limit, window, clock=time.monotonic)`: `allow()` returns True and records the request if fewer than `limit` requests were allowed during the last `window` seconds (according to `clock()`), otherwise returns False without recording. Requests exactly `window` seconds old no longer count. Also provide `remaining()` giving how many more requests would be allowed right now.",
    r"""
import time
from collections import deque
from typing import Callable


class SlidingWindowRateLimiter:
    def __init__(self, limit: int, window: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.window = window
        self._clock = clock
        self._stamps: deque[float] = deque()

    def _expire(self) -> float:
        now = self._clock()
        while self._stamps and self._stamps[0] <= now - self.window:
            self._stamps.popleft()
        return now

    def allow(self) -> bool:
        now = self._expire()
        if len(self._stamps) < self.limit:
            self._stamps.append(now)
            return True
        return False

    def remaining(self) -> int:
        self._expire()
        return self.limit - len(self._stamps)
""",
    r"""
now = [0.0]
limiter = SlidingWindowRateLimiter(3, 10, clock=lambda: now[0])
assert limiter.remaining() == 3
assert [limiter.allow() for _ in range(4)] == [True, True, True, False]
now[0] = 5.0
assert not limiter.allow() and limiter.remaining() == 0
now[0] = 10.0
assert limiter.remaining() == 3
assert limiter.allow()
now[0] = 19.9
assert limiter.remaining() == 2
""",
)

add(
    "classes",
    "text-editor-undo",
    "Implement a `TextEditor` class holding a text buffer with `type(text)` (append), `delete(count)` (remove up to `count` characters from the end), `undo()` and `redo()`, plus a `text` property. Each `type`/`delete` is one undoable step; a new edit clears the redo history. `undo`/`redo` with nothing to undo/redo do nothing and return False, otherwise they return True.",
    r"""
class TextEditor:
    def __init__(self) -> None:
        self._text = ""
        self._undo: list[str] = []
        self._redo: list[str] = []

    @property
    def text(self) -> str:
        return self._text

    def _edit(self, new_text: str) -> None:
        self._undo.append(self._text)
        self._redo.clear()
        self._text = new_text

    def type(self, text: str) -> None:
        self._edit(self._text + text)

    def delete(self, count: int) -> None:
        self._edit(self._text[: max(0, len(self._text) - count)])

    def undo(self) -> bool:
        if not self._undo:
            return False
        self._redo.append(self._text)
        self._text = self._undo.pop()
        return True

    def redo(self) -> bool:
        if not self._redo:
            return False
        self._undo.append(self._text)
        self._text = self._redo.pop()
        return True
""",
    r"""
editor = TextEditor()
editor.type("Hello")
editor.type(", world")
editor.delete(5)
assert editor.text == "Hello, "
assert editor.undo() and editor.text == "Hello, world"
assert editor.undo() and editor.text == "Hello"
assert editor.redo() and editor.text == "Hello, world"
editor.type("!")
assert editor.text == "Hello, world!"
assert not editor.redo()
editor.delete(100)
assert editor.text == ""
assert editor.undo() and editor.undo() and editor.undo() and editor.undo()
assert editor.text == ""
assert not editor.undo()
""",
)

add(
    "classes",
    "multiset",
    "Implement a `Multiset` (bag) class: the constructor takes an optional iterable; `insert(item, times=1)`, `remove(item, times=1)` (KeyError if the item is not present at all; removing more copies than exist removes them all), `count(item)`, `__len__` (total copies), `__contains__`, `__iter__` over all copies in insertion order of distinct items, `most_common(n)` and the `&` (minimum counts) and `+` (summed counts) operators.",
    r"""
class Multiset:
    def __init__(self, items=()) -> None:
        self._counts: dict = {}
        for item in items:
            self.insert(item)

    def insert(self, item, times: int = 1) -> None:
        self._counts[item] = self._counts.get(item, 0) + times

    def remove(self, item, times: int = 1) -> None:
        if item not in self._counts:
            raise KeyError(item)
        left = self._counts[item] - times
        if left > 0:
            self._counts[item] = left
        else:
            del self._counts[item]

    def count(self, item) -> int:
        return self._counts.get(item, 0)

    def __len__(self) -> int:
        return sum(self._counts.values())

    def __contains__(self, item) -> bool:
        return item in self._counts

    def __iter__(self):
        for item, times in self._counts.items():
            for _ in range(times):
                yield item

    def most_common(self, n: int) -> list[tuple]:
        return sorted(self._counts.items(), key=lambda pair: -pair[1])[:n]

    def __and__(self, other: "Multiset") -> "Multiset":
        result = Multiset()
        for item, times in self._counts.items():
            shared = min(times, other.count(item))
            if shared:
                result.insert(item, shared)
        return result

    def __add__(self, other: "Multiset") -> "Multiset":
        result = Multiset(self)
        for item in other:
            result.insert(item)
        return result
""",
    r"""
bag = Multiset("abracadabra")
assert len(bag) == 11 and bag.count("a") == 5 and bag.count("z") == 0
assert bag.most_common(2) == [("a", 5), ("b", 2)]
bag.remove("a", 2)
bag.remove("c", 10)
assert bag.count("a") == 3 and "c" not in bag
assert list(Multiset([2, 1, 2])) == [2, 2, 1]
both = Multiset("aab") & Multiset("abbb")
assert sorted(both) == ["a", "b"]
total = Multiset("ab") + Multiset("bc")
assert total.count("b") == 2 and len(total) == 4
try:
    bag.remove("zzz")
except KeyError:
    pass
else:
    raise AssertionError("expected KeyError")
""",
)

add(
    "classes",
    "interval",
    "Implement a frozen dataclass `Interval(start, end)` for closed numeric intervals that raises ValueError in `__post_init__` when start > end. Add a `length` property, `overlaps(other)`, `intersect(other)` (the overlapping Interval or None), `hull(other)` (smallest interval covering both), `__contains__` for numbers, and `merge_all(intervals)` as a static method returning the sorted list of merged, non-overlapping intervals.",
    r"""
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Interval:
    start: float
    end: float

    def __post_init__(self) -> None:
        if self.start > self.end:
            raise ValueError("start must not exceed end")

    @property
    def length(self) -> float:
        return self.end - self.start

    def overlaps(self, other: "Interval") -> bool:
        return self.start <= other.end and other.start <= self.end

    def intersect(self, other: "Interval") -> "Interval | None":
        if not self.overlaps(other):
            return None
        return Interval(max(self.start, other.start), min(self.end, other.end))

    def hull(self, other: "Interval") -> "Interval":
        return Interval(min(self.start, other.start), max(self.end, other.end))

    def __contains__(self, value: float) -> bool:
        return self.start <= value <= self.end

    @staticmethod
    def merge_all(intervals: list["Interval"]) -> list["Interval"]:
        merged: list[Interval] = []
        for interval in sorted(intervals):
            if merged and merged[-1].overlaps(interval):
                merged[-1] = merged[-1].hull(interval)
            else:
                merged.append(interval)
        return merged
""",
    r"""
a, b = Interval(1, 5), Interval(4, 10)
assert a.length == 4
assert a.overlaps(b) and b.overlaps(a)
assert a.intersect(b) == Interval(4, 5)
assert a.intersect(Interval(6, 7)) is None
assert a.hull(Interval(7, 8)) == Interval(1, 8)
assert 5 in a and 5.5 not in a
assert Interval(5, 5).overlaps(a)
pieces = [Interval(8, 9), Interval(1, 3), Interval(2, 4), Interval(4, 6)]
assert Interval.merge_all(pieces) == [Interval(1, 6), Interval(8, 9)]
assert Interval.merge_all([]) == []
try:
    Interval(3, 1)
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "classes",
    "turnstile-state-machine",
    "Implement a coin-operated `Turnstile` state machine with states 'locked' and 'unlocked' (start locked) driven by `handle(event)` where event is 'coin' or 'push'. Transitions: locked+coin -> unlocked, unlocked+push -> locked, locked+push stays locked (counts as a blocked attempt), unlocked+coin stays unlocked (the extra coin is kept as a `refunds` count). Unknown events raise ValueError. Track `state`, `passages`, `blocked` and `refunds`, and keep a `history` list of `(state_before, event, state_after)` tuples.",
    r"""
class Turnstile:
    TRANSITIONS = {
        ("locked", "coin"): "unlocked",
        ("locked", "push"): "locked",
        ("unlocked", "coin"): "unlocked",
        ("unlocked", "push"): "locked",
    }

    def __init__(self) -> None:
        self.state = "locked"
        self.passages = 0
        self.blocked = 0
        self.refunds = 0
        self.history: list[tuple[str, str, str]] = []

    def handle(self, event: str) -> str:
        key = (self.state, event)
        if key not in self.TRANSITIONS:
            raise ValueError(f"unknown event {event!r}")
        before = self.state
        if key == ("locked", "push"):
            self.blocked += 1
        elif key == ("unlocked", "coin"):
            self.refunds += 1
        elif key == ("unlocked", "push"):
            self.passages += 1
        self.state = self.TRANSITIONS[key]
        self.history.append((before, event, self.state))
        return self.state
""",
    r"""
t = Turnstile()
assert t.state == "locked"
assert t.handle("push") == "locked"
assert t.handle("coin") == "unlocked"
assert t.handle("coin") == "unlocked"
assert t.handle("push") == "locked"
assert (t.passages, t.blocked, t.refunds) == (1, 1, 1)
assert t.history[1] == ("locked", "coin", "unlocked")
assert len(t.history) == 4
try:
    t.handle("kick")
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
assert t.state == "locked" and len(t.history) == 4
""",
)

add(
    "classes",
    "disjoint-set",
    "Implement a `DisjointSet` (union-find) class over arbitrary hashable elements, created lazily on first use. Provide `find(x)` with path compression, `union(a, b)` using union by size that returns False when a and b were already connected, `connected(a, b)`, `size_of(x)` (size of x's set) and a `set_count` property counting the distinct sets seen so far.",
    r"""
class DisjointSet:
    def __init__(self) -> None:
        self._parent: dict = {}
        self._size: dict = {}

    def _ensure(self, x) -> None:
        if x not in self._parent:
            self._parent[x] = x
            self._size[x] = 1

    def find(self, x):
        self._ensure(x)
        root = x
        while self._parent[root] != root:
            root = self._parent[root]
        while self._parent[x] != root:
            self._parent[x], x = root, self._parent[x]
        return root

    def union(self, a, b) -> bool:
        root_a, root_b = self.find(a), self.find(b)
        if root_a == root_b:
            return False
        if self._size[root_a] < self._size[root_b]:
            root_a, root_b = root_b, root_a
        self._parent[root_b] = root_a
        self._size[root_a] += self._size[root_b]
        return True

    def connected(self, a, b) -> bool:
        return self.find(a) == self.find(b)

    def size_of(self, x) -> int:
        return self._size[self.find(x)]

    @property
    def set_count(self) -> int:
        return sum(1 for x in self._parent if self._parent[x] == x)
""",
    r"""
ds = DisjointSet()
assert ds.union("a", "b")
assert ds.union("c", "d")
assert not ds.union("b", "a")
assert ds.connected("a", "b") and not ds.connected("a", "c")
assert ds.set_count == 2
assert ds.union("b", "d")
assert ds.connected("a", "c") and ds.size_of("c") == 4
ds.find("lonely")
assert ds.set_count == 2 and ds.size_of("lonely") == 1
chain = DisjointSet()
for i in range(1000):
    chain.union(i, i + 1)
assert chain.connected(0, 1000) and chain.set_count == 1
""",
)

add(
    "classes",
    "lfu-cache",
    "Implement an `LFUCache(capacity)` with `get(key)` (returns None when missing) and `put(key, value)`. Both `get` hits and `put` on an existing key increase the key's use count. When inserting a new key into a full cache, evict the least frequently used key, breaking ties by evicting the least recently used among them. A capacity of 0 stores nothing. Operations should be O(1) on average.",
    r"""
from collections import OrderedDict, defaultdict


class LFUCache:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self._values: dict = {}
        self._uses: dict = {}
        self._buckets: defaultdict[int, OrderedDict] = defaultdict(OrderedDict)
        self._min_uses = 0

    def _touch(self, key) -> None:
        uses = self._uses[key]
        del self._buckets[uses][key]
        if not self._buckets[uses]:
            del self._buckets[uses]
            if self._min_uses == uses:
                self._min_uses = uses + 1
        self._uses[key] = uses + 1
        self._buckets[uses + 1][key] = None

    def get(self, key):
        if key not in self._values:
            return None
        self._touch(key)
        return self._values[key]

    def put(self, key, value) -> None:
        if self.capacity <= 0:
            return
        if key in self._values:
            self._values[key] = value
            self._touch(key)
            return
        if len(self._values) >= self.capacity:
            victim, _ = self._buckets[self._min_uses].popitem(last=False)
            if not self._buckets[self._min_uses]:
                del self._buckets[self._min_uses]
            del self._values[victim]
            del self._uses[victim]
        self._values[key] = value
        self._uses[key] = 1
        self._buckets[1][key] = None
        self._min_uses = 1
""",
    r"""
cache = LFUCache(2)
cache.put(1, "one")
cache.put(2, "two")
assert cache.get(1) == "one"
cache.put(3, "three")
assert cache.get(2) is None
assert cache.get(3) == "three"
cache.put(4, "four")
assert cache.get(1) is None
assert cache.get(3) == "three" and cache.get(4) == "four"
cache.put(4, "FOUR")
cache.put(5, "five")
assert cache.get(4) == "FOUR" and cache.get(3) is None
empty = LFUCache(0)
empty.put("k", 1)
assert empty.get("k") is None
""",
)

add(
    "classes",
    "time-map",
    "Implement a `TimeMap` key-value store with history: `set(key, value, timestamp)` records a value at an integer timestamp (timestamps for a key may arrive in any order), and `get(key, timestamp)` returns the value with the largest timestamp not exceeding `timestamp`, or None. Also `history(key)` returns the list of `(timestamp, value)` pairs in time order. Use `bisect` to keep lookups O(log n).",
    r"""
import bisect


class TimeMap:
    def __init__(self) -> None:
        self._times: dict[str, list[int]] = {}
        self._values: dict[str, list] = {}

    def set(self, key: str, value, timestamp: int) -> None:
        times = self._times.setdefault(key, [])
        values = self._values.setdefault(key, [])
        index = bisect.bisect_left(times, timestamp)
        if index < len(times) and times[index] == timestamp:
            values[index] = value
        else:
            times.insert(index, timestamp)
            values.insert(index, value)

    def get(self, key: str, timestamp: int):
        times = self._times.get(key, [])
        index = bisect.bisect_right(times, timestamp)
        return self._values[key][index - 1] if index else None

    def history(self, key: str) -> list[tuple[int, object]]:
        return list(zip(self._times.get(key, []), self._values.get(key, [])))
""",
    r"""
tm = TimeMap()
tm.set("price", 10, 5)
tm.set("price", 30, 20)
tm.set("price", 20, 10)
assert tm.get("price", 4) is None
assert tm.get("price", 5) == 10
assert tm.get("price", 15) == 20
assert tm.get("price", 999) == 30
tm.set("price", 25, 10)
assert tm.get("price", 10) == 25
assert tm.history("price") == [(5, 10), (10, 25), (20, 30)]
assert tm.get("missing", 1) is None and tm.history("missing") == []
""",
)

add(
    "classes",
    "stopwatch",
    "Implement a `Stopwatch` with an injectable clock (`clock=time.perf_counter`). `start()` begins timing (RuntimeError if already running), `stop()` ends the current run and returns its duration (RuntimeError if not running), `lap()` records and returns the time since the previous lap or start while running, `elapsed` gives the total time across all runs including the current one, and `reset()` clears everything. It must also work as a context manager that starts on enter and stops on exit.",
    r"""
import time
from typing import Callable


class Stopwatch:
    def __init__(self, clock: Callable[[], float] = time.perf_counter) -> None:
        self._clock = clock
        self.reset()

    def reset(self) -> None:
        self._total = 0.0
        self._started: float | None = None
        self._last_lap: float | None = None
        self.laps: list[float] = []

    @property
    def running(self) -> bool:
        return self._started is not None

    def start(self) -> None:
        if self.running:
            raise RuntimeError("already running")
        self._started = self._last_lap = self._clock()

    def stop(self) -> float:
        if not self.running:
            raise RuntimeError("not running")
        duration = self._clock() - self._started
        self._total += duration
        self._started = None
        return duration

    def lap(self) -> float:
        if not self.running:
            raise RuntimeError("not running")
        now = self._clock()
        split = now - self._last_lap
        self._last_lap = now
        self.laps.append(split)
        return split

    @property
    def elapsed(self) -> float:
        current = self._clock() - self._started if self.running else 0.0
        return self._total + current

    def __enter__(self) -> "Stopwatch":
        self.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self.stop()
""",
    r"""
ticks = iter([0.0, 1.5, 4.0, 5.0, 10.0, 12.0, 13.0, 20.0, 26.0, 30.0])
watch = Stopwatch(clock=lambda: next(ticks))
watch.start()
assert watch.lap() == 1.5
assert watch.lap() == 2.5
assert watch.stop() == 5.0
assert watch.laps == [1.5, 2.5]
watch.start()
assert watch.elapsed == 7.0
assert watch.stop() == 3.0 and watch.elapsed == 8.0
try:
    watch.stop()
except RuntimeError:
    pass
else:
    raise AssertionError("expected RuntimeError")
with watch:
    pass
assert watch.elapsed == 14.0 and not watch.running
watch.reset()
assert watch.elapsed == 0.0 and watch.laps == []
""",
)

add(
    "classes",
    "binary-min-heap",
    "Implement a `MinHeap` class without using the `heapq` module: store the items in a list and provide `push(item)`, `pop()` (smallest item, IndexError when empty), `peek()`, `__len__`, `__bool__` and a classmethod `heapify(items)` that builds a heap in O(n) by sifting down from the last parent. Write the sift-up and sift-down loops yourself.",
    r"""
class MinHeap:
    def __init__(self) -> None:
        self._items: list = []

    @classmethod
    def heapify(cls, items) -> "MinHeap":
        heap = cls()
        heap._items = list(items)
        for index in range(len(heap._items) // 2 - 1, -1, -1):
            heap._sift_down(index)
        return heap

    def _sift_up(self, index: int) -> None:
        items = self._items
        while index > 0:
            parent = (index - 1) // 2
            if items[index] < items[parent]:
                items[index], items[parent] = items[parent], items[index]
                index = parent
            else:
                break

    def _sift_down(self, index: int) -> None:
        items = self._items
        size = len(items)
        while True:
            smallest = index
            for child in (2 * index + 1, 2 * index + 2):
                if child < size and items[child] < items[smallest]:
                    smallest = child
            if smallest == index:
                return
            items[index], items[smallest] = items[smallest], items[index]
            index = smallest

    def push(self, item) -> None:
        self._items.append(item)
        self._sift_up(len(self._items) - 1)

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty heap")
        last = self._items.pop()
        if not self._items:
            return last
        top, self._items[0] = self._items[0], last
        self._sift_down(0)
        return top

    def peek(self):
        if not self._items:
            raise IndexError("peek at empty heap")
        return self._items[0]

    def __len__(self) -> int:
        return len(self._items)

    def __bool__(self) -> bool:
        return bool(self._items)
""",
    r"""
heap = MinHeap()
for value in [5, 3, 8, 1, 9, 2]:
    heap.push(value)
assert len(heap) == 6 and heap.peek() == 1
assert [heap.pop() for _ in range(6)] == [1, 2, 3, 5, 8, 9]
assert not heap
data = [(i * 7919) % 101 for i in range(200)]
built = MinHeap.heapify(data)
drained = []
while built:
    drained.append(built.pop())
assert drained == sorted(data)
try:
    MinHeap().pop()
except IndexError:
    pass
else:
    raise AssertionError("expected IndexError")
""",
)

add(
    "classes",
    "chained-hash-map",
    "Implement a `HashMap` class with separate chaining (a list of buckets, each a list of `[key, value]` pairs), without using dict internally. Provide `put(key, value)`, `get(key, default=None)`, `remove(key)` (KeyError if missing), `__len__`, `__contains__` and `keys()`. Start with 8 buckets and double the bucket count, rehashing every entry, whenever the load factor would exceed 0.75.",
    r"""
class HashMap:
    def __init__(self) -> None:
        self._buckets: list[list[list]] = [[] for _ in range(8)]
        self._size = 0

    def _bucket(self, key) -> list[list]:
        return self._buckets[hash(key) % len(self._buckets)]

    def _grow(self) -> None:
        old = self._buckets
        self._buckets = [[] for _ in range(len(old) * 2)]
        for bucket in old:
            for key, value in bucket:
                self._bucket(key).append([key, value])

    def put(self, key, value) -> None:
        bucket = self._bucket(key)
        for pair in bucket:
            if pair[0] == key:
                pair[1] = value
                return
        if (self._size + 1) / len(self._buckets) > 0.75:
            self._grow()
            bucket = self._bucket(key)
        bucket.append([key, value])
        self._size += 1

    def get(self, key, default=None):
        for stored, value in self._bucket(key):
            if stored == key:
                return value
        return default

    def remove(self, key) -> None:
        bucket = self._bucket(key)
        for index, pair in enumerate(bucket):
            if pair[0] == key:
                del bucket[index]
                self._size -= 1
                return
        raise KeyError(key)

    def __len__(self) -> int:
        return self._size

    def __contains__(self, key) -> bool:
        return any(stored == key for stored, _ in self._bucket(key))

    def keys(self) -> list:
        return [key for bucket in self._buckets for key, _ in bucket]

    @property
    def bucket_count(self) -> int:
        return len(self._buckets)
""",
    r"""
m = HashMap()
for i in range(100):
    m.put(f"k{i}", i)
assert len(m) == 100
assert m.get("k42") == 42 and m.get("nope", -1) == -1
m.put("k42", "updated")
assert m.get("k42") == "updated" and len(m) == 100
m.remove("k0")
assert "k0" not in m and "k1" in m and len(m) == 99
assert sorted(m.keys()) == sorted(f"k{i}" for i in range(1, 100))
assert m.bucket_count >= 128
try:
    m.remove("k0")
except KeyError:
    pass
else:
    raise AssertionError("expected KeyError")
""",
)

add(
    "classes",
    "int-range",
    "Implement an `IntRange(start, stop, step=1)` class that behaves like a lazy `range` without using `range` internally: support `__len__`, `__iter__`, `__getitem__` with negative indices (IndexError when out of bounds), `__contains__` in O(1), `__reversed__`, and `__repr__` like `IntRange(0, 10, 2)`. A step of 0 raises ValueError; negative steps count down.",
    r"""
class IntRange:
    def __init__(self, start: int, stop: int, step: int = 1) -> None:
        if step == 0:
            raise ValueError("step must not be zero")
        self.start, self.stop, self.step = start, stop, step

    def __len__(self) -> int:
        if self.step > 0:
            return max(0, (self.stop - self.start + self.step - 1) // self.step)
        return max(0, (self.start - self.stop - self.step - 1) // -self.step)

    def __getitem__(self, index: int) -> int:
        size = len(self)
        if index < 0:
            index += size
        if not 0 <= index < size:
            raise IndexError("IntRange index out of range")
        return self.start + index * self.step

    def __iter__(self):
        value = self.start
        while (self.step > 0 and value < self.stop) or (self.step < 0 and value > self.stop):
            yield value
            value += self.step

    def __reversed__(self):
        index = len(self) - 1
        while index >= 0:
            yield self.start + index * self.step
            index -= 1

    def __contains__(self, value) -> bool:
        if not isinstance(value, int):
            return False
        offset = value - self.start
        return offset % self.step == 0 and 0 <= offset // self.step < len(self)

    def __repr__(self) -> str:
        return f"IntRange({self.start}, {self.stop}, {self.step})"
""",
    r"""
for args in [(0, 10), (0, 10, 3), (10, 0, -3), (5, 5), (5, 1), (-4, 4, 2), (3, -8, -1)]:
    mine, real = IntRange(*args), range(*args)
    assert list(mine) == list(real), args
    assert len(mine) == len(real), args
    assert list(reversed(mine)) == list(reversed(real)), args
    assert all((v in mine) == (v in real) for v in range(-12, 13)), args
r = IntRange(0, 10, 3)
assert r[0] == 0 and r[-1] == 9 and r[2] == 6
assert repr(r) == "IntRange(0, 10, 3)"
assert 3.0 not in r
for bad in (4, -5):
    try:
        r[bad]
    except IndexError:
        pass
    else:
        raise AssertionError("expected IndexError")
try:
    IntRange(0, 1, 0)
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "classes",
    "attr-dict",
    "Implement `AttrDict`, a dict subclass whose keys can also be read, written and deleted as attributes (`cfg.debug`, `cfg.debug = True`, `del cfg.debug`). Missing attributes must raise AttributeError (not KeyError) so `getattr(cfg, 'x', default)` works. Nested dicts passed to the constructor or assigned later are converted to AttrDict recursively, including dicts inside lists.",
    r"""
class AttrDict(dict):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__()
        for key, value in dict(*args, **kwargs).items():
            self[key] = value

    @classmethod
    def _wrap(cls, value):
        if isinstance(value, dict) and not isinstance(value, AttrDict):
            return cls(value)
        if isinstance(value, list):
            return [cls._wrap(item) for item in value]
        return value

    def __setitem__(self, key, value) -> None:
        super().__setitem__(key, self._wrap(value))

    def __getattr__(self, name: str):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name: str, value) -> None:
        self[name] = value

    def __delattr__(self, name: str) -> None:
        try:
            del self[name]
        except KeyError:
            raise AttributeError(name) from None
""",
    r"""
cfg = AttrDict({"db": {"host": "localhost", "replicas": [{"port": 1}]}}, debug=False)
assert cfg.db.host == "localhost"
assert cfg.db.replicas[0].port == 1
cfg.debug = True
assert cfg["debug"] is True
cfg.extra = {"level": 3}
assert cfg.extra.level == 3 and isinstance(cfg["extra"], AttrDict)
del cfg.debug
assert "debug" not in cfg
assert getattr(cfg, "missing", "fallback") == "fallback"
try:
    del cfg.missing
except AttributeError:
    pass
else:
    raise AssertionError("expected AttributeError")
assert isinstance(cfg, dict) and sorted(cfg) == ["db", "extra"]
""",
)

add(
    "classes",
    "playing-card",
    "Implement a `Card` class for standard playing cards with a `rank` ('2'-'10', 'J', 'Q', 'K', 'A') and a `suit` ('clubs', 'diamonds', 'hearts', 'spades'); invalid values raise ValueError. Cards compare by rank first and then by suit in that order (use `functools.total_ordering`), are hashable, and `str(card)` gives e.g. 'Q of hearts'. Add a classmethod `Card.parse('10h')` accepting the rank followed by the suit's first letter, and a function `full_deck()` returning all 52 cards sorted from lowest to highest.",
    r"""
from functools import total_ordering

RANKS = ["2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K", "A"]
SUITS = ["clubs", "diamonds", "hearts", "spades"]


@total_ordering
class Card:
    def __init__(self, rank: str, suit: str) -> None:
        if rank not in RANKS or suit not in SUITS:
            raise ValueError(f"invalid card {rank!r} of {suit!r}")
        self.rank = rank
        self.suit = suit

    @classmethod
    def parse(cls, text: str) -> "Card":
        rank, letter = text[:-1].upper(), text[-1].lower()
        suit = next((s for s in SUITS if s[0] == letter), "")
        return cls(rank, suit)

    def _key(self) -> tuple[int, int]:
        return RANKS.index(self.rank), SUITS.index(self.suit)

    def __eq__(self, other) -> bool:
        if not isinstance(other, Card):
            return NotImplemented
        return self._key() == other._key()

    def __lt__(self, other) -> bool:
        if not isinstance(other, Card):
            return NotImplemented
        return self._key() < other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __str__(self) -> str:
        return f"{self.rank} of {self.suit}"


def full_deck() -> list[Card]:
    return sorted(Card(rank, suit) for suit in SUITS for rank in RANKS)
""",
    r"""
assert str(Card.parse("10h")) == "10 of hearts"
assert Card.parse("qs") == Card("Q", "spades")
assert Card("2", "spades") < Card("3", "clubs")
assert Card("K", "clubs") < Card("K", "diamonds") <= Card("K", "diamonds")
assert max([Card("9", "hearts"), Card("A", "clubs"), Card("J", "spades")]) == Card("A", "clubs")
deck = full_deck()
assert len(deck) == 52 and len(set(deck)) == 52
assert str(deck[0]) == "2 of clubs" and str(deck[-1]) == "A of spades"
for bad in [("1", "hearts"), ("A", "stars")]:
    try:
        Card(*bad)
    except ValueError:
        pass
    else:
        raise AssertionError("expected ValueError")
""",
)

add(
    "classes",
    "parking-lot",
    "Implement a `ParkingLot` with a fixed number of numbered spots for each size ('small', 'medium', 'large'), given as a dict to the constructor. `park(plate, size)` puts the vehicle in the lowest-numbered free spot of the smallest size that fits (a small car may use medium or large spots, a medium one medium or large, a large one only large) and returns `(size, spot_number)`; it returns None when nothing fits and raises ValueError if the plate is already parked. `leave(plate)` frees the spot (KeyError if unknown) and `free_spots()` reports free counts per size.",
    r"""
import heapq

ORDER = ["small", "medium", "large"]


class ParkingLot:
    def __init__(self, capacity: dict[str, int]) -> None:
        self._free = {size: list(range(1, capacity.get(size, 0) + 1)) for size in ORDER}
        self._parked: dict[str, tuple[str, int]] = {}

    def park(self, plate: str, size: str) -> tuple[str, int] | None:
        if plate in self._parked:
            raise ValueError(f"{plate} is already parked")
        for spot_size in ORDER[ORDER.index(size):]:
            if self._free[spot_size]:
                spot = (spot_size, heapq.heappop(self._free[spot_size]))
                self._parked[plate] = spot
                return spot
        return None

    def leave(self, plate: str) -> None:
        size, number = self._parked.pop(plate)
        heapq.heappush(self._free[size], number)

    def free_spots(self) -> dict[str, int]:
        return {size: len(spots) for size, spots in self._free.items()}
""",
    r"""
lot = ParkingLot({"small": 1, "medium": 2, "large": 1})
assert lot.park("S1", "small") == ("small", 1)
assert lot.park("S2", "small") == ("medium", 1)
assert lot.park("M1", "medium") == ("medium", 2)
assert lot.park("M2", "medium") == ("large", 1)
assert lot.park("L1", "large") is None
assert lot.free_spots() == {"small": 0, "medium": 0, "large": 0}
lot.leave("S2")
assert lot.park("M3", "medium") == ("medium", 1)
lot.leave("M2")
assert lot.park("L1", "large") == ("large", 1)
try:
    lot.park("L1", "large")
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
try:
    lot.leave("ghost")
except KeyError:
    pass
else:
    raise AssertionError("expected KeyError")
""",
)

add(
    "classes",
    "polynomial",
    "Implement a `Polynomial` class built from a list of coefficients in increasing order of power (`Polynomial([1, 0, 2])` is 1 + 2x^2); trailing zero coefficients are dropped. Support evaluation by calling the object (Horner's method), `+`, `*` between polynomials, `==`, a `degree` property (-1 for the zero polynomial) and `str()` showing terms from highest power down, e.g. '2x^2 - x + 1', 'x', '-3' or '0'.",
    r"""
class Polynomial:
    def __init__(self, coefficients: list[float]) -> None:
        coeffs = list(coefficients)
        while coeffs and coeffs[-1] == 0:
            coeffs.pop()
        self.coefficients = coeffs

    @property
    def degree(self) -> int:
        return len(self.coefficients) - 1

    def __call__(self, x: float) -> float:
        result = 0
        for coefficient in reversed(self.coefficients):
            result = result * x + coefficient
        return result

    def __add__(self, other: "Polynomial") -> "Polynomial":
        size = max(len(self.coefficients), len(other.coefficients))
        a = self.coefficients + [0] * (size - len(self.coefficients))
        b = other.coefficients + [0] * (size - len(other.coefficients))
        return Polynomial([x + y for x, y in zip(a, b)])

    def __mul__(self, other: "Polynomial") -> "Polynomial":
        if not self.coefficients or not other.coefficients:
            return Polynomial([])
        product = [0] * (len(self.coefficients) + len(other.coefficients) - 1)
        for i, a in enumerate(self.coefficients):
            for j, b in enumerate(other.coefficients):
                product[i + j] += a * b
        return Polynomial(product)

    def __eq__(self, other) -> bool:
        return isinstance(other, Polynomial) and self.coefficients == other.coefficients

    def __str__(self) -> str:
        terms = []
        for power in range(self.degree, -1, -1):
            coefficient = self.coefficients[power]
            if coefficient == 0:
                continue
            magnitude = abs(coefficient)
            if power == 0:
                body = str(magnitude)
            else:
                body = ("" if magnitude == 1 else str(magnitude)) + ("x" if power == 1 else f"x^{power}")
            sign = "-" if coefficient < 0 else "+"
            if not terms:
                terms.append(body if sign == "+" else "-" + body)
            else:
                terms.append(f"{sign} {body}")
        return " ".join(terms) if terms else "0"
""",
    r"""
p = Polynomial([1, -1, 2])
assert str(p) == "2x^2 - x + 1"
assert p(0) == 1 and p(2) == 7 and p(-1) == 4
assert p.degree == 2
assert Polynomial([0, 0]).degree == -1 and str(Polynomial([])) == "0"
assert str(Polynomial([0, 1])) == "x"
assert str(Polynomial([-3])) == "-3"
assert str(Polynomial([0, 0, -1])) == "-x^2"
assert p + Polynomial([-1, 1, -2]) == Polynomial([])
assert Polynomial([1, 1]) * Polynomial([-1, 1]) == Polynomial([-1, 0, 1])
assert str(Polynomial([1, 1]) * Polynomial([1, 1])) == "x^2 + 2x + 1"
assert Polynomial([5, 0, 0]) == Polynomial([5])
""",
)

# --------------------------------------------------------------------------- parsing

add(
    "parsing",
    "run-length-decode",
    'Write `run_length_decode(encoded)` that expands a run-length encoded string such as `"a3b1c12"` (a non-digit character followed by a decimal count, which may have several digits).',
    r"""
import re


def run_length_decode(encoded: str) -> str:
    return "".join(char * int(count) for char, count in re.findall(r"(\D)(\d+)", encoded))
""",
    r"""
assert run_length_decode("a3b1c2") == "aaabcc"
assert run_length_decode("") == ""
assert run_length_decode("x12") == "x" * 12
assert run_length_decode("a1b1") == "ab"
assert run_length_decode(" 2!3") == "  !!!"
""",
)

add(
    "parsing",
    "parse-key-values",
    'Write `parse_key_values(text, sep=";")` that parses strings like `"name=Ada; lang = Python ;; x="` into a dict of stripped keys and values. Empty segments are skipped; a segment without `=` raises ValueError. Only the first `=` splits key from value.',
    r"""
def parse_key_values(text: str, sep: str = ";") -> dict[str, str]:
    result: dict[str, str] = {}
    for segment in text.split(sep):
        if not segment.strip():
            continue
        key, equals, value = segment.partition("=")
        if not equals:
            raise ValueError(f"missing '=' in segment {segment!r}")
        result[key.strip()] = value.strip()
    return result
""",
    r"""
assert parse_key_values("name=Ada; lang = Python ;; x=") == {"name": "Ada", "lang": "Python", "x": ""}
assert parse_key_values("") == {}
assert parse_key_values("url=a=b") == {"url": "a=b"}
assert parse_key_values("a=1,b=2", sep=",") == {"a": "1", "b": "2"}
try:
    parse_key_values("a=1; oops")
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "parsing",
    "roman-to-int",
    "Write `roman_to_int(numeral)` converting a valid Roman numeral (I, V, X, L, C, D, M with subtractive pairs such as IV and CM) to an integer. An empty string is 0.",
    r"""
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def roman_to_int(numeral: str) -> int:
    total = 0
    for i, char in enumerate(numeral):
        value = _ROMAN_VALUES[char]
        if i + 1 < len(numeral) and _ROMAN_VALUES[numeral[i + 1]] > value:
            total -= value
        else:
            total += value
    return total
""",
    r"""
assert roman_to_int("III") == 3
assert roman_to_int("IV") == 4
assert roman_to_int("IX") == 9
assert roman_to_int("LVIII") == 58
assert roman_to_int("MCMXCIV") == 1994
assert roman_to_int("MMXXIV") == 2024
assert roman_to_int("MMMCMXCIX") == 3999
assert roman_to_int("") == 0
""",
    inp='Example: roman_to_int("MCMXCIV") -> 1994',
)

add(
    "parsing",
    "parse-duration",
    'Write `parse_duration(text)` that converts compact durations such as `"1h30m"`, `"45s"` or `"2d4h"` into seconds. Units d, h, m, s may each appear at most once and in that order; anything else (including an empty string) raises ValueError.',
    r"""
import re

_DURATION = re.compile(r"(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?")


def parse_duration(text: str) -> int:
    cleaned = text.strip()
    match = _DURATION.fullmatch(cleaned)
    if not cleaned or match is None:
        raise ValueError(f"invalid duration: {text!r}")
    days, hours, minutes, seconds = (int(group) if group else 0 for group in match.groups())
    return ((days * 24 + hours) * 60 + minutes) * 60 + seconds
""",
    r"""
assert parse_duration("1h30m15s") == 5415
assert parse_duration("45s") == 45
assert parse_duration("2d") == 172800
assert parse_duration("1d1s") == 86401
assert parse_duration("90m") == 5400
assert parse_duration(" 0s ") == 0
for bad in ("", "1x", "30s1m", "h", "1.5h"):
    try:
        parse_duration(bad)
    except ValueError:
        pass
    else:
        raise AssertionError(f"expected ValueError for {bad!r}")
""",
    inp='Example: parse_duration("1h30m") -> 5400',
)

add(
    "parsing",
    "tokenize-arithmetic",
    "Write a hand-rolled tokenizer `tokenize_arithmetic(expression)` that splits an arithmetic expression into a list of token strings: numbers (integers or decimals such as `4.5`), the operators `+ - * / ^` and parentheses. Whitespace is skipped; any other character raises ValueError with its position.",
    r"""
def tokenize_arithmetic(expression: str) -> list[str]:
    tokens: list[str] = []
    i = 0
    while i < len(expression):
        char = expression[i]
        if char.isspace():
            i += 1
        elif char.isdigit() or char == ".":
            start = i
            while i < len(expression) and (expression[i].isdigit() or expression[i] == "."):
                i += 1
            tokens.append(expression[start:i])
        elif char in "+-*/^()":
            tokens.append(char)
            i += 1
        else:
            raise ValueError(f"unexpected character {char!r} at position {i}")
    return tokens
""",
    r"""
assert tokenize_arithmetic("3 + 4.5*(2 - 1)") == ["3", "+", "4.5", "*", "(", "2", "-", "1", ")"]
assert tokenize_arithmetic("") == []
assert tokenize_arithmetic("12/4^2") == ["12", "/", "4", "^", "2"]
assert tokenize_arithmetic("  7  ") == ["7"]
try:
    tokenize_arithmetic("2 % 3")
except ValueError as exc:
    assert "2" in str(exc)
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "parsing",
    "evaluate-rpn",
    "Write `evaluate_rpn(tokens)` that evaluates an expression in Reverse Polish Notation given as a list of strings. Supported operators are + - * / (true division); operands are numbers. Return a float, and raise ValueError for malformed input (too few operands or leftover values).",
    r"""
import operator

_OPERATORS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}


def evaluate_rpn(tokens: list[str]) -> float:
    stack: list[float] = []
    for token in tokens:
        if token in _OPERATORS:
            if len(stack) < 2:
                raise ValueError(f"not enough operands for {token!r}")
            right = stack.pop()
            left = stack.pop()
            stack.append(_OPERATORS[token](left, right))
        else:
            stack.append(float(token))
    if len(stack) != 1:
        raise ValueError("malformed expression")
    return stack[0]
""",
    r"""
from math import isclose
assert evaluate_rpn(["2", "1", "+", "3", "*"]) == 9.0
assert isclose(evaluate_rpn(["4", "13", "5", "/", "+"]), 6.6)
assert evaluate_rpn(["5"]) == 5.0
assert evaluate_rpn(["10", "4", "-"]) == 6.0
for bad in (["+"], ["1", "2"], [], ["1", "+"]):
    try:
        evaluate_rpn(bad)
    except ValueError:
        pass
    else:
        raise AssertionError(f"expected ValueError for {bad}")
""",
)

add(
    "parsing",
    "evaluate-expression",
    "Write `evaluate_expression(expression)`, a recursive-descent evaluator for arithmetic with + - * /, unary minus and parentheses, respecting the usual precedence and left associativity. Do not use eval. Return a float and raise ValueError for malformed input.",
    r"""
import re


def evaluate_expression(expression: str) -> float:
    tokens = re.findall(r"\d+\.?\d*|\.\d+|[-+*/()]", expression)
    if "".join(tokens) != "".join(expression.split()):
        raise ValueError(f"invalid characters in {expression!r}")
    position = 0

    def peek() -> str | None:
        return tokens[position] if position < len(tokens) else None

    def take() -> str:
        nonlocal position
        position += 1
        return tokens[position - 1]

    def parse_sum() -> float:
        value = parse_product()
        while peek() in ("+", "-"):
            value = value + parse_product() if take() == "+" else value - parse_product()
        return value

    def parse_product() -> float:
        value = parse_factor()
        while peek() in ("*", "/"):
            value = value * parse_factor() if take() == "*" else value / parse_factor()
        return value

    def parse_factor() -> float:
        token = peek()
        if token == "-":
            take()
            return -parse_factor()
        if token == "(":
            take()
            value = parse_sum()
            if peek() != ")":
                raise ValueError("missing closing parenthesis")
            take()
            return value
        if token is None or token in "+*/)":
            raise ValueError(f"unexpected token {token!r}")
        return float(take())

    result = parse_sum()
    if position != len(tokens):
        raise ValueError(f"unexpected token {peek()!r}")
    return result
""",
    r"""
assert evaluate_expression("1 + 2 * 3") == 7
assert evaluate_expression("(1 + 2) * 3") == 9
assert evaluate_expression("10 / 4") == 2.5
assert evaluate_expression("-(2 + 3) * 2") == -10
assert evaluate_expression("2 - -3") == 5
assert evaluate_expression("8 / 2 / 2") == 2
assert evaluate_expression("10 - 4 - 3") == 3
assert evaluate_expression("2 * (3 + (4 - 1)) / 3") == 4
assert evaluate_expression(".5 + 1.25") == 1.75
for bad in ("(1 + 2", "1 +", "", "2 $ 3", "1 2", "()", "3)"):
    try:
        evaluate_expression(bad)
    except ValueError:
        pass
    else:
        raise AssertionError(f"expected ValueError for {bad!r}")
""",
    inp='Example: evaluate_expression("2 * (3 + 4) - 1") -> 13.0',
)

add(
    "parsing",
    "parse-csv-line",
    'Without using the csv module, write `parse_csv_line(line, delimiter=",")` that splits one CSV line into fields. Fields may be wrapped in double quotes, inside which delimiters are literal and `""` stands for one quote character. Raise ValueError for an unterminated quoted field.',
    r"""
def parse_csv_line(line: str, delimiter: str = ",") -> list[str]:
    fields: list[str] = []
    field: list[str] = []
    in_quotes = False
    i = 0
    while i < len(line):
        char = line[i]
        if in_quotes:
            if char == '"':
                if i + 1 < len(line) and line[i + 1] == '"':
                    field.append('"')
                    i += 1
                else:
                    in_quotes = False
            else:
                field.append(char)
        elif char == '"':
            in_quotes = True
        elif char == delimiter:
            fields.append("".join(field))
            field = []
        else:
            field.append(char)
        i += 1
    if in_quotes:
        raise ValueError("unterminated quoted field")
    fields.append("".join(field))
    return fields
""",
    r'''
import csv
assert parse_csv_line("a,b,c") == ["a", "b", "c"]
assert parse_csv_line('"hello, world",42') == ["hello, world", "42"]
assert parse_csv_line('"say ""hi""",x') == ['say "hi"', "x"]
assert parse_csv_line("") == [""]
assert parse_csv_line("a,,b,") == ["a", "", "b", ""]
assert parse_csv_line("a;b", delimiter=";") == ["a", "b"]
for line in ['1,"two, three",4', '"",""', 'x,"y""z"']:
    assert parse_csv_line(line) == next(csv.reader([line])), line
try:
    parse_csv_line('"open')
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
''',
)

add(
    "parsing",
    "parse-query-string",
    "Write `parse_query_string(query)` that decodes a URL query string (an optional leading `?` is allowed) into a dict. Percent-escapes and `+` are decoded, blank values are kept, and a key that appears several times maps to the list of its values.",
    r"""
from urllib.parse import parse_qsl


def parse_query_string(query: str) -> dict[str, str | list[str]]:
    result: dict[str, str | list[str]] = {}
    for key, value in parse_qsl(query.removeprefix("?"), keep_blank_values=True):
        if key not in result:
            result[key] = value
        elif isinstance(result[key], list):
            result[key].append(value)
        else:
            result[key] = [result[key], value]
    return result
""",
    r"""
assert parse_query_string("?a=1&b=hello%20world&a=2&c=") == {"a": ["1", "2"], "b": "hello world", "c": ""}
assert parse_query_string("") == {}
assert parse_query_string("x=a+b") == {"x": "a b"}
assert parse_query_string("t=1&t=2&t=3") == {"t": ["1", "2", "3"]}
assert parse_query_string("q=caf%C3%A9") == {"q": "caf\u00e9"}
""",
)

add(
    "parsing",
    "parse-ini",
    "Write `parse_ini(text)` for a small INI dialect: `[section]` headers, `key = value` lines, blank lines and comments starting with `#` or `;`. Return a dict of section name to dict of stripped keys and values. A key outside any section, or a line that is none of the above, raises ValueError that names the line number.",
    r"""
def parse_ini(text: str) -> dict[str, dict[str, str]]:
    sections: dict[str, dict[str, str]] = {}
    current: dict[str, str] | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line[0] in "#;":
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1].strip(), {})
        elif "=" in line and current is not None:
            key, _, value = line.partition("=")
            current[key.strip()] = value.strip()
        else:
            raise ValueError(f"line {number}: cannot parse {raw!r}")
    return sections
""",
    r'''
text = """
# global comment
[server]
host = example.com
port=8080

[paths]
; another comment
root = /srv/app
url = http://x/?a=b
"""
assert parse_ini(text) == {
    "server": {"host": "example.com", "port": "8080"},
    "paths": {"root": "/srv/app", "url": "http://x/?a=b"},
}
assert parse_ini("") == {}
assert parse_ini("[empty]") == {"empty": {}}
for bad in ("key = value", "[s]\njust words"):
    try:
        parse_ini(bad)
    except ValueError as exc:
        assert "line" in str(exc)
    else:
        raise AssertionError(f"expected ValueError for {bad!r}")
''',
)

add(
    "parsing",
    "parse-size",
    'Write `parse_size(text)` that converts human-readable sizes like `"10KB"`, `"1.5 MB"` or `"2 gb"` into a number of bytes using binary multiples (1 KB = 1024 B). Units B, KB, MB, GB, TB are case-insensitive; decimals are allowed and the result is truncated to an int. Use Decimal to avoid floating-point error; invalid input raises ValueError.',
    r"""
import re
from decimal import Decimal

_SIZE_UNITS = {"B": 1, "KB": 1024, "MB": 1024**2, "GB": 1024**3, "TB": 1024**4}


def parse_size(text: str) -> int:
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([KMGT]?B)\s*", text, re.IGNORECASE)
    if match is None:
        raise ValueError(f"invalid size: {text!r}")
    number, unit = match.groups()
    return int(Decimal(number) * _SIZE_UNITS[unit.upper()])
""",
    r"""
assert parse_size("10KB") == 10240
assert parse_size("1.5 MB") == 1572864
assert parse_size("512b") == 512
assert parse_size("2 gb") == 2 * 1024**3
assert parse_size("0.5KB") == 512
assert parse_size("1TB") == 1024**4
for bad in ("10 XB", "KB", "", "-1KB", "1,5MB"):
    try:
        parse_size(bad)
    except ValueError:
        pass
    else:
        raise AssertionError(f"expected ValueError for {bad!r}")
""",
)

add(
    "parsing",
    "parse-range-list",
    'Write `parse_range_list(text)` that expands page-selection strings like `"1-3,5,7-8"` into a list of integers in the given order. Whitespace and empty items are ignored; a descending range such as `"5-3"` or a non-numeric item raises ValueError.',
    r"""
def parse_range_list(text: str) -> list[int]:
    numbers: list[int] = []
    for item in text.split(","):
        part = item.strip()
        if not part:
            continue
        start, dash, end = part.partition("-")
        if dash:
            low, high = int(start), int(end)
            if low > high:
                raise ValueError(f"descending range: {part!r}")
            numbers.extend(range(low, high + 1))
        else:
            numbers.append(int(part))
    return numbers
""",
    r"""
assert parse_range_list("1-3,5,7-8") == [1, 2, 3, 5, 7, 8]
assert parse_range_list(" 4 , 10-11 ,") == [4, 10, 11]
assert parse_range_list("") == []
assert parse_range_list("2-2") == [2]
for bad in ("5-3", "a", "1-b"):
    try:
        parse_range_list(bad)
    except ValueError:
        pass
    else:
        raise AssertionError(f"expected ValueError for {bad!r}")
""",
    inp='Example: parse_range_list("1-3,5") -> [1, 2, 3, 5]',
)

add(
    "parsing",
    "ipv4-to-int",
    "Write `ipv4_to_int(address)` converting a dotted-quad IPv4 address to its 32-bit integer value. Reject (ValueError) anything that is not exactly four decimal parts in 0..255, including parts with leading zeros such as `01`.",
    r"""
def ipv4_to_int(address: str) -> int:
    parts = address.split(".")
    if len(parts) != 4:
        raise ValueError(f"invalid IPv4 address: {address!r}")
    value = 0
    for part in parts:
        if not (part.isascii() and part.isdigit()) or (len(part) > 1 and part[0] == "0") or int(part) > 255:
            raise ValueError(f"invalid IPv4 address: {address!r}")
        value = value * 256 + int(part)
    return value
""",
    r"""
assert ipv4_to_int("192.168.1.1") == 3232235777
assert ipv4_to_int("0.0.0.0") == 0
assert ipv4_to_int("255.255.255.255") == 2**32 - 1
assert ipv4_to_int("10.0.0.1") == (10 << 24) + 1
for bad in ("256.1.1.1", "1.2.3", "01.2.3.4", "a.b.c.d", "1.2.3.4.5", "", "1..2.3", "-1.2.3.4"):
    try:
        ipv4_to_int(bad)
    except ValueError:
        pass
    else:
        raise AssertionError(f"expected ValueError for {bad!r}")
""",
)

add(
    "parsing",
    "markdown-headings",
    "Write `markdown_headings(text)` returning `(level, title)` tuples for the ATX headings (`#` to `######` followed by a space) of a Markdown document. Lines inside fenced code blocks (delimited by lines starting with three backticks) must be ignored.",
    r"""
def markdown_headings(text: str) -> list[tuple[int, str]]:
    headings: list[tuple[int, str]] = []
    in_code_block = False
    for line in text.splitlines():
        if line.startswith("```"):
            in_code_block = not in_code_block
            continue
        if in_code_block:
            continue
        title = line.lstrip("#")
        level = len(line) - len(title)
        if 1 <= level <= 6 and title.startswith(" "):
            headings.append((level, title.strip()))
    return headings
""",
    r"""
doc = "# Title\nintro\n## Setup\n```bash\n# not a heading\n```\n#hashtag\n### Usage  \n####### too deep"
assert markdown_headings(doc) == [(1, "Title"), (2, "Setup"), (3, "Usage")]
assert markdown_headings("") == []
assert markdown_headings("###### Six") == [(6, "Six")]
""",
)

add(
    "parsing",
    "decode-repeats",
    'Write `decode_repeats(encoded)` that expands strings of the form `k[text]`, meaning `text` repeated k times; brackets can nest, e.g. `"3[a2[c]]"` -> `"accaccacc"`. Use an explicit stack rather than recursion.',
    r"""
def decode_repeats(encoded: str) -> str:
    stack: list[tuple[str, int]] = []
    current = ""
    count = 0
    for char in encoded:
        if char.isdigit():
            count = count * 10 + int(char)
        elif char == "[":
            stack.append((current, count))
            current, count = "", 0
        elif char == "]":
            previous, repeat = stack.pop()
            current = previous + current * repeat
        else:
            current += char
    return current
""",
    r"""
assert decode_repeats("3[a]2[bc]") == "aaabcbc"
assert decode_repeats("3[a2[c]]") == "accaccacc"
assert decode_repeats("2[abc]3[cd]ef") == "abcabccdcdcdef"
assert decode_repeats("abc") == "abc"
assert decode_repeats("10[x]") == "x" * 10
assert decode_repeats("") == ""
""",
    inp='Example: decode_repeats("2[ab]c") -> "ababc"',
)

add(
    "parsing",
    "parse-bool",
    "Write `parse_bool(text)` that interprets common truthy/falsy strings case-insensitively and ignoring surrounding whitespace: 1/true/yes/y/on give True; 0/false/no/n/off give False. Anything else raises ValueError.",
    r"""
_TRUE_WORDS = frozenset({"1", "true", "yes", "y", "on"})
_FALSE_WORDS = frozenset({"0", "false", "no", "n", "off"})


def parse_bool(text: str) -> bool:
    value = text.strip().lower()
    if value in _TRUE_WORDS:
        return True
    if value in _FALSE_WORDS:
        return False
    raise ValueError(f"not a boolean: {text!r}")
""",
    r"""
assert parse_bool("yes") is True
assert parse_bool(" TRUE ") is True
assert parse_bool("On") is True
assert parse_bool("0") is False
assert parse_bool("off") is False
assert parse_bool("N") is False
for bad in ("", "maybe", "2", "truthy"):
    try:
        parse_bool(bad)
    except ValueError:
        pass
    else:
        raise AssertionError(f"expected ValueError for {bad!r}")
""",
)

add(
    "parsing",
    "parse-command-line",
    "Write `parse_command_line(line)` that splits a shell-like command line with `shlex` and returns `(command, positional, options)`: `--name=value` becomes `options[name] = value`, a bare `--flag` becomes `options[flag] = True`, and everything else after the command is positional. An empty line raises ValueError.",
    r"""
import shlex


def parse_command_line(line: str) -> tuple[str, list[str], dict[str, str | bool]]:
    parts = shlex.split(line)
    if not parts:
        raise ValueError("empty command line")
    command, *rest = parts
    positional: list[str] = []
    options: dict[str, str | bool] = {}
    for part in rest:
        if part.startswith("--"):
            name, equals, value = part[2:].partition("=")
            options[name] = value if equals else True
        else:
            positional.append(part)
    return command, positional, options
""",
    r"""
assert parse_command_line('deploy app "my service" --env=prod --force') == (
    "deploy", ["app", "my service"], {"env": "prod", "force": True})
assert parse_command_line("ls") == ("ls", [], {})
assert parse_command_line("run --name='a b' x") == ("run", ["x"], {"name": "a b"})
assert parse_command_line("cfg --empty=") == ("cfg", [], {"empty": ""})
try:
    parse_command_line("   ")
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "parsing",
    "parse-headers",
    'Write `parse_headers(raw)` that parses an HTTP header block (one `Name: value` per line) into a dict with lowercase names and stripped values. Parsing stops at the first blank line; repeated headers are combined with `", "`; a line without a colon raises ValueError.',
    r"""
def parse_headers(raw: str) -> dict[str, str]:
    headers: dict[str, str] = {}
    for line in raw.splitlines():
        if not line.strip():
            break
        name, colon, value = line.partition(":")
        if not colon:
            raise ValueError(f"malformed header line: {line!r}")
        key = name.strip().lower()
        value = value.strip()
        headers[key] = f"{headers[key]}, {value}" if key in headers else value
    return headers
""",
    r"""
raw = "Host: example.com\r\nAccept: text/html\r\nX-Trace: a:b:c\r\naccept: application/json\r\n\r\nbody: ignored"
assert parse_headers(raw) == {
    "host": "example.com",
    "accept": "text/html, application/json",
    "x-trace": "a:b:c",
}
assert parse_headers("") == {}
try:
    parse_headers("Host example.com")
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "parsing",
    "parse-url",
    "Write `parse_url(url)` that splits an absolute URL of the form `scheme://[user@]host[:port][/path][?query][#fragment]` into a dict with keys 'scheme', 'user', 'host', 'port', 'path', 'query' and 'fragment', without using urllib. Lowercase the scheme and host; `port` is an int, defaulting to 80 for http and 443 for https (None otherwise); a missing path becomes '/'; missing user, query and fragment are None. Raise ValueError when '://' is missing or the port is not numeric.",
    r"""
DEFAULT_PORTS = {"http": 80, "https": 443}


def parse_url(url: str) -> dict:
    scheme, sep, rest = url.partition("://")
    if not sep or not scheme:
        raise ValueError(f"not an absolute URL: {url!r}")
    scheme = scheme.lower()
    rest, hash_sign, fragment = rest.partition("#")
    rest, question, query = rest.partition("?")
    authority, slash, path = rest.partition("/")
    user = None
    if "@" in authority:
        user, authority = authority.rsplit("@", 1)
    host, colon, port_text = authority.partition(":")
    if colon:
        if not port_text.isdigit():
            raise ValueError(f"bad port {port_text!r}")
        port = int(port_text)
    else:
        port = DEFAULT_PORTS.get(scheme)
    return {
        "scheme": scheme,
        "user": user,
        "host": host.lower(),
        "port": port,
        "path": "/" + path if slash else "/",
        "query": query if question else None,
        "fragment": fragment if hash_sign else None,
    }
""",
    r"""
parts = parse_url("HTTPS://alice@Example.COM:8443/a/b.html?x=1&y=2#top")
assert parts == {
    "scheme": "https",
    "user": "alice",
    "host": "example.com",
    "port": 8443,
    "path": "/a/b.html",
    "query": "x=1&y=2",
    "fragment": "top",
}
simple = parse_url("http://example.org")
assert simple["port"] == 80 and simple["path"] == "/" and simple["query"] is None
assert parse_url("https://h/?")["query"] == ""
assert parse_url("ftp://files.local/pub")["port"] is None
for bad in ("example.com/path", "http://host:port/"):
    try:
        parse_url(bad)
    except ValueError:
        pass
    else:
        raise AssertionError(f"expected ValueError for {bad}")
""",
)

add(
    "parsing",
    "expand-cron-field",
    "Write `expand_cron_field(field, low, high)` that expands one field of a cron expression into the sorted list of values it matches within `low..high`. Support '*', single numbers, ranges 'a-b', steps '*/n' and 'a-b/n', and comma-separated combinations of these. Raise ValueError for values outside the bounds, reversed ranges, zero steps or malformed text.",
    r"""
def expand_cron_field(field: str, low: int, high: int) -> list[int]:
    values: set[int] = set()
    for part in field.split(","):
        base, slash, step_text = part.partition("/")
        try:
            step = int(step_text) if slash else 1
            if base == "*":
                start, end = low, high
            elif "-" in base:
                start_text, end_text = base.split("-", 1)
                start, end = int(start_text), int(end_text)
            else:
                start = end = int(base)
                if slash:
                    end = high
        except ValueError:
            raise ValueError(f"malformed cron field {field!r}") from None
        if step <= 0 or start > end or start < low or end > high:
            raise ValueError(f"invalid cron field {field!r}")
        values.update(range(start, end + 1, step))
    return sorted(values)
""",
    r"""
assert expand_cron_field("*", 0, 6) == [0, 1, 2, 3, 4, 5, 6]
assert expand_cron_field("*/15", 0, 59) == [0, 15, 30, 45]
assert expand_cron_field("1-5", 0, 6) == [1, 2, 3, 4, 5]
assert expand_cron_field("1,3,3,10-20/5", 0, 59) == [1, 3, 10, 15, 20]
assert expand_cron_field("5/20", 0, 59) == [5, 25, 45]
assert expand_cron_field("7", 1, 12) == [7]
for bad in ("60", "5-1", "*/0", "a", "1-", ""):
    try:
        expand_cron_field(bad, 0, 59)
    except ValueError:
        pass
    else:
        raise AssertionError(f"expected ValueError for {bad!r}")
""",
)

add(
    "parsing",
    "parse-s-expression",
    "Write `parse_sexpr(text)` that parses a Lisp-style S-expression such as '(define (sq x) (* x x))' into nested Python lists. Integers become ints, decimals with a '.' become floats and everything else becomes a string symbol. Raise ValueError on unbalanced parentheses or trailing tokens after the first complete expression.",
    r"""
def parse_sexpr(text: str):
    tokens = text.replace("(", " ( ").replace(")", " ) ").split()
    position = 0

    def atom(token: str):
        try:
            return int(token)
        except ValueError:
            pass
        if "." in token:
            try:
                return float(token)
            except ValueError:
                pass
        return token

    def read():
        nonlocal position
        if position >= len(tokens):
            raise ValueError("unexpected end of input")
        token = tokens[position]
        position += 1
        if token == "(":
            items = []
            while position < len(tokens) and tokens[position] != ")":
                items.append(read())
            if position >= len(tokens):
                raise ValueError("missing ')'")
            position += 1
            return items
        if token == ")":
            raise ValueError("unexpected ')'")
        return atom(token)

    result = read()
    if position != len(tokens):
        raise ValueError("trailing tokens")
    return result
""",
    r"""
assert parse_sexpr("(define (sq x) (* x x))") == ["define", ["sq", "x"], ["*", "x", "x"]]
assert parse_sexpr("(+ 1 2.5 -3)") == ["+", 1, 2.5, -3]
assert parse_sexpr("42") == 42
assert parse_sexpr("()") == []
assert parse_sexpr("(a (b (c)))") == ["a", ["b", ["c"]]]
assert parse_sexpr("(x .)") == ["x", "."]
for bad in ("(a b", "a b", ")", "(a))", ""):
    try:
        parse_sexpr(bad)
    except ValueError:
        pass
    else:
        raise AssertionError(f"expected ValueError for {bad!r}")
""",
)

add(
    "parsing",
    "words-to-number",
    "Write `words_to_number(text)` that converts an English number written in words into an int, e.g. 'two hundred and five' -> 205, 'one million three hundred thousand' -> 1300000, 'minus forty-two' -> -42. Support zero to nineteen, the tens, 'hundred', 'thousand', 'million', 'billion', hyphens, the optional word 'and' and a leading 'minus' or 'negative'. Raise ValueError for unknown words.",
    r"""
SMALL = {
    word: value
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen".split()
    )
}
TENS = {word: 10 * (i + 2) for i, word in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9}


def words_to_number(text: str) -> int:
    words = text.lower().replace("-", " ").split()
    sign = 1
    if words and words[0] in ("minus", "negative"):
        sign = -1
        words = words[1:]
    if not words:
        raise ValueError("no number words")
    total = 0
    current = 0
    for word in words:
        if word == "and":
            continue
        if word in SMALL:
            current += SMALL[word]
        elif word in TENS:
            current += TENS[word]
        elif word == "hundred":
            current *= 100
        elif word in SCALES:
            total += current * SCALES[word]
            current = 0
        else:
            raise ValueError(f"unknown number word {word!r}")
    return sign * (total + current)
""",
    r"""
assert words_to_number("two hundred and five") == 205
assert words_to_number("one million three hundred thousand") == 1_300_000
assert words_to_number("minus forty-two") == -42
assert words_to_number("zero") == 0
assert words_to_number("Nineteen Hundred Eighty Four") == 1984
assert words_to_number("nine hundred ninety-nine billion nine hundred ninety-nine million") == 999_999_000_000
assert words_to_number("twelve thousand and one") == 12001
for bad in ("eleventy", "", "minus"):
    try:
        words_to_number(bad)
    except ValueError:
        pass
    else:
        raise AssertionError(f"expected ValueError for {bad!r}")
""",
)

add(
    "parsing",
    "parse-css-color",
    "Write `parse_color(text)` that parses a CSS color into an `(r, g, b, a)` tuple with integer channels 0-255 and alpha as a float 0-1. Accept '#rgb', '#rrggbb', '#rrggbbaa' (hex, case-insensitive), 'rgb(r, g, b)' and 'rgba(r, g, b, a)' with optional spaces. Surrounding whitespace is ignored. Raise ValueError for malformed input or channels out of range.",
    r"""
import re

FUNCTIONAL = re.compile(r"rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*([\d.]+)\s*)?\)")


def parse_color(text: str) -> tuple[int, int, int, float]:
    text = text.strip().lower()
    if text.startswith("#"):
        digits = text[1:]
        if not re.fullmatch(r"[0-9a-f]+", digits) or len(digits) not in (3, 6, 8):
            raise ValueError(f"bad hex color {text!r}")
        if len(digits) == 3:
            digits = "".join(ch * 2 for ch in digits)
        channels = [int(digits[i:i + 2], 16) for i in range(0, len(digits), 2)]
        alpha = channels[3] / 255 if len(channels) == 4 else 1.0
        return channels[0], channels[1], channels[2], alpha
    match = FUNCTIONAL.fullmatch(text)
    if not match or (text.startswith("rgba") != (match.group(4) is not None)):
        raise ValueError(f"bad color {text!r}")
    r, g, b = (int(match.group(i)) for i in (1, 2, 3))
    alpha = float(match.group(4)) if match.group(4) else 1.0
    if max(r, g, b) > 255 or not 0 <= alpha <= 1:
        raise ValueError(f"channel out of range in {text!r}")
    return r, g, b, alpha
""",
    r"""
assert parse_color("#fff") == (255, 255, 255, 1.0)
assert parse_color("#1E90ff") == (30, 144, 255, 1.0)
assert parse_color("#00000080") == (0, 0, 0, 128 / 255)
assert parse_color(" rgb(10, 20,30) ") == (10, 20, 30, 1.0)
assert parse_color("rgba(0,0,0,0.25)") == (0, 0, 0, 0.25)
for bad in ("#ffff", "#ggg", "rgb(256,0,0)", "rgba(1,2,3)", "rgb(1,2,3,0.5)", "rgba(1,2,3,2)", "red"):
    try:
        parse_color(bad)
    except ValueError:
        pass
    else:
        raise AssertionError(f"expected ValueError for {bad!r}")
""",
)

add(
    "parsing",
    "parse-markdown-table",
    "Write `parse_markdown_table(text)` that turns a Markdown pipe table (a header row, a separator row of dashes/colons, then data rows) into a list of dicts keyed by the header cells. Leading and trailing pipes are optional, cells are stripped, and rows with fewer cells than the header are padded with empty strings. Raise ValueError if the second line is not a valid separator row.",
    r"""
import re


def parse_markdown_table(text: str) -> list[dict[str, str]]:
    def cells(line: str) -> list[str]:
        line = line.strip()
        if line.startswith("|"):
            line = line[1:]
        if line.endswith("|"):
            line = line[:-1]
        return [cell.strip() for cell in line.split("|")]

    lines = [line for line in text.strip().splitlines() if line.strip()]
    if len(lines) < 2:
        raise ValueError("a table needs a header and a separator")
    header = cells(lines[0])
    separator = cells(lines[1])
    if len(separator) != len(header) or not all(re.fullmatch(r":?-+:?", cell) for cell in separator):
        raise ValueError("invalid separator row")
    rows = []
    for line in lines[2:]:
        values = cells(line)
        values += [""] * (len(header) - len(values))
        rows.append(dict(zip(header, values)))
    return rows
""",
    r"""
table = '''
| Name  | Age | City   |
|-------|:---:|-------:|
| Alice | 30  | Berlin |
| Bob   | 25  |
'''
assert parse_markdown_table(table) == [
    {"Name": "Alice", "Age": "30", "City": "Berlin"},
    {"Name": "Bob", "Age": "25", "City": ""},
]
assert parse_markdown_table("a|b\n-|-\n1|2") == [{"a": "1", "b": "2"}]
assert parse_markdown_table("x\n---") == []
for bad in ("a|b\n1|2", "a|b\n-|", "only header"):
    try:
        parse_markdown_table(bad)
    except ValueError:
        pass
    else:
        raise AssertionError(f"expected ValueError for {bad!r}")
""",
)

add(
    "parsing",
    "parse-dotenv",
    "Write `parse_dotenv(text)` that parses the contents of a `.env` file into a dict. Lines are `KEY=value`, optionally prefixed with `export `. Blank lines and lines starting with '#' are ignored; an unquoted value is stripped and anything after ' #' is a comment; single-quoted values are taken literally; double-quoted values support the escapes \\n, \\t, \\\" and \\\\. Later keys override earlier ones. Raise ValueError (mentioning the line number) for lines without '=' or with an invalid key.",
    r"""
import re

KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}


def parse_dotenv(text: str) -> dict[str, str]:
    result: dict[str, str] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("export "):
            line = line[len("export "):].lstrip()
        key, sep, value = line.partition("=")
        key = key.strip()
        if not sep or not KEY.fullmatch(key):
            raise ValueError(f"line {number}: cannot parse {raw!r}")
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] == "'":
            value = value[1:-1]
        elif len(value) >= 2 and value[0] == value[-1] == '"':
            value = re.sub(r"\\(.)", lambda m: ESCAPES.get(m.group(1), m.group(0)), value[1:-1])
        else:
            value = value.split(" #", 1)[0].strip()
        result[key] = value
    return result
""",
    r"""
env = parse_dotenv('''
# database settings
DB_HOST=localhost
export DB_PORT = 5432   # default port
GREETING="Hello\\nWorld \\"quoted\\""
RAW='keep \\n as is'
EMPTY=
DB_HOST=db.internal
''')
assert env == {
    "DB_HOST": "db.internal",
    "DB_PORT": "5432",
    "GREETING": 'Hello\nWorld "quoted"',
    "RAW": "keep \\n as is",
    "EMPTY": "",
}
assert parse_dotenv("") == {}
for bad in ("JUST_A_WORD", "1BAD=x"):
    try:
        parse_dotenv("OK=1\n" + bad)
    except ValueError as exc:
        assert "line 2" in str(exc)
    else:
        raise AssertionError(f"expected ValueError for {bad!r}")
""",
)

add(
    "parsing",
    "parse-chemical-formula",
    "Write `parse_formula(formula)` that counts the atoms in a chemical formula such as 'H2O', 'Mg(OH)2' or 'K4[ON(SO3)2]2'. Element symbols are an uppercase letter optionally followed by one lowercase letter; counts follow elements or closing brackets; '(' and '[' groups may nest. Return a dict of element -> count sorted by element symbol. Raise ValueError for unbalanced brackets or unexpected characters.",
    r"""
import re
from collections import Counter

TOKEN = re.compile(r"([A-Z][a-z]?)(\d*)|([(\[])|([)\]])(\d*)")


def parse_formula(formula: str) -> dict[str, int]:
    stack: list[Counter] = [Counter()]
    openers: list[str] = []
    position = 0
    while position < len(formula):
        match = TOKEN.match(formula, position)
        if not match:
            raise ValueError(f"unexpected character at {position} in {formula!r}")
        element, count, opener, closer, group_count = match.groups()
        if element:
            stack[-1][element] += int(count or 1)
        elif opener:
            stack.append(Counter())
            openers.append(opener)
        else:
            if not openers or "([".index(openers.pop()) != ")]".index(closer):
                raise ValueError("unbalanced brackets")
            group = stack.pop()
            for name, value in group.items():
                stack[-1][name] += value * int(group_count or 1)
        position = match.end()
    if openers:
        raise ValueError("unbalanced brackets")
    return dict(sorted(stack[0].items()))
""",
    r"""
assert parse_formula("H2O") == {"H": 2, "O": 1}
assert parse_formula("Mg(OH)2") == {"H": 2, "Mg": 1, "O": 2}
assert parse_formula("K4[ON(SO3)2]2") == {"K": 4, "N": 2, "O": 14, "S": 4}
assert parse_formula("C6H12O6") == {"C": 6, "H": 12, "O": 6}
assert list(parse_formula("NaCl")) == ["Cl", "Na"]
assert parse_formula("") == {}
for bad in ("(H2O", "H2O)", "[H)", "h2o", "H2-O"):
    try:
        parse_formula(bad)
    except ValueError:
        pass
    else:
        raise AssertionError(f"expected ValueError for {bad!r}")
""",
)

add(
    "parsing",
    "parse-list-literal",
    "Without using `eval`, `ast` or `json`, write a recursive-descent parser `parse_list_literal(text)` for nested list literals of integers such as '[1, [2, -3], []]', returning the corresponding Python lists. Whitespace is allowed between tokens. Raise ValueError on any syntax error, including trailing commas and text after the closing bracket.",
    r"""
def parse_list_literal(text: str) -> list:
    position = 0

    def skip() -> None:
        nonlocal position
        while position < len(text) and text[position].isspace():
            position += 1

    def expect(ch: str) -> None:
        nonlocal position
        skip()
        if position >= len(text) or text[position] != ch:
            raise ValueError(f"expected {ch!r} at position {position}")
        position += 1

    def value():
        nonlocal position
        skip()
        if position < len(text) and text[position] == "[":
            return parse_list()
        start = position
        if position < len(text) and text[position] == "-":
            position += 1
        while position < len(text) and text[position].isdigit():
            position += 1
        digits = text[start:position]
        if digits in ("", "-"):
            raise ValueError(f"expected a value at position {start}")
        return int(digits)

    def parse_list() -> list:
        nonlocal position
        expect("[")
        items = []
        skip()
        if position < len(text) and text[position] == "]":
            position += 1
            return items
        while True:
            items.append(value())
            skip()
            if position < len(text) and text[position] == ",":
                position += 1
                continue
            expect("]")
            return items

    result = parse_list()
    skip()
    if position != len(text):
        raise ValueError("unexpected trailing text")
    return result
""",
    r"""
assert parse_list_literal("[1, [2, -3], []]") == [1, [2, -3], []]
assert parse_list_literal("[]") == []
assert parse_list_literal("  [ [ [ 42 ] ] ]  ") == [[[42]]]
assert parse_list_literal("[10,20,30]") == [10, 20, 30]
for bad in ("[1, 2,]", "[1 2]", "[1]]", "1", "[", "[-]", "[1, [2]"):
    try:
        parse_list_literal(bad)
    except ValueError:
        pass
    else:
        raise AssertionError(f"expected ValueError for {bad!r}")
""",
)

add(
    "parsing",
    "parse-request-line",
    "Write `parse_request_line(line)` for the first line of an HTTP/1.x request such as 'GET /search?q=py&page=2 HTTP/1.1'. Return a dict with 'method' (validated against GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS), 'path', 'query' (a dict of percent-decoded parameters; repeated keys keep the last value) and 'version' as a `(major, minor)` tuple. Raise ValueError for anything malformed.",
    r"""
import re
from urllib.parse import parse_qsl

METHODS = {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"}


def parse_request_line(line: str) -> dict:
    parts = line.strip().split(" ")
    if len(parts) != 3:
        raise ValueError("expected METHOD TARGET VERSION")
    method, target, version = parts
    if method not in METHODS:
        raise ValueError(f"unsupported method {method!r}")
    match = re.fullmatch(r"HTTP/(\d)\.(\d)", version)
    if not match or not target.startswith("/"):
        raise ValueError("malformed request line")
    path, _, query = target.partition("?")
    return {
        "method": method,
        "path": path,
        "query": dict(parse_qsl(query, keep_blank_values=True)),
        "version": (int(match.group(1)), int(match.group(2))),
    }
""",
    r"""
assert parse_request_line("GET /search?q=py%20code&page=2 HTTP/1.1") == {
    "method": "GET",
    "path": "/search",
    "query": {"q": "py code", "page": "2"},
    "version": (1, 1),
}
req = parse_request_line("DELETE /items/7?x=1&x=2&flag= HTTP/1.0\r\n")
assert req["query"] == {"x": "2", "flag": ""} and req["version"] == (1, 0)
assert parse_request_line("OPTIONS / HTTP/1.1")["query"] == {}
for bad in ("get / HTTP/1.1", "GET / HTTP/2", "GET  / HTTP/1.1", "GET search HTTP/1.1", "GET /"):
    try:
        parse_request_line(bad)
    except ValueError:
        pass
    else:
        raise AssertionError(f"expected ValueError for {bad!r}")
""",
)

add(
    "parsing",
    "parse-accept-language",
    "Write `parse_accept_language(header)` that parses an HTTP Accept-Language header like 'fr-CH, fr;q=0.9, en;q=0.8, *;q=0.5' and returns the language tags ordered by decreasing quality (default q=1.0), keeping header order for equal qualities. Tags with q=0 are dropped, tags are lowercased, and entries with an unparsable q value are skipped.",
    r"""
def parse_accept_language(header: str) -> list[str]:
    ranked = []
    for position, entry in enumerate(header.split(",")):
        tag, *params = [piece.strip() for piece in entry.split(";")]
        if not tag:
            continue
        quality = 1.0
        valid = True
        for param in params:
            name, _, value = param.partition("=")
            if name.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    valid = False
        if valid and quality > 0:
            ranked.append((-quality, position, tag.lower()))
    return [tag for _, _, tag in sorted(ranked)]
""",
    r"""
assert parse_accept_language("fr-CH, fr;q=0.9, en;q=0.8, *;q=0.5") == ["fr-ch", "fr", "en", "*"]
assert parse_accept_language("en;q=0.5, de, es;q=0.5") == ["de", "en", "es"]
assert parse_accept_language("da, en-GB;q=0, en;q=abc, nl;q=0.7") == ["da", "nl"]
assert parse_accept_language("") == []
assert parse_accept_language(" , ja ") == ["ja"]
""",
)

add(
    "parsing",
    "srt-timestamps",
    "Subtitle (SRT) timestamps look like '01:02:03,456'. Write `srt_to_ms(stamp)` converting one to milliseconds (ValueError if malformed or minutes/seconds >= 60), `ms_to_srt(ms)` for the reverse, and `shift_cue(line, offset_ms)` that shifts a cue timing line such as '00:00:01,000 --> 00:00:02,500' by `offset_ms` (which may be negative; times are clamped at zero).",
    r"""
import re

STAMP = re.compile(r"(\d{2}):(\d{2}):(\d{2}),(\d{3})")


def srt_to_ms(stamp: str) -> int:
    match = STAMP.fullmatch(stamp.strip())
    if not match:
        raise ValueError(f"bad timestamp {stamp!r}")
    hours, minutes, seconds, millis = map(int, match.groups())
    if minutes >= 60 or seconds >= 60:
        raise ValueError(f"bad timestamp {stamp!r}")
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis


def ms_to_srt(ms: int) -> str:
    seconds, millis = divmod(ms, 1000)
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d},{millis:03d}"


def shift_cue(line: str, offset_ms: int) -> str:
    start, arrow, end = line.partition("-->")
    if not arrow:
        raise ValueError(f"not a cue line: {line!r}")
    shifted = [ms_to_srt(max(0, srt_to_ms(part) + offset_ms)) for part in (start, end)]
    return " --> ".join(shifted)
""",
    r"""
assert srt_to_ms("01:02:03,456") == 3_723_456
assert srt_to_ms("00:00:00,000") == 0
assert ms_to_srt(3_723_456) == "01:02:03,456"
assert ms_to_srt(59_999) == "00:00:59,999"
assert shift_cue("00:00:01,000 --> 00:00:02,500", 1500) == "00:00:02,500 --> 00:00:04,000"
assert shift_cue("00:00:01,000 --> 00:00:02,500", -2000) == "00:00:00,000 --> 00:00:00,500"
for bad in ("1:02:03,456", "00:60:00,000", "00:00:00.000"):
    try:
        srt_to_ms(bad)
    except ValueError:
        pass
    else:
        raise AssertionError(f"expected ValueError for {bad!r}")
""",
)

add(
    "parsing",
    "parse-cookie-header",
    "Write `parse_cookie_header(header)` that parses a `Cookie` request header such as 'session=abc123; theme=\"dark\"; lang=en' into a dict. Pairs are separated by ';', names and values are stripped, surrounding double quotes on a value are removed, pairs without '=' or with an empty name are ignored, and the first occurrence of a repeated name wins.",
    r"""
def parse_cookie_header(header: str) -> dict[str, str]:
    cookies: dict[str, str] = {}
    for pair in header.split(";"):
        name, sep, value = pair.partition("=")
        name, value = name.strip(), value.strip()
        if not sep or not name:
            continue
        if len(value) >= 2 and value[0] == value[-1] == '"':
            value = value[1:-1]
        cookies.setdefault(name, value)
    return cookies
""",
    r"""
assert parse_cookie_header('session=abc123; theme="dark"; lang=en') == {
    "session": "abc123",
    "theme": "dark",
    "lang": "en",
}
assert parse_cookie_header("a=1; a=2; b=x=y") == {"a": "1", "b": "x=y"}
assert parse_cookie_header("flag; =orphan;  empty= ") == {"empty": ""}
assert parse_cookie_header("") == {}
""",
)

add(
    "parsing",
    "parse-dice-notation",
    "Write `parse_dice(notation)` for tabletop dice notation such as '3d6+2', 'd20', '2d10-1' or '4d6' (case-insensitive, spaces allowed). Return a tuple `(count, sides, modifier)` where a missing count means 1 and a missing modifier means 0. Also write `dice_range(notation)` returning the `(minimum, maximum)` total. Raise ValueError for malformed notation, zero dice or fewer than 2 sides.",
    r"""
import re

DICE = re.compile(r"(\d*)d(\d+)(?:([+-])(\d+))?")


def parse_dice(notation: str) -> tuple[int, int, int]:
    match = DICE.fullmatch(notation.replace(" ", "").lower())
    if not match:
        raise ValueError(f"bad dice notation {notation!r}")
    count = int(match.group(1) or 1)
    sides = int(match.group(2))
    modifier = int(match.group(4) or 0) * (-1 if match.group(3) == "-" else 1)
    if count < 1 or sides < 2:
        raise ValueError(f"bad dice notation {notation!r}")
    return count, sides, modifier


def dice_range(notation: str) -> tuple[int, int]:
    count, sides, modifier = parse_dice(notation)
    return count + modifier, count * sides + modifier
""",
    r"""
assert parse_dice("3d6+2") == (3, 6, 2)
assert parse_dice("d20") == (1, 20, 0)
assert parse_dice("2D10 - 1") == (2, 10, -1)
assert dice_range("3d6+2") == (5, 20)
assert dice_range("d4") == (1, 4)
assert dice_range("2d8-3") == (-1, 13)
for bad in ("0d6", "3d1", "3x6", "d", "3d6+", "+2"):
    try:
        parse_dice(bad)
    except ValueError:
        pass
    else:
        raise AssertionError(f"expected ValueError for {bad!r}")
""",
)

add(
    "parsing",
    "evaluate-boolean-expression",
    "Write `eval_bool_expr(expression, variables)` that evaluates a boolean expression over named variables without using `eval`. The grammar has the literals 'true'/'false', identifiers looked up in the `variables` dict (KeyError if missing), 'not', 'and', 'or' and parentheses, with the usual precedence not > and > or. Raise ValueError for syntax errors.",
    r"""
import re

TOKEN = re.compile(r"\s*(?:(\()|(\))|([A-Za-z_]\w*))")


def eval_bool_expr(expression: str, variables: dict[str, bool]) -> bool:
    tokens = []
    position = 0
    while position < len(expression):
        if expression[position:].strip() == "":
            break
        match = TOKEN.match(expression, position)
        if not match:
            raise ValueError(f"unexpected character at {position}")
        tokens.append(match.group(match.lastindex))
        position = match.end()
    index = 0

    def peek():
        return tokens[index] if index < len(tokens) else None

    def take():
        nonlocal index
        if index >= len(tokens):
            raise ValueError("unexpected end of expression")
        index += 1
        return tokens[index - 1]

    def parse_or() -> bool:
        value = parse_and()
        while peek() == "or":
            take()
            right = parse_and()
            value = value or right
        return value

    def parse_and() -> bool:
        value = parse_not()
        while peek() == "and":
            take()
            right = parse_not()
            value = value and right
        return value

    def parse_not() -> bool:
        if peek() == "not":
            take()
            return not parse_not()
        return parse_atom()

    def parse_atom() -> bool:
        token = take()
        if token == "(":
            value = parse_or()
            if take() != ")":
                raise ValueError("expected ')'")
            return value
        if token in ("true", "false"):
            return token == "true"
        if token in (")", "and", "or", "not"):
            raise ValueError(f"unexpected {token!r}")
        return bool(variables[token])

    result = parse_or()
    if index != len(tokens):
        raise ValueError("unexpected trailing tokens")
    return result
""",
    r"""
env = {"a": True, "b": False, "c": True}
assert eval_bool_expr("a and not b", env) is True
assert eval_bool_expr("b or c and b", env) is False
assert eval_bool_expr("(b or c) and a", env) is True
assert eval_bool_expr("not not false", {}) is False
assert eval_bool_expr("true", {}) is True
assert eval_bool_expr("not (a and (b or not c))", env) is True
try:
    eval_bool_expr("a and missing", env)
except KeyError:
    pass
else:
    raise AssertionError("expected KeyError")
for bad in ("a and", "(a or b", "a b", "and a", "a + b", ")"):
    try:
        eval_bool_expr(bad, env)
    except ValueError:
        pass
    else:
        raise AssertionError(f"expected ValueError for {bad!r}")
""",
)

add(
    "parsing",
    "cidr-contains",
    "Without the `ipaddress` module, write `parse_cidr(block)` that parses an IPv4 CIDR block such as '10.1.0.0/16' into `(network, prefix_length)` where `network` is the 32-bit integer of the address with host bits cleared, and `cidr_contains(block, address)` that tells whether the dotted-quad `address` is inside the block. Raise ValueError for malformed addresses (octets outside 0-255, wrong number of parts) or prefixes outside 0-32.",
    r"""
def _to_int(address: str) -> int:
    parts = address.split(".")
    if len(parts) != 4 or not all(part.isdigit() and int(part) <= 255 for part in parts):
        raise ValueError(f"bad IPv4 address {address!r}")
    value = 0
    for part in parts:
        value = value << 8 | int(part)
    return value


def parse_cidr(block: str) -> tuple[int, int]:
    address, slash, prefix_text = block.partition("/")
    if not slash or not prefix_text.isdigit() or int(prefix_text) > 32:
        raise ValueError(f"bad CIDR block {block!r}")
    prefix = int(prefix_text)
    mask = (0xFFFFFFFF << (32 - prefix)) & 0xFFFFFFFF
    return _to_int(address) & mask, prefix


def cidr_contains(block: str, address: str) -> bool:
    network, prefix = parse_cidr(block)
    mask = (0xFFFFFFFF << (32 - prefix)) & 0xFFFFFFFF
    return _to_int(address) & mask == network
""",
    r"""
assert parse_cidr("10.1.0.0/16") == (0x0A010000, 16)
assert parse_cidr("192.168.1.77/24") == (0xC0A80100, 24)
assert parse_cidr("0.0.0.0/0") == (0, 0)
assert cidr_contains("10.1.0.0/16", "10.1.255.3")
assert not cidr_contains("10.1.0.0/16", "10.2.0.1")
assert cidr_contains("0.0.0.0/0", "8.8.8.8")
assert cidr_contains("1.2.3.4/32", "1.2.3.4") and not cidr_contains("1.2.3.4/32", "1.2.3.5")
for bad in ("10.0.0.0", "10.0.0.0/33", "10.0.0/8", "256.0.0.0/8", "10.0.0.0/x"):
    try:
        parse_cidr(bad)
    except ValueError:
        pass
    else:
        raise AssertionError(f"expected ValueError for {bad!r}")
""",
)

add(
    "parsing",
    "parse-front-matter",
    "Write `parse_front_matter(document)` that splits a Markdown document with optional front matter into `(metadata, body)`. Front matter is delimited by a first line '---' and the next line that is exactly '---'; between them each non-blank line is 'key: value'. Values 'true'/'false' become bools, integers become ints, '[a, b]' becomes a list of stripped strings and everything else stays a string (surrounding quotes removed). Without front matter return `({}, document)`. Raise ValueError if the closing delimiter is missing.",
    r"""
def _convert(value: str):
    if value in ("true", "false"):
        return value == "true"
    if value.lstrip("-").isdigit():
        return int(value)
    if value.startswith("[") and value.endswith("]"):
        inner = value[1:-1].strip()
        return [item.strip() for item in inner.split(",")] if inner else []
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value


def parse_front_matter(document: str) -> tuple[dict, str]:
    lines = document.split("\n")
    if not lines or lines[0].strip() != "---":
        return {}, document
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        raise ValueError("front matter is not closed") from None
    metadata = {}
    for line in lines[1:end]:
        if line.strip():
            key, _, value = line.partition(":")
            metadata[key.strip()] = _convert(value.strip())
    return metadata, "\n".join(lines[end + 1:])
""",
    r"""
doc = '''---
title: "Hello: World"
draft: false
order: 3
tags: [python, parsing ]
empty: []
---
# Heading
Body text.'''
meta, body = parse_front_matter(doc)
assert meta == {"title": "Hello: World", "draft": False, "order": 3, "tags": ["python", "parsing"], "empty": []}
assert body == "# Heading\nBody text."
assert parse_front_matter("No front matter\n---\n") == ({}, "No front matter\n---\n")
assert parse_front_matter("---\n---\nbody") == ({}, "body")
try:
    parse_front_matter("---\ntitle: x\nbody")
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "parsing",
    "parse-matrix-literal",
    "Write `parse_matrix(text)` that parses a MATLAB-style matrix literal such as '[1 2 3; 4 5 6]' into a list of rows of numbers. Entries are separated by spaces and/or commas, rows by semicolons; numbers are ints unless they contain '.' or 'e', in which case they are floats. The outer brackets are required. Raise ValueError for ragged rows, empty rows or invalid numbers; '[]' gives an empty list.",
    r"""
def _number(token: str):
    try:
        return float(token) if any(ch in token for ch in ".eE") else int(token)
    except ValueError:
        raise ValueError(f"invalid number {token!r}") from None


def parse_matrix(text: str) -> list[list[float]]:
    text = text.strip()
    if not (text.startswith("[") and text.endswith("]")):
        raise ValueError("matrix must be enclosed in brackets")
    inner = text[1:-1].strip()
    if not inner:
        return []
    rows = []
    for chunk in inner.split(";"):
        tokens = chunk.replace(",", " ").split()
        if not tokens:
            raise ValueError("empty row")
        rows.append([_number(token) for token in tokens])
    if len({len(row) for row in rows}) != 1:
        raise ValueError("rows have different lengths")
    return rows
""",
    r"""
assert parse_matrix("[1 2 3; 4 5 6]") == [[1, 2, 3], [4, 5, 6]]
assert parse_matrix("[1.5, -2; 3e2 4]") == [[1.5, -2], [300.0, 4]]
assert parse_matrix(" [ 7 ] ") == [[7]]
assert parse_matrix("[]") == []
assert isinstance(parse_matrix("[1 2.0]")[0][0], int)
for bad in ("1 2; 3 4", "[1 2; 3]", "[1 2;]", "[1 x]"):
    try:
        parse_matrix(bad)
    except ValueError:
        pass
    else:
        raise AssertionError(f"expected ValueError for {bad!r}")
""",
)

# --------------------------------------------------------------------------- algorithms

add(
    "algorithms",
    "first-occurrence",
    "Write `first_occurrence(items, target)` that returns the index of the first occurrence of `target` in a sorted list that may contain duplicates, or -1. Implement the binary search yourself (no bisect).",
    r"""
def first_occurrence(items: list[int], target: int) -> int:
    low, high = 0, len(items)
    while low < high:
        mid = (low + high) // 2
        if items[mid] < target:
            low = mid + 1
        else:
            high = mid
    return low if low < len(items) and items[low] == target else -1
""",
    r"""
assert first_occurrence([1, 2, 2, 2, 3], 2) == 1
assert first_occurrence([1, 2, 2, 2, 3], 3) == 4
assert first_occurrence([1, 2, 2, 2, 3], 4) == -1
assert first_occurrence([1, 2, 2, 2, 3], 0) == -1
assert first_occurrence([], 1) == -1
assert first_occurrence([5] * 10, 5) == 0
""",
)

add(
    "algorithms",
    "shortest-path-bfs",
    "Write `shortest_path(graph, start, goal)` that uses breadth-first search on an unweighted directed graph (dict of node -> list of neighbours) and returns the list of nodes on a shortest path, or None if the goal is unreachable.",
    r"""
from collections import deque


def shortest_path(graph: dict[str, list[str]], start: str, goal: str) -> list[str] | None:
    if start == goal:
        return [start]
    parents: dict[str, str | None] = {start: None}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for neighbor in graph.get(node, []):
            if neighbor in parents:
                continue
            parents[neighbor] = node
            if neighbor == goal:
                path = [goal]
                while parents[path[-1]] is not None:
                    path.append(parents[path[-1]])
                return path[::-1]
            queue.append(neighbor)
    return None
""",
    r"""
graph = {"A": ["B", "C"], "B": ["D"], "C": ["D", "E"], "D": ["F"], "E": ["F"], "F": []}
assert shortest_path(graph, "A", "F") == ["A", "B", "D", "F"]
assert shortest_path(graph, "A", "E") == ["A", "C", "E"]
assert shortest_path(graph, "A", "A") == ["A"]
assert shortest_path(graph, "F", "A") is None
assert shortest_path({"x": ["y"], "y": ["x"]}, "x", "z") is None
""",
)

add(
    "algorithms",
    "has-cycle",
    "Write `has_cycle(graph)` that detects whether a directed graph (dict mapping node to list of successors) contains a cycle, using depth-first search with three node states (unvisited, in progress, done). Successors missing from the dict have no outgoing edges.",
    r"""
_UNVISITED, _IN_PROGRESS, _DONE = 0, 1, 2


def has_cycle(graph: dict[str, list[str]]) -> bool:
    state: dict[str, int] = {}

    def visit(node: str) -> bool:
        state[node] = _IN_PROGRESS
        for successor in graph.get(node, []):
            status = state.get(successor, _UNVISITED)
            if status == _IN_PROGRESS or (status == _UNVISITED and visit(successor)):
                return True
        state[node] = _DONE
        return False

    return any(state.get(node, _UNVISITED) == _UNVISITED and visit(node) for node in graph)
""",
    r"""
assert not has_cycle({"a": ["b"], "b": ["c"], "c": []})
assert has_cycle({"a": ["b"], "b": ["c"], "c": ["a"]})
assert has_cycle({"a": ["a"]})
assert not has_cycle({})
assert not has_cycle({"a": ["b", "c"], "b": ["d"], "c": ["d"], "d": []})
assert has_cycle({"x": [], "a": ["b"], "b": ["missing", "a"]})
""",
)

add(
    "algorithms",
    "topological-sort",
    "Write `topological_sort(graph)` using Kahn's algorithm. `graph[u]` lists the nodes that must come after `u`; nodes may appear only as targets. Whenever several nodes are ready, take the alphabetically smallest so the output is deterministic. Raise ValueError if the graph has a cycle.",
    r"""
import heapq


def topological_sort(graph: dict[str, list[str]]) -> list[str]:
    indegree = dict.fromkeys(graph, 0)
    for targets in graph.values():
        for target in targets:
            indegree[target] = indegree.get(target, 0) + 1
    ready = [node for node, degree in indegree.items() if degree == 0]
    heapq.heapify(ready)
    order: list[str] = []
    while ready:
        node = heapq.heappop(ready)
        order.append(node)
        for target in graph.get(node, []):
            indegree[target] -= 1
            if indegree[target] == 0:
                heapq.heappush(ready, target)
    if len(order) != len(indegree):
        raise ValueError("graph contains a cycle")
    return order
""",
    r"""
clothes = {"shirt": ["tie", "belt"], "tie": ["jacket"], "pants": ["shoes", "belt"],
           "belt": ["jacket"], "socks": ["shoes"]}
order = topological_sort(clothes)
assert order == ["pants", "shirt", "belt", "socks", "shoes", "tie", "jacket"]
position = {node: i for i, node in enumerate(order)}
assert all(position[u] < position[v] for u, vs in clothes.items() for v in vs)
assert topological_sort({}) == []
assert topological_sort({"b": [], "a": []}) == ["a", "b"]
try:
    topological_sort({"a": ["b"], "b": ["a"]})
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "algorithms",
    "dijkstra",
    "Implement Dijkstra's algorithm: `dijkstra(graph, source)` where `graph[u]` is a list of `(v, weight)` pairs with non-negative weights. Return a dict with the shortest distance to every reachable node. Use `heapq` and skip stale heap entries.",
    r"""
import heapq


def dijkstra(graph: dict[str, list[tuple[str, float]]], source: str) -> dict[str, float]:
    distances = {source: 0}
    heap = [(0, source)]
    while heap:
        distance, node = heapq.heappop(heap)
        if distance > distances[node]:
            continue
        for neighbor, weight in graph.get(node, []):
            candidate = distance + weight
            if candidate < distances.get(neighbor, float("inf")):
                distances[neighbor] = candidate
                heapq.heappush(heap, (candidate, neighbor))
    return distances
""",
    r"""
graph = {
    "A": [("B", 4), ("C", 1)],
    "C": [("B", 2), ("D", 7)],
    "B": [("D", 1)],
    "D": [],
    "E": [("A", 1)],
}
assert dijkstra(graph, "A") == {"A": 0, "B": 3, "C": 1, "D": 4}
assert dijkstra(graph, "D") == {"D": 0}
assert dijkstra(graph, "E") == {"E": 0, "A": 1, "B": 4, "C": 2, "D": 5}
assert dijkstra({}, "Z") == {"Z": 0}
""",
)

add(
    "algorithms",
    "merge-intervals",
    "Write `merge_intervals(intervals)` that merges overlapping closed intervals given as `(start, end)` tuples and returns them sorted by start. Intervals that merely touch, like (1, 3) and (3, 5), are merged too.",
    r"""
def merge_intervals(intervals: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
""",
    r"""
assert merge_intervals([(1, 3), (2, 6), (8, 10), (15, 18)]) == [(1, 6), (8, 10), (15, 18)]
assert merge_intervals([(1, 4), (4, 5)]) == [(1, 5)]
assert merge_intervals([]) == []
assert merge_intervals([(5, 7), (1, 2)]) == [(1, 2), (5, 7)]
assert merge_intervals([(1, 10), (2, 3), (4, 5)]) == [(1, 10)]
""",
    inp="Example: merge_intervals([(1, 3), (2, 6), (8, 10)]) -> [(1, 6), (8, 10)]",
)

add(
    "algorithms",
    "count-islands",
    "Given a grid as a list of strings of `'1'` (land) and `'0'` (water), write `count_islands(grid)` that counts the islands: groups of land cells connected horizontally or vertically. Use an explicit stack instead of recursion.",
    r"""
def count_islands(grid: list[str]) -> int:
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    seen: set[tuple[int, int]] = set()
    islands = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != "1" or (r, c) in seen:
                continue
            islands += 1
            seen.add((r, c))
            stack = [(r, c)]
            while stack:
                cr, cc = stack.pop()
                for nr, nc in ((cr + 1, cc), (cr - 1, cc), (cr, cc + 1), (cr, cc - 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == "1" and (nr, nc) not in seen:
                        seen.add((nr, nc))
                        stack.append((nr, nc))
    return islands
""",
    r"""
assert count_islands(["11110", "11010", "11000", "00000"]) == 1
assert count_islands(["11000", "11000", "00100", "00011"]) == 3
assert count_islands([]) == 0
assert count_islands(["0"]) == 0
assert count_islands(["101", "010", "101"]) == 5
""",
)

add(
    "algorithms",
    "count-components",
    "Write `count_components(n, edges)` that returns the number of connected components of an undirected graph with nodes 0..n-1, using a union-find structure with path compression.",
    r"""
def count_components(n: int, edges: list[tuple[int, int]]) -> int:
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    components = n
    for a, b in edges:
        root_a, root_b = find(a), find(b)
        if root_a != root_b:
            parent[root_a] = root_b
            components -= 1
    return components
""",
    r"""
assert count_components(5, [(0, 1), (1, 2), (3, 4)]) == 2
assert count_components(5, [(0, 1), (1, 2), (2, 3), (3, 4)]) == 1
assert count_components(3, []) == 3
assert count_components(0, []) == 0
assert count_components(4, [(0, 1), (1, 0), (2, 2)]) == 3
""",
)

add(
    "algorithms",
    "majority-element",
    "Write `majority_element(nums)` that returns the element occurring more than len(nums) // 2 times, or None if there is none. Use the Boyer-Moore voting algorithm plus a verification pass (O(1) extra space).",
    r"""
def majority_element(nums: list[int]) -> int | None:
    candidate, count = None, 0
    for num in nums:
        if count == 0:
            candidate = num
        count += 1 if num == candidate else -1
    if candidate is not None and nums.count(candidate) * 2 > len(nums):
        return candidate
    return None
""",
    r"""
assert majority_element([3, 2, 3]) == 3
assert majority_element([2, 2, 1, 1, 1, 2, 2]) == 2
assert majority_element([1, 2, 3]) is None
assert majority_element([1, 1, 2, 2]) is None
assert majority_element([]) is None
assert majority_element([7]) == 7
""",
)

add(
    "algorithms",
    "longest-palindromic-substring",
    "Write `longest_palindromic_substring(text)` using the expand-around-center technique (O(n^2) time, O(1) space). If several longest palindromes exist, return the leftmost.",
    r"""
def longest_palindromic_substring(text: str) -> str:
    best_start, best_len = 0, 0
    for center in range(2 * len(text) - 1):
        left = center // 2
        right = left + center % 2
        while left >= 0 and right < len(text) and text[left] == text[right]:
            left -= 1
            right += 1
        length = right - left - 1
        if length > best_len:
            best_start, best_len = left + 1, length
    return text[best_start : best_start + best_len]
""",
    r"""
assert longest_palindromic_substring("babad") == "bab"
assert longest_palindromic_substring("cbbd") == "bb"
assert longest_palindromic_substring("a") == "a"
assert longest_palindromic_substring("") == ""
assert longest_palindromic_substring("forgeeksskeegfor") == "geeksskeeg"
assert longest_palindromic_substring("abacdfgdcaba") == "aba"
assert longest_palindromic_substring("abcd") == "a"
""",
)

add(
    "algorithms",
    "max-water-container",
    "Given bar heights, two bars and the x-axis form a container. Write `max_water_container(heights)` returning the largest area such a container can hold, using the two-pointer technique in O(n).",
    r"""
def max_water_container(heights: list[int]) -> int:
    left, right = 0, len(heights) - 1
    best = 0
    while left < right:
        best = max(best, (right - left) * min(heights[left], heights[right]))
        if heights[left] < heights[right]:
            left += 1
        else:
            right -= 1
    return best
""",
    r"""
assert max_water_container([1, 8, 6, 2, 5, 4, 8, 3, 7]) == 49
assert max_water_container([1, 1]) == 1
assert max_water_container([]) == 0
assert max_water_container([5]) == 0
assert max_water_container([4, 3, 2, 1, 4]) == 16
""",
)

add(
    "algorithms",
    "longest-unique-substring",
    "Write `longest_unique_substring_length(text)` returning the length of the longest substring without repeated characters, using a sliding window and a dict of last-seen positions.",
    r"""
def longest_unique_substring_length(text: str) -> int:
    last_seen: dict[str, int] = {}
    start = best = 0
    for i, char in enumerate(text):
        if last_seen.get(char, -1) >= start:
            start = last_seen[char] + 1
        last_seen[char] = i
        best = max(best, i - start + 1)
    return best
""",
    r"""
assert longest_unique_substring_length("abcabcbb") == 3
assert longest_unique_substring_length("bbbbb") == 1
assert longest_unique_substring_length("pwwkew") == 3
assert longest_unique_substring_length("") == 0
assert longest_unique_substring_length("abba") == 2
assert longest_unique_substring_length("dvdf") == 3
""",
)

add(
    "algorithms",
    "shortest-subarray-at-least",
    "Given a list of positive integers, write `shortest_subarray_at_least(nums, target)` that returns the length of the shortest contiguous subarray whose sum is at least `target`, or 0 if none exists. Use a sliding window (O(n)).",
    r"""
def shortest_subarray_at_least(nums: list[int], target: int) -> int:
    best = len(nums) + 1
    window_sum = 0
    left = 0
    for right, num in enumerate(nums):
        window_sum += num
        while window_sum >= target:
            best = min(best, right - left + 1)
            window_sum -= nums[left]
            left += 1
    return best if best <= len(nums) else 0
""",
    r"""
assert shortest_subarray_at_least([2, 3, 1, 2, 4, 3], 7) == 2
assert shortest_subarray_at_least([1, 4, 4], 4) == 1
assert shortest_subarray_at_least([1, 1, 1, 1], 11) == 0
assert shortest_subarray_at_least([], 1) == 0
assert shortest_subarray_at_least([1, 2, 3, 4, 5], 15) == 5
""",
)

add(
    "algorithms",
    "flood-fill",
    "Write `flood_fill(image, row, col, new_color)` that returns a copy of the 2D list `image` in which the 4-connected region containing (row, col) is recolored to `new_color`. The input must not be modified.",
    r"""
def flood_fill(image: list[list[int]], row: int, col: int, new_color: int) -> list[list[int]]:
    result = [list(line) for line in image]
    old_color = result[row][col]
    if old_color == new_color:
        return result
    stack = [(row, col)]
    while stack:
        r, c = stack.pop()
        if 0 <= r < len(result) and 0 <= c < len(result[r]) and result[r][c] == old_color:
            result[r][c] = new_color
            stack.extend([(r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)])
    return result
""",
    r"""
image = [[1, 1, 1], [1, 1, 0], [1, 0, 1]]
assert flood_fill(image, 1, 1, 2) == [[2, 2, 2], [2, 2, 0], [2, 0, 1]]
assert image == [[1, 1, 1], [1, 1, 0], [1, 0, 1]]
assert flood_fill(image, 2, 2, 5) == [[1, 1, 1], [1, 1, 0], [1, 0, 5]]
assert flood_fill(image, 0, 0, 1) == image
""",
)

add(
    "algorithms",
    "kth-smallest",
    "Write `kth_smallest(nums, k)` that returns the k-th smallest element (1-based) of an unsorted list with an iterative quickselect (three-way partition around a middle pivot), without sorting the whole list. Raise ValueError if k is out of range.",
    r"""
def kth_smallest(nums: list[int], k: int) -> int:
    if not 1 <= k <= len(nums):
        raise ValueError("k is out of range")
    items = nums
    while True:
        pivot = items[len(items) // 2]
        lower = [x for x in items if x < pivot]
        equal_count = items.count(pivot)
        if k <= len(lower):
            items = lower
        elif k <= len(lower) + equal_count:
            return pivot
        else:
            k -= len(lower) + equal_count
            items = [x for x in items if x > pivot]
""",
    r"""
data = [7, 10, 4, 3, 20, 15, 4]
assert [kth_smallest(data, k) for k in range(1, 8)] == sorted(data)
assert kth_smallest([1], 1) == 1
assert kth_smallest([5, 5, 5], 2) == 5
assert data == [7, 10, 4, 3, 20, 15, 4]
for k in (0, 8):
    try:
        kth_smallest(data, k)
    except ValueError:
        pass
    else:
        raise AssertionError("expected ValueError")
""",
)

add(
    "algorithms",
    "next-permutation",
    "Write `next_permutation(nums)` that rearranges the list in place into the next lexicographically greater permutation; if it is already the largest, rearrange it into ascending order. Return None.",
    r"""
def next_permutation(nums: list[int]) -> None:
    i = len(nums) - 2
    while i >= 0 and nums[i] >= nums[i + 1]:
        i -= 1
    if i >= 0:
        j = len(nums) - 1
        while nums[j] <= nums[i]:
            j -= 1
        nums[i], nums[j] = nums[j], nums[i]
    nums[i + 1 :] = reversed(nums[i + 1 :])
""",
    r"""
from itertools import permutations
for start, expected in (([1, 2, 3], [1, 3, 2]), ([3, 2, 1], [1, 2, 3]), ([1, 1, 5], [1, 5, 1]), ([1], [1]), ([], [])):
    assert next_permutation(start) is None
    assert start == expected
current = [1, 2, 3, 4]
seen = []
for _ in range(24):
    seen.append(tuple(current))
    next_permutation(current)
assert seen == list(permutations([1, 2, 3, 4]))
assert current == [1, 2, 3, 4]
""",
)

add(
    "algorithms",
    "is-bipartite",
    "Write `is_bipartite(graph)` for an undirected graph given as an adjacency dict. Two-color each connected component with breadth-first search and return False as soon as an edge joins two nodes of the same color.",
    r"""
from collections import deque


def is_bipartite(graph: dict[int, list[int]]) -> bool:
    color: dict[int, int] = {}
    for start in graph:
        if start in color:
            continue
        color[start] = 0
        queue = deque([start])
        while queue:
            node = queue.popleft()
            for neighbor in graph.get(node, []):
                if neighbor not in color:
                    color[neighbor] = 1 - color[node]
                    queue.append(neighbor)
                elif color[neighbor] == color[node]:
                    return False
    return True
""",
    r"""
square = {0: [1, 3], 1: [0, 2], 2: [1, 3], 3: [0, 2]}
triangle = {0: [1, 2], 1: [0, 2], 2: [0, 1]}
assert is_bipartite(square)
assert not is_bipartite(triangle)
assert is_bipartite({})
assert is_bipartite({0: [], 1: []})
assert not is_bipartite({0: [1], 1: [0], 2: [3, 4], 3: [2, 4], 4: [2, 3]})
""",
)

add(
    "algorithms",
    "knight-distance",
    'Write `knight_distance(start, end)` returning the minimum number of knight moves between two squares of a standard chessboard given in algebraic notation such as `"a1"` and `"h8"`. Use breadth-first search.',
    r"""
from collections import deque

_KNIGHT_MOVES = ((1, 2), (2, 1), (2, -1), (1, -2), (-1, -2), (-2, -1), (-2, 1), (-1, 2))


def knight_distance(start: str, end: str) -> int:
    def to_coords(square: str) -> tuple[int, int]:
        return ord(square[0]) - ord("a"), int(square[1]) - 1

    origin, target = to_coords(start), to_coords(end)
    queue = deque([(origin, 0)])
    seen = {origin}
    while queue:
        (x, y), distance = queue.popleft()
        if (x, y) == target:
            return distance
        for dx, dy in _KNIGHT_MOVES:
            square = (x + dx, y + dy)
            if 0 <= square[0] < 8 and 0 <= square[1] < 8 and square not in seen:
                seen.add(square)
                queue.append((square, distance + 1))
    raise ValueError(f"{end!r} is not reachable from {start!r}")
""",
    r"""
assert knight_distance("a1", "a1") == 0
assert knight_distance("a1", "b3") == 1
assert knight_distance("a1", "h8") == 6
assert knight_distance("a1", "b2") == 4
assert knight_distance("e4", "e5") == 3
assert knight_distance("h8", "a1") == 6
""",
    inp='Example: knight_distance("a1", "h8") -> 6',
)

add(
    "algorithms",
    "find-peak-index",
    "A peak is an element strictly greater than its neighbours (positions outside the list count as minus infinity). Given a list in which adjacent elements differ, write `find_peak_index(nums)` returning the index of any peak in O(log n) using binary search.",
    r"""
def find_peak_index(nums: list[int]) -> int:
    low, high = 0, len(nums) - 1
    while low < high:
        mid = (low + high) // 2
        if nums[mid] < nums[mid + 1]:
            low = mid + 1
        else:
            high = mid
    return low
""",
    r"""
def is_peak(nums, i):
    left = nums[i - 1] if i > 0 else float("-inf")
    right = nums[i + 1] if i + 1 < len(nums) else float("-inf")
    return nums[i] > left and nums[i] > right

for data in ([1, 2, 3, 1], [1, 2, 1, 3, 5, 6, 4], [5], [1, 2], [2, 1], [1, 3, 2, 4, 3, 5, 4]):
    assert is_peak(data, find_peak_index(data)), data
assert find_peak_index([1, 2, 3, 4, 5]) == 4
assert find_peak_index([5, 4, 3]) == 0
""",
)

add(
    "algorithms",
    "search-rotated",
    "A sorted list of distinct integers has been rotated at an unknown pivot (e.g. [4, 5, 6, 7, 0, 1, 2]). Write `search_rotated(nums, target)` that returns the index of `target` or -1 in O(log n) time.",
    r"""
def search_rotated(nums: list[int], target: int) -> int:
    low, high = 0, len(nums) - 1
    while low <= high:
        mid = (low + high) // 2
        if nums[mid] == target:
            return mid
        if nums[low] <= nums[mid]:
            if nums[low] <= target < nums[mid]:
                high = mid - 1
            else:
                low = mid + 1
        elif nums[mid] < target <= nums[high]:
            low = mid + 1
        else:
            high = mid - 1
    return -1
""",
    r"""
assert search_rotated([4, 5, 6, 7, 0, 1, 2], 0) == 4
assert search_rotated([4, 5, 6, 7, 0, 1, 2], 3) == -1
assert search_rotated([1], 0) == -1
assert search_rotated([], 5) == -1
base = list(range(0, 14, 2))
for shift in range(len(base)):
    rotated = base[shift:] + base[:shift]
    for index, value in enumerate(rotated):
        assert search_rotated(rotated, value) == index
    assert search_rotated(rotated, 5) == -1
""",
)

add(
    "algorithms",
    "meeting-rooms",
    "Given meetings as `(start, end)` tuples (a meeting ending at t frees its room for one starting at t), write `meeting_rooms_needed(meetings)` that returns the minimum number of rooms required, using a min-heap of end times.",
    r"""
import heapq


def meeting_rooms_needed(meetings: list[tuple[int, int]]) -> int:
    end_times: list[int] = []
    for start, end in sorted(meetings):
        if end_times and end_times[0] <= start:
            heapq.heapreplace(end_times, end)
        else:
            heapq.heappush(end_times, end)
    return len(end_times)
""",
    r"""
assert meeting_rooms_needed([(0, 30), (5, 10), (15, 20)]) == 2
assert meeting_rooms_needed([(7, 10), (2, 4)]) == 1
assert meeting_rooms_needed([]) == 0
assert meeting_rooms_needed([(1, 5), (5, 10)]) == 1
assert meeting_rooms_needed([(1, 10), (2, 9), (3, 8)]) == 3
assert meeting_rooms_needed([(1, 4), (2, 5), (7, 9), (4, 6)]) == 2
""",
)

add(
    "algorithms",
    "word-ladder",
    "Write `word_ladder_length(begin, end, words)` returning the number of words in the shortest transformation sequence from `begin` to `end`, where each step changes one lowercase letter and every intermediate word must be in `words`. Return 0 if no sequence exists.",
    r"""
from collections import deque
from string import ascii_lowercase


def word_ladder_length(begin: str, end: str, words: list[str]) -> int:
    remaining = set(words)
    if end not in remaining:
        return 0
    queue = deque([(begin, 1)])
    while queue:
        word, steps = queue.popleft()
        if word == end:
            return steps
        for i in range(len(word)):
            for letter in ascii_lowercase:
                candidate = word[:i] + letter + word[i + 1 :]
                if candidate in remaining:
                    remaining.remove(candidate)
                    queue.append((candidate, steps + 1))
    return 0
""",
    r"""
words = ["hot", "dot", "dog", "lot", "log", "cog"]
assert word_ladder_length("hit", "cog", words) == 5
assert word_ladder_length("hit", "cog", words[:-1]) == 0
assert word_ladder_length("a", "c", ["a", "b", "c"]) == 2
assert word_ladder_length("same", "same", ["same"]) == 1
""",
)

add(
    "algorithms",
    "kmp-search",
    "Implement the Knuth-Morris-Pratt algorithm as `kmp_search(text, pattern)`, returning the start index of every (possibly overlapping) occurrence of `pattern` in `text`. An empty pattern matches at every position 0..len(text).",
    r"""
def kmp_search(text: str, pattern: str) -> list[int]:
    if not pattern:
        return list(range(len(text) + 1))
    failure = [0] * len(pattern)
    k = 0
    for i in range(1, len(pattern)):
        while k and pattern[i] != pattern[k]:
            k = failure[k - 1]
        if pattern[i] == pattern[k]:
            k += 1
        failure[i] = k
    matches: list[int] = []
    k = 0
    for i, char in enumerate(text):
        while k and char != pattern[k]:
            k = failure[k - 1]
        if char == pattern[k]:
            k += 1
        if k == len(pattern):
            matches.append(i - k + 1)
            k = failure[k - 1]
    return matches
""",
    r"""
assert kmp_search("abababa", "aba") == [0, 2, 4]
assert kmp_search("hello", "ll") == [2]
assert kmp_search("aaaa", "aa") == [0, 1, 2]
assert kmp_search("abc", "d") == []
assert kmp_search("", "a") == []
assert kmp_search("ab", "") == [0, 1, 2]
text = "abcabdabcabcabd" * 3
for pattern in ("abcabd", "cab", "d", "abcabcabd"):
    brute = [i for i in range(len(text) - len(pattern) + 1) if text.startswith(pattern, i)]
    assert kmp_search(text, pattern) == brute, pattern
""",
    inp='Example: kmp_search("abababa", "aba") -> [0, 2, 4]',
)

add(
    "algorithms",
    "trapped-water",
    "Bars of width 1 with the given heights form an elevation map. Write `trapped_water(heights)` that computes how much rain water is trapped between the bars, in O(n) time and O(1) space with two pointers.",
    r"""
def trapped_water(heights: list[int]) -> int:
    left, right = 0, len(heights) - 1
    left_max = right_max = water = 0
    while left < right:
        if heights[left] < heights[right]:
            left_max = max(left_max, heights[left])
            water += left_max - heights[left]
            left += 1
        else:
            right_max = max(right_max, heights[right])
            water += right_max - heights[right]
            right -= 1
    return water
""",
    r"""
assert trapped_water([0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1]) == 6
assert trapped_water([4, 2, 0, 3, 2, 5]) == 9
assert trapped_water([]) == 0
assert trapped_water([3]) == 0
assert trapped_water([1, 2, 3]) == 0
assert trapped_water([3, 0, 3]) == 3
""",
    inp="Example: trapped_water([0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1]) -> 6",
)

add(
    "algorithms",
    "can-reach-end",
    "Each element of `jumps` is the maximum jump length from that position. Write `can_reach_end(jumps)` returning True if the last index can be reached from index 0, using a greedy scan of the farthest reachable index. An empty list counts as reachable.",
    r"""
def can_reach_end(jumps: list[int]) -> bool:
    farthest = 0
    for i, jump in enumerate(jumps):
        if i > farthest:
            return False
        farthest = max(farthest, i + jump)
    return True
""",
    r"""
assert can_reach_end([2, 3, 1, 1, 4])
assert not can_reach_end([3, 2, 1, 0, 4])
assert can_reach_end([0])
assert can_reach_end([])
assert not can_reach_end([0, 1])
assert can_reach_end([1, 0])
""",
)

add(
    "algorithms",
    "maze-steps",
    "A maze is a list of strings where `#` is a wall, `S` the start, `E` the exit and anything else open floor. Write `maze_steps(maze)` returning the minimum number of up/down/left/right moves from S to E, or -1 if the exit cannot be reached.",
    r"""
from collections import deque


def maze_steps(maze: list[str]) -> int:
    start = next((r, c) for r, row in enumerate(maze) for c, cell in enumerate(row) if cell == "S")
    queue = deque([(start, 0)])
    seen = {start}
    while queue:
        (r, c), steps = queue.popleft()
        if maze[r][c] == "E":
            return steps
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if (
                0 <= nr < len(maze)
                and 0 <= nc < len(maze[nr])
                and maze[nr][nc] != "#"
                and (nr, nc) not in seen
            ):
                seen.add((nr, nc))
                queue.append(((nr, nc), steps + 1))
    return -1
""",
    r"""
maze = [
    "S.#.....",
    ".##.###.",
    "....#...",
    "#.#...#E",
]
assert maze_steps(maze) == 12
assert maze_steps(["SE"]) == 1
assert maze_steps(["S#E"]) == -1
assert maze_steps(["S..", "##.", "E.."]) == 6
""",
)

add(
    "algorithms",
    "three-sum",
    "Write `three_sum(nums, target=0)` that returns all unique triples `(a, b, c)` with `a <= b <= c` taken from different positions of `nums` such that a + b + c == target, sorted ascending. Use sorting plus the two-pointer technique (O(n^2)) and skip duplicate values so no triple is reported twice.",
    r"""
def three_sum(nums: list[int], target: int = 0) -> list[tuple[int, int, int]]:
    values = sorted(nums)
    triples = []
    for i in range(len(values) - 2):
        if i > 0 and values[i] == values[i - 1]:
            continue
        lo, hi = i + 1, len(values) - 1
        while lo < hi:
            total = values[i] + values[lo] + values[hi]
            if total < target:
                lo += 1
            elif total > target:
                hi -= 1
            else:
                triples.append((values[i], values[lo], values[hi]))
                lo += 1
                while lo < hi and values[lo] == values[lo - 1]:
                    lo += 1
                hi -= 1
    return triples
""",
    r"""
from itertools import combinations
assert three_sum([-1, 0, 1, 2, -1, -4]) == [(-1, -1, 2), (-1, 0, 1)]
assert three_sum([0, 0, 0, 0]) == [(0, 0, 0)]
assert three_sum([1, 2, 3, 4, 5], 9) == [(1, 3, 5), (2, 3, 4)]
assert three_sum([1, 2]) == []
data = [3, -2, 5, 0, -2, 1, 4, -5, 0, 2]
expected = sorted({tuple(sorted(c)) for c in combinations(data, 3) if sum(c) == 3})
assert three_sum(data, 3) == expected
""",
)

add(
    "algorithms",
    "max-subarray",
    "Write `max_subarray(nums)` implementing Kadane's algorithm: return `(best_sum, start, end)` for the contiguous, non-empty slice `nums[start:end]` with the largest sum. On ties prefer the earliest start and then the shortest slice. Raise ValueError for an empty list. All-negative inputs return the single largest element.",
    r"""
def max_subarray(nums: list[int]) -> tuple[int, int, int]:
    if not nums:
        raise ValueError("empty input")
    best = (nums[0], 0, 1)
    running, start = 0, 0
    for index, value in enumerate(nums):
        running += value
        if running > best[0]:
            best = (running, start, index + 1)
        if running < 0:
            running, start = 0, index + 1
    return best
""",
    r"""
assert max_subarray([-2, 1, -3, 4, -1, 2, 1, -5, 4]) == (6, 3, 7)
assert max_subarray([5]) == (5, 0, 1)
assert max_subarray([-3, -1, -2]) == (-1, 1, 2)
assert max_subarray([1, 2, 3]) == (6, 0, 3)
assert max_subarray([2, -2, 2]) == (2, 0, 1)
assert max_subarray([0, 0, 3, -1]) == (3, 0, 3)
try:
    max_subarray([])
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "algorithms",
    "kruskal-mst",
    "Write `minimum_spanning_tree(n, edges)` using Kruskal's algorithm with a union-find structure. Vertices are 0..n-1 and `edges` is a list of `(weight, u, v)` tuples of an undirected graph. Return `(total_weight, chosen_edges)` where chosen_edges are the `(weight, u, v)` tuples taken in the order Kruskal picks them (sorted by weight, ties by input order). Raise ValueError if the graph is not connected.",
    r"""
def minimum_spanning_tree(n: int, edges: list[tuple[float, int, int]]) -> tuple[float, list[tuple[float, int, int]]]:
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    chosen = []
    total = 0
    for weight, u, v in sorted(edges, key=lambda edge: edge[0]):
        root_u, root_v = find(u), find(v)
        if root_u != root_v:
            parent[root_u] = root_v
            chosen.append((weight, u, v))
            total += weight
    if len(chosen) != max(n - 1, 0):
        raise ValueError("graph is not connected")
    return total, chosen
""",
    r"""
edges = [(7, 0, 1), (5, 0, 3), (8, 1, 2), (9, 1, 3), (7, 1, 4), (5, 2, 4), (15, 3, 4), (6, 3, 5), (8, 4, 5), (9, 4, 6), (11, 5, 6)]
total, chosen = minimum_spanning_tree(7, edges)
assert total == 39
assert chosen == [(5, 0, 3), (5, 2, 4), (6, 3, 5), (7, 0, 1), (7, 1, 4), (9, 4, 6)]
assert minimum_spanning_tree(1, []) == (0, [])
assert minimum_spanning_tree(3, [(1, 0, 1), (1, 1, 2), (1, 0, 2)]) == (2, [(1, 0, 1), (1, 1, 2)])
try:
    minimum_spanning_tree(4, [(1, 0, 1), (1, 2, 3)])
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "algorithms",
    "strongly-connected-components",
    "Write `strongly_connected_components(graph)` for a directed graph given as a dict mapping each node to a list of successors (nodes that only appear as successors count too). Use Kosaraju's algorithm with iterative depth-first searches so deep graphs do not hit the recursion limit. Return the components as sorted lists, the list of components sorted by its first element.",
    r"""
def strongly_connected_components(graph: dict) -> list[list]:
    nodes = set(graph)
    for successors in graph.values():
        nodes.update(successors)
    reverse: dict = {node: [] for node in nodes}
    for node, successors in graph.items():
        for nxt in successors:
            reverse[nxt].append(node)

    order = []
    visited = set()
    for root in sorted(nodes):
        if root in visited:
            continue
        visited.add(root)
        stack = [(root, iter(graph.get(root, [])))]
        while stack:
            node, successors = stack[-1]
            for nxt in successors:
                if nxt not in visited:
                    visited.add(nxt)
                    stack.append((nxt, iter(graph.get(nxt, []))))
                    break
            else:
                stack.pop()
                order.append(node)

    components = []
    assigned = set()
    for root in reversed(order):
        if root in assigned:
            continue
        assigned.add(root)
        component, stack = [], [root]
        while stack:
            node = stack.pop()
            component.append(node)
            for prev in reverse[node]:
                if prev not in assigned:
                    assigned.add(prev)
                    stack.append(prev)
        components.append(sorted(component))
    return sorted(components)
""",
    r"""
graph = {1: [2], 2: [3], 3: [1, 4], 4: [5], 5: [6], 6: [4], 7: [6, 8], 8: []}
assert strongly_connected_components(graph) == [[1, 2, 3], [4, 5, 6], [7], [8]]
assert strongly_connected_components({"a": ["b"], "b": ["a"], "c": ["c"]}) == [["a", "b"], ["c"]]
assert strongly_connected_components({0: [1]}) == [[0], [1]]
assert strongly_connected_components({}) == []
big = {i: [i + 1] for i in range(5000)}
big[5000] = [0]
assert strongly_connected_components(big) == [list(range(5001))]
""",
)

add(
    "algorithms",
    "max-non-overlapping",
    "Write `max_non_overlapping(intervals)` that selects the largest set of pairwise non-overlapping half-open intervals `[start, end)` using the greedy earliest-finish-time rule, and returns the chosen intervals sorted by end time (ties by start). Intervals that merely touch (one ends where the next starts) do not overlap.",
    r"""
def max_non_overlapping(intervals: list[tuple[int, int]]) -> list[tuple[int, int]]:
    chosen = []
    last_end = None
    for start, end in sorted(intervals, key=lambda pair: (pair[1], pair[0])):
        if last_end is None or start >= last_end:
            chosen.append((start, end))
            last_end = end
    return chosen
""",
    r"""
talks = [(1, 4), (3, 5), (0, 6), (5, 7), (3, 9), (5, 9), (6, 10), (8, 11), (8, 12), (2, 14), (12, 16)]
assert max_non_overlapping(talks) == [(1, 4), (5, 7), (8, 11), (12, 16)]
assert max_non_overlapping([(1, 2), (2, 3), (3, 4)]) == [(1, 2), (2, 3), (3, 4)]
assert max_non_overlapping([(0, 10), (1, 2), (2, 3)]) == [(1, 2), (2, 3)]
assert max_non_overlapping([]) == []
""",
)

add(
    "algorithms",
    "min-window-substring",
    "Write `min_window_substring(text, pattern)` that returns the shortest substring of `text` containing every character of `pattern` with at least the same multiplicity (e.g. 'ADOBECODEBANC', 'ABC' -> 'BANC'). Return the leftmost one on ties and an empty string if no window exists or the pattern is empty. Use a sliding window in O(len(text) + len(pattern)).",
    r"""
from collections import Counter


def min_window_substring(text: str, pattern: str) -> str:
    if not pattern:
        return ""
    need = Counter(pattern)
    missing = len(pattern)
    best_start, best_len = 0, None
    left = 0
    for right, ch in enumerate(text):
        if need[ch] > 0:
            missing -= 1
        need[ch] -= 1
        while missing == 0:
            if best_len is None or right - left + 1 < best_len:
                best_start, best_len = left, right - left + 1
            need[text[left]] += 1
            if need[text[left]] > 0:
                missing += 1
            left += 1
    return "" if best_len is None else text[best_start:best_start + best_len]
""",
    r"""
assert min_window_substring("ADOBECODEBANC", "ABC") == "BANC"
assert min_window_substring("a", "a") == "a"
assert min_window_substring("a", "aa") == ""
assert min_window_substring("aaflslflsldkalskaaa", "aaa") == "aaa"
assert min_window_substring("abcabc", "cb") == "bc"
assert min_window_substring("xyz", "") == ""
assert min_window_substring("", "a") == ""
""",
)

add(
    "algorithms",
    "longest-consecutive-sequence",
    "Write `longest_consecutive_sequence(nums)` that returns the longest run of consecutive integers (like 4, 5, 6, 7) that can be formed from the values of the unsorted list `nums`, as an increasing list. Duplicates are ignored; on ties return the run with the smallest starting value. Run in O(n) using a set, only starting a scan at values whose predecessor is absent.",
    r"""
def longest_consecutive_sequence(nums: list[int]) -> list[int]:
    values = set(nums)
    best_start, best_length = None, 0
    for value in values:
        if value - 1 in values:
            continue
        length = 1
        while value + length in values:
            length += 1
        if length > best_length or (length == best_length and value < best_start):
            best_start, best_length = value, length
    return [] if best_start is None else list(range(best_start, best_start + best_length))
""",
    r"""
assert longest_consecutive_sequence([100, 4, 200, 1, 3, 2]) == [1, 2, 3, 4]
assert longest_consecutive_sequence([0, 3, 7, 2, 5, 8, 4, 6, 0, 1]) == list(range(9))
assert longest_consecutive_sequence([10, 5, 11, 6]) == [5, 6]
assert longest_consecutive_sequence([-1, -2, 9, -3]) == [-3, -2, -1]
assert longest_consecutive_sequence([7, 7, 7]) == [7]
assert longest_consecutive_sequence([]) == []
""",
)

add(
    "algorithms",
    "next-greater-elements",
    "Write `next_greater_elements(nums, circular=False)` that returns, for each position, the first later element strictly greater than it, or -1 if there is none. With `circular=True` the search wraps around to the start of the list. Use a monotonic stack so the whole thing runs in O(n).",
    r"""
def next_greater_elements(nums: list[int], circular: bool = False) -> list[int]:
    n = len(nums)
    result = [-1] * n
    stack: list[int] = []
    for step in range(2 * n if circular else n):
        index = step % n
        while stack and nums[stack[-1]] < nums[index]:
            result[stack.pop()] = nums[index]
        if step < n:
            stack.append(index)
    return result
""",
    r"""
assert next_greater_elements([4, 5, 2, 25]) == [5, 25, 25, -1]
assert next_greater_elements([13, 7, 6, 12]) == [-1, 12, 12, -1]
assert next_greater_elements([1, 2, 1], circular=True) == [2, -1, 2]
assert next_greater_elements([5, 4, 3, 2, 1], circular=True) == [-1, 5, 5, 5, 5]
assert next_greater_elements([3, 3]) == [-1, -1]
assert next_greater_elements([]) == []
""",
)

add(
    "algorithms",
    "largest-rectangle-area",
    "Given bar heights of a bar chart where every bar has width 1, write `largest_rectangle_area(heights)` returning the area of the largest axis-aligned rectangle that fits under the bars. Use a stack of indices with increasing heights for an O(n) solution.",
    r"""
def largest_rectangle_area(heights: list[int]) -> int:
    stack: list[int] = []
    best = 0
    for index, height in enumerate(heights + [0]):
        while stack and heights[stack[-1]] >= height:
            top = stack.pop()
            left = stack[-1] + 1 if stack else 0
            best = max(best, heights[top] * (index - left))
        stack.append(index)
    return best
""",
    r"""
assert largest_rectangle_area([2, 1, 5, 6, 2, 3]) == 10
assert largest_rectangle_area([2, 4]) == 4
assert largest_rectangle_area([6, 2, 5, 4, 5, 1, 6]) == 12
assert largest_rectangle_area([3, 3, 3]) == 9
assert largest_rectangle_area([0]) == 0
assert largest_rectangle_area([]) == 0
""",
)

add(
    "algorithms",
    "gas-station-start",
    "There are n gas stations on a circular route; `gas[i]` is the fuel available at station i and `cost[i]` the fuel needed to drive from station i to station i + 1. Write `gas_station_start(gas, cost)` returning the index of the only station from which you can complete the circuit with an initially empty tank, or -1 if impossible. Use the one-pass greedy algorithm.",
    r"""
def gas_station_start(gas: list[int], cost: list[int]) -> int:
    if sum(gas) < sum(cost):
        return -1
    start, tank = 0, 0
    for index, (fuel, need) in enumerate(zip(gas, cost)):
        tank += fuel - need
        if tank < 0:
            start, tank = index + 1, 0
    return start
""",
    r"""
def simulate(gas, cost, start):
    tank = 0
    for step in range(len(gas)):
        i = (start + step) % len(gas)
        tank += gas[i] - cost[i]
        if tank < 0:
            return False
    return True


assert gas_station_start([1, 2, 3, 4, 5], [3, 4, 5, 1, 2]) == 3
assert gas_station_start([2, 3, 4], [3, 4, 3]) == -1
assert gas_station_start([5], [4]) == 0
gas, cost = [4, 6, 7, 4], [6, 5, 3, 5]
start = gas_station_start(gas, cost)
assert start == 1 and simulate(gas, cost, start)
""",
)

add(
    "algorithms",
    "least-intervals",
    "A CPU runs tasks identified by letters; each task takes one time unit and two runs of the same task must be separated by at least `cooldown` units (idle slots allowed). Write `least_intervals(tasks, cooldown)` returning the minimum total number of time units needed to run all tasks, using the counting formula based on the most frequent task(s).",
    r"""
from collections import Counter


def least_intervals(tasks: list[str], cooldown: int) -> int:
    if not tasks:
        return 0
    counts = Counter(tasks)
    top = max(counts.values())
    tied = sum(1 for value in counts.values() if value == top)
    return max(len(tasks), (top - 1) * (cooldown + 1) + tied)
""",
    r"""
assert least_intervals(list("AAABBB"), 2) == 8
assert least_intervals(list("AAABBB"), 0) == 6
assert least_intervals(list("AAAAAABCDEFG"), 2) == 16
assert least_intervals(list("ABCDE"), 4) == 5
assert least_intervals(list("AAB"), 3) == 5
assert least_intervals([], 5) == 0
""",
)

add(
    "algorithms",
    "subarray-sum-count",
    "Write `count_subarrays_with_sum(nums, target)` returning how many contiguous, non-empty subarrays of `nums` sum to `target`. The numbers may be negative, so use prefix sums with a dictionary counting how often each prefix sum has occurred (O(n)).",
    r"""
from collections import defaultdict


def count_subarrays_with_sum(nums: list[int], target: int) -> int:
    seen: defaultdict[int, int] = defaultdict(int)
    seen[0] = 1
    prefix = 0
    count = 0
    for value in nums:
        prefix += value
        count += seen[prefix - target]
        seen[prefix] += 1
    return count
""",
    r"""
def brute(nums, target):
    return sum(1 for i in range(len(nums)) for j in range(i + 1, len(nums) + 1) if sum(nums[i:j]) == target)


assert count_subarrays_with_sum([1, 1, 1], 2) == 2
assert count_subarrays_with_sum([1, 2, 3], 3) == 2
assert count_subarrays_with_sum([1, -1, 0], 0) == 3
assert count_subarrays_with_sum([], 0) == 0
data = [3, 4, -7, 1, 3, 3, 1, -4, 0, 2]
for target in range(-5, 8):
    assert count_subarrays_with_sum(data, target) == brute(data, target)
""",
)

add(
    "algorithms",
    "find-duplicate-number",
    "A list of n + 1 integers contains only values from 1 to n, so at least one value repeats. Write `find_duplicate_number(nums)` that returns a repeated value without modifying the list and using O(1) extra space, by treating the list as a linked list (i -> nums[i]) and applying Floyd's tortoise-and-hare cycle detection.",
    r"""
def find_duplicate_number(nums: list[int]) -> int:
    slow = fast = nums[0]
    while True:
        slow = nums[slow]
        fast = nums[nums[fast]]
        if slow == fast:
            break
    slow = nums[0]
    while slow != fast:
        slow = nums[slow]
        fast = nums[fast]
    return slow
""",
    r"""
assert find_duplicate_number([1, 3, 4, 2, 2]) == 2
assert find_duplicate_number([3, 1, 3, 4, 2]) == 3
assert find_duplicate_number([1, 1]) == 1
assert find_duplicate_number([2, 2, 2, 2, 2]) == 2
data = list(range(1, 1001)) + [637]
data = data[500:] + data[:500]
assert find_duplicate_number(data) == 637
assert data[0] == 501
""",
)

add(
    "algorithms",
    "min-ship-capacity",
    "Packages with weights `weights` must be shipped in the given order within `days` days; each day the ship loads consecutive packages without exceeding its capacity. Write `min_ship_capacity(weights, days)` returning the smallest capacity that makes this possible, using binary search over the answer between max(weights) and sum(weights).",
    r"""
def min_ship_capacity(weights: list[int], days: int) -> int:
    def days_needed(capacity: int) -> int:
        needed, load = 1, 0
        for weight in weights:
            if load + weight > capacity:
                needed += 1
                load = 0
            load += weight
        return needed

    lo, hi = max(weights), sum(weights)
    while lo < hi:
        mid = (lo + hi) // 2
        if days_needed(mid) <= days:
            hi = mid
        else:
            lo = mid + 1
    return lo
""",
    r"""
assert min_ship_capacity([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5) == 15
assert min_ship_capacity([3, 2, 2, 4, 1, 4], 3) == 6
assert min_ship_capacity([1, 2, 3, 1, 1], 4) == 3
assert min_ship_capacity([10], 1) == 10
assert min_ship_capacity([5, 5, 5], 10) == 5
assert min_ship_capacity([5, 5, 5], 1) == 15
""",
)

add(
    "algorithms",
    "minutes-to-rot",
    "In a grid, 0 is an empty cell, 1 a fresh orange and 2 a rotten orange. Every minute, fresh oranges 4-directionally adjacent to a rotten one become rotten. Write `minutes_to_rot(grid)` returning the minimum number of minutes until no fresh orange remains, or -1 if some can never rot. Use multi-source breadth-first search and do not modify the input grid.",
    r"""
from collections import deque


def minutes_to_rot(grid: list[list[int]]) -> int:
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    state = [row[:] for row in grid]
    queue = deque((r, c) for r in range(rows) for c in range(cols) if state[r][c] == 2)
    fresh = sum(row.count(1) for row in state)
    minutes = 0
    while queue and fresh:
        for _ in range(len(queue)):
            r, c = queue.popleft()
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols and state[nr][nc] == 1:
                    state[nr][nc] = 2
                    fresh -= 1
                    queue.append((nr, nc))
        minutes += 1
    return -1 if fresh else minutes
""",
    r"""
grid = [[2, 1, 1], [1, 1, 0], [0, 1, 1]]
assert minutes_to_rot(grid) == 4
assert grid == [[2, 1, 1], [1, 1, 0], [0, 1, 1]]
assert minutes_to_rot([[2, 1, 1], [0, 1, 1], [1, 0, 1]]) == -1
assert minutes_to_rot([[0, 2]]) == 0
assert minutes_to_rot([[1]]) == -1
assert minutes_to_rot([[2, 1, 1, 1, 1]]) == 4
assert minutes_to_rot([]) == 0
""",
)

add(
    "algorithms",
    "bellman-ford",
    "Write `bellman_ford(n, edges, source)` for a directed graph with vertices 0..n-1 and edges `(u, v, weight)` where weights may be negative. Return the list of shortest distances from `source` (float('inf') for unreachable vertices). If a negative-weight cycle is reachable from the source, raise ValueError.",
    r"""
def bellman_ford(n: int, edges: list[tuple[int, int, float]], source: int) -> list[float]:
    distance = [float("inf")] * n
    distance[source] = 0
    for _ in range(n - 1):
        changed = False
        for u, v, weight in edges:
            if distance[u] + weight < distance[v]:
                distance[v] = distance[u] + weight
                changed = True
        if not changed:
            break
    for u, v, weight in edges:
        if distance[u] + weight < distance[v]:
            raise ValueError("negative cycle reachable from source")
    return distance
""",
    r"""
INF = float("inf")
edges = [(0, 1, 4), (0, 2, 5), (1, 2, -3), (2, 3, 4), (3, 1, 2), (4, 0, 1)]
assert bellman_ford(5, edges, 0) == [0, 4, 1, 5, INF]
assert bellman_ford(5, edges, 4) == [1, 5, 2, 6, 0]
assert bellman_ford(1, [], 0) == [0]
try:
    bellman_ford(3, [(0, 1, 1), (1, 2, -2), (2, 1, 1)], 0)
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
assert bellman_ford(3, [(1, 2, -2), (2, 1, 1)], 0) == [0, INF, INF]
""",
)

add(
    "algorithms",
    "dag-longest-path",
    "Write `dag_longest_path(graph, weights=None)` for a directed acyclic graph given as a dict of node -> list of successors. Return `(length, path)` for the path with the largest total edge weight, where `weights` maps `(u, v)` to a weight (every edge weighs 1 when weights is None). Process nodes in topological order (Kahn's algorithm) and raise ValueError if the graph has a cycle. On ties any longest path may be returned; an empty graph gives `(0, [])`.",
    r"""
from collections import deque


def dag_longest_path(graph: dict, weights: dict | None = None) -> tuple[float, list]:
    nodes = set(graph)
    for successors in graph.values():
        nodes.update(successors)
    indegree = {node: 0 for node in nodes}
    for successors in graph.values():
        for nxt in successors:
            indegree[nxt] += 1
    queue = deque(sorted(node for node in nodes if indegree[node] == 0))
    best = {node: 0 for node in nodes}
    previous: dict = {}
    processed = 0
    while queue:
        node = queue.popleft()
        processed += 1
        for nxt in graph.get(node, []):
            weight = 1 if weights is None else weights[(node, nxt)]
            if best[node] + weight > best[nxt]:
                best[nxt] = best[node] + weight
                previous[nxt] = node
            indegree[nxt] -= 1
            if indegree[nxt] == 0:
                queue.append(nxt)
    if processed != len(nodes):
        raise ValueError("graph has a cycle")
    if not nodes:
        return 0, []
    end = max(sorted(nodes), key=lambda node: best[node])
    path = [end]
    while path[-1] in previous:
        path.append(previous[path[-1]])
    return best[end], path[::-1]
""",
    r"""
graph = {"a": ["b", "c"], "b": ["d"], "c": ["d"], "d": ["e"], "e": []}
assert dag_longest_path(graph)[0] == 3
weights = {("a", "b"): 1, ("a", "c"): 5, ("b", "d"): 1, ("c", "d"): 1, ("d", "e"): 2}
assert dag_longest_path(graph, weights) == (8, ["a", "c", "d", "e"])
assert dag_longest_path({1: [2], 2: [3], 4: [3]}) == (2, [1, 2, 3])
assert dag_longest_path({"x": []}) == (0, ["x"])
assert dag_longest_path({}) == (0, [])
try:
    dag_longest_path({1: [2], 2: [1]})
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "algorithms",
    "min-jumps",
    "Each element of `nums` is the maximum jump length forward from that position. Write `min_jumps(nums)` returning the minimum number of jumps needed to reach the last index from index 0, or -1 if it cannot be reached. Use the greedy breadth-first 'current reach / farthest reach' technique in O(n). A single-element list needs 0 jumps.",
    r"""
def min_jumps(nums: list[int]) -> int:
    jumps = 0
    current_end = 0
    farthest = 0
    last = len(nums) - 1
    for index in range(last):
        if index > farthest:
            return -1
        farthest = max(farthest, index + nums[index])
        if index == current_end:
            if farthest <= index:
                return -1
            jumps += 1
            current_end = farthest
            if current_end >= last:
                break
    return jumps
""",
    r"""
assert min_jumps([2, 3, 1, 1, 4]) == 2
assert min_jumps([2, 3, 0, 1, 4]) == 2
assert min_jumps([1, 1, 1, 1]) == 3
assert min_jumps([3, 2, 1, 0, 4]) == -1
assert min_jumps([0]) == 0
assert min_jumps([0, 1]) == -1
assert min_jumps([10, 0, 0, 0]) == 1
""",
)

add(
    "algorithms",
    "island-perimeter",
    "Write `island_perimeters(grid)` for a grid of 0 (water) and 1 (land): return the sorted list of perimeters of all islands (4-directionally connected land cells). The perimeter counts every cell edge that borders water or the grid boundary; lakes inside an island count too.",
    r"""
def island_perimeters(grid: list[list[int]]) -> list[int]:
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    seen = set()
    perimeters = []
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != 1 or (r, c) in seen:
                continue
            seen.add((r, c))
            stack = [(r, c)]
            perimeter = 0
            while stack:
                cr, cc = stack.pop()
                for nr, nc in ((cr + 1, cc), (cr - 1, cc), (cr, cc + 1), (cr, cc - 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == 1:
                        if (nr, nc) not in seen:
                            seen.add((nr, nc))
                            stack.append((nr, nc))
                    else:
                        perimeter += 1
            perimeters.append(perimeter)
    return sorted(perimeters)
""",
    r"""
grid = [
    [0, 1, 0, 0],
    [1, 1, 1, 0],
    [0, 1, 0, 0],
    [1, 1, 0, 0],
]
assert island_perimeters(grid) == [16]
assert island_perimeters([[1, 0, 1], [0, 0, 0], [1, 1, 0]]) == [4, 4, 6]
ring = [[1, 1, 1], [1, 0, 1], [1, 1, 1]]
assert island_perimeters(ring) == [16]
assert island_perimeters([[0, 0]]) == []
assert island_perimeters([]) == []
""",
)

add(
    "algorithms",
    "floyd-warshall",
    "Write `all_pairs_shortest_paths(n, edges)` implementing the Floyd-Warshall algorithm for a directed graph with vertices 0..n-1 and edges `(u, v, weight)` (if several edges join the same pair, the lightest counts). Return an n x n distance matrix with 0 on the diagonal and float('inf') where no path exists. Raise ValueError if a negative cycle exists.",
    r"""
def all_pairs_shortest_paths(n: int, edges: list[tuple[int, int, float]]) -> list[list[float]]:
    inf = float("inf")
    dist = [[0 if i == j else inf for j in range(n)] for i in range(n)]
    for u, v, weight in edges:
        dist[u][v] = min(dist[u][v], weight)
    for k in range(n):
        row_k = dist[k]
        for i in range(n):
            through = dist[i][k]
            if through == inf:
                continue
            row_i = dist[i]
            for j in range(n):
                candidate = through + row_k[j]
                if candidate < row_i[j]:
                    row_i[j] = candidate
    if any(dist[i][i] < 0 for i in range(n)):
        raise ValueError("negative cycle")
    return dist
""",
    r"""
INF = float("inf")
edges = [(0, 1, 3), (0, 2, 8), (1, 2, 2), (2, 0, 5), (2, 3, 1), (1, 3, 9), (1, 3, 7)]
assert all_pairs_shortest_paths(4, edges) == [
    [0, 3, 5, 6],
    [7, 0, 2, 3],
    [5, 8, 0, 1],
    [INF, INF, INF, 0],
]
assert all_pairs_shortest_paths(2, [(0, 1, -1)]) == [[0, -1], [INF, 0]]
assert all_pairs_shortest_paths(0, []) == []
try:
    all_pairs_shortest_paths(2, [(0, 1, 1), (1, 0, -2)])
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

# --------------------------------------------------------------------------- dynamic programming

add(
    "dynamic-programming",
    "edit-distance",
    "Write `edit_distance(source, target)` computing the Levenshtein distance (minimum number of single-character insertions, deletions and substitutions) with a dynamic-programming table that keeps only two rows in memory.",
    r"""
def edit_distance(source: str, target: str) -> int:
    previous = list(range(len(target) + 1))
    for i, s_char in enumerate(source, start=1):
        current = [i]
        for j, t_char in enumerate(target, start=1):
            current.append(
                min(
                    previous[j] + 1,
                    current[j - 1] + 1,
                    previous[j - 1] + (s_char != t_char),
                )
            )
        previous = current
    return previous[-1]
""",
    r"""
assert edit_distance("kitten", "sitting") == 3
assert edit_distance("", "abc") == 3
assert edit_distance("abc", "") == 3
assert edit_distance("same", "same") == 0
assert edit_distance("flaw", "lawn") == 2
assert edit_distance("intention", "execution") == 5
""",
    inp='Example: edit_distance("kitten", "sitting") -> 3',
)

add(
    "dynamic-programming",
    "longest-common-subsequence",
    "Write `longest_common_subsequence(a, b)` that returns one longest common subsequence of the two strings (not just its length), by filling a DP table and walking it to reconstruct the answer.",
    r"""
def longest_common_subsequence(a: str, b: str) -> str:
    rows, cols = len(a), len(b)
    table = [[0] * (cols + 1) for _ in range(rows + 1)]
    for i in range(rows - 1, -1, -1):
        for j in range(cols - 1, -1, -1):
            if a[i] == b[j]:
                table[i][j] = 1 + table[i + 1][j + 1]
            else:
                table[i][j] = max(table[i + 1][j], table[i][j + 1])
    result: list[str] = []
    i = j = 0
    while i < rows and j < cols:
        if a[i] == b[j]:
            result.append(a[i])
            i += 1
            j += 1
        elif table[i + 1][j] >= table[i][j + 1]:
            i += 1
        else:
            j += 1
    return "".join(result)
""",
    r"""
def is_subseq(sub, text):
    it = iter(text)
    return all(ch in it for ch in sub)

assert longest_common_subsequence("abcde", "ace") == "ace"
assert longest_common_subsequence("abc", "def") == ""
assert longest_common_subsequence("", "abc") == ""
for a, b, length in (("ABCBDAB", "BDCABA", 4), ("AGGTAB", "GXTXAYB", 4), ("aaaa", "aa", 2)):
    lcs = longest_common_subsequence(a, b)
    assert len(lcs) == length and is_subseq(lcs, a) and is_subseq(lcs, b), (a, b, lcs)
""",
)

add(
    "dynamic-programming",
    "lis-length",
    "Write `longest_increasing_subsequence_length(nums)` returning the length of the longest strictly increasing subsequence in O(n log n) using the patience-sorting idea with `bisect`.",
    r"""
from bisect import bisect_left


def longest_increasing_subsequence_length(nums: list[int]) -> int:
    tails: list[int] = []
    for num in nums:
        index = bisect_left(tails, num)
        if index == len(tails):
            tails.append(num)
        else:
            tails[index] = num
    return len(tails)
""",
    r"""
assert longest_increasing_subsequence_length([10, 9, 2, 5, 3, 7, 101, 18]) == 4
assert longest_increasing_subsequence_length([0, 1, 0, 3, 2, 3]) == 4
assert longest_increasing_subsequence_length([7, 7, 7]) == 1
assert longest_increasing_subsequence_length([]) == 0
assert longest_increasing_subsequence_length(list(range(50))) == 50
assert longest_increasing_subsequence_length(list(range(50, 0, -1))) == 1
""",
)

add(
    "dynamic-programming",
    "min-coins",
    "Write `min_coins(coins, amount)` that returns the fewest coins needed to make `amount` from unlimited coins of the given denominations, or -1 if it cannot be made. Use bottom-up dynamic programming (greedy is not always optimal).",
    r"""
def min_coins(coins: list[int], amount: int) -> int:
    unreachable = amount + 1
    best = [0] + [unreachable] * amount
    for value in range(1, amount + 1):
        for coin in coins:
            if coin <= value and best[value - coin] + 1 < best[value]:
                best[value] = best[value - coin] + 1
    return best[amount] if best[amount] != unreachable else -1
""",
    r"""
assert min_coins([1, 2, 5], 11) == 3
assert min_coins([2], 3) == -1
assert min_coins([1], 0) == 0
assert min_coins([1, 3, 4], 6) == 2
assert min_coins([186, 419, 83, 408], 6249) == 20
""",
    inp="Note: for coins [1, 3, 4] and amount 6 the answer is 2 (3 + 3), while a greedy choice would use three coins (4 + 1 + 1).",
)

add(
    "dynamic-programming",
    "count-coin-combinations",
    "Write `count_coin_combinations(coins, amount)` returning the number of distinct combinations (order does not matter) of coins that sum to `amount`, with unlimited coins of each denomination.",
    r"""
def count_coin_combinations(coins: list[int], amount: int) -> int:
    ways = [1] + [0] * amount
    for coin in coins:
        for value in range(coin, amount + 1):
            ways[value] += ways[value - coin]
    return ways[amount]
""",
    r"""
assert count_coin_combinations([1, 2, 5], 5) == 4
assert count_coin_combinations([2], 3) == 0
assert count_coin_combinations([10], 10) == 1
assert count_coin_combinations([1, 2, 5], 0) == 1
assert count_coin_combinations([1, 5, 10, 25, 50], 100) == 292
""",
)

add(
    "dynamic-programming",
    "knapsack",
    "Solve the 0/1 knapsack problem: `knapsack(weights, values, capacity)` returns the maximum total value of items whose total weight does not exceed `capacity`, each item used at most once. Use a one-dimensional DP array iterated backwards.",
    r"""
def knapsack(weights: list[int], values: list[int], capacity: int) -> int:
    best = [0] * (capacity + 1)
    for weight, value in zip(weights, values):
        for room in range(capacity, weight - 1, -1):
            best[room] = max(best[room], best[room - weight] + value)
    return best[capacity]
""",
    r"""
assert knapsack([1, 3, 4, 5], [1, 4, 5, 7], 7) == 9
assert knapsack([10], [5], 5) == 0
assert knapsack([], [], 10) == 0
assert knapsack([2, 3], [3, 4], 5) == 7
assert knapsack([5, 5], [10, 10], 5) == 10
""",
    inp="Constraint: O(len(weights) * capacity) time and O(capacity) memory.",
)

add(
    "dynamic-programming",
    "count-stair-paths",
    "Write `count_stair_paths(n, steps=(1, 2))` returning in how many distinct ordered ways you can climb a staircase of `n` steps when each move climbs one of the sizes in `steps`.",
    r"""
def count_stair_paths(n: int, steps: tuple[int, ...] = (1, 2)) -> int:
    ways = [1] + [0] * n
    for i in range(1, n + 1):
        ways[i] = sum(ways[i - step] for step in steps if step <= i)
    return ways[n]
""",
    r"""
assert count_stair_paths(0) == 1
assert count_stair_paths(1) == 1
assert count_stair_paths(2) == 2
assert count_stair_paths(5) == 8
assert count_stair_paths(4, (1, 2, 3)) == 7
assert count_stair_paths(7, (2,)) == 0
assert count_stair_paths(10, (1, 3, 5)) == 47
""",
)

add(
    "dynamic-programming",
    "unique-grid-paths",
    "A robot moves only right or down from the top-left to the bottom-right cell of a grid in which 1 marks an obstacle and 0 a free cell. Write `unique_paths(grid)` counting the distinct paths, with O(columns) extra memory.",
    r"""
def unique_paths(grid: list[list[int]]) -> int:
    if not grid or not grid[0]:
        return 0
    cols = len(grid[0])
    ways = [1] + [0] * (cols - 1)
    for row in grid:
        for c in range(cols):
            if row[c] == 1:
                ways[c] = 0
            elif c > 0:
                ways[c] += ways[c - 1]
    return ways[-1]
""",
    r"""
assert unique_paths([[0, 0, 0], [0, 1, 0], [0, 0, 0]]) == 2
assert unique_paths([[0, 1], [0, 0]]) == 1
assert unique_paths([[1]]) == 0
assert unique_paths([[0] * 7 for _ in range(3)]) == 28
assert unique_paths([]) == 0
assert unique_paths([[0, 0], [0, 1]]) == 0
""",
)

add(
    "dynamic-programming",
    "can-segment",
    "Write `can_segment(text, words)` that returns True if `text` can be split into a sequence of one or more dictionary words (words may be reused). Use DP over prefix positions.",
    r"""
def can_segment(text: str, words: list[str]) -> bool:
    vocabulary = set(words)
    lengths = {len(word) for word in vocabulary}
    reachable = [True] + [False] * len(text)
    for end in range(1, len(text) + 1):
        reachable[end] = any(
            size <= end and reachable[end - size] and text[end - size : end] in vocabulary
            for size in lengths
        )
    return reachable[-1]
""",
    r"""
assert can_segment("leetcode", ["leet", "code"])
assert can_segment("applepenapple", ["apple", "pen"])
assert not can_segment("catsandog", ["cats", "dog", "sand", "and", "cat"])
assert can_segment("", ["a"])
assert not can_segment("a", [])
assert can_segment("aaaaaaa", ["aaa", "aaaa"])
""",
)

add(
    "dynamic-programming",
    "max-non-adjacent-sum",
    "Write `max_non_adjacent_sum(nums)` returning the largest sum of elements such that no two chosen elements are adjacent in the list. Choosing nothing (sum 0) is allowed. Use O(1) extra space.",
    r"""
def max_non_adjacent_sum(nums: list[int]) -> int:
    take, skip = 0, 0
    for num in nums:
        take, skip = skip + num, max(take, skip)
    return max(take, skip)
""",
    r"""
assert max_non_adjacent_sum([2, 7, 9, 3, 1]) == 12
assert max_non_adjacent_sum([1, 2, 3, 1]) == 4
assert max_non_adjacent_sum([]) == 0
assert max_non_adjacent_sum([-1, -2]) == 0
assert max_non_adjacent_sum([5]) == 5
assert max_non_adjacent_sum([2, 1, 1, 2]) == 4
""",
)

add(
    "dynamic-programming",
    "min-path-sum",
    "Given a non-empty grid of non-negative integers, write `min_path_sum(grid)` returning the minimum sum along a path from the top-left to the bottom-right cell moving only right or down. Use a single row of DP state.",
    r"""
def min_path_sum(grid: list[list[int]]) -> int:
    costs: list[int] = []
    for r, row in enumerate(grid):
        for c, value in enumerate(row):
            if r == 0:
                costs.append(value + (costs[c - 1] if c > 0 else 0))
            elif c == 0:
                costs[0] += value
            else:
                costs[c] = min(costs[c], costs[c - 1]) + value
    return costs[-1]
""",
    r"""
assert min_path_sum([[1, 3, 1], [1, 5, 1], [4, 2, 1]]) == 7
assert min_path_sum([[1, 2, 3], [4, 5, 6]]) == 12
assert min_path_sum([[5]]) == 5
assert min_path_sum([[1], [2], [3]]) == 6
""",
)

add(
    "dynamic-programming",
    "can-partition-equal",
    "Write `can_partition_equal(nums)` that decides whether a list of positive integers can be split into two groups with equal sums, by tracking the set of reachable subset sums.",
    r"""
def can_partition_equal(nums: list[int]) -> bool:
    total = sum(nums)
    if total % 2:
        return False
    half = total // 2
    reachable = {0}
    for num in nums:
        reachable |= {s + num for s in reachable if s + num <= half}
    return half in reachable
""",
    r"""
assert can_partition_equal([1, 5, 11, 5])
assert not can_partition_equal([1, 2, 3, 5])
assert can_partition_equal([])
assert can_partition_equal([2, 2])
assert not can_partition_equal([1])
assert can_partition_equal([3, 1, 1, 2, 2, 1])
""",
)

add(
    "dynamic-programming",
    "count-decodings",
    "Letters are encoded as numbers: A -> 1, B -> 2, ..., Z -> 26. Write `count_decodings(digits)` returning how many ways a digit string can be decoded (0 for an empty string or when no decoding exists, e.g. a leading zero).",
    r"""
def count_decodings(digits: str) -> int:
    if not digits:
        return 0
    before_previous, previous = 1, 1
    for i, digit in enumerate(digits):
        current = previous if digit != "0" else 0
        if i > 0 and 10 <= int(digits[i - 1 : i + 1]) <= 26:
            current += before_previous
        before_previous, previous = previous, current
    return previous
""",
    r"""
assert count_decodings("12") == 2
assert count_decodings("226") == 3
assert count_decodings("06") == 0
assert count_decodings("10") == 1
assert count_decodings("") == 0
assert count_decodings("2101") == 1
assert count_decodings("11106") == 2
assert count_decodings("1111111111") == 89
""",
    inp='Example: count_decodings("226") -> 3',
)

add(
    "dynamic-programming",
    "max-profit",
    "Given daily stock prices, write `max_profit(prices)` returning the maximum profit from one buy followed by one later sell, or 0 if no profit is possible. Single pass, O(1) space.",
    r"""
def max_profit(prices: list[int]) -> int:
    best = 0
    lowest = float("inf")
    for price in prices:
        lowest = min(lowest, price)
        best = max(best, price - lowest)
    return best
""",
    r"""
assert max_profit([7, 1, 5, 3, 6, 4]) == 5
assert max_profit([7, 6, 4, 3, 1]) == 0
assert max_profit([]) == 0
assert max_profit([3]) == 0
assert max_profit([2, 4, 1, 10]) == 9
""",
)

add(
    "dynamic-programming",
    "longest-palindromic-subsequence",
    "Write `longest_palindromic_subsequence(text)` returning the length of the longest subsequence of `text` that reads the same in both directions, using an interval DP table.",
    r"""
def longest_palindromic_subsequence(text: str) -> int:
    n = len(text)
    if n == 0:
        return 0
    dp = [[0] * n for _ in range(n)]
    for i in range(n - 1, -1, -1):
        dp[i][i] = 1
        for j in range(i + 1, n):
            if text[i] == text[j]:
                dp[i][j] = dp[i + 1][j - 1] + 2
            else:
                dp[i][j] = max(dp[i + 1][j], dp[i][j - 1])
    return dp[0][n - 1]
""",
    r"""
assert longest_palindromic_subsequence("bbbab") == 4
assert longest_palindromic_subsequence("cbbd") == 2
assert longest_palindromic_subsequence("") == 0
assert longest_palindromic_subsequence("a") == 1
assert longest_palindromic_subsequence("character") == 5
assert longest_palindromic_subsequence("abcdef") == 1
""",
)

add(
    "dynamic-programming",
    "rod-cutting",
    "`prices[i]` is the price of a rod piece of length i + 1. Write `best_rod_value(prices, length)` returning the maximum revenue obtainable by cutting a rod of the given length into pieces (pieces longer than len(prices) cannot be sold).",
    r"""
def best_rod_value(prices: list[int], length: int) -> int:
    best = [0] * (length + 1)
    for size in range(1, length + 1):
        best[size] = max(
            (prices[cut - 1] + best[size - cut] for cut in range(1, min(size, len(prices)) + 1)),
            default=0,
        )
    return best[length]
""",
    r"""
prices = [1, 5, 8, 9, 10, 17, 17, 20]
assert best_rod_value(prices, 8) == 22
assert best_rod_value(prices, 4) == 10
assert best_rod_value([3], 5) == 15
assert best_rod_value(prices, 0) == 0
assert best_rod_value([], 3) == 0
""",
)

add(
    "dynamic-programming",
    "catalan-numbers",
    "Write `catalan_numbers(count)` returning the first `count` Catalan numbers using the recurrence C(n) = sum of C(i) * C(n - 1 - i) for i in 0..n-1, with C(0) = 1.",
    r"""
def catalan_numbers(count: int) -> list[int]:
    values = [1]
    for n in range(1, count):
        values.append(sum(values[i] * values[n - 1 - i] for i in range(n)))
    return values[:count]
""",
    r"""
assert catalan_numbers(0) == []
assert catalan_numbers(1) == [1]
assert catalan_numbers(6) == [1, 1, 2, 5, 14, 42]
from math import comb
assert catalan_numbers(20) == [comb(2 * n, n) // (n + 1) for n in range(20)]
""",
)

add(
    "dynamic-programming",
    "longest-common-substring",
    "Write `longest_common_substring(a, b)` returning the longest contiguous string that occurs in both inputs (the one ending earliest in `a` on ties), using DP with two rows.",
    r"""
def longest_common_substring(a: str, b: str) -> str:
    best_len, best_end = 0, 0
    previous = [0] * (len(b) + 1)
    for i in range(1, len(a) + 1):
        current = [0] * (len(b) + 1)
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                current[j] = previous[j - 1] + 1
                if current[j] > best_len:
                    best_len, best_end = current[j], i
        previous = current
    return a[best_end - best_len : best_end]
""",
    r"""
assert longest_common_substring("ababc", "babca") == "babc"
assert longest_common_substring("abc", "def") == ""
assert longest_common_substring("", "x") == ""
assert longest_common_substring("xyzabc", "abcxyz") == "xyz"
assert longest_common_substring("programming", "gaming") == "ming"
""",
)

add(
    "dynamic-programming",
    "longest-valid-parentheses",
    "Write `longest_valid_parentheses(text)` that returns the length of the longest contiguous substring of well-formed parentheses in a string made of '(' and ')'. Use dynamic programming where `dp[i]` is the length of the longest valid substring ending at index i.",
    r"""
def longest_valid_parentheses(text: str) -> int:
    dp = [0] * len(text)
    best = 0
    for i in range(1, len(text)):
        if text[i] != ")":
            continue
        if text[i - 1] == "(":
            dp[i] = (dp[i - 2] if i >= 2 else 0) + 2
        else:
            opener = i - dp[i - 1] - 1
            if opener >= 0 and text[opener] == "(":
                dp[i] = dp[i - 1] + 2 + (dp[opener - 1] if opener >= 1 else 0)
        best = max(best, dp[i])
    return best
""",
    r"""
assert longest_valid_parentheses("(()") == 2
assert longest_valid_parentheses(")()())") == 4
assert longest_valid_parentheses("()(())") == 6
assert longest_valid_parentheses("()(()") == 2
assert longest_valid_parentheses("((()))())(") == 8
assert longest_valid_parentheses("") == 0
assert longest_valid_parentheses(")(") == 0
""",
)

add(
    "dynamic-programming",
    "max-product-subarray",
    "Write `max_product_subarray(nums)` returning the largest product of a contiguous, non-empty subarray of integers. Because a negative number can turn the smallest product into the largest, track both the maximum and minimum product of subarrays ending at each position. Raise ValueError for an empty list.",
    r"""
def max_product_subarray(nums: list[int]) -> int:
    if not nums:
        raise ValueError("empty input")
    high = low = best = nums[0]
    for value in nums[1:]:
        candidates = (value, high * value, low * value)
        high, low = max(candidates), min(candidates)
        best = max(best, high)
    return best
""",
    r"""
assert max_product_subarray([2, 3, -2, 4]) == 6
assert max_product_subarray([-2, 0, -1]) == 0
assert max_product_subarray([-2, 3, -4]) == 24
assert max_product_subarray([-3]) == -3
assert max_product_subarray([0, 2, -5, -2, -4, 3]) == 24
assert max_product_subarray([-1, -1, -1]) == 1
try:
    max_product_subarray([])
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "dynamic-programming",
    "count-distinct-subsequences",
    "Write `count_distinct_subsequences(source, target)` returning the number of distinct ways `target` occurs as a subsequence of `source` (different index choices count separately), e.g. 'rabbbit' contains 'rabbit' 3 ways. Use a one-dimensional DP array updated from right to left.",
    r"""
def count_distinct_subsequences(source: str, target: str) -> int:
    ways = [1] + [0] * len(target)
    for ch in source:
        for j in range(len(target), 0, -1):
            if target[j - 1] == ch:
                ways[j] += ways[j - 1]
    return ways[len(target)]
""",
    r"""
assert count_distinct_subsequences("rabbbit", "rabbit") == 3
assert count_distinct_subsequences("babgbag", "bag") == 5
assert count_distinct_subsequences("abc", "") == 1
assert count_distinct_subsequences("", "a") == 0
assert count_distinct_subsequences("aaaa", "aa") == 6
assert count_distinct_subsequences("abc", "abcd") == 0
""",
)

add(
    "dynamic-programming",
    "matrix-chain-cost",
    "Matrix i has shape `dims[i] x dims[i + 1]`. Write `matrix_chain_cost(dims)` returning `(cost, parenthesisation)`: the minimum number of scalar multiplications needed to multiply the whole chain, and an optimal order written with matrices named A, B, C, ... such as '((AB)C)'. A single matrix costs 0 and is written 'A'. Use interval DP over chain lengths.",
    r"""
def matrix_chain_cost(dims: list[int]) -> tuple[int, str]:
    n = len(dims) - 1
    if n < 1:
        raise ValueError("need at least one matrix")
    cost = [[0] * n for _ in range(n)]
    split = [[0] * n for _ in range(n)]
    for length in range(2, n + 1):
        for i in range(n - length + 1):
            j = i + length - 1
            cost[i][j] = None
            for k in range(i, j):
                candidate = cost[i][k] + cost[k + 1][j] + dims[i] * dims[k + 1] * dims[j + 1]
                if cost[i][j] is None or candidate < cost[i][j]:
                    cost[i][j] = candidate
                    split[i][j] = k

    def render(i: int, j: int) -> str:
        if i == j:
            return chr(ord("A") + i)
        k = split[i][j]
        return "(" + render(i, k) + render(k + 1, j) + ")"

    return cost[0][n - 1], render(0, n - 1)
""",
    r"""
assert matrix_chain_cost([10, 30, 5, 60]) == (4500, "((AB)C)")
assert matrix_chain_cost([40, 20, 30, 10, 30]) == (26000, "((A(BC))D)")
assert matrix_chain_cost([1, 2, 3, 4, 3]) == (30, "(((AB)C)D)")
assert matrix_chain_cost([5, 10]) == (0, "A")
assert matrix_chain_cost([30, 35, 15, 5, 10, 20, 25])[0] == 15125
""",
)

add(
    "dynamic-programming",
    "egg-drop",
    "With `eggs` identical eggs and a building of `floors` floors, write `egg_drop_trials(eggs, floors)` returning the minimum number of drops that guarantees finding the highest safe floor in the worst case. Compute it with the 'how many floors can t drops and e eggs cover' recurrence f(t, e) = f(t-1, e-1) + f(t-1, e) + 1, increasing t until the coverage reaches `floors`.",
    r"""
def egg_drop_trials(eggs: int, floors: int) -> int:
    if eggs < 1:
        raise ValueError("need at least one egg")
    coverage = [0] * (eggs + 1)
    trials = 0
    while coverage[eggs] < floors:
        trials += 1
        for e in range(eggs, 0, -1):
            coverage[e] = coverage[e - 1] + coverage[e] + 1
    return trials
""",
    r"""
assert egg_drop_trials(1, 10) == 10
assert egg_drop_trials(2, 100) == 14
assert egg_drop_trials(2, 6) == 3
assert egg_drop_trials(3, 14) == 4
assert egg_drop_trials(5, 0) == 0
assert egg_drop_trials(10, 1000) == 10
try:
    egg_drop_trials(0, 5)
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "dynamic-programming",
    "regex-full-match",
    "Write `regex_full_match(text, pattern)` implementing a tiny regular-expression matcher with bottom-up DP: '.' matches any single character and 'x*' matches zero or more of the preceding element. The whole text must match the whole pattern. Do not use the `re` module.",
    r"""
def regex_full_match(text: str, pattern: str) -> bool:
    rows, cols = len(text), len(pattern)
    match = [[False] * (cols + 1) for _ in range(rows + 1)]
    match[rows][cols] = True
    for i in range(rows, -1, -1):
        for j in range(cols - 1, -1, -1):
            first = i < rows and pattern[j] in (text[i], ".")
            if j + 1 < cols and pattern[j + 1] == "*":
                match[i][j] = match[i][j + 2] or (first and match[i + 1][j])
            else:
                match[i][j] = first and match[i + 1][j + 1]
    return match[0][0]
""",
    r"""
import re
assert not regex_full_match("aa", "a")
assert regex_full_match("aa", "a*")
assert regex_full_match("ab", ".*")
assert regex_full_match("aab", "c*a*b")
assert not regex_full_match("mississippi", "mis*is*p*.")
assert regex_full_match("", "x*y*")
assert not regex_full_match("", ".")
for text in ["", "a", "ab", "aab", "abb", "ba", "abab"]:
    for pattern in ["a*b*", ".b", "a.*b", "ab*a*", ".*a.*", "b*", ".*"]:
        assert regex_full_match(text, pattern) == bool(re.fullmatch(pattern, text)), (text, pattern)
""",
)

add(
    "dynamic-programming",
    "largest-square",
    "Write `largest_square_area(grid)` that returns the area of the largest square sub-grid containing only 1s in a 0/1 matrix, using the DP relation side[r][c] = 1 + min(top, left, top-left) for cells equal to 1. An empty grid has area 0.",
    r"""
def largest_square_area(grid: list[list[int]]) -> int:
    best = 0
    previous: list[int] = []
    for row in grid:
        current = [0] * len(row)
        for c, cell in enumerate(row):
            if cell == 1:
                if previous and c > 0:
                    current[c] = 1 + min(previous[c], current[c - 1], previous[c - 1])
                else:
                    current[c] = 1
                best = max(best, current[c])
        previous = current
    return best * best
""",
    r"""
grid = [
    [1, 0, 1, 0, 0],
    [1, 0, 1, 1, 1],
    [1, 1, 1, 1, 1],
    [1, 0, 0, 1, 0],
]
assert largest_square_area(grid) == 4
assert largest_square_area([[0, 1], [1, 0]]) == 1
assert largest_square_area([[1, 1, 1], [1, 1, 1], [1, 1, 1]]) == 9
assert largest_square_area([[0]]) == 0
assert largest_square_area([]) == 0
""",
)

add(
    "dynamic-programming",
    "is-interleaving",
    "Write `is_interleaving(first, second, combined)` that returns True when `combined` can be formed by interleaving the characters of `first` and `second` while keeping the relative order of each, using a DP table over prefixes of the two strings.",
    r"""
def is_interleaving(first: str, second: str, combined: str) -> bool:
    if len(first) + len(second) != len(combined):
        return False
    reachable = [False] * (len(second) + 1)
    for i in range(len(first) + 1):
        for j in range(len(second) + 1):
            if i == 0 and j == 0:
                reachable[j] = True
                continue
            from_first = i > 0 and reachable[j] and first[i - 1] == combined[i + j - 1]
            from_second = j > 0 and reachable[j - 1] and second[j - 1] == combined[i + j - 1]
            reachable[j] = from_first or from_second
    return reachable[len(second)]
""",
    r"""
assert is_interleaving("aabcc", "dbbca", "aadbbcbcac")
assert not is_interleaving("aabcc", "dbbca", "aadbbbaccc")
assert is_interleaving("", "", "")
assert is_interleaving("abc", "", "abc")
assert not is_interleaving("a", "b", "a")
assert is_interleaving("ab", "ab", "aabb")
assert not is_interleaving("ab", "cd", "badc")
""",
)

add(
    "dynamic-programming",
    "min-squares",
    "Write `min_squares(n)` returning the smallest number of perfect squares (1, 4, 9, ...) that sum to the non-negative integer n, e.g. 12 = 4 + 4 + 4 gives 3, and `square_decomposition(n)` returning one such optimal list of squares in non-increasing order. Use a bottom-up DP table of size n + 1.",
    r"""
def _table(n: int) -> tuple[list[int], list[int]]:
    best = [0] + [n + 1] * n
    choice = [0] * (n + 1)
    for value in range(1, n + 1):
        root = 1
        while root * root <= value:
            square = root * root
            if best[value - square] + 1 < best[value]:
                best[value] = best[value - square] + 1
                choice[value] = square
            root += 1
    return best, choice


def min_squares(n: int) -> int:
    return _table(n)[0][n]


def square_decomposition(n: int) -> list[int]:
    _, choice = _table(n)
    parts = []
    while n:
        parts.append(choice[n])
        n -= choice[n]
    return sorted(parts, reverse=True)
""",
    r"""
assert min_squares(12) == 3
assert min_squares(13) == 2
assert min_squares(0) == 0
assert min_squares(1) == 1
assert min_squares(7) == 4
assert min_squares(9999) == 4
assert square_decomposition(13) == [9, 4]
assert square_decomposition(0) == []
for n in range(1, 200):
    parts = square_decomposition(n)
    assert sum(parts) == n and len(parts) == min_squares(n)
""",
)

add(
    "dynamic-programming",
    "min-triangle-path",
    "A number triangle is given as a list of rows where row i has i + 1 numbers. Moving from a number you may step to one of the two adjacent numbers in the row below. Write `min_triangle_path(triangle)` returning the minimum path sum from top to bottom, computed bottom-up in O(n) extra space without modifying the input. An empty triangle returns 0.",
    r"""
def min_triangle_path(triangle: list[list[int]]) -> int:
    if not triangle:
        return 0
    best = list(triangle[-1])
    for row in reversed(triangle[:-1]):
        best = [value + min(best[i], best[i + 1]) for i, value in enumerate(row)]
    return best[0]
""",
    r"""
tri = [[2], [3, 4], [6, 5, 7], [4, 1, 8, 3]]
assert min_triangle_path(tri) == 11
assert tri[-1] == [4, 1, 8, 3]
assert min_triangle_path([[-10]]) == -10
assert min_triangle_path([[1], [2, 3]]) == 3
assert min_triangle_path([[1], [-5, 3], [10, 1, -20]]) == -16
assert min_triangle_path([]) == 0
""",
)

# --------------------------------------------------------------------------- stdlib

add(
    "stdlib",
    "top-k-words",
    "Write `top_k_words(words, k)` that returns the k most frequent words, most frequent first, breaking ties alphabetically. Use `collections.Counter` and `heapq.nsmallest`.",
    r"""
import heapq
from collections import Counter


def top_k_words(words: list[str], k: int) -> list[str]:
    counts = Counter(words)
    return heapq.nsmallest(k, counts, key=lambda word: (-counts[word], word))
""",
    r"""
words = ["i", "love", "python", "i", "love", "coding"]
assert top_k_words(words, 2) == ["i", "love"]
assert top_k_words(words, 3) == ["i", "love", "coding"]
text = "the day is sunny the the the sunny is is".split()
assert top_k_words(text, 4) == ["the", "is", "sunny", "day"]
assert top_k_words([], 3) == []
assert top_k_words(["a"], 5) == ["a"]
""",
    inp='Example: top_k_words(["b", "a", "b", "c", "a", "b"], 2) -> ["b", "a"]',
)

add(
    "stdlib",
    "merge-logs",
    "Several log streams are each sorted by timestamp and hold `(timestamp, message)` tuples. Write `merge_logs(*streams)` that lazily merges them into one sorted list with `heapq.merge`, comparing only the timestamp (for equal timestamps, earlier streams come first).",
    r"""
import heapq
from operator import itemgetter


def merge_logs(*streams: list[tuple[int, str]]) -> list[tuple[int, str]]:
    return list(heapq.merge(*streams, key=itemgetter(0)))
""",
    r"""
web = [(1, "web start"), (5, "web request"), (9, "web stop")]
db = [(2, "db start"), (5, "db query")]
assert merge_logs(web, db) == [
    (1, "web start"), (2, "db start"), (5, "web request"), (5, "db query"), (9, "web stop")]
assert merge_logs() == []
assert merge_logs([], [(3, "x")]) == [(3, "x")]
""",
)

add(
    "stdlib",
    "k-closest-points",
    "Write `k_closest_points(points, k)` that returns the k points closest to the origin (Euclidean distance), nearest first, using `heapq.nsmallest`.",
    r"""
import heapq


def k_closest_points(points: list[tuple[int, int]], k: int) -> list[tuple[int, int]]:
    return heapq.nsmallest(k, points, key=lambda point: point[0] ** 2 + point[1] ** 2)
""",
    r"""
assert k_closest_points([(1, 3), (-2, 2)], 1) == [(-2, 2)]
assert k_closest_points([(3, 3), (5, -1), (-2, 4)], 2) == [(3, 3), (-2, 4)]
assert k_closest_points([], 3) == []
assert k_closest_points([(0, 5), (1, 1), (0, 0)], 3) == [(0, 0), (1, 1), (0, 5)]
""",
)

add(
    "stdlib",
    "count-in-range",
    "Write `count_in_range(sorted_nums, low, high)` that counts how many values of a sorted list lie in the closed interval [low, high] in O(log n) using the bisect module.",
    r"""
from bisect import bisect_left, bisect_right


def count_in_range(sorted_nums: list[int], low: int, high: int) -> int:
    if low > high:
        return 0
    return bisect_right(sorted_nums, high) - bisect_left(sorted_nums, low)
""",
    r"""
data = [1, 2, 2, 3, 5, 8, 8, 8, 13]
assert count_in_range(data, 2, 8) == 7
assert count_in_range(data, 4, 4) == 0
assert count_in_range(data, -10, 100) == 9
assert count_in_range(data, 8, 8) == 3
assert count_in_range(data, 9, 1) == 0
assert count_in_range([], 0, 1) == 0
""",
)

add(
    "stdlib",
    "sorted-list",
    "Implement a `SortedList` class that keeps its items sorted using `bisect`: `insert(value)`, `remove(value)` (ValueError if absent), `in` in O(log n), `count_less_than(value)`, `len()` and iteration in sorted order.",
    r"""
import bisect
from collections.abc import Iterable, Iterator


class SortedList:
    def __init__(self, values: Iterable = ()) -> None:
        self._items = sorted(values)

    def insert(self, value) -> None:
        bisect.insort(self._items, value)

    def remove(self, value) -> None:
        index = bisect.bisect_left(self._items, value)
        if index == len(self._items) or self._items[index] != value:
            raise ValueError(f"{value!r} not in list")
        del self._items[index]

    def __contains__(self, value) -> bool:
        index = bisect.bisect_left(self._items, value)
        return index < len(self._items) and self._items[index] == value

    def count_less_than(self, value) -> int:
        return bisect.bisect_left(self._items, value)

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator:
        return iter(self._items)
""",
    r"""
s = SortedList([5, 1, 4])
s.insert(3)
s.insert(3)
assert list(s) == [1, 3, 3, 4, 5] and len(s) == 5
assert 4 in s and 2 not in s
assert s.count_less_than(4) == 3
s.remove(3)
assert list(s) == [1, 3, 4, 5]
try:
    s.remove(42)
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "stdlib",
    "sliding-window-maximum",
    "Write `sliding_window_maximum(nums, k)` returning the maximum of every window of k consecutive numbers in O(n), using a `collections.deque` of indices whose values decrease. Raise ValueError if k < 1.",
    r"""
from collections import deque


def sliding_window_maximum(nums: list[int], k: int) -> list[int]:
    if k < 1:
        raise ValueError("k must be at least 1")
    window: deque[int] = deque()
    maxima: list[int] = []
    for i, num in enumerate(nums):
        while window and nums[window[-1]] <= num:
            window.pop()
        window.append(i)
        if window[0] <= i - k:
            window.popleft()
        if i >= k - 1:
            maxima.append(nums[window[0]])
    return maxima
""",
    r"""
assert sliding_window_maximum([1, 3, -1, -3, 5, 3, 6, 7], 3) == [3, 3, 5, 5, 6, 7]
assert sliding_window_maximum([1], 1) == [1]
assert sliding_window_maximum([4, 2], 3) == []
assert sliding_window_maximum([9, 8, 7, 6], 2) == [9, 8, 7]
data = [5, 1, 4, 4, 2, 8, 0, 3]
assert sliding_window_maximum(data, 4) == [max(data[i:i + 4]) for i in range(len(data) - 3)]
try:
    sliding_window_maximum([1], 0)
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "stdlib",
    "build-adjacency",
    "Write `build_adjacency(edges, directed=False)` that turns `(source, target)` pairs into an adjacency dict with sorted neighbour lists and sorted node keys, using `collections.defaultdict(set)`. In directed mode, nodes that are only targets still appear with an empty list.",
    r"""
from collections import defaultdict


def build_adjacency(edges: list[tuple[str, str]], directed: bool = False) -> dict[str, list[str]]:
    adjacency: defaultdict[str, set[str]] = defaultdict(set)
    for source, target in edges:
        adjacency[source].add(target)
        if directed:
            adjacency.setdefault(target, set())
        else:
            adjacency[target].add(source)
    return {node: sorted(neighbors) for node, neighbors in sorted(adjacency.items())}
""",
    r"""
edges = [("b", "a"), ("a", "c"), ("b", "c"), ("a", "c")]
assert build_adjacency(edges) == {"a": ["b", "c"], "b": ["a", "c"], "c": ["a", "b"]}
assert build_adjacency(edges, directed=True) == {"a": ["c"], "b": ["a", "c"], "c": []}
assert build_adjacency([]) == {}
""",
)

add(
    "stdlib",
    "count-partitions",
    "Write `count_partitions(n)` returning the number of ways to write n as a sum of positive integers, ignoring order (p(5) = 7). Memoise a helper `ways(remaining, largest_part)` with `functools.cache`.",
    r"""
from functools import cache


def count_partitions(n: int) -> int:
    @cache
    def ways(remaining: int, largest: int) -> int:
        if remaining == 0:
            return 1
        return sum(ways(remaining - part, part) for part in range(1, min(largest, remaining) + 1))

    return ways(n, n)
""",
    r"""
assert [count_partitions(n) for n in range(8)] == [1, 1, 2, 3, 5, 7, 11, 15]
assert count_partitions(10) == 42
assert count_partitions(50) == 204226
""",
)

add(
    "stdlib",
    "group-by-initial",
    "Write `group_by_initial(words)` that returns a dict mapping each lowercase initial letter to the words starting with it, sorted case-insensitively. Use `sorted` plus `itertools.groupby` and skip empty strings.",
    r"""
from itertools import groupby


def group_by_initial(words: list[str]) -> dict[str, list[str]]:
    ordered = sorted((word for word in words if word), key=str.lower)
    return {
        initial: list(group)
        for initial, group in groupby(ordered, key=lambda word: word[0].lower())
    }
""",
    r"""
words = ["banana", "Apple", "cherry", "avocado", "", "blueberry"]
assert group_by_initial(words) == {
    "a": ["Apple", "avocado"],
    "b": ["banana", "blueberry"],
    "c": ["cherry"],
}
assert group_by_initial([]) == {}
assert list(group_by_initial(["zed", "Ant"])) == ["a", "z"]
""",
)

add(
    "stdlib",
    "dice-sum-probability",
    "Write `dice_sum_probability(dice, total, sides=6)` that returns the exact probability, as a `fractions.Fraction`, that `dice` fair dice sum to `total`. Enumerate outcomes with `itertools.product`.",
    r"""
from fractions import Fraction
from itertools import product


def dice_sum_probability(dice: int, total: int, sides: int = 6) -> Fraction:
    outcomes = product(range(1, sides + 1), repeat=dice)
    hits = sum(1 for roll in outcomes if sum(roll) == total)
    return Fraction(hits, sides**dice)
""",
    r"""
from fractions import Fraction
assert dice_sum_probability(2, 7) == Fraction(1, 6)
assert dice_sum_probability(2, 2) == Fraction(1, 36)
assert dice_sum_probability(1, 7) == 0
assert dice_sum_probability(3, 10) == Fraction(1, 8)
assert dice_sum_probability(2, 3, sides=4) == Fraction(2, 16)
assert sum(dice_sum_probability(3, t) for t in range(3, 19)) == 1
""",
    inp="Example: dice_sum_probability(2, 7) -> Fraction(1, 6)",
)

add(
    "stdlib",
    "shortest-tour",
    "Write `shortest_tour(distances)` that solves a tiny travelling-salesman instance by brute force. `distances` is a square matrix; the tour starts and ends at city 0. Return `(cost, route)` where route is a tuple of cities including both ends. Use `itertools.permutations` and `itertools.pairwise`, keeping the first optimum found.",
    r"""
from itertools import pairwise, permutations


def shortest_tour(distances: list[list[int]]) -> tuple[int, tuple[int, ...]]:
    best: tuple[int, tuple[int, ...]] | None = None
    for order in permutations(range(1, len(distances))):
        route = (0, *order, 0)
        cost = sum(distances[a][b] for a, b in pairwise(route))
        if best is None or cost < best[0]:
            best = (cost, route)
    return best
""",
    r"""
d = [[0, 10, 15, 20], [10, 0, 35, 25], [15, 35, 0, 30], [20, 25, 30, 0]]
assert shortest_tour(d) == (80, (0, 1, 3, 2, 0))
assert shortest_tour([[0]]) == (0, (0, 0))
assert shortest_tour([[0, 3], [4, 0]]) == (7, (0, 1, 0))
""",
)

add(
    "stdlib",
    "summary-stats",
    "Write `summary_stats(values)` returning a dict with `count`, `mean`, `min`, `max` and sample `stdev` (0.0 for a single value) using the `statistics` module. Raise ValueError for empty input.",
    r"""
import statistics


def summary_stats(values: list[float]) -> dict[str, float]:
    if not values:
        raise ValueError("summary_stats() requires at least one value")
    return {
        "count": len(values),
        "mean": statistics.fmean(values),
        "min": min(values),
        "max": max(values),
        "stdev": statistics.stdev(values) if len(values) > 1 else 0.0,
    }
""",
    r"""
from math import isclose, sqrt
stats = summary_stats([2, 4, 4, 4, 5, 5, 7, 9])
assert stats["count"] == 8 and stats["mean"] == 5 and stats["min"] == 2 and stats["max"] == 9
assert isclose(stats["stdev"], sqrt(32 / 7))
assert summary_stats([3]) == {"count": 1, "mean": 3.0, "min": 3, "max": 3, "stdev": 0.0}
try:
    summary_stats([])
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "stdlib",
    "render-template",
    "Write `render_template(template, values)` that fills `$name` and `${name}` placeholders using `string.Template`. Unknown placeholders must be left untouched instead of raising, and `$$` produces a literal dollar sign.",
    r"""
from string import Template


def render_template(template: str, values: dict[str, object]) -> str:
    return Template(template).safe_substitute(values)
""",
    r"""
assert render_template("Hello $name!", {"name": "Ada"}) == "Hello Ada!"
assert render_template("${count}x items", {"count": 3}) == "3x items"
assert render_template("Cost: $$$price", {"price": 5}) == "Cost: $5"
assert render_template("Hi $who, $missing", {"who": "Bob"}) == "Hi Bob, $missing"
assert render_template("", {}) == ""
""",
)

add(
    "stdlib",
    "can-build-word",
    "Write `can_build_word(word, letters)` returning True if `word` can be spelled using the characters of `letters`, each character used at most as many times as it appears. Use `collections.Counter` arithmetic.",
    r"""
from collections import Counter


def can_build_word(word: str, letters: str) -> bool:
    return not Counter(word) - Counter(letters)
""",
    r"""
assert can_build_word("aab", "baa")
assert not can_build_word("aa", "ab")
assert can_build_word("", "")
assert can_build_word("cat", "tacocat")
assert not can_build_word("Cat", "cat")
""",
)

add(
    "stdlib",
    "can-form-palindrome",
    "Write `can_form_palindrome(text)` that checks whether the characters of `text` can be rearranged into a palindrome, i.e. at most one character has an odd count. Use `collections.Counter`.",
    r"""
from collections import Counter


def can_form_palindrome(text: str) -> bool:
    odd_counts = sum(count % 2 for count in Counter(text).values())
    return odd_counts <= 1
""",
    r"""
assert can_form_palindrome("carrace")
assert can_form_palindrome("aabb")
assert not can_form_palindrome("abc")
assert can_form_palindrome("")
assert can_form_palindrome("x")
assert not can_form_palindrome("aabbcd")
""",
)

add(
    "stdlib",
    "split-bill",
    'Write `split_bill(total, people)` that splits a money amount given as a string (e.g. `"100.00"`) into `people` shares as `Decimal`s with two decimal places. Round the total half-up to cents first; the shares must add up exactly to it, with leftover cents going to the first shares. Raise ValueError if people < 1.',
    r"""
from decimal import ROUND_HALF_UP, Decimal


def split_bill(total: str, people: int) -> list[Decimal]:
    if people < 1:
        raise ValueError("people must be at least 1")
    cents = int((Decimal(total) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    base, extra = divmod(cents, people)
    return [Decimal(base + (1 if i < extra else 0)).scaleb(-2) for i in range(people)]
""",
    r"""
from decimal import Decimal
assert split_bill("100.00", 3) == [Decimal("33.34"), Decimal("33.33"), Decimal("33.33")]
assert split_bill("10", 2) == [Decimal("5.00"), Decimal("5.00")]
assert str(split_bill("10", 2)[0]) == "5.00"
assert split_bill("0.05", 3) == [Decimal("0.02"), Decimal("0.02"), Decimal("0.01")]
assert split_bill("2.675", 1) == [Decimal("2.68")]
assert sum(split_bill("1234.56", 7)) == Decimal("1234.56")
try:
    split_bill("5", 0)
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "stdlib",
    "last-stone-weight",
    "Stones are smashed two at a time: take the two heaviest; if they are equal both are destroyed, otherwise a stone of their weight difference remains. Write `last_stone_weight(stones)` returning the weight of the last stone (0 if none), using `heapq` as a max-heap via negated values.",
    r"""
import heapq


def last_stone_weight(stones: list[int]) -> int:
    heap = [-stone for stone in stones]
    heapq.heapify(heap)
    while len(heap) > 1:
        heaviest = -heapq.heappop(heap)
        second = -heapq.heappop(heap)
        if heaviest != second:
            heapq.heappush(heap, -(heaviest - second))
    return -heap[0] if heap else 0
""",
    r"""
assert last_stone_weight([2, 7, 4, 1, 8, 1]) == 1
assert last_stone_weight([1]) == 1
assert last_stone_weight([]) == 0
assert last_stone_weight([3, 3]) == 0
assert last_stone_weight([10, 4]) == 6
""",
)

add(
    "stdlib",
    "resolve-settings",
    "Write `resolve_settings(*layers)` that merges configuration dicts where earlier layers take priority (e.g. command line, then environment, then defaults), using `collections.ChainMap`, and returns a plain dict.",
    r"""
from collections import ChainMap


def resolve_settings(*layers: dict) -> dict:
    return dict(ChainMap(*layers))
""",
    r"""
cli = {"verbose": True}
env = {"verbose": False, "region": "eu"}
defaults = {"verbose": False, "region": "us", "retries": 3}
assert resolve_settings(cli, env, defaults) == {"verbose": True, "region": "eu", "retries": 3}
assert resolve_settings() == {}
assert resolve_settings({"a": 1}) == {"a": 1}
assert defaults == {"verbose": False, "region": "us", "retries": 3}
""",
)

add(
    "stdlib",
    "base64url",
    "Write `b64url_encode(data)` returning the URL-safe base64 encoding of bytes as a str without `=` padding, and `b64url_decode(text)` that restores the padding and decodes it back.",
    r"""
import base64


def b64url_encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64url_decode(text: str) -> bytes:
    padding = "=" * (-len(text) % 4)
    return base64.urlsafe_b64decode(text + padding)
""",
    r"""
assert b64url_encode(b"hello") == "aGVsbG8"
assert b64url_encode(b"") == ""
assert b64url_encode(b"\xfb\xff") == "-_8"
assert b64url_decode("aGVsbG8") == b"hello"
payload = bytes(range(256))
assert b64url_decode(b64url_encode(payload)) == payload
assert all(b64url_decode(b64url_encode(payload[:n])) == payload[:n] for n in range(10))
""",
)

add(
    "stdlib",
    "closest-word",
    "Write `closest_word(word, vocabulary)` that suggests the most similar vocabulary word using `difflib.get_close_matches` (default cutoff 0.6), returning None when nothing is similar enough.",
    r"""
import difflib


def closest_word(word: str, vocabulary: list[str]) -> str | None:
    matches = difflib.get_close_matches(word, vocabulary, n=1)
    return matches[0] if matches else None
""",
    r"""
assert closest_word("appel", ["apple", "ape", "peach"]) == "apple"
assert closest_word("pyton", ["python", "java", "rust"]) == "python"
assert closest_word("xyz", ["apple"]) is None
assert closest_word("word", []) is None
""",
)

add(
    "stdlib",
    "format-paragraph",
    'Write `format_paragraph(text, width, indent="")` that normalises whitespace in `text` and wraps it with `textwrap.fill` so that every line, including the first, starts with `indent` and is at most `width` characters long.',
    r"""
import textwrap


def format_paragraph(text: str, width: int, indent: str = "") -> str:
    return textwrap.fill(
        " ".join(text.split()), width=width, initial_indent=indent, subsequent_indent=indent
    )
""",
    r"""
text = "The quick   brown fox\njumps over the lazy dog."
assert format_paragraph(text, 20) == "The quick brown fox\njumps over the lazy\ndog."
wrapped = format_paragraph(text, 16, indent="> ")
assert wrapped.splitlines() == ["> The quick", "> brown fox", "> jumps over the", "> lazy dog."]
assert all(len(line) <= 16 for line in wrapped.splitlines())
assert format_paragraph("", 10) == ""
""",
)

add(
    "stdlib",
    "parse-points-namedtuple",
    'Define a `typing.NamedTuple` called `Point` with float fields `x` and `y`, and a function `parse_points(text)` that parses strings like `"1,2; 3.5,-4"` into a list of Points (empty segments ignored).',
    r"""
from typing import NamedTuple


class Point(NamedTuple):
    x: float
    y: float


def parse_points(text: str) -> list[Point]:
    points: list[Point] = []
    for pair in text.split(";"):
        if pair.strip():
            x, y = pair.split(",")
            points.append(Point(float(x), float(y)))
    return points
""",
    r"""
points = parse_points("1,2; 3.5,-4")
assert points == [Point(1.0, 2.0), Point(3.5, -4.0)]
assert points[1].y == -4.0 and points[0].x == 1.0
assert parse_points("") == []
assert parse_points(" 0,0 ;") == [Point(0.0, 0.0)]
assert isinstance(points[0], tuple)
""",
)

add(
    "stdlib",
    "temporary-attribute",
    "Write a context manager `temporary_attribute(obj, name, value)` with `contextlib.contextmanager` that sets an attribute for the duration of a `with` block and afterwards restores the old value, or deletes the attribute if it did not exist. Restoration must also happen when the block raises.",
    r"""
from contextlib import contextmanager

_MISSING = object()


@contextmanager
def temporary_attribute(obj, name: str, value):
    original = getattr(obj, name, _MISSING)
    setattr(obj, name, value)
    try:
        yield obj
    finally:
        if original is _MISSING:
            delattr(obj, name)
        else:
            setattr(obj, name, original)
""",
    r"""
class Config:
    debug = False

cfg = Config()
with temporary_attribute(cfg, "debug", True) as target:
    assert target is cfg and cfg.debug is True
assert cfg.debug is False
with temporary_attribute(cfg, "extra", 1):
    assert cfg.extra == 1
assert not hasattr(cfg, "extra")
try:
    with temporary_attribute(cfg, "debug", "temp"):
        raise RuntimeError("boom")
except RuntimeError:
    pass
assert cfg.debug is False
""",
)

add(
    "stdlib",
    "transpose-ragged",
    "Write `transpose_ragged(rows, fill=None)` that transposes a list of rows of unequal length, padding missing cells with `fill`, using `itertools.zip_longest`.",
    r"""
from itertools import zip_longest


def transpose_ragged(rows: list[list], fill=None) -> list[list]:
    return [list(column) for column in zip_longest(*rows, fillvalue=fill)]
""",
    r"""
assert transpose_ragged([[1, 2, 3], [4], [5, 6]]) == [[1, 4, 5], [2, None, 6], [3, None, None]]
assert transpose_ragged([[1, 2], [3, 4]]) == [[1, 3], [2, 4]]
assert transpose_ragged([]) == []
assert transpose_ragged([["a"], []], fill="") == [["a", ""]]
""",
)

add(
    "stdlib",
    "pairs-with-sum",
    "Write `pairs_with_sum(nums, target)` that returns the sorted list of distinct value pairs `(a, b)` with `a <= b`, taken from two different positions of `nums`, whose sum equals `target`. Generate candidate pairs with `itertools.combinations` and deduplicate with a set.",
    r"""
from itertools import combinations


def pairs_with_sum(nums: list[int], target: int) -> list[tuple[int, int]]:
    return sorted({tuple(sorted(pair)) for pair in combinations(nums, 2) if sum(pair) == target})
""",
    r"""
assert pairs_with_sum([1, 5, 3, 3, 7, -1], 6) == [(-1, 7), (1, 5), (3, 3)]
assert pairs_with_sum([3], 6) == []
assert pairs_with_sum([2, 2, 2], 4) == [(2, 2)]
assert pairs_with_sum([4, 1, 2, 3], 5) == [(1, 4), (2, 3)]
assert pairs_with_sum([], 0) == []
""",
)

add(
    "stdlib",
    "expand-options",
    "Write `expand_options(options)` where `options` maps a setting name to the list of values to try (for a hyper-parameter grid). Return a list of dicts, one per combination, produced with `itertools.product`; the first key varies slowest, and key order in each dict follows `options`. An empty mapping yields a single empty dict; any empty value list yields no combinations.",
    r"""
from itertools import product


def expand_options(options: dict[str, list]) -> list[dict]:
    keys = list(options)
    return [dict(zip(keys, values)) for values in product(*(options[key] for key in keys))]
""",
    r"""
grid = expand_options({"lr": [0.1, 0.01], "layers": [2, 4, 8]})
assert len(grid) == 6
assert grid[0] == {"lr": 0.1, "layers": 2}
assert grid[1] == {"lr": 0.1, "layers": 4}
assert grid[-1] == {"lr": 0.01, "layers": 8}
assert list(grid[0]) == ["lr", "layers"]
assert expand_options({}) == [{}]
assert expand_options({"a": [1], "b": []}) == []
""",
)

add(
    "stdlib",
    "sort-by-rules",
    "Write `sort_by_rules(files)` that sorts file names for a directory listing using an old-style comparison function wrapped with `functools.cmp_to_key`: names ending with '/' (directories) come before files; within each group, names compare case-insensitively, and names equal ignoring case are ordered so that the uppercase-first spelling comes first (plain string order).",
    r"""
from functools import cmp_to_key


def _compare(a: str, b: str) -> int:
    a_dir, b_dir = a.endswith("/"), b.endswith("/")
    if a_dir != b_dir:
        return -1 if a_dir else 1
    a_key, b_key = a.lower(), b.lower()
    if a_key != b_key:
        return -1 if a_key < b_key else 1
    return (a > b) - (a < b)


def sort_by_rules(files: list[str]) -> list[str]:
    return sorted(files, key=cmp_to_key(_compare))
""",
    r"""
listing = ["readme.md", "src/", "Makefile", "docs/", "Readme.md", "assets/", "app.py"]
assert sort_by_rules(listing) == ["assets/", "docs/", "src/", "app.py", "Makefile", "Readme.md", "readme.md"]
assert sort_by_rules(["b", "A/", "a"]) == ["A/", "a", "b"]
assert sort_by_rules([]) == []
""",
)

add(
    "stdlib",
    "describe-singledispatch",
    "Use `functools.singledispatch` to write `describe_value(value)` returning a short human-readable description: bools -> 'yes'/'no', ints -> the number with thousands separators, floats -> two decimals, strings -> the text in double quotes, lists and tuples -> 'N items: ' followed by the descriptions of the elements joined with ', ', dicts -> 'key=description' pairs joined with ', ' inside braces, None -> 'nothing', anything else -> its repr.",
    r"""
from functools import singledispatch


@singledispatch
def describe_value(value) -> str:
    return repr(value)


@describe_value.register
def _(value: bool) -> str:
    return "yes" if value else "no"


@describe_value.register
def _(value: int) -> str:
    return f"{value:,}"


@describe_value.register
def _(value: float) -> str:
    return f"{value:.2f}"


@describe_value.register
def _(value: str) -> str:
    return f'"{value}"'


@describe_value.register(list)
@describe_value.register(tuple)
def _(value) -> str:
    return f"{len(value)} items: " + ", ".join(describe_value(item) for item in value)


@describe_value.register
def _(value: dict) -> str:
    return "{" + ", ".join(f"{key}={describe_value(item)}" for key, item in value.items()) + "}"


@describe_value.register(type(None))
def _(value) -> str:
    return "nothing"
""",
    r"""
assert describe_value(True) == "yes" and describe_value(False) == "no"
assert describe_value(1234567) == "1,234,567"
assert describe_value(3.14159) == "3.14"
assert describe_value("hi") == '"hi"'
assert describe_value([1, "a", None]) == '3 items: 1, "a", nothing'
assert describe_value((2.5,)) == "1 items: 2.50"
assert describe_value({"n": 1000, "ok": True}) == "{n=1,000, ok=yes}"
assert describe_value({1, 2}) == "{1, 2}"
""",
)

add(
    "stdlib",
    "running-median",
    "Implement a `RunningMedian` class that receives numbers one at a time through `push(value)` and reports the median of everything seen so far via `current_median()` in O(log n) per insertion, using two `heapq` heaps (a max-heap of the lower half stored as negated values and a min-heap of the upper half). For an even count the median is the mean of the two middle values; with no data raise ValueError.",
    r"""
import heapq


class RunningMedian:
    def __init__(self) -> None:
        self._low: list[float] = []
        self._high: list[float] = []

    def push(self, value: float) -> None:
        heapq.heappush(self._low, -value)
        heapq.heappush(self._high, -heapq.heappop(self._low))
        if len(self._high) > len(self._low):
            heapq.heappush(self._low, -heapq.heappop(self._high))

    def current_median(self) -> float:
        if not self._low:
            raise ValueError("no data")
        if len(self._low) > len(self._high):
            return -self._low[0]
        return (-self._low[0] + self._high[0]) / 2

    def __len__(self) -> int:
        return len(self._low) + len(self._high)
""",
    r"""
import statistics
rm = RunningMedian()
try:
    rm.current_median()
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
seen = []
for value in [5, 15, 1, 3, 8, 7, 9, 10, 20, 2]:
    rm.push(value)
    seen.append(value)
    assert rm.current_median() == statistics.median(seen)
assert len(rm) == 10
""",
)

add(
    "stdlib",
    "smallest-range-covering",
    "Given k non-empty lists of integers each sorted ascending, write `smallest_range_covering(lists)` returning the smallest range `(low, high)` that includes at least one number from each list. A range is smaller if `high - low` is smaller, or equal in width with a smaller `low`. Use a `heapq` min-heap holding one current element per list while tracking the current maximum.",
    r"""
import heapq


def smallest_range_covering(lists: list[list[int]]) -> tuple[int, int]:
    heap = [(values[0], index, 0) for index, values in enumerate(lists)]
    heapq.heapify(heap)
    current_max = max(values[0] for values in lists)
    best = (heap[0][0], current_max)
    while True:
        low, index, position = heapq.heappop(heap)
        if current_max - low < best[1] - best[0] or (current_max - low == best[1] - best[0] and low < best[0]):
            best = (low, current_max)
        if position + 1 == len(lists[index]):
            return best
        nxt = lists[index][position + 1]
        current_max = max(current_max, nxt)
        heapq.heappush(heap, (nxt, index, position + 1))
""",
    r"""
assert smallest_range_covering([[4, 10, 15, 24, 26], [0, 9, 12, 20], [5, 18, 22, 30]]) == (20, 24)
assert smallest_range_covering([[1, 2, 3], [1, 2, 3], [1, 2, 3]]) == (1, 1)
assert smallest_range_covering([[1, 5], [7]]) == (5, 7)
assert smallest_range_covering([[3, 8]]) == (3, 3)
assert smallest_range_covering([[1, 10], [2, 11]]) == (1, 2)
""",
)

add(
    "stdlib",
    "letter-grade-bisect",
    "Write `letter_grade(score, breakpoints=(60, 70, 80, 90), grades='FDCBA')` that maps a numeric score to a letter grade with `bisect.bisect`: scores below 60 get 'F', 60-69 'D', ..., 90 and above 'A' (a score exactly on a breakpoint belongs to the higher grade). Also write `grade_distribution(scores)` returning a dict with the count for every grade letter (including zeros) in the order of `grades`.",
    r"""
import bisect


def letter_grade(score: float, breakpoints: tuple = (60, 70, 80, 90), grades: str = "FDCBA") -> str:
    return grades[bisect.bisect(breakpoints, score)]


def grade_distribution(scores: list[float]) -> dict[str, int]:
    counts = {grade: 0 for grade in "FDCBA"}
    for score in scores:
        counts[letter_grade(score)] += 1
    return counts
""",
    r"""
assert [letter_grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 59.9, 60]] == ["F", "A", "C", "C", "B", "A", "A", "F", "D"]
assert letter_grade(50, breakpoints=(50,), grades="NY") == "Y"
assert letter_grade(49, breakpoints=(50,), grades="NY") == "N"
assert grade_distribution([95, 85, 85, 10]) == {"F": 1, "D": 0, "C": 0, "B": 2, "A": 1}
assert list(grade_distribution([])) == ["F", "D", "C", "B", "A"]
""",
)

add(
    "stdlib",
    "closest-value",
    "Write `closest_value(sorted_nums, target)` that returns the element of the ascending list `sorted_nums` closest to `target` using `bisect.bisect_left` (O(log n)). When two elements are equally close, return the smaller one. Raise ValueError for an empty list.",
    r"""
import bisect


def closest_value(sorted_nums: list[float], target: float) -> float:
    if not sorted_nums:
        raise ValueError("empty list")
    index = bisect.bisect_left(sorted_nums, target)
    if index == 0:
        return sorted_nums[0]
    if index == len(sorted_nums):
        return sorted_nums[-1]
    before, after = sorted_nums[index - 1], sorted_nums[index]
    return before if target - before <= after - target else after
""",
    r"""
nums = [1, 4, 6, 10, 15]
assert closest_value(nums, 5) == 4
assert closest_value(nums, 5.5) == 6
assert closest_value(nums, 8) == 6
assert closest_value(nums, -100) == 1
assert closest_value(nums, 100) == 15
assert closest_value(nums, 10) == 10
assert closest_value([7], 3) == 7
try:
    closest_value([], 1)
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "stdlib",
    "csv-column-totals",
    "Write `csv_column_totals(text, group_by, value_column)` that reads CSV text (with a header row) using `csv.DictReader` over an `io.StringIO` and returns a dict mapping each distinct value of the `group_by` column to the sum of the `value_column` values (parsed as floats), in order of first appearance. Rows with an empty value are skipped; a missing column raises KeyError.",
    r"""
import csv
import io


def csv_column_totals(text: str, group_by: str, value_column: str) -> dict[str, float]:
    reader = csv.DictReader(io.StringIO(text))
    fields = reader.fieldnames or []
    for column in (group_by, value_column):
        if column not in fields:
            raise KeyError(column)
    totals: dict[str, float] = {}
    for row in reader:
        raw = (row[value_column] or "").strip()
        if not raw:
            continue
        totals[row[group_by]] = totals.get(row[group_by], 0.0) + float(raw)
    return totals
""",
    r"""
data = '''region,product,amount
north,widget,10.5
south,"gadget, large",3
north,gadget,
east,widget,1
north,widget,4.5
'''
assert csv_column_totals(data, "region", "amount") == {"north": 15.0, "south": 3.0, "east": 1.0}
assert list(csv_column_totals(data, "product", "amount")) == ["widget", "gadget, large"]
assert csv_column_totals("a,b\n", "a", "b") == {}
try:
    csv_column_totals(data, "country", "amount")
except KeyError:
    pass
else:
    raise AssertionError("expected KeyError")
""",
)

add(
    "stdlib",
    "records-to-csv",
    "Write `records_to_csv(records, fields=None)` that serialises a list of dicts to CSV text with `csv.DictWriter` writing into an `io.StringIO`, using '\\n' line endings. The header is `fields` if given, otherwise the union of keys in first-seen order. Missing values are written as empty cells and keys not in `fields` are ignored. Values containing commas or quotes must be quoted correctly so that `csv.DictReader` round-trips them.",
    r"""
import csv
import io


def records_to_csv(records: list[dict], fields: list[str] | None = None) -> str:
    if fields is None:
        fields = list(dict.fromkeys(key for record in records for key in record))
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=fields, restval="", extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(records)
    return buffer.getvalue()
""",
    r"""
import csv
import io
rows = [{"name": "Ann", "note": 'says "hi", twice'}, {"name": "Bob", "age": 31}]
text = records_to_csv(rows)
assert text.splitlines()[0] == "name,note,age"
assert text.splitlines()[1] == 'Ann,"says ""hi"", twice",'
assert text.splitlines()[2] == "Bob,,31"
back = list(csv.DictReader(io.StringIO(text)))
assert back[0]["note"] == 'says "hi", twice' and back[1]["age"] == "31"
assert records_to_csv(rows, fields=["age", "name"]) == "age,name\n,Ann\n31,Bob\n"
assert records_to_csv([]) == "\n"
""",
)

add(
    "stdlib",
    "dataclass-task-queue",
    "Define a dataclass `Task` with fields `priority: int`, `due: str` (ISO date) and `name: str`, ordered by (priority, due) only: use `@dataclass(order=True)` and `field(compare=False)` for the name. Then write `next_tasks(tasks, n)` returning the names of the n most urgent tasks (lowest priority number first, then earliest due date, ties keep input order) using `heapq.nsmallest`, and `reprioritise(task, delta)` returning a copy with the priority changed via `dataclasses.replace`.",
    r"""
import heapq
from dataclasses import dataclass, field, replace


@dataclass(order=True)
class Task:
    priority: int
    due: str
    name: str = field(compare=False)


def next_tasks(tasks: list[Task], n: int) -> list[str]:
    return [task.name for task in heapq.nsmallest(n, tasks)]


def reprioritise(task: Task, delta: int) -> Task:
    return replace(task, priority=task.priority + delta)
""",
    r"""
tasks = [
    Task(2, "2024-05-01", "write report"),
    Task(1, "2024-06-01", "fix prod bug"),
    Task(1, "2024-04-01", "renew cert"),
    Task(2, "2024-05-01", "review PR"),
    Task(3, "2024-01-01", "tidy desk"),
]
assert next_tasks(tasks, 3) == ["renew cert", "fix prod bug", "write report"]
assert next_tasks(tasks, 10)[-1] == "tidy desk"
assert Task(1, "2024-01-01", "a") == Task(1, "2024-01-01", "b")
bumped = reprioritise(tasks[4], -3)
assert bumped.priority == 0 and tasks[4].priority == 3
assert next_tasks(tasks + [bumped], 1) == ["tidy desk"]
""",
)

add(
    "stdlib",
    "round-half-up",
    "Python's `round` uses banker's rounding and works on binary floats, so `round(2.675, 2)` gives 2.67. Write `round_half_up(value, places=2)` that rounds a number given as a str, int or float to `places` decimal places with ROUND_HALF_UP semantics using the `decimal` module, converting floats through `str()` first so 2.675 becomes 2.68. Return a `Decimal`. Negative numbers round away from zero on ties.",
    r"""
from decimal import ROUND_HALF_UP, Decimal


def round_half_up(value, places: int = 2) -> Decimal:
    number = Decimal(str(value))
    quantum = Decimal(1).scaleb(-places)
    return number.quantize(quantum, rounding=ROUND_HALF_UP)
""",
    r"""
from decimal import Decimal
assert round_half_up(2.675) == Decimal("2.68")
assert round_half_up("0.125") == Decimal("0.13")
assert round_half_up(-1.005) == Decimal("-1.01")
assert round_half_up(2.5, 0) == Decimal("3")
assert round_half_up(1234, 1) == Decimal("1234.0")
assert str(round_half_up("1.23456", 3)) == "1.235"
assert round_half_up(15, -1) == Decimal("2E+1")
""",
)

add(
    "stdlib",
    "egyptian-fraction",
    "Write `egyptian_fraction(value)` that expresses a `fractions.Fraction` strictly between 0 and 1 as a sum of distinct unit fractions using the greedy (Fibonacci-Sylvester) algorithm: repeatedly subtract the largest unit fraction not exceeding what remains. Return the list of denominators in increasing order; raise ValueError for values outside (0, 1).",
    r"""
from fractions import Fraction


def egyptian_fraction(value: Fraction) -> list[int]:
    if not 0 < value < 1:
        raise ValueError("value must be strictly between 0 and 1")
    denominators = []
    remaining = Fraction(value)
    while remaining:
        denominator = -(-remaining.denominator // remaining.numerator)
        denominators.append(denominator)
        remaining -= Fraction(1, denominator)
    return denominators
""",
    r"""
from fractions import Fraction
assert egyptian_fraction(Fraction(4, 13)) == [4, 18, 468]
assert egyptian_fraction(Fraction(2, 3)) == [2, 6]
assert egyptian_fraction(Fraction(1, 7)) == [7]
assert egyptian_fraction(Fraction(5, 121)) == [25, 757, 763309, 873960180913, 1527612795642093418846225]
for value in (Fraction(3, 7), Fraction(99, 100), Fraction(1, 2)):
    parts = egyptian_fraction(value)
    assert sum(Fraction(1, d) for d in parts) == value and parts == sorted(set(parts))
for bad in (Fraction(0), Fraction(1), Fraction(3, 2)):
    try:
        egyptian_fraction(bad)
    except ValueError:
        pass
    else:
        raise AssertionError("expected ValueError")
""",
)

add(
    "stdlib",
    "capture-stdout",
    "Write `capture_stdout(func, *args, **kwargs)` that calls `func` while redirecting everything it prints to a buffer with `contextlib.redirect_stdout` and `io.StringIO`, and returns a tuple `(return_value, printed_text)`. The real `sys.stdout` must be restored even if `func` raises (the exception propagates).",
    r"""
import contextlib
import io


def capture_stdout(func, *args, **kwargs):
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        result = func(*args, **kwargs)
    return result, buffer.getvalue()
""",
    r"""
import sys


def chatty(n, sep="-"):
    for i in range(n):
        print(i, end=sep)
    print()
    return n * 2


original = sys.stdout
assert capture_stdout(chatty, 3) == (6, "0-1-2-\n")
assert capture_stdout(chatty, 2, sep="|") == (4, "0|1|\n")
assert capture_stdout(lambda: None) == (None, "")


def boom():
    print("partial")
    raise RuntimeError("fail")


try:
    capture_stdout(boom)
except RuntimeError:
    pass
else:
    raise AssertionError("expected RuntimeError")
assert sys.stdout is original
""",
)

add(
    "stdlib",
    "filter-filenames",
    "Write `filter_filenames(names, include=('*',), exclude=())` that keeps the file names matching at least one `include` glob pattern and none of the `exclude` patterns, using `fnmatch.fnmatchcase` (so matching is case-sensitive on every platform). Preserve the input order.",
    r"""
from fnmatch import fnmatchcase


def filter_filenames(names: list[str], include=("*",), exclude=()) -> list[str]:
    return [
        name
        for name in names
        if any(fnmatchcase(name, pattern) for pattern in include)
        and not any(fnmatchcase(name, pattern) for pattern in exclude)
    ]
""",
    r"""
files = ["main.py", "test_main.py", "README.md", "setup.cfg", "notes.PY", "data_01.csv", "data_x.csv"]
assert filter_filenames(files, include=["*.py"]) == ["main.py", "test_main.py"]
assert filter_filenames(files, include=["*.py", "*.md"], exclude=["test_*"]) == ["main.py", "README.md"]
assert filter_filenames(files, include=["data_[0-9][0-9].csv"]) == ["data_01.csv"]
assert filter_filenames(files, exclude=["*.*"]) == []
assert filter_filenames(files) == files
""",
)

add(
    "stdlib",
    "strip-accents",
    "Write `strip_accents(text)` that removes diacritical marks from Latin letters using `unicodedata`: decompose with NFKD, drop combining characters, and recompose with NFC. Characters without a decomposition (such as 'ß' or 'ø') are left unchanged. Also write `ascii_slug(text)` that strips accents, lowercases, and joins the remaining runs of ASCII letters and digits with single hyphens.",
    r"""
import re
import unicodedata


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped)


def ascii_slug(text: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", strip_accents(text).lower()))
""",
    r"""
assert strip_accents("Crème Brûlée") == "Creme Brulee"
assert strip_accents("São Paulo, Zürich, Ångström") == "Sao Paulo, Zurich, Angstrom"
assert strip_accents("straße øre") == "straße øre"
assert strip_accents("") == ""
assert ascii_slug("  Ça va? Très bien!  ") == "ca-va-tres-bien"
assert ascii_slug("Déjà Vu 2") == "deja-vu-2"
""",
)

add(
    "stdlib",
    "private-addresses",
    "Write `classify_addresses(addresses)` that uses the `ipaddress` module to sort a list of IPv4/IPv6 address strings into a dict with the keys 'private', 'loopback', 'global' and 'invalid' (each a list in input order). Loopback addresses go to 'loopback' even though they are also private; strings that do not parse go to 'invalid'; everything else is 'private' if `is_private` else 'global'.",
    r"""
import ipaddress


def classify_addresses(addresses: list[str]) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = {"private": [], "loopback": [], "global": [], "invalid": []}
    for text in addresses:
        try:
            address = ipaddress.ip_address(text.strip())
        except ValueError:
            groups["invalid"].append(text)
            continue
        if address.is_loopback:
            groups["loopback"].append(text)
        elif address.is_private:
            groups["private"].append(text)
        else:
            groups["global"].append(text)
    return groups
""",
    r"""
result = classify_addresses(["10.0.0.1", "8.8.8.8", "127.0.0.1", "192.168.1.20", "::1", "2001:4860:4860::8888", "999.1.1.1", "fd00::1", "hello"])
assert result == {
    "private": ["10.0.0.1", "192.168.1.20", "fd00::1"],
    "loopback": ["127.0.0.1", "::1"],
    "global": ["8.8.8.8", "2001:4860:4860::8888"],
    "invalid": ["999.1.1.1", "hello"],
}
assert classify_addresses([]) == {"private": [], "loopback": [], "global": [], "invalid": []}
""",
)

add(
    "stdlib",
    "diff-counts",
    "Write `diff_counts(old_lines, new_lines)` that compares two lists of lines with `difflib.SequenceMatcher` and returns a dict with the number of lines 'added', 'removed' and 'unchanged' (a replaced block counts its old lines as removed and its new lines as added), plus `similarity`, the matcher's ratio rounded to 3 decimals.",
    r"""
import difflib


def diff_counts(old_lines: list[str], new_lines: list[str]) -> dict[str, float]:
    matcher = difflib.SequenceMatcher(a=old_lines, b=new_lines, autojunk=False)
    counts = {"added": 0, "removed": 0, "unchanged": 0}
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            counts["unchanged"] += i2 - i1
        else:
            counts["removed"] += i2 - i1
            counts["added"] += j2 - j1
    return {**counts, "similarity": round(matcher.ratio(), 3)}
""",
    r"""
old = ["a", "b", "c", "d"]
new = ["a", "c", "d", "e", "f"]
assert diff_counts(old, new) == {"added": 2, "removed": 1, "unchanged": 3, "similarity": 0.667}
assert diff_counts(old, old) == {"added": 0, "removed": 0, "unchanged": 4, "similarity": 1.0}
assert diff_counts(["x"], ["y"]) == {"added": 1, "removed": 1, "unchanged": 0, "similarity": 0.0}
assert diff_counts([], ["new"]) == {"added": 1, "removed": 0, "unchanged": 0, "similarity": 0.0}
""",
)

add(
    "stdlib",
    "tail-lines",
    "Write `tail_lines(lines, n=10, predicate=None)` that returns the last n items of any iterable of lines (like the Unix `tail` command) in a single pass with O(n) memory, using `collections.deque(maxlen=n)`. If `predicate` is given, only lines for which it returns True are considered. n = 0 returns an empty list; negative n raises ValueError.",
    r"""
from collections import deque
from typing import Callable, Iterable


def tail_lines(lines: Iterable[str], n: int = 10, predicate: Callable[[str], bool] | None = None) -> list[str]:
    if n < 0:
        raise ValueError("n must be non-negative")
    window: deque[str] = deque(maxlen=n)
    for line in lines:
        if predicate is None or predicate(line):
            window.append(line)
    return list(window)
""",
    r"""
log = (f"line {i}" for i in range(1, 1001))
assert tail_lines(log, 3) == ["line 998", "line 999", "line 1000"]
errors = ["ok", "ERROR a", "ok", "ERROR b", "ERROR c", "ok"]
assert tail_lines(errors, 2, predicate=lambda line: line.startswith("ERROR")) == ["ERROR b", "ERROR c"]
assert tail_lines(["only"], 5) == ["only"]
assert tail_lines(["x", "y"], 0) == []
try:
    tail_lines([], -1)
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "stdlib",
    "most-common-bigrams",
    "Write `most_common_bigrams(text, n)` that lowercases `text`, extracts words (runs of letters and apostrophes), and returns the n most common adjacent word pairs as `(('w1', 'w2'), count)` tuples using `collections.Counter` and `itertools.pairwise`. Counter's ordering rule applies: equal counts keep the order in which the bigrams were first seen.",
    r"""
import re
from collections import Counter
from itertools import pairwise


def most_common_bigrams(text: str, n: int) -> list[tuple[tuple[str, str], int]]:
    words = re.findall(r"[a-z']+", text.lower())
    return Counter(pairwise(words)).most_common(n)
""",
    r"""
text = "The cat sat on the mat. The cat ran! On the mat, the cat slept."
assert most_common_bigrams(text, 2) == [(("the", "cat"), 3), (("on", "the"), 2)]
assert most_common_bigrams(text, 5)[2:] == [(("the", "mat"), 2), (("mat", "the"), 2), (("cat", "sat"), 1)]
assert most_common_bigrams("one", 3) == []
assert most_common_bigrams("a b a b", 1) == [(("a", "b"), 2)]
""",
)

add(
    "stdlib",
    "huffman-code-lengths",
    "Write `huffman_code_lengths(frequencies)` that builds a Huffman tree with `heapq` from a dict mapping symbols to positive frequencies and returns a dict mapping each symbol to the length of its code. Break ties deterministically by giving each heap entry an increasing counter. A single symbol gets length 1; an empty dict gives an empty result. Also write `encoded_size(frequencies)` returning the total number of bits needed.",
    r"""
import heapq
from itertools import count


def huffman_code_lengths(frequencies: dict) -> dict:
    if not frequencies:
        return {}
    if len(frequencies) == 1:
        return {symbol: 1 for symbol in frequencies}
    tiebreak = count()
    heap = [(freq, next(tiebreak), [symbol]) for symbol, freq in frequencies.items()]
    heapq.heapify(heap)
    lengths = {symbol: 0 for symbol in frequencies}
    while len(heap) > 1:
        freq_a, _, symbols_a = heapq.heappop(heap)
        freq_b, _, symbols_b = heapq.heappop(heap)
        for symbol in symbols_a + symbols_b:
            lengths[symbol] += 1
        heapq.heappush(heap, (freq_a + freq_b, next(tiebreak), symbols_a + symbols_b))
    return lengths


def encoded_size(frequencies: dict) -> int:
    lengths = huffman_code_lengths(frequencies)
    return sum(frequencies[symbol] * lengths[symbol] for symbol in frequencies)
""",
    r"""
freqs = {"a": 45, "b": 13, "c": 12, "d": 16, "e": 9, "f": 5}
lengths = huffman_code_lengths(freqs)
assert lengths == {"a": 1, "b": 3, "c": 3, "d": 3, "e": 4, "f": 4}
assert encoded_size(freqs) == 224
assert sum(2 ** -length for length in lengths.values()) == 1
assert huffman_code_lengths({"x": 7}) == {"x": 1}
assert huffman_code_lengths({}) == {}
assert huffman_code_lengths({"p": 1, "q": 1}) == {"p": 1, "q": 1}
""",
)

add(
    "stdlib",
    "cached-property-document",
    "Write a `Document` class whose constructor takes `text`. Expose `words` (list of lowercase words, runs of letters/digits/apostrophes) and `word_counts` (a `collections.Counter` of `words`) as `functools.cached_property` attributes so they are computed only once, count how many times `words` was actually computed in `self.computations`, and add `top(n)` returning the n most common words. Assigning a new value to `text` through a `text` property setter must invalidate both cached values.",
    r"""
import re
from collections import Counter
from functools import cached_property


class Document:
    def __init__(self, text: str) -> None:
        self.computations = 0
        self._text = text

    @property
    def text(self) -> str:
        return self._text

    @text.setter
    def text(self, value: str) -> None:
        self._text = value
        self.__dict__.pop("words", None)
        self.__dict__.pop("word_counts", None)

    @cached_property
    def words(self) -> list[str]:
        self.computations += 1
        return re.findall(r"[a-z0-9']+", self._text.lower())

    @cached_property
    def word_counts(self) -> Counter:
        return Counter(self.words)

    def top(self, n: int) -> list[str]:
        return [word for word, _ in self.word_counts.most_common(n)]
""",
    r"""
doc = Document("The cat and the hat. THE END")
assert doc.words == ["the", "cat", "and", "the", "hat", "the", "end"]
assert doc.top(1) == ["the"]
assert doc.word_counts["cat"] == 1
doc.words
doc.top(3)
assert doc.computations == 1
doc.text = "new new text"
assert doc.top(1) == ["new"] and doc.word_counts["the"] == 0
assert doc.computations == 2
""",
)

add(
    "stdlib",
    "quote-reply",
    "Write `quote_reply(message, author, width=40)` that formats an e-mail reply quote: the first line is '<author> wrote:', followed by the message re-wrapped with `textwrap.fill` to `width - 2` columns paragraph by paragraph (paragraphs are separated by blank lines), and every line of the quoted text prefixed with '> ' using `textwrap.indent`; blank separator lines become a bare '>'.",
    r"""
import textwrap


def quote_reply(message: str, author: str, width: int = 40) -> str:
    paragraphs = [p for p in message.strip().split("\n\n") if p.strip()]
    wrapped = "\n\n".join(textwrap.fill(" ".join(p.split()), width=width - 2) for p in paragraphs)
    quoted = textwrap.indent(wrapped, "> ", predicate=lambda line: line.strip() != "")
    quoted = "\n".join(line if line else ">" for line in quoted.split("\n"))
    return f"{author} wrote:\n{quoted}"
""",
    r"""
message = "Thanks for the review. I have pushed a fix for the failing test.\n\nSee you tomorrow!"
expected = (
    "Ann wrote:\n"
    "> Thanks for the review. I have pushed a\n"
    "> fix for the failing test.\n"
    ">\n"
    "> See you tomorrow!"
)
assert quote_reply(message, "Ann") == expected
assert quote_reply("short", "Bo", width=10) == "Bo wrote:\n> short"
assert all(len(line) <= 20 for line in quote_reply(message, "X", width=20).splitlines()[1:])
""",
)

# --------------------------------------------------------------------------- iterators

add(
    "iterators",
    "triangular-numbers",
    "Write an infinite generator `triangular_numbers()` that yields 1, 3, 6, 10, ... (the n-th value is 1 + 2 + ... + n).",
    r"""
from collections.abc import Iterator
from itertools import count


def triangular_numbers() -> Iterator[int]:
    total = 0
    for n in count(1):
        total += n
        yield total
""",
    r"""
from itertools import islice
assert list(islice(triangular_numbers(), 6)) == [1, 3, 6, 10, 15, 21]
gen = triangular_numbers()
assert next(gen) == 1 and next(gen) == 3
assert list(islice(triangular_numbers(), 99, 100)) == [5050]
""",
)

add(
    "iterators",
    "chunked",
    "Write a generator `chunked(iterable, size)` that yields lists of up to `size` consecutive items from any iterable (including generators and other one-shot iterators). Raise ValueError for a non-positive size.",
    r"""
from collections.abc import Iterable, Iterator
from itertools import islice


def chunked(iterable: Iterable, size: int) -> Iterator[list]:
    if size < 1:
        raise ValueError("size must be positive")
    iterator = iter(iterable)
    while chunk := list(islice(iterator, size)):
        yield chunk
""",
    r"""
assert list(chunked(range(7), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
assert list(chunked([], 2)) == []
assert list(chunked((c for c in "abcd"), 2)) == [["a", "b"], ["c", "d"]]
try:
    list(chunked([1], 0))
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
    inp="Example: list(chunked(range(5), 2)) -> [[0, 1], [2, 3], [4]]",
)

add(
    "iterators",
    "sliding-window",
    "Write a generator `sliding_window(iterable, n)` yielding overlapping tuples of n consecutive items, e.g. (1, 2, 3), (2, 3, 4), ... It must work on one-shot iterators and use O(n) memory.",
    r"""
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice


def sliding_window(iterable: Iterable, n: int) -> Iterator[tuple]:
    iterator = iter(iterable)
    window = deque(islice(iterator, n - 1), maxlen=n)
    for item in iterator:
        window.append(item)
        yield tuple(window)
""",
    r"""
assert list(sliding_window([1, 2, 3, 4, 5], 3)) == [(1, 2, 3), (2, 3, 4), (3, 4, 5)]
assert list(sliding_window("abc", 1)) == [("a",), ("b",), ("c",)]
assert list(sliding_window([1, 2], 3)) == []
assert list(sliding_window(iter(range(4)), 2)) == [(0, 1), (1, 2), (2, 3)]
""",
)

add(
    "iterators",
    "take-and-nth",
    "Write two small iterator helpers: `take(n, iterable)` returning the first n items as a list, and `nth(iterable, n, default=None)` returning the item at position n or `default` if the iterable is too short. Both must work on infinite iterators.",
    r"""
from collections.abc import Iterable
from itertools import islice


def take(n: int, iterable: Iterable) -> list:
    return list(islice(iterable, n))


def nth(iterable: Iterable, n: int, default=None):
    return next(islice(iterable, n, None), default)
""",
    r"""
from itertools import count
assert take(3, count(10)) == [10, 11, 12]
assert take(5, [1, 2]) == [1, 2]
assert take(0, count()) == []
assert nth(count(), 100) == 100
assert nth("abc", 1) == "b"
assert nth([1, 2], 5) is None
assert nth([1, 2], 5, default="x") == "x"
""",
)

add(
    "iterators",
    "roundrobin",
    'Write a generator `roundrobin(*iterables)` that yields one item from each iterable in turn, skipping iterables once they are exhausted ("ABC", "D", "EF" -> A D E B F C).',
    r"""
from collections import deque
from collections.abc import Iterable, Iterator


def roundrobin(*iterables: Iterable) -> Iterator:
    iterators = deque(iter(iterable) for iterable in iterables)
    while iterators:
        iterator = iterators.popleft()
        try:
            value = next(iterator)
        except StopIteration:
            continue
        yield value
        iterators.append(iterator)
""",
    r"""
assert "".join(roundrobin("ABC", "D", "EF")) == "ADEBFC"
assert list(roundrobin()) == []
assert list(roundrobin([], [1, 2])) == [1, 2]
assert list(roundrobin(range(3), range(10, 13))) == [0, 10, 1, 11, 2, 12]
""",
)

add(
    "iterators",
    "infinite-primes",
    "Write an infinite generator `primes()` using an incremental sieve: keep a dict mapping each upcoming composite number to the primes that divide it, so no upper limit is needed.",
    r"""
from collections.abc import Iterator
from itertools import count


def primes() -> Iterator[int]:
    composites: dict[int, list[int]] = {}
    for n in count(2):
        factors = composites.pop(n, None)
        if factors is None:
            yield n
            composites[n * n] = [n]
        else:
            for prime in factors:
                composites.setdefault(n + prime, []).append(prime)
""",
    r"""
from itertools import islice
assert list(islice(primes(), 10)) == [2, 3, 5, 7, 11, 13, 17, 19, 23, 29]
assert next(islice(primes(), 999, None)) == 7919
""",
)

add(
    "iterators",
    "countdown-iterator",
    "Write an iterator class `Countdown(start)` implementing `__iter__` and `__next__` that yields start, start - 1, ..., 0 and is then exhausted (a second pass over the same object yields nothing).",
    r"""
from __future__ import annotations


class Countdown:
    def __init__(self, start: int) -> None:
        self.current = start

    def __iter__(self) -> Countdown:
        return self

    def __next__(self) -> int:
        if self.current < 0:
            raise StopIteration
        value = self.current
        self.current -= 1
        return value
""",
    r"""
counter = Countdown(3)
assert list(counter) == [3, 2, 1, 0]
assert list(counter) == []
assert list(Countdown(0)) == [0]
assert list(Countdown(-1)) == []
it = Countdown(1)
assert iter(it) is it and next(it) == 1
""",
)

add(
    "iterators",
    "peekable",
    "Write a `Peekable` iterator wrapper with a `peek(default=...)` method that returns the next item without consuming it. Without a default, peeking at an exhausted iterator raises StopIteration.",
    r"""
from __future__ import annotations

from collections.abc import Iterable

_NO_DEFAULT = object()


class Peekable:
    def __init__(self, iterable: Iterable) -> None:
        self._iterator = iter(iterable)
        self._buffer: list = []

    def __iter__(self) -> Peekable:
        return self

    def __next__(self):
        if self._buffer:
            return self._buffer.pop()
        return next(self._iterator)

    def peek(self, default=_NO_DEFAULT):
        if not self._buffer:
            try:
                self._buffer.append(next(self._iterator))
            except StopIteration:
                if default is _NO_DEFAULT:
                    raise
                return default
        return self._buffer[0]
""",
    r"""
p = Peekable([1, 2])
assert p.peek() == 1 and p.peek() == 1
assert next(p) == 1
assert p.peek() == 2
assert list(p) == [2]
assert p.peek(None) is None
try:
    p.peek()
except StopIteration:
    pass
else:
    raise AssertionError("expected StopIteration")
q = Peekable(iter([None]))
assert q.peek("x") is None and next(q) is None
""",
)

add(
    "iterators",
    "running-mean",
    "Write a generator `running_mean(values)` that yields the mean of all values seen so far after each new value.",
    r"""
from collections.abc import Iterable, Iterator


def running_mean(values: Iterable[float]) -> Iterator[float]:
    total = 0.0
    for count, value in enumerate(values, start=1):
        total += value
        yield total / count
""",
    r"""
assert list(running_mean([2, 4, 6, 8])) == [2.0, 3.0, 4.0, 5.0]
assert list(running_mean([])) == []
assert list(running_mean(iter([5]))) == [5.0]
""",
)

add(
    "iterators",
    "data-lines",
    "Write a generator `data_lines(lines)` that yields `(line_number, text)` pairs (1-based numbers) for the meaningful lines of a config file: the text is stripped, and blank lines and lines starting with `#` are skipped.",
    r"""
from collections.abc import Iterable, Iterator


def data_lines(lines: Iterable[str]) -> Iterator[tuple[int, str]]:
    for number, line in enumerate(lines, start=1):
        text = line.strip()
        if text and not text.startswith("#"):
            yield number, text
""",
    r"""
config = ["# header\n", "name = demo\n", "\n", "   # indented comment\n", "  port = 80  \n"]
assert list(data_lines(config)) == [(2, "name = demo"), (5, "port = 80")]
assert list(data_lines([])) == []
assert list(data_lines("a\n#b\nc".splitlines())) == [(1, "a"), (3, "c")]
""",
)

add(
    "iterators",
    "frange",
    "Write a generator `frange(start, stop, step=1.0)` like `range` but for floats; it may count down with a negative step. Compute each value as start + i * step (instead of repeated addition) to avoid accumulating rounding error. A zero step raises ValueError.",
    r"""
from collections.abc import Iterator


def frange(start: float, stop: float, step: float = 1.0) -> Iterator[float]:
    if step == 0:
        raise ValueError("step must not be zero")
    i = 0
    while True:
        value = start + i * step
        if (step > 0 and value >= stop) or (step < 0 and value <= stop):
            return
        yield value
        i += 1
""",
    r"""
assert list(frange(0, 1, 0.25)) == [0, 0.25, 0.5, 0.75]
assert list(frange(1, 0, -0.5)) == [1.0, 0.5]
assert list(frange(0, 0.3, 0.1)) == [0.0, 0.1, 0.2]
assert list(frange(0, 3)) == [0, 1, 2]
assert list(frange(5, 5)) == []
assert len(list(frange(0, 1, 0.001))) == 1000
try:
    list(frange(0, 1, 0))
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "iterators",
    "look-and-say",
    'Write an infinite generator `look_and_say(seed="1")` producing the look-and-say sequence: each term describes the runs of digits of the previous one (1, 11, 21, 1211, ...).',
    r"""
from collections.abc import Iterator
from itertools import groupby


def look_and_say(seed: str = "1") -> Iterator[str]:
    term = seed
    while True:
        yield term
        term = "".join(f"{len(list(run))}{digit}" for digit, run in groupby(term))
""",
    r"""
from itertools import islice
assert list(islice(look_and_say(), 6)) == ["1", "11", "21", "1211", "111221", "312211"]
assert list(islice(look_and_say("3"), 3)) == ["3", "13", "1113"]
""",
)

add(
    "iterators",
    "first-true",
    "Write `first_true(iterable, default=None, predicate=None)` returning the first item for which `predicate(item)` is truthy (or the first truthy item when predicate is None), or `default` if there is none. It must stop consuming the iterable as soon as it finds a match.",
    r"""
from collections.abc import Callable, Iterable


def first_true(iterable: Iterable, default=None, predicate: Callable | None = None):
    return next(filter(predicate, iterable), default)
""",
    r"""
from itertools import count
assert first_true([0, "", 3, 4]) == 3
assert first_true([0, ""], default="none") == "none"
assert first_true(count(), predicate=lambda n: n * n > 50) == 8
it = iter([1, 2, 3, 4])
assert first_true(it, predicate=lambda n: n == 2) == 2
assert list(it) == [3, 4]
""",
)

add(
    "iterators",
    "split-when",
    "Write a generator `split_when(iterable, predicate)` that splits a sequence into lists, starting a new list between consecutive items `a, b` whenever `predicate(a, b)` is true.",
    r"""
from collections.abc import Callable, Iterable, Iterator


def split_when(iterable: Iterable, predicate: Callable) -> Iterator[list]:
    iterator = iter(iterable)
    try:
        group = [next(iterator)]
    except StopIteration:
        return
    for item in iterator:
        if predicate(group[-1], item):
            yield group
            group = [item]
        else:
            group.append(item)
    yield group
""",
    r"""
assert list(split_when([1, 2, 3, 3, 2, 5, 7], lambda a, b: b < a)) == [[1, 2, 3, 3], [2, 5, 7]]
assert list(split_when([], lambda a, b: True)) == []
assert list(split_when([1, 2, 3], lambda a, b: True)) == [[1], [2], [3]]
assert list(split_when("aabbc", lambda a, b: a != b)) == [["a", "a"], ["b", "b"], ["c"]]
""",
)

add(
    "iterators",
    "iterate-function",
    "Write an infinite generator `iterate(func, start)` yielding start, func(start), func(func(start)), and so on.",
    r"""
from collections.abc import Callable, Iterator
from typing import TypeVar

T = TypeVar("T")


def iterate(func: Callable[[T], T], start: T) -> Iterator[T]:
    value = start
    while True:
        yield value
        value = func(value)
""",
    r"""
from itertools import islice
assert list(islice(iterate(lambda x: x * 2, 1), 6)) == [1, 2, 4, 8, 16, 32]
assert list(islice(iterate(str.upper, "a"), 2)) == ["a", "A"]
assert next(iterate(abs, -3)) == -3
""",
)

add(
    "iterators",
    "averager-coroutine",
    "Write a generator-based coroutine `averager()` that receives numbers through `send()` and yields the running average after each one. The initial `next()` (priming) yields None.",
    r"""
from collections.abc import Generator


def averager() -> Generator[float | None, float, None]:
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count
""",
    r"""
coroutine = averager()
assert next(coroutine) is None
assert coroutine.send(10) == 10.0
assert coroutine.send(20) == 15.0
assert coroutine.send(0) == 10.0
other = averager()
next(other)
assert other.send(3) == 3.0
""",
)

add(
    "iterators",
    "repeat-sequence",
    "Write a generator `repeat_sequence(iterable, times)` that yields the items of `iterable` `times` times in a row. It must consume the iterable only once (so it works on one-shot iterators) by remembering items during the first pass. `times <= 0` yields nothing.",
    r"""
from collections.abc import Iterable, Iterator


def repeat_sequence(iterable: Iterable, times: int) -> Iterator:
    if times <= 0:
        return
    saved = []
    for item in iterable:
        saved.append(item)
        yield item
    for _ in range(times - 1):
        yield from saved
""",
    r"""
assert list(repeat_sequence([1, 2], 3)) == [1, 2, 1, 2, 1, 2]
assert list(repeat_sequence(iter("ab"), 2)) == ["a", "b", "a", "b"]
assert list(repeat_sequence([1], 0)) == []
assert list(repeat_sequence([], 5)) == []
""",
)

add(
    "iterators",
    "unique-everseen",
    "Write a generator `unique_everseen(iterable, key=None)` that lazily yields each element the first time it (or its `key(element)`) is seen, so it works on infinite iterators. Use a set for hashable keys, but fall back to a list for unhashable keys so they are still supported.",
    r"""
from typing import Callable, Iterable, Iterator


def unique_everseen(iterable: Iterable, key: Callable | None = None) -> Iterator:
    seen_set: set = set()
    seen_list: list = []
    for element in iterable:
        marker = element if key is None else key(element)
        try:
            if marker in seen_set:
                continue
            seen_set.add(marker)
        except TypeError:
            if marker in seen_list:
                continue
            seen_list.append(marker)
        yield element
""",
    r"""
from itertools import count, islice
assert list(unique_everseen("AAAABBBCCDAABBB")) == ["A", "B", "C", "D"]
assert list(unique_everseen("ABBcCAD", key=str.lower)) == ["A", "B", "c", "D"]
assert list(unique_everseen([[1], [2], [1], [3]])) == [[1], [2], [3]]
assert list(islice(unique_everseen(n % 7 for n in count()), 7)) == [0, 1, 2, 3, 4, 5, 6]
assert list(unique_everseen([])) == []
""",
)

add(
    "iterators",
    "fibonacci-sequence",
    "Write an infinite generator `fibonacci_sequence(first=0, second=1)` that yields a Fibonacci-like sequence starting with the two given values, each later value being the sum of the previous two. Also write `fibonacci_below(limit)` returning the list of standard Fibonacci numbers strictly below `limit` by consuming the generator with `itertools.takewhile`.",
    r"""
from itertools import takewhile
from typing import Iterator


def fibonacci_sequence(first: int = 0, second: int = 1) -> Iterator[int]:
    a, b = first, second
    while True:
        yield a
        a, b = b, a + b


def fibonacci_below(limit: int) -> list[int]:
    return list(takewhile(lambda value: value < limit, fibonacci_sequence()))
""",
    r"""
from itertools import islice
assert list(islice(fibonacci_sequence(), 10)) == [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]
assert list(islice(fibonacci_sequence(2, 1), 6)) == [2, 1, 3, 4, 7, 11]
assert fibonacci_below(50) == [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]
assert fibonacci_below(0) == []
assert fibonacci_below(2) == [0, 1, 1]
""",
)

add(
    "iterators",
    "windowed-step",
    "Write a generator `windowed(iterable, size, step=1, fillvalue=None)` yielding tuples of `size` consecutive items, with windows starting at positions 0, step, 2*step, ... of any iterable (consumed lazily with O(size) memory; with step > size the items between windows are skipped). If the input ends while some items have not appeared in any window yet, yield one last window padded with `fillvalue`; nothing is yielded for an empty input. Raise ValueError if size or step is less than 1.",
    r"""
from collections import deque
from typing import Iterable, Iterator


def windowed(iterable: Iterable, size: int, step: int = 1, fillvalue=None) -> Iterator[tuple]:
    if size < 1 or step < 1:
        raise ValueError("size and step must be at least 1")
    window: deque = deque(maxlen=size)
    consumed = 0
    next_emit = size
    emitted = False
    for item in iterable:
        window.append(item)
        consumed += 1
        if consumed == next_emit:
            yield tuple(window)
            emitted = True
            next_emit += step
    start = next_emit - size
    covered = next_emit - step if emitted else 0
    if consumed > max(start, covered):
        items = list(window)[len(window) - (consumed - start):]
        yield tuple(items) + (fillvalue,) * (size - len(items))
""",
    r"""
assert list(windowed([1, 2, 3, 4, 5], 3)) == [(1, 2, 3), (2, 3, 4), (3, 4, 5)]
assert list(windowed([1, 2, 3, 4, 5, 6], 2, step=2)) == [(1, 2), (3, 4), (5, 6)]
assert list(windowed([1, 2, 3, 4, 5], 2, step=2, fillvalue=0)) == [(1, 2), (3, 4), (5, 0)]
assert list(windowed([1, 2], 4, fillvalue="-")) == [(1, 2, "-", "-")]
assert list(windowed(iter(range(7)), 3, step=3)) == [(0, 1, 2), (3, 4, 5), (6, None, None)]
assert list(windowed(range(10), 2, step=3)) == [(0, 1), (3, 4), (6, 7), (9, None)]
assert list(windowed([], 3)) == []
try:
    list(windowed([1], 0))
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "iterators",
    "take-until-total",
    "Write a generator `take_until_total(numbers, limit)` that yields numbers from an iterable while the running total stays less than or equal to `limit`, stopping (without consuming further items) as soon as the next number would push the total over the limit. Use it in `count_affordable(prices, budget)` which returns how many leading items of `prices` can be bought.",
    r"""
from typing import Iterable, Iterator


def take_until_total(numbers: Iterable[float], limit: float) -> Iterator[float]:
    total = 0
    for value in numbers:
        if total + value > limit:
            return
        total += value
        yield value


def count_affordable(prices: Iterable[float], budget: float) -> int:
    return sum(1 for _ in take_until_total(prices, budget))
""",
    r"""
from itertools import count
assert list(take_until_total([3, 4, 2, 10, 1], 9)) == [3, 4, 2]
assert list(take_until_total([5], 4)) == []
assert list(take_until_total(count(1), 10)) == [1, 2, 3, 4]
source = iter([1, 1, 5, 7])
assert list(take_until_total(source, 3)) == [1, 1]
assert next(source) == 7
assert count_affordable([2.5, 2.5, 2.5], 5) == 2
assert count_affordable([], 10) == 0
""",
)

add(
    "iterators",
    "paginate",
    "Write a generator `paginate(items, page_size)` that lazily splits any iterable into pages and yields dicts `{'page': n, 'items': [...], 'has_next': bool}` numbered from 1. `has_next` must be correct without knowing the length in advance, so read one item ahead. An empty iterable yields nothing; page_size < 1 raises ValueError.",
    r"""
from itertools import islice
from typing import Iterable, Iterator


def paginate(items: Iterable, page_size: int) -> Iterator[dict]:
    if page_size < 1:
        raise ValueError("page_size must be positive")
    iterator = iter(items)
    page = list(islice(iterator, page_size))
    number = 1
    while page:
        following = list(islice(iterator, page_size))
        yield {"page": number, "items": page, "has_next": bool(following)}
        page = following
        number += 1
""",
    r"""
pages = list(paginate(range(7), 3))
assert pages == [
    {"page": 1, "items": [0, 1, 2], "has_next": True},
    {"page": 2, "items": [3, 4, 5], "has_next": True},
    {"page": 3, "items": [6], "has_next": False},
]
assert list(paginate("ab", 2)) == [{"page": 1, "items": ["a", "b"], "has_next": False}]
assert list(paginate(iter([]), 5)) == []
try:
    next(paginate([1], 0))
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "iterators",
    "paragraphs",
    "Write a generator `paragraphs(lines)` that groups an iterable of text lines (with or without trailing newlines) into paragraphs: consecutive non-blank lines are joined with single spaces after stripping, and one or more blank (whitespace-only) lines separate paragraphs. Leading and trailing blank lines produce no empty paragraphs. Process the input lazily.",
    r"""
from typing import Iterable, Iterator


def paragraphs(lines: Iterable[str]) -> Iterator[str]:
    current: list[str] = []
    for line in lines:
        stripped = line.strip()
        if stripped:
            current.append(stripped)
        elif current:
            yield " ".join(current)
            current = []
    if current:
        yield " ".join(current)
""",
    r"""
import io
text = "\n\nFirst line\n  continues here.\n\n\n   \nSecond paragraph.\nThird\n"
assert list(paragraphs(io.StringIO(text))) == ["First line continues here.", "Second paragraph. Third"]
assert list(paragraphs(["a", "", "b", "", "", "c"])) == ["a", "b", "c"]
assert list(paragraphs(["", "  "])) == []
assert list(paragraphs([])) == []
""",
)

add(
    "iterators",
    "with-next",
    "Write a generator `with_next(iterable, last=None)` that yields `(item, next_item)` pairs for every element of the iterable, where `next_item` is the following element or `last` for the final one. It must consume the input lazily (one element of look-ahead) and work with one-shot iterators. Then use it in `gaps(timestamps)` returning the differences between consecutive sorted timestamps.",
    r"""
from typing import Iterable, Iterator

_MISSING = object()


def with_next(iterable: Iterable, last=None) -> Iterator[tuple]:
    iterator = iter(iterable)
    current = next(iterator, _MISSING)
    while current is not _MISSING:
        following = next(iterator, _MISSING)
        yield current, (last if following is _MISSING else following)
        current = following


def gaps(timestamps: Iterable[float]) -> list[float]:
    return [b - a for a, b in with_next(sorted(timestamps)) if b is not None]
""",
    r"""
assert list(with_next([1, 2, 3])) == [(1, 2), (2, 3), (3, None)]
assert list(with_next("ab", last="$")) == [("a", "b"), ("b", "$")]
assert list(with_next([None, None])) == [(None, None), (None, None)]
assert list(with_next(iter([]))) == []
assert gaps([10, 3, 7, 20]) == [4, 3, 10]
assert gaps([5]) == []
""",
)

add(
    "iterators",
    "spiral-coordinates",
    "Write an infinite generator `spiral_coords()` that walks the integer grid in a square spiral starting at (0, 0): right 1, up 1, left 2, down 2, right 3, up 3, ... yielding `(x, y)` tuples (up is +y). Every grid point is visited exactly once. Also write `spiral_index(x, y)` returning the 0-based step at which the spiral reaches (x, y) by consuming the generator.",
    r"""
from itertools import count
from typing import Iterator


def spiral_coords() -> Iterator[tuple[int, int]]:
    x = y = 0
    yield x, y
    directions = [(1, 0), (0, 1), (-1, 0), (0, -1)]
    for leg in count():
        dx, dy = directions[leg % 4]
        for _ in range(leg // 2 + 1):
            x, y = x + dx, y + dy
            yield x, y


def spiral_index(x: int, y: int) -> int:
    for index, point in enumerate(spiral_coords()):
        if point == (x, y):
            return index
    raise AssertionError("unreachable")
""",
    r"""
from itertools import islice
first = list(islice(spiral_coords(), 10))
assert first == [(0, 0), (1, 0), (1, 1), (0, 1), (-1, 1), (-1, 0), (-1, -1), (0, -1), (1, -1), (2, -1)]
points = list(islice(spiral_coords(), 121))
assert len(set(points)) == 121
assert set(points) == {(x, y) for x in range(-5, 6) for y in range(-5, 6)}
assert spiral_index(0, 0) == 0
assert spiral_index(-1, -1) == 6
assert spiral_index(2, 2) == 12
""",
)

# --------------------------------------------------------------------------- sorting

add(
    "sorting",
    "insertion-sort",
    "Implement insertion sort: `insertion_sort(items)` returns a new sorted list (the input is left untouched). The sort must be stable.",
    r"""
def insertion_sort(items: list) -> list:
    result = list(items)
    for i in range(1, len(result)):
        current = result[i]
        j = i - 1
        while j >= 0 and result[j] > current:
            result[j + 1] = result[j]
            j -= 1
        result[j + 1] = current
    return result
""",
    r"""
data = [5, 2, 9, 1, 5, 6]
assert insertion_sort(data) == [1, 2, 5, 5, 6, 9]
assert data == [5, 2, 9, 1, 5, 6]
assert insertion_sort([]) == []
assert insertion_sort([1]) == [1]
assert insertion_sort(["b", "a", "c"]) == ["a", "b", "c"]
assert insertion_sort(list(range(20, 0, -1))) == list(range(1, 21))
""",
    inp="Constraint: do not call sorted() or list.sort().",
)

add(
    "sorting",
    "merge-sort",
    "Implement a stable, top-down `merge_sort(items)` that returns a new sorted list.",
    r"""
def merge_sort(items: list) -> list:
    if len(items) <= 1:
        return list(items)
    middle = len(items) // 2
    left = merge_sort(items[:middle])
    right = merge_sort(items[middle:])
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    merged.extend(left[i:])
    merged.extend(right[j:])
    return merged
""",
    r"""
values = [(i * 7919) % 101 for i in range(200)]
assert merge_sort(values) == sorted(values)
assert merge_sort([]) == []
assert merge_sort([3, 1, 2]) == [1, 2, 3]
class Key:
    def __init__(self, k, tag):
        self.k, self.tag = k, tag
    def __le__(self, other):
        return self.k <= other.k
records = [Key(1, "a"), Key(0, "b"), Key(1, "c"), Key(0, "d")]
assert [r.tag for r in merge_sort(records)] == ["b", "d", "a", "c"]
""",
    inp="Constraint: do not call sorted() or list.sort().",
)

add(
    "sorting",
    "quicksort",
    "Write a readable, functional-style `quicksort(items)` that returns a new sorted list, partitioning around the middle element into less-than, equal and greater-than groups (so duplicates are handled efficiently).",
    r"""
def quicksort(items: list) -> list:
    if len(items) <= 1:
        return list(items)
    pivot = items[len(items) // 2]
    return (
        quicksort([x for x in items if x < pivot])
        + [x for x in items if x == pivot]
        + quicksort([x for x in items if x > pivot])
    )
""",
    r"""
values = [(i * 37) % 23 - 11 for i in range(100)]
assert quicksort(values) == sorted(values)
assert quicksort([]) == []
assert quicksort([2, 2, 2]) == [2, 2, 2]
assert quicksort([3.5, -1, 2]) == [-1, 2, 3.5]
""",
)

add(
    "sorting",
    "counting-sort",
    "Write `counting_sort(nums)` for a list of non-negative integers with a small maximum value, returning a new sorted list in O(n + max). Raise ValueError on negative input.",
    r"""
def counting_sort(nums: list[int]) -> list[int]:
    if not nums:
        return []
    if min(nums) < 0:
        raise ValueError("counting_sort() requires non-negative integers")
    counts = [0] * (max(nums) + 1)
    for num in nums:
        counts[num] += 1
    return [value for value, count in enumerate(counts) for _ in range(count)]
""",
    r"""
assert counting_sort([4, 2, 2, 8, 3, 3, 1]) == [1, 2, 2, 3, 3, 4, 8]
assert counting_sort([]) == []
assert counting_sort([0]) == [0]
assert counting_sort([5, 0, 5]) == [0, 5, 5]
try:
    counting_sort([1, -1])
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "sorting",
    "sort-by-frequency",
    "Write `sort_by_frequency(nums)` that returns the numbers ordered by how often they occur (most frequent first), with equally frequent numbers in ascending order. Every occurrence is kept.",
    r"""
from collections import Counter


def sort_by_frequency(nums: list[int]) -> list[int]:
    counts = Counter(nums)
    return sorted(nums, key=lambda n: (-counts[n], n))
""",
    r"""
assert sort_by_frequency([4, 6, 2, 6, 4, 4]) == [4, 4, 4, 6, 6, 2]
assert sort_by_frequency([3, 1, 2]) == [1, 2, 3]
assert sort_by_frequency([]) == []
assert sort_by_frequency([5, -1, 5, -1, 0]) == [-1, -1, 5, 5, 0]
""",
)

add(
    "sorting",
    "sort-people",
    "Write `sort_people(people)` that sorts a list of dicts with `name` and `age` keys by age descending and then by name ascending, returning a new list.",
    r"""
def sort_people(people: list[dict]) -> list[dict]:
    return sorted(people, key=lambda person: (-person["age"], person["name"]))
""",
    r"""
people = [
    {"name": "Cy", "age": 30},
    {"name": "Ada", "age": 36},
    {"name": "Bo", "age": 30},
    {"name": "Al", "age": 25},
]
assert [p["name"] for p in sort_people(people)] == ["Ada", "Bo", "Cy", "Al"]
assert people[0]["name"] == "Cy"
assert sort_people([]) == []
""",
)

add(
    "sorting",
    "natural-sort",
    "Write `natural_sort(strings)` that sorts strings the way humans expect: runs of digits compare numerically (`file2` before `file10`) and letters compare case-insensitively.",
    r"""
import re


def natural_sort(strings: list[str]) -> list[str]:
    def key(text: str) -> list:
        return [int(part) if part.isdigit() else part.lower() for part in re.split(r"(\d+)", text)]

    return sorted(strings, key=key)
""",
    r"""
assert natural_sort(["file10.txt", "file2.txt", "File1.txt"]) == ["File1.txt", "file2.txt", "file10.txt"]
assert natural_sort(["v1.10", "v1.9", "v1.2"]) == ["v1.2", "v1.9", "v1.10"]
assert natural_sort(["b", "A", "a10", "a9"]) == ["A", "a9", "a10", "b"]
assert natural_sort([]) == []
assert natural_sort(["10", "9", "x"]) == ["9", "10", "x"]
""",
    inp='Example: natural_sort(["img12", "img10", "IMG2"]) -> ["IMG2", "img10", "img12"]',
)

add(
    "sorting",
    "sort-three-way",
    "A list contains only the values 0, 1 and 2. Write `sort_three_way(nums)` that sorts it in place in a single pass with constant extra space (the Dutch national flag algorithm).",
    r"""
def sort_three_way(nums: list[int]) -> None:
    low, mid, high = 0, 0, len(nums) - 1
    while mid <= high:
        if nums[mid] == 0:
            nums[low], nums[mid] = nums[mid], nums[low]
            low += 1
            mid += 1
        elif nums[mid] == 1:
            mid += 1
        else:
            nums[mid], nums[high] = nums[high], nums[mid]
            high -= 1
""",
    r"""
for data in ([2, 0, 2, 1, 1, 0], [2, 0, 1], [], [1], [2, 2, 0, 0], [0, 1, 2] * 5):
    expected = sorted(data)
    assert sort_three_way(data) is None
    assert data == expected
""",
)

add(
    "sorting",
    "largest-concatenation",
    'Write `largest_concatenation(nums)` that arranges non-negative integers so that their concatenation forms the largest possible number, returned as a string ("0" rather than "00"). Use `functools.cmp_to_key` with a comparator that compares a+b against b+a.',
    r"""
from functools import cmp_to_key


def largest_concatenation(nums: list[int]) -> str:
    def order(a: str, b: str) -> int:
        return (a + b < b + a) - (a + b > b + a)

    result = "".join(sorted(map(str, nums), key=cmp_to_key(order)))
    return "0" if result.startswith("0") else result
""",
    r"""
assert largest_concatenation([10, 2]) == "210"
assert largest_concatenation([3, 30, 34, 5, 9]) == "9534330"
assert largest_concatenation([0, 0]) == "0"
assert largest_concatenation([1]) == "1"
assert largest_concatenation([]) == ""
assert largest_concatenation([121, 12]) == "12121"
""",
    inp='Example: largest_concatenation([3, 30, 34, 5, 9]) -> "9534330"',
)

add(
    "sorting",
    "heap-sort",
    "Write `heap_sort(items)` that returns a new ascending list by heapifying a copy of the input with `heapq` and popping everything.",
    r"""
import heapq


def heap_sort(items: list) -> list:
    heap = list(items)
    heapq.heapify(heap)
    return [heapq.heappop(heap) for _ in range(len(heap))]
""",
    r"""
data = [9, 4, 7, 1, 8, 2, 2]
assert heap_sort(data) == [1, 2, 2, 4, 7, 8, 9]
assert data == [9, 4, 7, 1, 8, 2, 2]
assert heap_sort([]) == []
assert heap_sort(["pear", "apple"]) == ["apple", "pear"]
""",
)

add(
    "sorting",
    "relative-sort",
    "Write `relative_sort(values, order)` that sorts `values` so that numbers appearing in `order` come first, following the sequence given in `order`; the remaining numbers follow in ascending order.",
    r"""
def relative_sort(values: list[int], order: list[int]) -> list[int]:
    rank = {value: index for index, value in enumerate(order)}
    return sorted(values, key=lambda value: (rank.get(value, len(rank)), value))
""",
    r"""
assert relative_sort([2, 3, 1, 3, 2, 4, 6, 7, 9, 2, 19], [2, 1, 4, 3, 9, 6]) == [2, 2, 2, 1, 4, 3, 3, 9, 6, 7, 19]
assert relative_sort([28, 6, 22, 8, 44, 17], [22, 28, 8, 6]) == [22, 28, 8, 6, 17, 44]
assert relative_sort([3, 1, 2], []) == [1, 2, 3]
assert relative_sort([], [1]) == []
""",
)

add(
    "sorting",
    "min-swaps-to-sort",
    "Write `min_swaps_to_sort(nums)` returning the minimum number of swaps (of any two elements) needed to sort a list of distinct numbers. Count the cycles of the permutation that maps each element to its sorted position.",
    r"""
def min_swaps_to_sort(nums: list[int]) -> int:
    target = {value: index for index, value in enumerate(sorted(nums))}
    visited = [False] * len(nums)
    swaps = 0
    for start in range(len(nums)):
        cycle_length = 0
        i = start
        while not visited[i]:
            visited[i] = True
            i = target[nums[i]]
            cycle_length += 1
        swaps += max(cycle_length - 1, 0)
    return swaps
""",
    r"""
assert min_swaps_to_sort([4, 3, 2, 1]) == 2
assert min_swaps_to_sort([1, 5, 4, 3, 2]) == 2
assert min_swaps_to_sort([1, 2, 3]) == 0
assert min_swaps_to_sort([2, 3, 1]) == 2
assert min_swaps_to_sort([]) == 0
assert min_swaps_to_sort([10, 19, 6, 3, 5]) == 2
""",
)

add(
    "sorting",
    "radix-sort",
    "Implement least-significant-digit radix sort: `radix_sort(nums)` sorts non-negative integers using ten buckets per decimal digit and returns a new list. Raise ValueError on negative numbers.",
    r"""
def radix_sort(nums: list[int]) -> list[int]:
    if any(num < 0 for num in nums):
        raise ValueError("radix_sort() requires non-negative integers")
    result = list(nums)
    largest = max(result, default=0)
    place = 1
    while largest // place > 0:
        buckets: list[list[int]] = [[] for _ in range(10)]
        for num in result:
            buckets[(num // place) % 10].append(num)
        result = [num for bucket in buckets for num in bucket]
        place *= 10
    return result
""",
    r"""
assert radix_sort([170, 45, 75, 90, 802, 24, 2, 66]) == [2, 24, 45, 66, 75, 90, 170, 802]
assert radix_sort([]) == []
assert radix_sort([0, 0, 1]) == [0, 0, 1]
values = [(i * 104729) % 100003 for i in range(300)]
assert radix_sort(values) == sorted(values)
try:
    radix_sort([3, -1])
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "sorting",
    "evens-first-stable",
    "Write `evens_first(nums)` that returns a new list with all even numbers before all odd numbers while preserving the original relative order inside each group (a stable partition via a sort key).",
    r"""
def evens_first(nums: list[int]) -> list[int]:
    return sorted(nums, key=lambda n: n % 2)
""",
    r"""
assert evens_first([3, 1, 2, 4, 7, 6]) == [2, 4, 6, 3, 1, 7]
assert evens_first([]) == []
assert evens_first([1, 3]) == [1, 3]
assert evens_first([-2, -1, 0]) == [-2, 0, -1]
""",
)

add(
    "sorting",
    "sort-by-last-name",
    'Write `sort_by_last_name(names)` that sorts full names like `"Grace Hopper"` by last name and then first name, both case-insensitively.',
    r"""
def sort_by_last_name(names: list[str]) -> list[str]:
    def key(full_name: str) -> tuple[str, str]:
        first, _, last = full_name.rpartition(" ")
        return last.casefold(), first.casefold()

    return sorted(names, key=key)
""",
    r"""
names = ["Grace Hopper", "Alan Turing", "ada lovelace", "Anita Borg", "Tim Berners-Lee", "Mary Hopper"]
assert sort_by_last_name(names) == [
    "Tim Berners-Lee", "Anita Borg", "Grace Hopper", "Mary Hopper", "ada lovelace", "Alan Turing"]
assert sort_by_last_name([]) == []
assert sort_by_last_name(["Cher", "Bono"]) == ["Bono", "Cher"]
""",
)

add(
    "sorting",
    "sort-versions",
    'Write `sort_versions(versions)` that sorts dotted version strings numerically ("1.10.0" after "1.9.2"); shorter versions sort before longer ones with the same prefix ("1.2" before "1.2.0").',
    r"""
def sort_versions(versions: list[str]) -> list[str]:
    return sorted(versions, key=lambda version: tuple(int(part) for part in version.split(".")))
""",
    r"""
assert sort_versions(["1.10.0", "1.9.2", "1.2", "1.2.0", "0.9"]) == ["0.9", "1.2", "1.2.0", "1.9.2", "1.10.0"]
assert sort_versions([]) == []
assert sort_versions(["10", "9", "9.0.1"]) == ["9", "9.0.1", "10"]
""",
)

add(
    "sorting",
    "wiggle-sort",
    "Write `wiggle_sort(nums)` that reorders a list in place so that nums[0] <= nums[1] >= nums[2] <= nums[3] ... using a single pass of adjacent swaps.",
    r"""
def wiggle_sort(nums: list[int]) -> None:
    for i in range(1, len(nums)):
        should_rise = i % 2 == 1
        if should_rise == (nums[i - 1] > nums[i]):
            nums[i - 1], nums[i] = nums[i], nums[i - 1]
""",
    r"""
def is_wiggle(nums):
    return all((nums[i - 1] <= nums[i]) if i % 2 else (nums[i - 1] >= nums[i]) for i in range(1, len(nums)))

for data in ([3, 5, 2, 1, 6, 4], [1, 2, 3, 4, 5, 6], [6, 5, 4, 3, 2, 1], [], [1], [2, 2, 2, 1, 1]):
    original = sorted(data)
    assert wiggle_sort(data) is None
    assert is_wiggle(data), data
    assert sorted(data) == original
""",
)

add(
    "sorting",
    "count-inversions",
    "Write `count_inversions(nums)` returning the number of pairs (i, j) with i < j and nums[i] > nums[j], in O(n log n) by counting during a merge sort. Return a tuple `(inversions, sorted_list)` and leave the input unchanged.",
    r"""
def count_inversions(nums: list) -> tuple[int, list]:
    if len(nums) <= 1:
        return 0, list(nums)
    middle = len(nums) // 2
    left_count, left = count_inversions(nums[:middle])
    right_count, right = count_inversions(nums[middle:])
    merged = []
    inversions = left_count + right_count
    i = j = 0
    while i < len(left) and j < len(right):
        if right[j] < left[i]:
            merged.append(right[j])
            inversions += len(left) - i
            j += 1
        else:
            merged.append(left[i])
            i += 1
    merged.extend(left[i:])
    merged.extend(right[j:])
    return inversions, merged
""",
    r"""
assert count_inversions([2, 4, 1, 3, 5]) == (3, [1, 2, 3, 4, 5])
assert count_inversions([5, 4, 3, 2, 1]) == (10, [1, 2, 3, 4, 5])
assert count_inversions([1, 1, 1]) == (0, [1, 1, 1])
assert count_inversions([]) == (0, [])
data = [(i * 37) % 101 for i in range(101)]
brute = sum(1 for i in range(len(data)) for j in range(i + 1, len(data)) if data[i] > data[j])
assert count_inversions(data) == (brute, sorted(data))
assert data[1] == 37
""",
)

add(
    "sorting",
    "bubble-sort-early-exit",
    "Implement `bubble_sort(items, key=None)` returning `(sorted_copy, passes, swaps)`. Use the optimised bubble sort: each pass only scans up to the index of the last swap made by the previous pass (everything after it is already in place), and sorting stops when that index is 0, in particular after a pass without swaps. `passes` counts the passes actually performed and `swaps` the number of adjacent exchanges. The sort must be stable and must not modify the input.",
    r"""
from typing import Callable


def bubble_sort(items: list, key: Callable | None = None) -> tuple[list, int, int]:
    result = list(items)
    keyed = (lambda value: value) if key is None else key
    passes = swaps = 0
    end = len(result) - 1
    while end > 0:
        passes += 1
        last_swap = 0
        for i in range(end):
            if keyed(result[i]) > keyed(result[i + 1]):
                result[i], result[i + 1] = result[i + 1], result[i]
                swaps += 1
                last_swap = i
        end = last_swap
    return result, passes, swaps
""",
    r"""
assert bubble_sort([5, 1, 4, 2, 8]) == ([1, 2, 4, 5, 8], 3, 4)
assert bubble_sort([1, 2, 3, 4]) == ([1, 2, 3, 4], 1, 0)
assert bubble_sort([]) == ([], 0, 0)
words = ["bb", "a", "ccc", "dd", "e"]
assert bubble_sort(words, key=len)[0] == ["a", "e", "bb", "dd", "ccc"]
data = [3, 1, 2]
assert bubble_sort(data)[0] == [1, 2, 3] and data == [3, 1, 2]
assert bubble_sort([4, 3, 2, 1])[2] == 6
assert bubble_sort([2, 1]) == ([1, 2], 1, 1)
assert bubble_sort([1, 2, 3, 5, 4]) == ([1, 2, 3, 4, 5], 2, 1)
""",
)

add(
    "sorting",
    "selection-sort-descending",
    "Implement `selection_sort(items, reverse=False)` that returns a sorted copy of `items` using selection sort: for each position, find the smallest (or, with reverse=True, the largest) remaining element and swap it into place. Also return the number of swaps performed (a swap of an element with itself is not counted) as the second element of a tuple.",
    r"""
def selection_sort(items: list, reverse: bool = False) -> tuple[list, int]:
    result = list(items)
    swaps = 0
    for position in range(len(result)):
        chosen = position
        for candidate in range(position + 1, len(result)):
            better = result[candidate] > result[chosen] if reverse else result[candidate] < result[chosen]
            if better:
                chosen = candidate
        if chosen != position:
            result[position], result[chosen] = result[chosen], result[position]
            swaps += 1
    return result, swaps
""",
    r"""
assert selection_sort([64, 25, 12, 22, 11]) == ([11, 12, 22, 25, 64], 3)
assert selection_sort([3, 1, 2], reverse=True) == ([3, 2, 1], 1)
assert selection_sort([1, 2, 3]) == ([1, 2, 3], 0)
assert selection_sort([]) == ([], 0)
data = [(i * 13) % 17 for i in range(17)]
assert selection_sort(data)[0] == sorted(data)
assert selection_sort(["pear", "apple", "fig"], reverse=True)[0] == ["pear", "fig", "apple"]
""",
)

add(
    "sorting",
    "shell-sort",
    "Implement `shell_sort(nums)` returning a new sorted list using Shell sort with Ciura's gap sequence (701, 301, 132, 57, 23, 10, 4, 1), skipping gaps not smaller than the list length, and doing a gapped insertion sort for each gap. Do not modify the input.",
    r"""
CIURA_GAPS = (701, 301, 132, 57, 23, 10, 4, 1)


def shell_sort(nums: list) -> list:
    result = list(nums)
    n = len(result)
    for gap in CIURA_GAPS:
        if gap >= n and gap != 1:
            continue
        for i in range(gap, n):
            value = result[i]
            j = i
            while j >= gap and result[j - gap] > value:
                result[j] = result[j - gap]
                j -= gap
            result[j] = value
    return result
""",
    r"""
assert shell_sort([23, 12, 1, 8, 34, 54, 2, 3]) == [1, 2, 3, 8, 12, 23, 34, 54]
assert shell_sort([]) == []
assert shell_sort([1]) == [1]
data = [(i * 7919) % 1009 for i in range(2000)]
assert shell_sort(data) == sorted(data)
assert data[:3] == [0, 856, 703]
assert shell_sort([2.5, -1, 2.5, 0]) == [-1, 0, 2.5, 2.5]
""",
)

add(
    "sorting",
    "bucket-sort",
    "Implement `bucket_sort(values, bucket_count=10)` for floats in the half-open range [0, 1): distribute the values into `bucket_count` buckets by `int(value * bucket_count)`, sort each bucket with insertion sort, and concatenate. Raise ValueError for values outside [0, 1). Return a new list.",
    r"""
def bucket_sort(values: list[float], bucket_count: int = 10) -> list[float]:
    buckets: list[list[float]] = [[] for _ in range(bucket_count)]
    for value in values:
        if not 0 <= value < 1:
            raise ValueError(f"{value} is outside [0, 1)")
        buckets[int(value * bucket_count)].append(value)
    result = []
    for bucket in buckets:
        for i in range(1, len(bucket)):
            current = bucket[i]
            j = i - 1
            while j >= 0 and bucket[j] > current:
                bucket[j + 1] = bucket[j]
                j -= 1
            bucket[j + 1] = current
        result.extend(bucket)
    return result
""",
    r"""
data = [0.897, 0.565, 0.656, 0.1234, 0.665, 0.3434, 0.0, 0.999]
assert bucket_sort(data) == sorted(data)
assert bucket_sort(data, bucket_count=3) == sorted(data)
assert bucket_sort([]) == []
values = [((i * 7919) % 1000) / 1000 for i in range(500)]
assert bucket_sort(values, 25) == sorted(values)
try:
    bucket_sort([0.5, 1.0])
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "sorting",
    "pancake-sort",
    "Implement `pancake_sort(nums)` that sorts a list using only prefix reversals ('flips'). Return `(sorted_list, flips)` where `flips` is the list of prefix lengths k that were reversed, in order. For each size from n down to 2, bring the largest remaining element to the front (skip the flip if it is already there) and then flip it into its final position (skip if already in place).",
    r"""
def pancake_sort(nums: list) -> tuple[list, list[int]]:
    stack = list(nums)
    flips: list[int] = []
    for size in range(len(stack), 1, -1):
        largest = max(range(size), key=lambda i: stack[i])
        if largest == size - 1:
            continue
        if largest != 0:
            stack[: largest + 1] = reversed(stack[: largest + 1])
            flips.append(largest + 1)
        stack[:size] = reversed(stack[:size])
        flips.append(size)
    return stack, flips
""",
    r"""
def replay(nums, flips):
    stack = list(nums)
    for k in flips:
        stack[:k] = stack[:k][::-1]
    return stack


assert pancake_sort([3, 2, 4, 1]) == ([1, 2, 3, 4], [3, 4, 2, 3, 2])
assert pancake_sort([1, 2, 3]) == ([1, 2, 3], [])
assert pancake_sort([2, 1]) == ([1, 2], [2])
data = [7, 3, 9, 1, 4, 4, 8]
result, flips = pancake_sort(data)
assert result == sorted(data) and replay(data, flips) == result
assert len(flips) <= 2 * (len(data) - 1)
""",
)

add(
    "sorting",
    "sort-nearly-sorted",
    "A list is k-sorted when every element is at most k positions away from its place in sorted order. Write `sort_nearly_sorted(nums, k)` that sorts such a list in O(n log k) using a `heapq` min-heap holding a sliding window of k + 1 elements. Return a new list.",
    r"""
import heapq


def sort_nearly_sorted(nums: list, k: int) -> list:
    heap = list(nums[: k + 1])
    heapq.heapify(heap)
    result = []
    for value in nums[k + 1:]:
        result.append(heapq.heappushpop(heap, value))
    while heap:
        result.append(heapq.heappop(heap))
    return result
""",
    r"""
assert sort_nearly_sorted([6, 5, 3, 2, 8, 10, 9], 3) == [2, 3, 5, 6, 8, 9, 10]
assert sort_nearly_sorted([2, 1, 4, 3, 6, 5], 1) == [1, 2, 3, 4, 5, 6]
assert sort_nearly_sorted([1, 2, 3], 0) == [1, 2, 3]
assert sort_nearly_sorted([], 4) == []
assert sort_nearly_sorted([3, 1, 2], 10) == [1, 2, 3]
""",
)

add(
    "sorting",
    "merge-sorted-arrays",
    "Write `merge_sorted_arrays(first, second)` that merges two ascending lists into one ascending list in O(len(first) + len(second)) with two indices (no `sorted`, no `heapq`). On equal elements, the one from `first` comes first, making the merge stable. Also write `merge_many(lists)` that merges any number of sorted lists by merging them pairwise in rounds (like the bottom of merge sort).",
    r"""
def merge_sorted_arrays(first: list, second: list) -> list:
    merged = []
    i = j = 0
    while i < len(first) and j < len(second):
        if second[j] < first[i]:
            merged.append(second[j])
            j += 1
        else:
            merged.append(first[i])
            i += 1
    merged.extend(first[i:])
    merged.extend(second[j:])
    return merged


def merge_many(lists: list[list]) -> list:
    if not lists:
        return []
    rounds = [list(items) for items in lists]
    while len(rounds) > 1:
        paired = []
        for index in range(0, len(rounds), 2):
            if index + 1 < len(rounds):
                paired.append(merge_sorted_arrays(rounds[index], rounds[index + 1]))
            else:
                paired.append(rounds[index])
        rounds = paired
    return rounds[0]
""",
    r"""
assert merge_sorted_arrays([1, 3, 5], [2, 4, 6, 8]) == [1, 2, 3, 4, 5, 6, 8]
assert merge_sorted_arrays([], [1]) == [1]


class Keyed:
    def __init__(self, key, tag):
        self.key, self.tag = key, tag

    def __lt__(self, other):
        return self.key < other.key


merged = merge_sorted_arrays([Keyed(1, "a"), Keyed(2, "a")], [Keyed(1, "b"), Keyed(2, "b")])
assert [(m.key, m.tag) for m in merged] == [(1, "a"), (1, "b"), (2, "a"), (2, "b")]
assert merge_many([[5, 9], [1, 2, 3], [], [4], [0, 10]]) == [0, 1, 2, 3, 4, 5, 9, 10]
assert merge_many([]) == []
assert merge_many([[7]]) == [7]
""",
)

# --------------------------------------------------------------------------- bit manipulation

add(
    "bit-manipulation",
    "count-set-bits",
    "Write `count_set_bits(n)` that counts the 1 bits of a non-negative integer using Brian Kernighan's trick (`n & (n - 1)` clears the lowest set bit). Raise ValueError for negative input.",
    r"""
def count_set_bits(n: int) -> int:
    if n < 0:
        raise ValueError("n must be non-negative")
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count
""",
    r"""
assert count_set_bits(0) == 0
assert count_set_bits(1) == 1
assert count_set_bits(0b1011) == 3
assert count_set_bits(255) == 8
assert count_set_bits(2**100) == 1
assert all(count_set_bits(n) == bin(n).count("1") for n in range(1024))
try:
    count_set_bits(-1)
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "bit-manipulation",
    "is-power-of-two",
    "Write `is_power_of_two(n)` using a single bitwise test; zero and negative numbers are not powers of two.",
    r"""
def is_power_of_two(n: int) -> bool:
    return n > 0 and n & (n - 1) == 0
""",
    r"""
assert [n for n in range(70) if is_power_of_two(n)] == [1, 2, 4, 8, 16, 32, 64]
assert not is_power_of_two(0)
assert not is_power_of_two(-8)
assert is_power_of_two(2**64)
assert not is_power_of_two(2**64 + 1)
""",
)

add(
    "bit-manipulation",
    "single-number",
    "Every element of a list appears exactly twice except one. Write `single_number(nums)` that finds it in linear time and constant space by XOR-ing everything together.",
    r"""
from functools import reduce
from operator import xor


def single_number(nums: list[int]) -> int:
    return reduce(xor, nums, 0)
""",
    r"""
assert single_number([2, 2, 1]) == 1
assert single_number([4, 1, 2, 1, 2]) == 4
assert single_number([7]) == 7
assert single_number([-3, 5, 5]) == -3
""",
)

add(
    "bit-manipulation",
    "reverse-bits",
    "Write `reverse_bits(n, width=32)` that reverses the order of the lowest `width` bits of a non-negative integer.",
    r"""
def reverse_bits(n: int, width: int = 32) -> int:
    result = 0
    for _ in range(width):
        result = (result << 1) | (n & 1)
        n >>= 1
    return result
""",
    r"""
assert reverse_bits(0b1011, 4) == 0b1101
assert reverse_bits(1) == 2**31
assert reverse_bits(43261596) == 964176192
assert reverse_bits(0) == 0
assert reverse_bits(0b0001, 8) == 0b10000000
assert reverse_bits(reverse_bits(123456)) == 123456
""",
    inp="Example: reverse_bits(0b0011, 4) -> 0b1100",
)

add(
    "bit-manipulation",
    "gray-code",
    "Write `gray_code(bits)` returning the reflected binary Gray code sequence of the given bit width (consecutive values differ in exactly one bit), and `gray_to_binary(gray)` that converts a Gray-coded value back to its ordinary binary value.",
    r"""
def gray_code(bits: int) -> list[int]:
    return [i ^ (i >> 1) for i in range(1 << bits)]


def gray_to_binary(gray: int) -> int:
    value = 0
    while gray:
        value ^= gray
        gray >>= 1
    return value
""",
    r"""
assert gray_code(0) == [0]
assert gray_code(2) == [0, 1, 3, 2]
assert gray_code(3) == [0, 1, 3, 2, 6, 7, 5, 4]
codes = gray_code(6)
assert len(set(codes)) == 64
assert all(bin(a ^ b).count("1") == 1 for a, b in zip(codes, codes[1:]))
assert [gray_to_binary(g) for g in codes] == list(range(64))
""",
    inp="Example: gray_code(2) -> [0, 1, 3, 2]",
)

add(
    "bit-manipulation",
    "bit-difference",
    "Write `bit_difference(a, b)` returning how many bit positions differ between two non-negative integers (their Hamming distance), using XOR and `int.bit_count`.",
    r"""
def bit_difference(a: int, b: int) -> int:
    return (a ^ b).bit_count()
""",
    r"""
assert bit_difference(1, 4) == 2
assert bit_difference(3, 1) == 1
assert bit_difference(0, 0) == 0
assert bit_difference(0, 255) == 8
assert bit_difference(2**40, 0) == 1
""",
)

add(
    "bit-manipulation",
    "bit-helpers",
    "Write four helpers on non-negative integers and 0-based bit positions: `set_bit(n, i)`, `clear_bit(n, i)`, `toggle_bit(n, i)` return the new integer, and `test_bit(n, i)` returns whether bit i is set.",
    r"""
def set_bit(n: int, i: int) -> int:
    return n | (1 << i)


def clear_bit(n: int, i: int) -> int:
    return n & ~(1 << i)


def toggle_bit(n: int, i: int) -> int:
    return n ^ (1 << i)


def test_bit(n: int, i: int) -> bool:
    return (n >> i) & 1 == 1
""",
    r"""
assert set_bit(0b1000, 1) == 0b1010
assert set_bit(0b1010, 1) == 0b1010
assert clear_bit(0b1010, 3) == 0b0010
assert clear_bit(0b1010, 0) == 0b1010
assert toggle_bit(0b1010, 0) == 0b1011
assert toggle_bit(0b1011, 0) == 0b1010
assert test_bit(0b100, 2) and not test_bit(0b100, 1)
assert test_bit(set_bit(0, 70), 70)
""",
)

add(
    "bit-manipulation",
    "next-power-of-two",
    "Write `next_power_of_two(n)` returning the smallest power of two that is greater than or equal to n (1 for n <= 1), using `int.bit_length`.",
    r"""
def next_power_of_two(n: int) -> int:
    return 1 if n <= 1 else 1 << (n - 1).bit_length()
""",
    r"""
expected = {0: 1, 1: 1, 2: 2, 3: 4, 5: 8, 16: 16, 17: 32, 1000: 1024, -7: 1}
for n, power in expected.items():
    assert next_power_of_two(n) == power, n
assert next_power_of_two(2**50 + 1) == 2**51
""",
)

add(
    "bit-manipulation",
    "lowest-set-bit",
    "Write `lowest_set_bit(n)` that isolates the lowest set bit of a non-negative integer (12 -> 4), returning 0 for 0. Use the two's-complement identity `n & -n`.",
    r"""
def lowest_set_bit(n: int) -> int:
    return n & -n
""",
    r"""
assert lowest_set_bit(12) == 4
assert lowest_set_bit(1) == 1
assert lowest_set_bit(0) == 0
assert lowest_set_bit(40) == 8
assert lowest_set_bit(2**33 + 2**5) == 2**5
""",
)

add(
    "bit-manipulation",
    "subsets-by-mask",
    "Write `subsets_by_mask(items)` that lists all subsets of `items` by counting a bitmask from 0 to 2**n - 1, where bit i of the mask selects items[i]. Return the subsets in mask order.",
    r"""
def subsets_by_mask(items: list) -> list[list]:
    return [
        [item for bit, item in enumerate(items) if mask >> bit & 1]
        for mask in range(1 << len(items))
    ]
""",
    r"""
assert subsets_by_mask(["a", "b", "c"]) == [
    [], ["a"], ["b"], ["a", "b"], ["c"], ["a", "c"], ["b", "c"], ["a", "b", "c"]]
assert subsets_by_mask([]) == [[]]
assert len(subsets_by_mask(list(range(8)))) == 256
""",
)

add(
    "bit-manipulation",
    "bit-count-table",
    "Write `bit_count_table(n)` returning a list whose i-th entry is the number of 1 bits in i, for i = 0..n, in O(n) using the recurrence bits[i] = bits[i >> 1] + (i & 1).",
    r"""
def bit_count_table(n: int) -> list[int]:
    bits = [0] * (n + 1)
    for i in range(1, n + 1):
        bits[i] = bits[i >> 1] + (i & 1)
    return bits
""",
    r"""
assert bit_count_table(0) == [0]
assert bit_count_table(5) == [0, 1, 1, 2, 1, 2]
assert bit_count_table(1000) == [bin(i).count("1") for i in range(1001)]
""",
)

add(
    "bit-manipulation",
    "bits-conversion",
    "Write `int_to_bits(n, width)` returning the `width` bits of n as a list of 0/1 integers, most significant first (ValueError if n is negative or does not fit), and `bits_to_int(bits)` that converts such a list back.",
    r"""
def int_to_bits(n: int, width: int) -> list[int]:
    if n < 0 or n >= 1 << width:
        raise ValueError(f"{n} does not fit in {width} bits")
    return [(n >> shift) & 1 for shift in range(width - 1, -1, -1)]


def bits_to_int(bits: list[int]) -> int:
    value = 0
    for bit in bits:
        value = (value << 1) | bit
    return value
""",
    r"""
assert int_to_bits(5, 4) == [0, 1, 0, 1]
assert int_to_bits(0, 3) == [0, 0, 0]
assert int_to_bits(255, 8) == [1] * 8
assert bits_to_int([1, 0, 1, 1]) == 11
assert bits_to_int([]) == 0
assert all(bits_to_int(int_to_bits(n, 10)) == n for n in range(1024))
for bad in ((8, 3), (-1, 4)):
    try:
        int_to_bits(*bad)
    except ValueError:
        pass
    else:
        raise AssertionError(f"expected ValueError for {bad}")
""",
)

add(
    "bit-manipulation",
    "pack-rgb",
    "Write `pack_rgb(red, green, blue)` that packs three 0-255 channels into one 24-bit integer 0xRRGGBB (ValueError for out-of-range channels) and `unpack_rgb(color)` returning the `(red, green, blue)` tuple.",
    r"""
def pack_rgb(red: int, green: int, blue: int) -> int:
    for channel in (red, green, blue):
        if not 0 <= channel <= 255:
            raise ValueError(f"channel value out of range: {channel}")
    return (red << 16) | (green << 8) | blue


def unpack_rgb(color: int) -> tuple[int, int, int]:
    return (color >> 16) & 0xFF, (color >> 8) & 0xFF, color & 0xFF
""",
    r"""
assert pack_rgb(255, 128, 0) == 0xFF8000
assert f"#{pack_rgb(18, 52, 86):06x}" == "#123456"
assert unpack_rgb(0xFF8000) == (255, 128, 0)
assert unpack_rgb(pack_rgb(1, 2, 3)) == (1, 2, 3)
assert pack_rgb(0, 0, 0) == 0
try:
    pack_rgb(256, 0, 0)
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "bit-manipulation",
    "parity",
    "Write `parity(n)` that returns 1 if a non-negative integer has an odd number of set bits and 0 otherwise, by XOR-ing its bits together.",
    r"""
def parity(n: int) -> int:
    result = 0
    while n:
        result ^= n & 1
        n >>= 1
    return result
""",
    r"""
assert parity(0) == 0
assert parity(1) == 1
assert parity(0b1011) == 1
assert parity(0b1111) == 0
assert all(parity(n) == bin(n).count("1") % 2 for n in range(512))
""",
)

add(
    "bit-manipulation",
    "add-without-plus",
    "Write `add_without_plus(a, b)` that adds two non-negative integers using only bitwise operations: XOR gives the sum without carries and AND shifted left gives the carries. Raise ValueError for negative input.",
    r"""
def add_without_plus(a: int, b: int) -> int:
    if a < 0 or b < 0:
        raise ValueError("only non-negative integers are supported")
    while b:
        carry = (a & b) << 1
        a ^= b
        b = carry
    return a
""",
    r"""
assert add_without_plus(0, 0) == 0
assert add_without_plus(2, 3) == 5
assert add_without_plus(255, 1) == 256
assert add_without_plus(123456789, 987654321) == 1111111110
assert all(add_without_plus(a, b) == a + b for a in range(40) for b in range(40))
try:
    add_without_plus(-1, 2)
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "bit-manipulation",
    "alternating-bits",
    "Write `has_alternating_bits(n)` for a positive integer: True when adjacent bits of its binary form always differ (5 = 0b101 yes, 7 = 0b111 no). Solve it with XOR against n >> 1 instead of string conversion.",
    r"""
def has_alternating_bits(n: int) -> bool:
    mixed = n ^ (n >> 1)
    return mixed & (mixed + 1) == 0
""",
    r"""
assert has_alternating_bits(5)
assert not has_alternating_bits(7)
assert not has_alternating_bits(11)
assert has_alternating_bits(10)
assert has_alternating_bits(1)
assert [n for n in range(1, 50) if has_alternating_bits(n)] == [1, 2, 5, 10, 21, 42]
""",
)

add(
    "bit-manipulation",
    "mode-to-string",
    "Write `mode_to_string(mode)` that renders the lower nine permission bits of a Unix file mode as an `ls`-style string, e.g. 0o755 -> 'rwxr-xr-x'.",
    r"""
def mode_to_string(mode: int) -> str:
    chars: list[str] = []
    for shift in (6, 3, 0):
        bits = (mode >> shift) & 0o7
        chars.append("r" if bits & 0o4 else "-")
        chars.append("w" if bits & 0o2 else "-")
        chars.append("x" if bits & 0o1 else "-")
    return "".join(chars)
""",
    r"""
assert mode_to_string(0o755) == "rwxr-xr-x"
assert mode_to_string(0o644) == "rw-r--r--"
assert mode_to_string(0o000) == "---------"
assert mode_to_string(0o777) == "rwxrwxrwx"
assert mode_to_string(0o100640) == "rw-r-----"
""",
    inp='Example: mode_to_string(0o640) -> "rw-r-----"',
)

add(
    "bit-manipulation",
    "permission-flags",
    "Define an `enum.Flag` called `Permission` with members READ, WRITE and EXECUTE, and a function `permission_string(perms)` that renders a combination as three characters such as 'r-x' (a dash for each missing permission).",
    r"""
from enum import Flag, auto


class Permission(Flag):
    READ = auto()
    WRITE = auto()
    EXECUTE = auto()


_LETTERS = (("r", Permission.READ), ("w", Permission.WRITE), ("x", Permission.EXECUTE))


def permission_string(perms: Permission) -> str:
    return "".join(letter if flag in perms else "-" for letter, flag in _LETTERS)
""",
    r"""
assert permission_string(Permission.READ | Permission.EXECUTE) == "r-x"
assert permission_string(Permission(0)) == "---"
assert permission_string(Permission.READ | Permission.WRITE | Permission.EXECUTE) == "rwx"
assert permission_string(Permission.WRITE) == "-w-"
perms = Permission.READ
perms |= Permission.WRITE
assert permission_string(perms) == "rw-"
assert Permission.WRITE in perms and Permission.EXECUTE not in perms
""",
)

add(
    "bit-manipulation",
    "swap-nibbles",
    "Write `swap_nibbles(byte)` that swaps the high and low 4-bit halves of a value in 0..255 (0xAB -> 0xBA) using shifts and masks, and `swap_adjacent_bits(value)` that swaps every even-positioned bit with the odd bit next to it in a 32-bit unsigned integer (0b10 <-> 0b01). Raise ValueError if the byte is outside 0..255.",
    r"""
def swap_nibbles(byte: int) -> int:
    if not 0 <= byte <= 0xFF:
        raise ValueError("byte must be in 0..255")
    return ((byte & 0x0F) << 4) | (byte >> 4)


def swap_adjacent_bits(value: int) -> int:
    value &= 0xFFFFFFFF
    return ((value & 0xAAAAAAAA) >> 1) | ((value & 0x55555555) << 1)
""",
    r"""
assert swap_nibbles(0xAB) == 0xBA
assert swap_nibbles(0x0F) == 0xF0
assert swap_nibbles(0) == 0
assert all(swap_nibbles(swap_nibbles(b)) == b for b in range(256))
assert swap_adjacent_bits(0b10) == 0b01
assert swap_adjacent_bits(0b1011) == 0b0111
assert swap_adjacent_bits(0xAAAAAAAA) == 0x55555555
assert swap_adjacent_bits(0xFFFFFFFF) == 0xFFFFFFFF
try:
    swap_nibbles(256)
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "bit-manipulation",
    "rotate-bits",
    "Write `rotate_bits_left(value, shift, width=32)` and `rotate_bits_right(value, shift, width=32)` that perform circular bit rotations of an unsigned integer of the given bit width. The shift may be larger than the width (reduce it modulo width), and the input is first masked to `width` bits.",
    r"""
def rotate_bits_left(value: int, shift: int, width: int = 32) -> int:
    mask = (1 << width) - 1
    value &= mask
    shift %= width
    return ((value << shift) | (value >> (width - shift))) & mask


def rotate_bits_right(value: int, shift: int, width: int = 32) -> int:
    return rotate_bits_left(value, width - shift % width, width)
""",
    r"""
assert rotate_bits_left(0b1001, 1, width=4) == 0b0011
assert rotate_bits_right(0b1001, 1, width=4) == 0b1100
assert rotate_bits_left(0x80000000, 1) == 1
assert rotate_bits_right(1, 1) == 0x80000000
assert rotate_bits_left(0x12345678, 8) == 0x34567812
assert rotate_bits_left(0xAB, 16, width=8) == 0xAB
assert rotate_bits_left(0x1FF, 0, width=8) == 0xFF
assert all(rotate_bits_right(rotate_bits_left(v, s, 16), s, 16) == v for v in (0, 1, 0xBEEF, 0xFFFF) for s in range(40))
""",
)

add(
    "bit-manipulation",
    "sign-extend",
    "Write `sign_extend(value, bits)` that interprets the low `bits` bits of a non-negative integer as a two's-complement signed number and returns it as a Python int (e.g. 0xFF with 8 bits is -1), and `to_twos_complement(number, bits)` for the reverse, raising OverflowError if `number` does not fit in `bits` bits.",
    r"""
def sign_extend(value: int, bits: int) -> int:
    value &= (1 << bits) - 1
    sign_bit = 1 << (bits - 1)
    return (value ^ sign_bit) - sign_bit


def to_twos_complement(number: int, bits: int) -> int:
    if not -(1 << (bits - 1)) <= number < (1 << (bits - 1)):
        raise OverflowError(f"{number} does not fit in {bits} bits")
    return number & ((1 << bits) - 1)
""",
    r"""
assert sign_extend(0xFF, 8) == -1
assert sign_extend(0x7F, 8) == 127
assert sign_extend(0x80, 8) == -128
assert sign_extend(0xFFFE, 16) == -2
assert sign_extend(0x1FF, 8) == -1
assert to_twos_complement(-1, 8) == 0xFF
assert to_twos_complement(-128, 8) == 0x80
assert all(sign_extend(to_twos_complement(n, 12), 12) == n for n in range(-2048, 2048))
for bad in (128, -129):
    try:
        to_twos_complement(bad, 8)
    except OverflowError:
        pass
    else:
        raise AssertionError("expected OverflowError")
""",
)

add(
    "bit-manipulation",
    "range-bitwise-and",
    "Write `range_bitwise_and(low, high)` returning the bitwise AND of all integers from `low` to `high` inclusive (0 <= low <= high) in O(log high): the answer is the common binary prefix of low and high followed by zeros. Raise ValueError if low > high or low is negative.",
    r"""
def range_bitwise_and(low: int, high: int) -> int:
    if low < 0 or low > high:
        raise ValueError("need 0 <= low <= high")
    shift = 0
    while low != high:
        low >>= 1
        high >>= 1
        shift += 1
    return low << shift
""",
    r"""
from functools import reduce
assert range_bitwise_and(5, 7) == 4
assert range_bitwise_and(0, 1) == 0
assert range_bitwise_and(1, 2147483647) == 0
assert range_bitwise_and(12, 12) == 12
for lo in range(0, 70):
    for hi in range(lo, 70):
        assert range_bitwise_and(lo, hi) == reduce(lambda a, b: a & b, range(lo, hi + 1))
try:
    range_bitwise_and(3, 2)
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "bit-manipulation",
    "morton-code",
    "Write `morton_encode(x, y)` that interleaves the bits of two non-negative 16-bit integers into a 32-bit Z-order (Morton) code, with bit i of x going to bit 2i and bit i of y to bit 2i + 1, using the 'spread bits' magic-mask technique; and `morton_decode(code)` that reverses it. Raise ValueError for coordinates outside 0..65535.",
    r"""
def _spread(value: int) -> int:
    value &= 0xFFFF
    value = (value | (value << 8)) & 0x00FF00FF
    value = (value | (value << 4)) & 0x0F0F0F0F
    value = (value | (value << 2)) & 0x33333333
    value = (value | (value << 1)) & 0x55555555
    return value


def _compact(value: int) -> int:
    value &= 0x55555555
    value = (value | (value >> 1)) & 0x33333333
    value = (value | (value >> 2)) & 0x0F0F0F0F
    value = (value | (value >> 4)) & 0x00FF00FF
    value = (value | (value >> 8)) & 0x0000FFFF
    return value


def morton_encode(x: int, y: int) -> int:
    if not (0 <= x <= 0xFFFF and 0 <= y <= 0xFFFF):
        raise ValueError("coordinates must be 16-bit unsigned")
    return _spread(x) | (_spread(y) << 1)


def morton_decode(code: int) -> tuple[int, int]:
    return _compact(code), _compact(code >> 1)
""",
    r"""
assert morton_encode(0, 0) == 0
assert morton_encode(1, 0) == 1 and morton_encode(0, 1) == 2
assert morton_encode(3, 5) == 0b100111
assert morton_encode(0xFFFF, 0xFFFF) == 0xFFFFFFFF
assert [morton_decode(c) for c in range(4)] == [(0, 0), (1, 0), (0, 1), (1, 1)]
for x, y in [(12345, 54321), (0, 65535), (4096, 7), (999, 999)]:
    assert morton_decode(morton_encode(x, y)) == (x, y)
try:
    morton_encode(65536, 0)
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "bit-manipulation",
    "max-xor-pair",
    "Write `max_xor_pair(nums)` returning the maximum value of `a ^ b` over all pairs of elements of a list of non-negative integers (an element may not be paired with itself unless it appears twice; a list with fewer than two elements gives 0). Achieve O(n * bits) by building the answer bit by bit from the highest bit, checking with a set of prefixes whether a candidate bit can be set.",
    r"""
def max_xor_pair(nums: list[int]) -> int:
    if len(nums) < 2:
        return 0
    best = 0
    mask = 0
    for bit in range(max(nums).bit_length() - 1, -1, -1):
        mask |= 1 << bit
        prefixes = {value & mask for value in nums}
        candidate = best | (1 << bit)
        if any(candidate ^ prefix in prefixes for prefix in prefixes):
            best = candidate
    return best
""",
    r"""
from itertools import combinations
assert max_xor_pair([3, 10, 5, 25, 2, 8]) == 28
assert max_xor_pair([14, 70, 53, 83, 49, 91, 36, 80, 92, 51, 66, 70]) == 127
assert max_xor_pair([7]) == 0
assert max_xor_pair([]) == 0
assert max_xor_pair([0, 0]) == 0
data = [(i * 7919) % 1000 for i in range(60)]
assert max_xor_pair(data) == max(a ^ b for a, b in combinations(data, 2))
""",
)

add(
    "bit-manipulation",
    "is-binary-palindrome",
    "Write `is_binary_palindrome(n)` returning True when the binary representation of the non-negative integer n (without leading zeros) reads the same backwards, computed by reversing the bits arithmetically rather than with strings; 0 counts as a palindrome. Also write `binary_palindromes(limit)` listing all such numbers below `limit`.",
    r"""
def is_binary_palindrome(n: int) -> bool:
    reversed_bits = 0
    remaining = n
    while remaining:
        reversed_bits = (reversed_bits << 1) | (remaining & 1)
        remaining >>= 1
    return reversed_bits == n


def binary_palindromes(limit: int) -> list[int]:
    return [n for n in range(limit) if is_binary_palindrome(n)]
""",
    r"""
assert is_binary_palindrome(0) and is_binary_palindrome(1)
assert is_binary_palindrome(0b1001) and is_binary_palindrome(0b10101)
assert not is_binary_palindrome(0b10) and not is_binary_palindrome(0b1101)
assert binary_palindromes(22) == [0, 1, 3, 5, 7, 9, 15, 17, 21]
assert all(is_binary_palindrome(n) == (bin(n)[2:] == bin(n)[2:][::-1]) for n in range(2000))
""",
)

# --------------------------------------------------------------------------- dates

add(
    "dates",
    "is-leap-year",
    "Write `is_leap_year(year)` implementing the Gregorian rule: divisible by 4, except centuries, which must be divisible by 400.",
    r"""
def is_leap_year(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
""",
    r"""
import calendar
assert is_leap_year(2000) and is_leap_year(2024) and is_leap_year(1600)
assert not is_leap_year(1900) and not is_leap_year(2023) and not is_leap_year(2100)
assert all(is_leap_year(y) == calendar.isleap(y) for y in range(1583, 2500))
""",
)

add(
    "dates",
    "days-between",
    "Write `days_between(start, end)` that takes two ISO dates (`YYYY-MM-DD`) and returns the absolute number of days between them, using `datetime.date`.",
    r"""
from datetime import date


def days_between(start: str, end: str) -> int:
    return abs((date.fromisoformat(end) - date.fromisoformat(start)).days)
""",
    r"""
assert days_between("2024-01-01", "2024-12-31") == 365
assert days_between("2023-01-01", "2023-12-31") == 364
assert days_between("2024-03-01", "2024-02-28") == 2
assert days_between("2000-01-01", "2000-01-01") == 0
assert days_between("1999-12-31", "2000-01-01") == 1
""",
)

add(
    "dates",
    "add-business-days",
    "Write `add_business_days(start, days)` that returns the date `days` business days (Monday to Friday) after the `datetime.date` `start`. Adding zero returns `start` unchanged; negative values raise ValueError.",
    r"""
from datetime import date, timedelta


def add_business_days(start: date, days: int) -> date:
    if days < 0:
        raise ValueError("days must be non-negative")
    current = start
    while days > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            days -= 1
    return current
""",
    r"""
from datetime import date
friday = date(2024, 3, 15)
assert add_business_days(friday, 1) == date(2024, 3, 18)
assert add_business_days(friday, 5) == date(2024, 3, 22)
assert add_business_days(date(2024, 3, 16), 1) == date(2024, 3, 18)
assert add_business_days(friday, 0) == friday
assert add_business_days(date(2024, 3, 11), 10) == date(2024, 3, 25)
try:
    add_business_days(friday, -1)
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "dates",
    "age-on",
    "Write `age_on(birth, on)` returning a person's age in whole years on date `on`. Someone born on 29 February has their birthday on 1 March in non-leap years.",
    r"""
from datetime import date


def age_on(birth: date, on: date) -> int:
    had_birthday = (on.month, on.day) >= (birth.month, birth.day)
    return on.year - birth.year - (0 if had_birthday else 1)
""",
    r"""
from datetime import date
assert age_on(date(2000, 5, 20), date(2024, 5, 19)) == 23
assert age_on(date(2000, 5, 20), date(2024, 5, 20)) == 24
assert age_on(date(2000, 2, 29), date(2023, 2, 28)) == 22
assert age_on(date(2000, 2, 29), date(2023, 3, 1)) == 23
assert age_on(date(2000, 2, 29), date(2024, 2, 29)) == 24
assert age_on(date(2024, 1, 1), date(2024, 1, 1)) == 0
""",
)

add(
    "dates",
    "weekday-name",
    "Write `weekday_name(iso_date)` returning the English weekday name (e.g. 'Friday') for a `YYYY-MM-DD` string. Do not depend on the current locale.",
    r"""
from datetime import date

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def weekday_name(iso_date: str) -> str:
    return _WEEKDAYS[date.fromisoformat(iso_date).weekday()]
""",
    r"""
assert weekday_name("2024-03-15") == "Friday"
assert weekday_name("2000-01-01") == "Saturday"
assert weekday_name("1970-01-01") == "Thursday"
assert weekday_name("2024-02-29") == "Thursday"
""",
)

add(
    "dates",
    "last-day-of-month",
    "Write `last_day_of_month(year, month)` returning the `datetime.date` of the final day of that month, using `calendar.monthrange`.",
    r"""
import calendar
from datetime import date


def last_day_of_month(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])
""",
    r"""
from datetime import date
assert last_day_of_month(2024, 2) == date(2024, 2, 29)
assert last_day_of_month(2023, 2) == date(2023, 2, 28)
assert last_day_of_month(2024, 12) == date(2024, 12, 31)
assert last_day_of_month(2024, 4) == date(2024, 4, 30)
""",
)

add(
    "dates",
    "format-duration",
    "Write `format_duration(seconds)` that renders a non-negative number of seconds as a compact string like '2d 3h 4m 5s', leaving out zero-valued units; zero itself is '0s'. Negative input raises ValueError.",
    r"""
_UNITS = (("d", 86400), ("h", 3600), ("m", 60), ("s", 1))


def format_duration(seconds: int) -> str:
    if seconds < 0:
        raise ValueError("seconds must be non-negative")
    parts: list[str] = []
    for suffix, size in _UNITS:
        amount, seconds = divmod(seconds, size)
        if amount:
            parts.append(f"{amount}{suffix}")
    return " ".join(parts) or "0s"
""",
    r"""
assert format_duration(0) == "0s"
assert format_duration(59) == "59s"
assert format_duration(3600) == "1h"
assert format_duration(3661) == "1h 1m 1s"
assert format_duration(2 * 86400 + 3 * 3600 + 4 * 60 + 5) == "2d 3h 4m 5s"
assert format_duration(86400 + 30) == "1d 30s"
try:
    format_duration(-1)
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
    inp='Example: format_duration(3661) -> "1h 1m 1s"',
)

add(
    "dates",
    "iso-week",
    "Write `iso_week(iso_date)` that returns the `(iso_year, week_number)` of a `YYYY-MM-DD` date according to ISO 8601, whose week-based year can differ from the calendar year around New Year.",
    r"""
from datetime import date


def iso_week(iso_date: str) -> tuple[int, int]:
    iso_year, week, _ = date.fromisoformat(iso_date).isocalendar()
    return iso_year, week
""",
    r"""
assert iso_week("2024-01-01") == (2024, 1)
assert iso_week("2021-01-03") == (2020, 53)
assert iso_week("2024-12-30") == (2025, 1)
assert iso_week("2024-06-15") == (2024, 24)
""",
)

add(
    "dates",
    "next-weekday",
    "Write `next_weekday(start, weekday)` returning the first date strictly after `start` that falls on `weekday` (0 = Monday ... 6 = Sunday), computed arithmetically rather than by looping.",
    r"""
from datetime import date, timedelta


def next_weekday(start: date, weekday: int) -> date:
    days_ahead = (weekday - start.weekday() - 1) % 7 + 1
    return start + timedelta(days=days_ahead)
""",
    r"""
from datetime import date, timedelta
friday = date(2024, 3, 15)
assert next_weekday(friday, 0) == date(2024, 3, 18)
assert next_weekday(friday, 4) == date(2024, 3, 22)
assert next_weekday(friday, 5) == date(2024, 3, 16)
for offset in range(14):
    day = friday + timedelta(days=offset)
    for weekday in range(7):
        result = next_weekday(day, weekday)
        assert result.weekday() == weekday and 1 <= (result - day).days <= 7
""",
)

add(
    "dates",
    "dates-in-range",
    "Write `dates_in_range(start, end)` returning every date from `start` to `end` inclusive as ISO strings (inputs are ISO strings too); an empty list if end is before start.",
    r"""
from datetime import date, timedelta


def dates_in_range(start: str, end: str) -> list[str]:
    first, last = date.fromisoformat(start), date.fromisoformat(end)
    return [(first + timedelta(days=offset)).isoformat() for offset in range((last - first).days + 1)]
""",
    r"""
assert dates_in_range("2024-02-27", "2024-03-01") == ["2024-02-27", "2024-02-28", "2024-02-29", "2024-03-01"]
assert dates_in_range("2024-01-01", "2024-01-01") == ["2024-01-01"]
assert dates_in_range("2024-01-02", "2024-01-01") == []
assert len(dates_in_range("2023-01-01", "2023-12-31")) == 365
""",
)

add(
    "dates",
    "to-utc-iso",
    "Write `to_utc_iso(timestamp)` that converts an ISO 8601 timestamp with a UTC offset (e.g. `2024-01-01T10:00:00+02:00`) into the equivalent UTC timestamp string. Naive timestamps without an offset raise ValueError.",
    r"""
from datetime import datetime, timezone


def to_utc_iso(timestamp: str) -> str:
    moment = datetime.fromisoformat(timestamp)
    if moment.tzinfo is None:
        raise ValueError("timestamp must include a UTC offset")
    return moment.astimezone(timezone.utc).isoformat()
""",
    r"""
assert to_utc_iso("2024-01-01T10:00:00+02:00") == "2024-01-01T08:00:00+00:00"
assert to_utc_iso("2024-03-10T23:30:00-05:00") == "2024-03-11T04:30:00+00:00"
assert to_utc_iso("2024-01-01T00:00:00+00:00") == "2024-01-01T00:00:00+00:00"
assert to_utc_iso("2024-12-31T23:59:59.500000+05:30") == "2024-12-31T18:29:59.500000+00:00"
try:
    to_utc_iso("2024-01-01T10:00:00")
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
    inp='Example: to_utc_iso("2024-01-01T10:00:00+02:00") -> "2024-01-01T08:00:00+00:00"',
)

add(
    "dates",
    "count-weekdays",
    "Write `count_weekdays(start, end)` that counts the Monday-to-Friday dates in the inclusive range from `start` to `end` (0 if end < start). Use whole weeks arithmetically and only loop over the leftover days.",
    r"""
from datetime import date, timedelta


def count_weekdays(start: date, end: date) -> int:
    if end < start:
        return 0
    total_days = (end - start).days + 1
    full_weeks, leftover = divmod(total_days, 7)
    count = full_weeks * 5
    for offset in range(leftover):
        if (start + timedelta(days=full_weeks * 7 + offset)).weekday() < 5:
            count += 1
    return count
""",
    r"""
from datetime import date, timedelta
assert count_weekdays(date(2024, 3, 11), date(2024, 3, 17)) == 5
assert count_weekdays(date(2024, 3, 16), date(2024, 3, 17)) == 0
assert count_weekdays(date(2024, 3, 15), date(2024, 3, 18)) == 2
assert count_weekdays(date(2024, 3, 18), date(2024, 3, 1)) == 0
start = date(2024, 1, 1)
for length in range(40):
    end = start + timedelta(days=length)
    brute = sum((start + timedelta(days=i)).weekday() < 5 for i in range(length + 1))
    assert count_weekdays(start, end) == brute
""",
)

add(
    "dates",
    "quarter-bounds",
    "Write `quarter_bounds(day)` that returns the first and last `datetime.date` of the calendar quarter containing `day`.",
    r"""
import calendar
from datetime import date


def quarter_bounds(day: date) -> tuple[date, date]:
    first_month = 3 * ((day.month - 1) // 3) + 1
    last_month = first_month + 2
    start = date(day.year, first_month, 1)
    end = date(day.year, last_month, calendar.monthrange(day.year, last_month)[1])
    return start, end
""",
    r"""
from datetime import date
assert quarter_bounds(date(2024, 2, 10)) == (date(2024, 1, 1), date(2024, 3, 31))
assert quarter_bounds(date(2024, 4, 1)) == (date(2024, 4, 1), date(2024, 6, 30))
assert quarter_bounds(date(2023, 9, 30)) == (date(2023, 7, 1), date(2023, 9, 30))
assert quarter_bounds(date(2024, 12, 31)) == (date(2024, 10, 1), date(2024, 12, 31))
""",
)

add(
    "dates",
    "add-months",
    "Write `add_months(day, months)` that shifts a `datetime.date` by a (possibly negative) number of months, clamping the day to the last day of the target month (Jan 31 + 1 month -> Feb 28 or 29).",
    r"""
import calendar
from datetime import date


def add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
""",
    r"""
from datetime import date
assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
assert add_months(date(2023, 1, 31), 1) == date(2023, 2, 28)
assert add_months(date(2024, 3, 15), -3) == date(2023, 12, 15)
assert add_months(date(2024, 12, 1), 1) == date(2025, 1, 1)
assert add_months(date(2024, 5, 31), 12) == date(2025, 5, 31)
assert add_months(date(2024, 2, 29), 12) == date(2025, 2, 28)
assert add_months(date(2024, 5, 31), 0) == date(2024, 5, 31)
assert add_months(date(2024, 1, 15), -25) == date(2021, 12, 15)
""",
    inp="Example: add_months(date(2024, 1, 31), 1) -> date(2024, 2, 29)",
)

add(
    "dates",
    "overlap-days",
    "Two bookings are given as inclusive `(start_date, end_date)` tuples of `datetime.date`. Write `overlap_days(first, second)` returning how many days they share (0 if they do not overlap).",
    r"""
from datetime import date


def overlap_days(first: tuple[date, date], second: tuple[date, date]) -> int:
    start = max(first[0], second[0])
    end = min(first[1], second[1])
    return max((end - start).days + 1, 0)
""",
    r"""
from datetime import date
a = (date(2024, 7, 1), date(2024, 7, 10))
assert overlap_days(a, (date(2024, 7, 8), date(2024, 7, 20))) == 3
assert overlap_days(a, (date(2024, 7, 10), date(2024, 7, 12))) == 1
assert overlap_days(a, (date(2024, 7, 11), date(2024, 7, 12))) == 0
assert overlap_days(a, (date(2024, 6, 1), date(2024, 8, 1))) == 10
assert overlap_days(a, a) == 10
""",
)

add(
    "dates",
    "unix-to-iso",
    "Write `unix_to_iso(timestamp)` converting a Unix timestamp (seconds since the epoch) to an ISO 8601 string in UTC, independent of the machine's local time zone.",
    r"""
from datetime import datetime, timezone


def unix_to_iso(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp, tz=timezone.utc).isoformat()
""",
    r"""
assert unix_to_iso(0) == "1970-01-01T00:00:00+00:00"
assert unix_to_iso(1700000000) == "2023-11-14T22:13:20+00:00"
assert unix_to_iso(951782400) == "2000-02-29T00:00:00+00:00"
assert unix_to_iso(-86400) == "1969-12-31T00:00:00+00:00"
""",
)

add(
    "dates",
    "to-24-hour",
    "Write `to_24_hour(time_text)` that converts a 12-hour clock time like `07:05:45PM` into 24-hour `HH:MM:SS` form using `datetime.strptime`/`strftime`. Invalid input raises ValueError.",
    r"""
from datetime import datetime


def to_24_hour(time_text: str) -> str:
    return datetime.strptime(time_text.strip(), "%I:%M:%S%p").strftime("%H:%M:%S")
""",
    r"""
assert to_24_hour("07:05:45PM") == "19:05:45"
assert to_24_hour("12:00:00AM") == "00:00:00"
assert to_24_hour("12:00:00PM") == "12:00:00"
assert to_24_hour("11:59:59pm") == "23:59:59"
for bad in ("13:00:00PM", "7PM", ""):
    try:
        to_24_hour(bad)
    except ValueError:
        pass
    else:
        raise AssertionError(f"expected ValueError for {bad!r}")
""",
)

add(
    "dates",
    "time-slots",
    "Write `time_slots(start, end, minutes)` returning the start times (`HH:MM` strings) of consecutive slots of `minutes` length that fit completely between `start` and `end` on the same day.",
    r"""
from datetime import datetime, timedelta


def time_slots(start: str, end: str, minutes: int) -> list[str]:
    if minutes <= 0:
        raise ValueError("minutes must be positive")
    current = datetime.strptime(start, "%H:%M")
    finish = datetime.strptime(end, "%H:%M")
    step = timedelta(minutes=minutes)
    slots: list[str] = []
    while current + step <= finish:
        slots.append(current.strftime("%H:%M"))
        current += step
    return slots
""",
    r"""
assert time_slots("09:00", "11:00", 30) == ["09:00", "09:30", "10:00", "10:30"]
assert time_slots("09:00", "10:10", 30) == ["09:00", "09:30"]
assert time_slots("09:00", "09:20", 30) == []
assert time_slots("23:00", "23:59", 15) == ["23:00", "23:15", "23:30"]
try:
    time_slots("09:00", "10:00", 0)
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "dates",
    "nth-weekday-of-month",
    "Write `nth_weekday_of_month(year, month, weekday, n)` returning the `datetime.date` of the n-th given weekday (0 = Monday ... 6 = Sunday) in that month, e.g. the 4th Thursday of November. A negative n counts from the end of the month (-1 is the last one). Raise ValueError if the month has no such occurrence or n is 0.",
    r"""
import calendar
from datetime import date, timedelta


def nth_weekday_of_month(year: int, month: int, weekday: int, n: int) -> date:
    if n == 0:
        raise ValueError("n must be non-zero")
    if n > 0:
        first = date(year, month, 1)
        result = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    else:
        last = date(year, month, calendar.monthrange(year, month)[1])
        result = last - timedelta(days=(last.weekday() - weekday) % 7 + 7 * (-n - 1))
    if result.month != month:
        raise ValueError("no such weekday occurrence in this month")
    return result
""",
    r"""
from datetime import date
assert nth_weekday_of_month(2024, 11, 3, 4) == date(2024, 11, 28)
assert nth_weekday_of_month(2024, 5, 0, -1) == date(2024, 5, 27)
assert nth_weekday_of_month(2024, 9, 0, 1) == date(2024, 9, 2)
assert nth_weekday_of_month(2023, 1, 6, 1) == date(2023, 1, 1)
assert nth_weekday_of_month(2024, 2, 3, 5) == date(2024, 2, 29)
assert nth_weekday_of_month(2024, 3, 6, -2) == date(2024, 3, 24)
for args in [(2023, 2, 3, 5), (2024, 1, 0, 0), (2024, 1, 0, -6)]:
    try:
        nth_weekday_of_month(*args)
    except ValueError:
        pass
    else:
        raise AssertionError(f"expected ValueError for {args}")
""",
)

add(
    "dates",
    "easter-sunday",
    "Write `easter_sunday(year)` returning the `datetime.date` of Western (Gregorian) Easter Sunday using the anonymous Gregorian algorithm (Meeus/Jones/Butcher), and `good_friday(year)` returning the Friday two days earlier.",
    r"""
from datetime import date, timedelta


def easter_sunday(year: int) -> date:
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


def good_friday(year: int) -> date:
    return easter_sunday(year) - timedelta(days=2)
""",
    r"""
from datetime import date
assert easter_sunday(2024) == date(2024, 3, 31)
assert easter_sunday(2025) == date(2025, 4, 20)
assert easter_sunday(2000) == date(2000, 4, 23)
assert easter_sunday(1961) == date(1961, 4, 2)
assert easter_sunday(2038) == date(2038, 4, 25)
assert easter_sunday(2285) == date(2285, 3, 22)
assert good_friday(2024) == date(2024, 3, 29)
assert all(easter_sunday(y).weekday() == 6 for y in range(1900, 2200))
""",
)

add(
    "dates",
    "fiscal-year",
    "Write `fiscal_year(day, start_month=4)` that returns the fiscal year label of a `datetime.date` for an organisation whose fiscal year starts on the first day of `start_month` and is named after the calendar year in which it ends (with start_month=4, 2024-04-01 .. 2025-03-31 is FY2025). With start_month=1 the fiscal year is the calendar year. Also write `fiscal_quarter(day, start_month=4)` returning 1-4.",
    r"""
from datetime import date


def fiscal_year(day: date, start_month: int = 4) -> int:
    if start_month == 1:
        return day.year
    return day.year + 1 if day.month >= start_month else day.year


def fiscal_quarter(day: date, start_month: int = 4) -> int:
    months_in = (day.month - start_month) % 12
    return months_in // 3 + 1
""",
    r"""
from datetime import date
assert fiscal_year(date(2024, 4, 1)) == 2025
assert fiscal_year(date(2025, 3, 31)) == 2025
assert fiscal_year(date(2024, 12, 25)) == 2025
assert fiscal_year(date(2024, 1, 15)) == 2024
assert fiscal_year(date(2024, 9, 30), start_month=10) == 2024
assert fiscal_year(date(2024, 10, 1), start_month=10) == 2025
assert fiscal_year(date(2024, 6, 1), start_month=1) == 2024
assert fiscal_quarter(date(2024, 4, 1)) == 1
assert fiscal_quarter(date(2024, 12, 31)) == 3
assert fiscal_quarter(date(2025, 3, 1)) == 4
assert fiscal_quarter(date(2024, 11, 5), start_month=1) == 4
""",
)

add(
    "dates",
    "month-grid",
    "Write `month_grid(year, month, first_weekday=0)` that returns a printable calendar for one month as a list of strings: a header with two-letter day names starting at `first_weekday` (0 = Monday, 6 = Sunday), separated by single spaces, followed by one line per week in which each day number is right-aligned in a 2-character column, days outside the month are blank and trailing spaces are stripped. Build the weeks with `calendar.Calendar(first_weekday).monthdayscalendar`.",
    r"""
import calendar

DAY_NAMES = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]


def month_grid(year: int, month: int, first_weekday: int = 0) -> list[str]:
    header = " ".join(DAY_NAMES[(first_weekday + i) % 7] for i in range(7))
    lines = [header]
    for week in calendar.Calendar(first_weekday).monthdayscalendar(year, month):
        lines.append(" ".join(f"{day:2d}" if day else "  " for day in week).rstrip())
    return lines
""",
    r"""
grid = month_grid(2024, 2)
assert grid[0] == "Mo Tu We Th Fr Sa Su"
assert grid[1] == "          1  2  3  4"
assert grid[-1] == "26 27 28 29"
assert len(grid) == 6
sunday_first = month_grid(2024, 9, first_weekday=6)
assert sunday_first[0] == "Su Mo Tu We Th Fr Sa"
assert sunday_first[1] == " 1  2  3  4  5  6  7"
assert sunday_first[-1] == "29 30"
""",
)

add(
    "dates",
    "convert-utc-offset",
    "Write `convert_offset(timestamp, target_offset)` that takes an ISO-8601 timestamp with a UTC offset (e.g. '2024-03-10T23:30:00+05:30' or '...Z') and returns the same instant as an ISO string in the fixed offset `target_offset`, given as '+HH:MM' or '-HH:MM'. Use `datetime.fromisoformat` and `datetime.timezone`. Naive timestamps (no offset) raise ValueError.",
    r"""
from datetime import datetime, timedelta, timezone


def convert_offset(timestamp: str, target_offset: str) -> str:
    moment = datetime.fromisoformat(timestamp.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        raise ValueError("timestamp has no UTC offset")
    sign = -1 if target_offset.startswith("-") else 1
    hours, minutes = target_offset.lstrip("+-").split(":")
    zone = timezone(sign * timedelta(hours=int(hours), minutes=int(minutes)))
    return moment.astimezone(zone).isoformat()
""",
    r"""
assert convert_offset("2024-03-10T23:30:00+05:30", "+00:00") == "2024-03-10T18:00:00+00:00"
assert convert_offset("2024-03-10T18:00:00Z", "-08:00") == "2024-03-10T10:00:00-08:00"
assert convert_offset("2024-12-31T22:00:00-02:00", "+09:00") == "2025-01-01T09:00:00+09:00"
assert convert_offset("2024-06-01T00:00:00+00:00", "-00:30") == "2024-05-31T23:30:00-00:30"
try:
    convert_offset("2024-01-01T00:00:00", "+01:00")
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "dates",
    "time-ago",
    "Write `time_ago(then, now)` that describes how long before `now` the `datetime` `then` was, as a human string: under 45 seconds -> 'just now', then 'N minute(s) ago' (under 1 hour), 'N hour(s) ago' (under 1 day), 'yesterday' (1 day), 'N days ago' (under 30 days), 'N month(s) ago' (under 365 days, months of 30 days) and otherwise 'N year(s) ago' (years of 365 days), always rounding down and using the singular for 1. A `then` in the future raises ValueError.",
    r"""
from datetime import datetime


def time_ago(then: datetime, now: datetime) -> str:
    seconds = (now - then).total_seconds()
    if seconds < 0:
        raise ValueError("then is in the future")

    def plural(count: int, unit: str) -> str:
        return f"{count} {unit}{'' if count == 1 else 's'} ago"

    if seconds < 45:
        return "just now"
    if seconds < 3600:
        return plural(max(1, int(seconds // 60)), "minute")
    if seconds < 86400:
        return plural(int(seconds // 3600), "hour")
    days = int(seconds // 86400)
    if days == 1:
        return "yesterday"
    if days < 30:
        return f"{days} days ago"
    if days < 365:
        return plural(days // 30, "month")
    return plural(days // 365, "year")
""",
    r"""
from datetime import datetime, timedelta
now = datetime(2024, 6, 15, 12, 0, 0)
assert time_ago(now - timedelta(seconds=10), now) == "just now"
assert time_ago(now - timedelta(seconds=50), now) == "1 minute ago"
assert time_ago(now - timedelta(minutes=59, seconds=59), now) == "59 minutes ago"
assert time_ago(now - timedelta(hours=1), now) == "1 hour ago"
assert time_ago(now - timedelta(hours=23), now) == "23 hours ago"
assert time_ago(now - timedelta(days=1, hours=5), now) == "yesterday"
assert time_ago(now - timedelta(days=12), now) == "12 days ago"
assert time_ago(now - timedelta(days=45), now) == "1 month ago"
assert time_ago(now - timedelta(days=300), now) == "10 months ago"
assert time_ago(now - timedelta(days=800), now) == "2 years ago"
try:
    time_ago(now + timedelta(seconds=1), now)
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "dates",
    "week-start",
    "Write `week_start(day, first_weekday=0)` returning the date on which the week containing the `datetime.date` `day` begins, where weeks start on `first_weekday` (0 = Monday, 6 = Sunday), and `week_dates(day, first_weekday=0)` returning all seven dates of that week in order.",
    r"""
from datetime import date, timedelta


def week_start(day: date, first_weekday: int = 0) -> date:
    return day - timedelta(days=(day.weekday() - first_weekday) % 7)


def week_dates(day: date, first_weekday: int = 0) -> list[date]:
    start = week_start(day, first_weekday)
    return [start + timedelta(days=offset) for offset in range(7)]
""",
    r"""
from datetime import date
wednesday = date(2024, 7, 10)
assert week_start(wednesday) == date(2024, 7, 8)
assert week_start(wednesday, first_weekday=6) == date(2024, 7, 7)
assert week_start(date(2024, 7, 8)) == date(2024, 7, 8)
assert week_start(date(2024, 1, 1), first_weekday=6) == date(2023, 12, 31)
assert week_dates(date(2024, 3, 1))[0] == date(2024, 2, 26)
assert week_dates(date(2024, 3, 1))[-1] == date(2024, 3, 3)
assert [d.weekday() for d in week_dates(wednesday, 3)] == [3, 4, 5, 6, 0, 1, 2]
""",
)

add(
    "dates",
    "day-of-year",
    "Write `day_of_year(text)` that returns the ordinal day within the year (1-366) for an ISO date string, and `from_day_of_year(year, ordinal)` that converts back to an ISO date string. Use `datetime.date.timetuple().tm_yday` and `timedelta`. `from_day_of_year` raises ValueError if the ordinal is outside the year's range (366 only exists in leap years).",
    r"""
from datetime import date, timedelta


def day_of_year(text: str) -> int:
    return date.fromisoformat(text).timetuple().tm_yday


def from_day_of_year(year: int, ordinal: int) -> str:
    result = date(year, 1, 1) + timedelta(days=ordinal - 1)
    if ordinal < 1 or result.year != year:
        raise ValueError(f"day {ordinal} is outside {year}")
    return result.isoformat()
""",
    r"""
assert day_of_year("2024-01-01") == 1
assert day_of_year("2024-03-01") == 61
assert day_of_year("2023-03-01") == 60
assert day_of_year("2024-12-31") == 366
assert from_day_of_year(2024, 60) == "2024-02-29"
assert from_day_of_year(2023, 365) == "2023-12-31"
assert all(day_of_year(from_day_of_year(2020, n)) == n for n in range(1, 367))
for bad in ((2023, 366), (2024, 0), (2024, 367)):
    try:
        from_day_of_year(*bad)
    except ValueError:
        pass
    else:
        raise AssertionError(f"expected ValueError for {bad}")
""",
)

# --------------------------------------------------------------------------- regex

add(
    "regex",
    "camel-to-snake",
    "Write `camel_to_snake(name)` converting camelCase or PascalCase identifiers to snake_case with regular expressions. Acronyms stay together: 'HTTPResponseCode' -> 'http_response_code'.",
    r"""
import re


def camel_to_snake(name: str) -> str:
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    name = re.sub(r"([a-z\d])([A-Z])", r"\1_\2", name)
    return name.lower()
""",
    r"""
assert camel_to_snake("camelCase") == "camel_case"
assert camel_to_snake("HTTPResponseCode") == "http_response_code"
assert camel_to_snake("getHTTP") == "get_http"
assert camel_to_snake("already_snake") == "already_snake"
assert camel_to_snake("Version2Update") == "version2_update"
assert camel_to_snake("simple") == "simple"
assert camel_to_snake("") == ""
""",
    inp='Example: camel_to_snake("parseHTTPHeader") -> "parse_http_header"',
)

add(
    "regex",
    "slugify",
    "Write `slugify(title)` that turns a title into a URL slug: strip accents (NFKD normalisation, dropping non-ASCII), lowercase, replace every run of characters other than a-z and 0-9 with a single hyphen, and trim hyphens from the ends.",
    r"""
import re
import unicodedata


def slugify(title: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
""",
    r"""
assert slugify("Hello, World!") == "hello-world"
assert slugify("  Cr\u00e8me br\u00fbl\u00e9e  ") == "creme-brulee"
assert slugify("Python 3.11 is out") == "python-3-11-is-out"
assert slugify("---") == ""
assert slugify("already-a-slug") == "already-a-slug"
""",
    inp='Example: slugify("Hello, World!") -> "hello-world"',
)

add(
    "regex",
    "extract-emails",
    "Write `extract_emails(text)` returning all email addresses found in free text, in order of appearance, using a regular expression (local part of letters, digits, `.`, `_`, `%`, `+`, `-`; domain labels separated by dots; a top-level domain of at least two letters).",
    r"""
import re

_EMAIL = re.compile(r"[\w.%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")


def extract_emails(text: str) -> list[str]:
    return _EMAIL.findall(text)
""",
    r"""
text = "Contact ada@example.com or bob.smith+news@mail.co.uk. Not: @nobody, joe@localhost"
assert extract_emails(text) == ["ada@example.com", "bob.smith+news@mail.co.uk"]
assert extract_emails("") == []
assert extract_emails("<x_y@sub.domain.org>") == ["x_y@sub.domain.org"]
""",
)

add(
    "regex",
    "extract-hashtags",
    "Write `extract_hashtags(text)` returning the distinct hashtags in a post, lowercased and without `#`, in order of first appearance. A hashtag starts with `#` at the beginning of the text or after whitespace and continues over word characters.",
    r"""
import re


def extract_hashtags(text: str) -> list[str]:
    tags = (tag.lower() for tag in re.findall(r"(?<!\S)#(\w+)", text))
    return list(dict.fromkeys(tags))
""",
    r"""
assert extract_hashtags("Loving #Python and #python! #code_review, not a#tag") == ["python", "code_review"]
assert extract_hashtags("#one #two #one") == ["one", "two"]
assert extract_hashtags("no tags here") == []
assert extract_hashtags("# lonely hash") == []
""",
)

add(
    "regex",
    "is-hex-color",
    "Write `is_hex_color(text)` that returns True for CSS hex colors: `#` followed by exactly 3 or 6 hexadecimal digits (any case).",
    r"""
import re

_HEX_COLOR = re.compile(r"#(?:[0-9a-fA-F]{3}){1,2}")


def is_hex_color(text: str) -> bool:
    return _HEX_COLOR.fullmatch(text) is not None
""",
    r"""
assert is_hex_color("#1a2B3c")
assert is_hex_color("#abc")
assert not is_hex_color("#abcd")
assert not is_hex_color("123456")
assert not is_hex_color("#12345g")
assert not is_hex_color("#1234567")
assert not is_hex_color("")
""",
)

add(
    "regex",
    "find-iso-dates",
    "Write `find_iso_dates(text)` that finds `YYYY-MM-DD` dates in text with a regular expression and returns them as `datetime.date` objects, silently skipping matches that are not real calendar dates (like 2023-02-30).",
    r"""
import re
from datetime import date

_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def find_iso_dates(text: str) -> list[date]:
    found: list[date] = []
    for year, month, day in _ISO_DATE.findall(text):
        try:
            found.append(date(int(year), int(month), int(day)))
        except ValueError:
            continue
    return found
""",
    r"""
from datetime import date
text = "Released 2024-02-29, patched 2024-03-05; bogus 2023-02-30 and 2024-13-01; id 12024-01-01"
assert find_iso_dates(text) == [date(2024, 2, 29), date(2024, 3, 5)]
assert find_iso_dates("") == []
""",
)

add(
    "regex",
    "strip-html-tags",
    "Write `strip_html(markup)` that replaces every HTML tag with a space using a regular expression, unescapes entities such as `&amp;` with `html.unescape`, and collapses whitespace runs into single spaces (so text from adjacent blocks stays separated).",
    r"""
import html
import re


def strip_html(markup: str) -> str:
    without_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(html.unescape(without_tags).split())
""",
    r"""
assert strip_html("<p>Hello <b>world</b></p><p>Bye</p>") == "Hello world Bye"
assert strip_html("Fish &amp; Chips &lt;3") == "Fish & Chips <3"
assert strip_html("<br/>\n  <div class='x'>a</div>") == "a"
assert strip_html("plain") == "plain"
""",
)

add(
    "regex",
    "normalize-phone",
    "Write `normalize_phone(number)` that extracts the digits of a North American phone number and returns it as `(XXX) XXX-XXXX`. An optional leading country code 1 is dropped; anything that does not leave exactly ten digits returns None.",
    r"""
import re


def normalize_phone(number: str) -> str | None:
    digits = re.sub(r"\D", "", number)
    if len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]
    if len(digits) != 10:
        return None
    return f"({digits[:3]}) {digits[3:6]}-{digits[6:]}"
""",
    r"""
assert normalize_phone("555-123-4567") == "(555) 123-4567"
assert normalize_phone("+1 (555) 123 4567") == "(555) 123-4567"
assert normalize_phone("5551234567") == "(555) 123-4567"
assert normalize_phone("555-CALL-NOW") is None
assert normalize_phone("2 555 123 4567") is None
assert normalize_phone("") is None
""",
)

add(
    "regex",
    "parse-log-line",
    "Write `parse_log_line(line)` that parses lines like `2024-03-15 12:00:01 [ERROR] disk full` with a compiled regex using named groups and returns a dict with keys `date`, `time`, `level` and `message`, or None if the line does not match.",
    r"""
import re

_LOG_LINE = re.compile(
    r"(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>\d{2}:\d{2}:\d{2}) \[(?P<level>[A-Z]+)\] (?P<message>.*)"
)


def parse_log_line(line: str) -> dict[str, str] | None:
    match = _LOG_LINE.fullmatch(line.strip())
    return match.groupdict() if match else None
""",
    r"""
assert parse_log_line("2024-03-15 12:00:01 [ERROR] disk full") == {
    "date": "2024-03-15", "time": "12:00:01", "level": "ERROR", "message": "disk full"}
assert parse_log_line("2024-03-15 12:00:01 [INFO] started [pid 7]\n")["message"] == "started [pid 7]"
assert parse_log_line("garbage") is None
assert parse_log_line("2024-03-15 12:00 [INFO] x") is None
""",
)

add(
    "regex",
    "redact-emails",
    "Write `redact_emails(text)` that hides the local part of every email address except its first character, e.g. `john.doe@example.com` -> `j***@example.com`, using `re.sub` with a group reference.",
    r"""
import re


def redact_emails(text: str) -> str:
    return re.sub(r"\b([\w%+-])[\w.%+-]*@", r"\1***@", text)
""",
    r"""
assert redact_emails("mail john.doe@example.com now") == "mail j***@example.com now"
assert redact_emails("a@b.io, zed+x@q.org") == "a***@b.io, z***@q.org"
assert redact_emails("no addresses") == "no addresses"
""",
)

add(
    "regex",
    "replace-whole-word",
    "Write `replace_whole_word(text, old, new)` that replaces `old` only where it appears as a whole word. `old` may contain regex metacharacters and `new` may contain backslashes, so neither may be interpreted as regex syntax.",
    r"""
import re


def replace_whole_word(text: str, old: str, new: str) -> str:
    pattern = rf"(?<!\w){re.escape(old)}(?!\w)"
    return re.sub(pattern, lambda _match: new, text)
""",
    r"""
assert replace_whole_word("cat catalog cat.", "cat", "dog") == "dog catalog dog."
assert replace_whole_word("a+b a+bc", "a+b", "sum") == "sum a+bc"
assert replace_whole_word("path here", "path", r"C:\new") == r"C:\new here"
assert replace_whole_word("scatter", "cat", "dog") == "scatter"
""",
)

add(
    "regex",
    "is-strong-password",
    "Write `is_strong_password(password)` using a single regular expression with lookaheads: at least 8 characters, no whitespace, and at least one lowercase letter, one uppercase letter, one digit and one symbol (a character that is not a letter, digit, underscore or whitespace).",
    r"""
import re

_STRONG_PASSWORD = re.compile(r"(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^\w\s])\S{8,}")


def is_strong_password(password: str) -> bool:
    return _STRONG_PASSWORD.fullmatch(password) is not None
""",
    r"""
assert is_strong_password("Passw0rd!")
assert not is_strong_password("password1!")
assert not is_strong_password("PASSWORD1!")
assert not is_strong_password("Password!")
assert not is_strong_password("Password1")
assert not is_strong_password("Pass w0rd!")
assert not is_strong_password("Pw0rd!")
assert not is_strong_password("Pass_w0rd")
""",
)

add(
    "regex",
    "extract-numbers",
    "Write `extract_numbers(text)` that finds all numbers in text (optional sign, integers, decimals such as `3.5` or `.5`, and exponents such as `1e3`) and returns them as floats.",
    r"""
import re

_NUMBER = re.compile(r"[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?")


def extract_numbers(text: str) -> list[float]:
    return [float(match) for match in _NUMBER.findall(text)]
""",
    r"""
assert extract_numbers("Temp -3.5C, up 2 degrees, 1e3 and .5") == [-3.5, 2.0, 1000.0, 0.5]
assert extract_numbers("no numbers") == []
assert extract_numbers("x=+4, y=6.02E23") == [4.0, 6.02e23]
""",
)

add(
    "regex",
    "split-sentences",
    "Write `split_sentences(text)` that splits text into sentences after `.`, `!` or `?` followed by whitespace, using `re.split` with a lookbehind, and drops empty results.",
    r"""
import re


def split_sentences(text: str) -> list[str]:
    return [part for part in re.split(r"(?<=[.!?])\s+", text.strip()) if part]
""",
    r"""
assert split_sentences("Hello there. How are you? Great!") == ["Hello there.", "How are you?", "Great!"]
assert split_sentences("") == []
assert split_sentences("One sentence") == ["One sentence"]
assert split_sentences("Wait...  what?!\nYes.") == ["Wait...", "what?!", "Yes."]
""",
)

add(
    "regex",
    "template-placeholders",
    "Write `template_placeholders(template)` returning the distinct `{name}` placeholder names of a format-style template in order of first appearance, ignoring escaped braces such as `{{literal}}`.",
    r"""
import re


def template_placeholders(template: str) -> list[str]:
    names = re.findall(r"(?<!\{)\{(\w+)\}(?!\})", template)
    return list(dict.fromkeys(names))
""",
    r"""
assert template_placeholders("Hi {name}, you owe {amount}. Bye {name}!") == ["name", "amount"]
assert template_placeholders("{{literal}} and {real}") == ["real"]
assert template_placeholders("nothing") == []
assert template_placeholders("{a}{b}{a}") == ["a", "b"]
""",
)

add(
    "regex",
    "remove-repeated-words",
    "Write `remove_repeated_words(text)` that collapses immediately repeated words (case-insensitive) into one occurrence, keeping the first spelling, using a regex backreference: 'This is is a test test test.' -> 'This is a test.'",
    r"""
import re


def remove_repeated_words(text: str) -> str:
    return re.sub(r"\b(\w+)(?:\s+\1\b)+", r"\1", text, flags=re.IGNORECASE)
""",
    r"""
assert remove_repeated_words("This is is a test test test.") == "This is a test."
assert remove_repeated_words("Paris in the the spring") == "Paris in the spring"
assert remove_repeated_words("no repeats here") == "no repeats here"
assert remove_repeated_words("The the") == "The"
assert remove_repeated_words("the theory") == "the theory"
""",
)

add(
    "regex",
    "mask-secrets",
    "Write `mask_secrets(config_text)` that, in a multi-line `key = value` or `key: value` config, replaces the value with `****` on every line whose key contains 'password', 'token' or 'secret' (case-insensitive). Use one `re.sub` with multiline mode.",
    r"""
import re

_SECRET_LINE = re.compile(r"^(\s*\w*(?:password|token|secret)\w*\s*[=:]\s*).+$", re.IGNORECASE | re.MULTILINE)


def mask_secrets(config_text: str) -> str:
    return _SECRET_LINE.sub(r"\1****", config_text)
""",
    r"""
config = "user = admin\nDB_PASSWORD = hunter2\napi_token: abc123\nsecret=xyz\nport = 5432"
assert mask_secrets(config) == "user = admin\nDB_PASSWORD = ****\napi_token: ****\nsecret=****\nport = 5432"
assert mask_secrets("") == ""
assert mask_secrets("name = token-service") == "name = token-service"
""",
)

add(
    "regex",
    "wildcard-match",
    "Write `wildcard_match(pattern, text)` supporting `*` (any sequence, including empty) and `?` (exactly one character) by translating the pattern into a regular expression; every other character must match literally.",
    r"""
import re


def wildcard_match(pattern: str, text: str) -> bool:
    regex = "".join(
        ".*" if char == "*" else "." if char == "?" else re.escape(char) for char in pattern
    )
    return re.fullmatch(regex, text, flags=re.DOTALL) is not None
""",
    r"""
assert wildcard_match("*.py", "main.py")
assert not wildcard_match("*.py", "main.pyc")
assert wildcard_match("file?.txt", "file1.txt")
assert not wildcard_match("file?.txt", "file10.txt")
assert wildcard_match("a+b*", "a+bcd")
assert wildcard_match("*", "")
assert not wildcard_match("?", "")
assert wildcard_match("[x].*", "[x].cfg")
""",
    inp='Example: wildcard_match("data_??.csv", "data_01.csv") -> True',
)

add(
    "regex",
    "extract-urls",
    "Write `extract_urls(text)` that finds http and https URLs in free text with a regular expression and returns them in order of appearance. A URL runs until whitespace or one of the characters <>\"'; trailing sentence punctuation (.,;:!?) and an unbalanced closing parenthesis at the end are not part of the URL.",
    r"""
import re

URL = re.compile(r"https?://[^\s<>\"']+", re.IGNORECASE)


def extract_urls(text: str) -> list[str]:
    urls = []
    for match in URL.finditer(text):
        url = match.group(0)
        while url and (url[-1] in ".,;:!?" or (url[-1] == ")" and url.count(")") > url.count("("))):
            url = url[:-1]
        urls.append(url)
    return urls
""",
    r"""
text = "See https://example.com/docs, or (http://test.org/a_(b)) and HTTPS://x.io/path?q=1. Not ftp://no.pe"
assert extract_urls(text) == ["https://example.com/docs", "http://test.org/a_(b)", "HTTPS://x.io/path?q=1"]
assert extract_urls('<a href="https://site.dev/page">link</a>') == ["https://site.dev/page"]
assert extract_urls("Visit http://a.b/c!!!") == ["http://a.b/c"]
assert extract_urls("no links here") == []
""",
)

add(
    "regex",
    "match-semver",
    "Write `parse_semver(version)` that validates a Semantic Versioning 2.0.0 string with a single regular expression using named groups and returns a dict with 'major', 'minor', 'patch' (ints), 'prerelease' and 'build' (strings or None). Numeric identifiers must not have leading zeros (except '0' itself). Return None for invalid versions.",
    r"""
import re

SEMVER = re.compile(
    r"(?P<major>0|[1-9]\d*)\.(?P<minor>0|[1-9]\d*)\.(?P<patch>0|[1-9]\d*)"
    r"(?:-(?P<prerelease>(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*))?"
    r"(?:\+(?P<build>[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?"
)


def parse_semver(version: str) -> dict | None:
    match = SEMVER.fullmatch(version)
    if not match:
        return None
    parts = match.groupdict()
    for key in ("major", "minor", "patch"):
        parts[key] = int(parts[key])
    return parts
""",
    r"""
assert parse_semver("1.2.3") == {"major": 1, "minor": 2, "patch": 3, "prerelease": None, "build": None}
assert parse_semver("0.10.0-alpha.1+build.5") == {
    "major": 0,
    "minor": 10,
    "patch": 0,
    "prerelease": "alpha.1",
    "build": "build.5",
}
assert parse_semver("1.0.0-0A.is.legal")["prerelease"] == "0A.is.legal"
assert parse_semver("1.0.0+001")["build"] == "001"
for bad in ("1.2", "01.2.3", "1.2.3-01", "1.2.3-", "1.2.3+", "v1.2.3", "1.2.3-al..pha"):
    assert parse_semver(bad) is None, bad
""",
)

add(
    "regex",
    "parse-quoted-pairs",
    'Write `parse_pairs(text)` that extracts `key=value` pairs from a line such as `name="Ada Lovelace" age=36 tags=\'a b\' empty=""` using one regular expression with alternation. Keys are identifiers; values are either double-quoted (may contain escaped \\" sequences, which are unescaped), single-quoted, or a bare run of non-space characters. Return a dict in order of appearance.',
    r'''
import re

PAIR = re.compile(r"""([A-Za-z_]\w*)=(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S*))""")


def parse_pairs(text: str) -> dict[str, str]:
    result = {}
    for match in PAIR.finditer(text):
        key, double, single, bare = match.groups()
        if double is not None:
            value = re.sub(r"\\(.)", r"\1", double)
        elif single is not None:
            value = single
        else:
            value = bare
        result[key] = value
    return result
''',
    r"""
line = 'name="Ada Lovelace" age=36 tags=\'a b\' empty="" quote="say \\"hi\\""'
assert parse_pairs(line) == {"name": "Ada Lovelace", "age": "36", "tags": "a b", "empty": "", "quote": 'say "hi"'}
assert parse_pairs("level=INFO msg=started") == {"level": "INFO", "msg": "started"}
assert parse_pairs("no pairs here") == {}
assert parse_pairs("x= y=2") == {"x": "", "y": "2"}
""",
)

add(
    "regex",
    "highlight-terms",
    "Write `highlight_terms(text, terms, marker='**')` that wraps every whole-word, case-insensitive occurrence of any of `terms` in `text` with `marker` on both sides, preserving the original spelling. Build a single alternation pattern with `re.escape` (longest terms first so 'new york' wins over 'new') and word boundaries. Empty `terms` leave the text unchanged.",
    r"""
import re


def highlight_terms(text: str, terms: list[str], marker: str = "**") -> str:
    if not terms:
        return text
    alternatives = "|".join(re.escape(term) for term in sorted(set(terms), key=len, reverse=True))
    pattern = re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)
    return pattern.sub(lambda match: f"{marker}{match.group(0)}{marker}", text)
""",
    r"""
assert highlight_terms("Python is fun; I love python!", ["python"]) == "**Python** is fun; I love **python**!"
assert highlight_terms("New York is new to me", ["new", "New York"]) == "**New York** is **new** to me"
assert highlight_terms("cats and concatenate", ["cat", "cats"], marker="_") == "_cats_ and concatenate"
assert highlight_terms("cost is $5 (c++)", ["c++"], marker="|") == "cost is $5 (c++)"
assert highlight_terms("a.b axb", ["a.b"]) == "**a.b** axb"
assert highlight_terms("unchanged", []) == "unchanged"
""",
)

add(
    "regex",
    "markdown-links-to-html",
    'Write `markdown_links_to_html(text)` that converts inline Markdown links `[label](url)` and images `![alt](src)` into HTML (`<a href="url">label</a>` and `<img src="src" alt="alt">`) with `re.sub`. An optional title in double quotes after the URL (`[x](u "T")`) becomes a `title` attribute on links. Leave text that is not a complete link untouched.',
    r"""
import re

LINK = re.compile(r'(!?)\[([^\]]*)\]\(\s*([^)\s]+)(?:\s+"([^"]*)")?\s*\)')


def markdown_links_to_html(text: str) -> str:
    def replace(match: re.Match) -> str:
        bang, label, url, title = match.groups()
        if bang:
            return f'<img src="{url}" alt="{label}">'
        title_attr = f' title="{title}"' if title is not None else ""
        return f'<a href="{url}"{title_attr}>{label}</a>'

    return LINK.sub(replace, text)
""",
    r"""
assert markdown_links_to_html("See [docs](https://d.io) now") == 'See <a href="https://d.io">docs</a> now'
assert markdown_links_to_html('[home](/ "Go home")') == '<a href="/" title="Go home">home</a>'
assert markdown_links_to_html("![logo](img/logo.png)") == '<img src="img/logo.png" alt="logo">'
assert markdown_links_to_html("[a](x) and [b](y)") == '<a href="x">a</a> and <a href="y">b</a>'
assert markdown_links_to_html("[not a link] (x) and [broken](") == "[not a link] (x) and [broken]("
""",
)

add(
    "regex",
    "extract-prices",
    "Write `extract_prices(text)` that finds dollar amounts such as '$5', '$1,234.50' and '$0.99' in text and returns them as `decimal.Decimal` values in order. Thousands separators must be correctly grouped (commas every three digits), at most two decimal places are allowed, and an amount immediately followed by a digit or another decimal point (like '$1.234') is not matched.",
    r"""
import re
from decimal import Decimal

PRICE = re.compile(r"\$((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,2})?)(?![\d.,]\d)(?!\d)")


def extract_prices(text: str) -> list[Decimal]:
    return [Decimal(match.group(1).replace(",", "")) for match in PRICE.finditer(text)]
""",
    r"""
from decimal import Decimal
text = "Was $1,234.50, now $999! Add-ons: $5 and $0.99. Bad: $1.234 $12,34"
assert extract_prices(text) == [Decimal("1234.50"), Decimal("999"), Decimal("5"), Decimal("0.99")]
assert extract_prices("$1,000,000 prize") == [Decimal("1000000")]
assert extract_prices("costs $3.5.") == [Decimal("3.5")]
assert extract_prices("no money") == []
""",
)

add(
    "regex",
    "like-match",
    "Write `like_to_regex(pattern, escape='\\\\')` that translates a SQL LIKE pattern into an equivalent Python regular expression string, where '%' matches any run of characters, '_' matches exactly one character, the escape character makes the next character literal, and all other characters are literal (use `re.escape`). Then write `like_match(value, pattern)` that performs a case-sensitive full match, with '.' also able to match newlines.",
    r"""
import re


def like_to_regex(pattern: str, escape: str = "\\") -> str:
    parts = []
    index = 0
    while index < len(pattern):
        ch = pattern[index]
        if ch == escape and index + 1 < len(pattern):
            parts.append(re.escape(pattern[index + 1]))
            index += 2
            continue
        if ch == "%":
            parts.append(".*")
        elif ch == "_":
            parts.append(".")
        else:
            parts.append(re.escape(ch))
        index += 1
    return "".join(parts)


def like_match(value: str, pattern: str) -> bool:
    return re.fullmatch(like_to_regex(pattern), value, re.DOTALL) is not None
""",
    r"""
assert like_match("hello world", "hello%")
assert like_match("hello", "h_llo")
assert not like_match("hallo!", "h_llo")
assert like_match("100%", "100\\%")
assert not like_match("1000", "100\\%")
assert like_match("a.b", "a.b") and not like_match("axb", "a.b")
assert like_match("line1\nline2", "line1%")
assert not like_match("Hello", "hello")
assert like_match("", "%")
assert like_to_regex("50\\_%") == "50_.*"
""",
)

# --------------------------------------------------------------------------- json

add(
    "json",
    "pretty-json",
    "Write `pretty_json(obj)` that serialises an object to JSON with 2-space indentation and sorted keys, keeping non-ASCII characters readable instead of escaping them.",
    r"""
import json


def pretty_json(obj) -> str:
    return json.dumps(obj, indent=2, sort_keys=True, ensure_ascii=False)
""",
    r"""
assert pretty_json({"b": 1, "a": [1, 2]}) == '{\n  "a": [\n    1,\n    2\n  ],\n  "b": 1\n}'
assert pretty_json({"city": "Z\u00fcrich"}) == '{\n  "city": "Z\u00fcrich"\n}'
assert pretty_json([]) == "[]"
assert pretty_json(None) == "null"
""",
)

add(
    "json",
    "safe-json-loads",
    "Write `safe_json_loads(text, default=None)` that parses JSON and returns `default` instead of raising when the text is not valid JSON or is not a string at all.",
    r"""
import json


def safe_json_loads(text, default=None):
    try:
        return json.loads(text)
    except (json.JSONDecodeError, TypeError):
        return default
""",
    r"""
assert safe_json_loads('{"a": 1}') == {"a": 1}
assert safe_json_loads("[1, 2") is None
assert safe_json_loads("", default={}) == {}
assert safe_json_loads(None, default="x") == "x"
assert safe_json_loads("null", default=5) is None
""",
)

add(
    "json",
    "to-json-extended",
    "Write `to_json(obj, **kwargs)` that works like `json.dumps` but also serialises `datetime`/`date` objects (ISO format), `Decimal` (as a string) and sets (as sorted lists) through a `default` hook. Other unsupported objects must still raise TypeError.",
    r"""
import json
from datetime import date, datetime
from decimal import Decimal


def _encode_extra(value):
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def to_json(obj, **kwargs) -> str:
    return json.dumps(obj, default=_encode_extra, **kwargs)
""",
    r"""
from datetime import date, datetime
from decimal import Decimal
payload = {"when": datetime(2024, 1, 2, 3, 4, 5), "day": date(2024, 1, 2), "price": Decimal("9.99"), "tags": {"b", "a"}}
assert to_json(payload, sort_keys=True) == (
    '{"day": "2024-01-02", "price": "9.99", "tags": ["a", "b"], "when": "2024-01-02T03:04:05"}')
assert to_json([1, "x"]) == '[1, "x"]'
try:
    to_json({"obj": object()})
except TypeError:
    pass
else:
    raise AssertionError("expected TypeError")
""",
)

add(
    "json",
    "read-jsonl",
    "Write `read_jsonl(text)` that parses JSON Lines text and returns `(records, bad_lines)`: the successfully parsed values and the 1-based line numbers that failed to parse. Blank lines are skipped silently.",
    r"""
import json


def read_jsonl(text: str) -> tuple[list, list[int]]:
    records: list = []
    bad_lines: list[int] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError:
            bad_lines.append(number)
    return records, bad_lines
""",
    r"""
text = '{"id": 1}\n\n{"id": 2}\nnot json\n[1, 2]\n{"id": \n'
assert read_jsonl(text) == ([{"id": 1}, {"id": 2}, [1, 2]], [4, 6])
assert read_jsonl("") == ([], [])
""",
)

add(
    "json",
    "load-user",
    "Write a `User` dataclass (`name`, `email`, `age`, optional `tags` list) plus `load_user(text)` that builds one from a JSON object, raising ValueError if the JSON is not an object, a required field is missing, or `age` is not a non-negative integer (booleans do not count). Also write `user_to_json(user)` using `dataclasses.asdict`.",
    r"""
import json
from dataclasses import asdict, dataclass, field


@dataclass
class User:
    name: str
    email: str
    age: int
    tags: list[str] = field(default_factory=list)


def load_user(text: str) -> User:
    data = json.loads(text)
    if not isinstance(data, dict):
        raise ValueError("expected a JSON object")
    missing = {"name", "email", "age"} - data.keys()
    if missing:
        raise ValueError(f"missing fields: {sorted(missing)}")
    age = data["age"]
    if not isinstance(age, int) or isinstance(age, bool) or age < 0:
        raise ValueError("age must be a non-negative integer")
    return User(name=data["name"], email=data["email"], age=age, tags=list(data.get("tags", [])))


def user_to_json(user: User) -> str:
    return json.dumps(asdict(user))
""",
    r"""
user = load_user('{"name": "Ada", "email": "ada@example.com", "age": 36, "tags": ["math"]}')
assert user == User("Ada", "ada@example.com", 36, ["math"])
assert load_user('{"name": "Bo", "email": "b@x.io", "age": 0}').tags == []
assert load_user(user_to_json(user)) == user
for bad in ('[1]', '{"name": "x", "email": "y"}', '{"name": "x", "email": "y", "age": -1}',
            '{"name": "x", "email": "y", "age": true}', '{"name": "x", "email": "y", "age": "3"}'):
    try:
        load_user(bad)
    except ValueError:
        pass
    else:
        raise AssertionError(f"expected ValueError for {bad}")
""",
)

add(
    "json",
    "minify-json",
    "Write `minify_json(text)` that re-serialises a JSON document in its most compact form: no whitespace between tokens and non-ASCII characters kept as is.",
    r"""
import json


def minify_json(text: str) -> str:
    return json.dumps(json.loads(text), separators=(",", ":"), ensure_ascii=False)
""",
    r"""
assert minify_json('{\n  "a": [1, 2, {"b": null}],\n  "c": "x y"\n}') == '{"a":[1,2,{"b":null}],"c":"x y"}'
assert minify_json('"caf\\u00e9"') == '"caf\u00e9"'
assert minify_json(" [ ] ") == "[]"
""",
)

add(
    "json",
    "json-leaf-paths",
    "Write `json_leaf_paths(data)` that maps every leaf value of a parsed JSON document to a path string, using `.key` for object members and `[index]` for array items (e.g. `a.b[1].c`). Empty containers produce no entries.",
    r"""
def json_leaf_paths(data, prefix: str = "") -> dict[str, object]:
    leaves: dict[str, object] = {}
    if isinstance(data, dict):
        for key, value in data.items():
            leaves.update(json_leaf_paths(value, f"{prefix}.{key}" if prefix else key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            leaves.update(json_leaf_paths(value, f"{prefix}[{index}]"))
    else:
        leaves[prefix] = data
    return leaves
""",
    r"""
doc = {"a": {"b": [1, {"c": 2}]}, "d": None, "e": [], "f": {}}
assert json_leaf_paths(doc) == {"a.b[0]": 1, "a.b[1].c": 2, "d": None}
assert json_leaf_paths([[1], 2]) == {"[0][0]": 1, "[1]": 2}
assert json_leaf_paths("x") == {"": "x"}
""",
    inp='Example: json_leaf_paths({"a": [1, {"b": 2}]}) -> {"a[0]": 1, "a[1].b": 2}',
)

add(
    "json",
    "json-type-counts",
    "Write `json_type_counts(text)` that parses a JSON document and counts how many values of each JSON type it contains (`object`, `array`, `string`, `number`, `boolean`, `null`), including the root and nested values. Only types that occur appear in the result.",
    r"""
import json
from collections import Counter


def json_type_counts(text: str) -> dict[str, int]:
    counts: Counter[str] = Counter()

    def visit(value) -> None:
        if isinstance(value, dict):
            counts["object"] += 1
            for item in value.values():
                visit(item)
        elif isinstance(value, list):
            counts["array"] += 1
            for item in value:
                visit(item)
        elif isinstance(value, str):
            counts["string"] += 1
        elif isinstance(value, bool):
            counts["boolean"] += 1
        elif value is None:
            counts["null"] += 1
        else:
            counts["number"] += 1

    visit(json.loads(text))
    return dict(counts)
""",
    r"""
doc = '{"a": [1, 2.5, "x", true, null], "b": {"c": false}}'
assert json_type_counts(doc) == {"object": 2, "array": 1, "number": 2, "string": 1, "boolean": 2, "null": 1}
assert json_type_counts("3") == {"number": 1}
assert json_type_counts("[]") == {"array": 1}
""",
)

add(
    "json",
    "validate-record",
    'Write `validate_record(record, schema)` where `schema` maps field names to Python types. Return a sorted list of error strings: `"<field>: missing"`, `"<field>: expected <type>, got <type>"` (bool must not pass as int) and `"<field>: unexpected field"`. An empty list means the record is valid.',
    r"""
def validate_record(record: dict, schema: dict[str, type]) -> list[str]:
    errors: list[str] = []
    for name, expected in schema.items():
        if name not in record:
            errors.append(f"{name}: missing")
            continue
        value = record[name]
        if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            errors.append(f"{name}: expected {expected.__name__}, got {type(value).__name__}")
    errors.extend(f"{name}: unexpected field" for name in record.keys() - schema.keys())
    return sorted(errors)
""",
    r"""
schema = {"id": int, "name": str, "score": float}
assert validate_record({"id": 1, "name": "a", "score": 2.5}, schema) == []
assert validate_record({"id": True, "score": 1.0, "extra": 1}, schema) == [
    "extra: unexpected field", "id: expected int, got bool", "name: missing"]
assert validate_record({}, {}) == []
""",
)

add(
    "json",
    "loads-decimal",
    "Write `loads_decimal(text)` that parses JSON but turns every floating-point number into a `decimal.Decimal` (integers stay ints), so money values survive without binary rounding error.",
    r"""
import json
from decimal import Decimal


def loads_decimal(text: str):
    return json.loads(text, parse_float=Decimal)
""",
    r"""
from decimal import Decimal
data = loads_decimal('{"a": 0.1, "b": 0.2, "n": 3, "items": [1.10]}')
assert data["a"] + data["b"] == Decimal("0.3")
assert isinstance(data["n"], int) and data["n"] == 3
assert data["items"] == [Decimal("1.10")] and str(data["items"][0]) == "1.10"
""",
)

add(
    "json",
    "resolve-json-pointer",
    'Write `resolve_pointer(document, pointer)` implementing RFC 6901 JSON Pointer lookup on parsed JSON: `""` is the whole document, each `/`-separated token selects an object key or array index, and `~1` / `~0` unescape to `/` and `~`. A malformed pointer raises ValueError; a missing key or index raises KeyError or IndexError.',
    r"""
def resolve_pointer(document, pointer: str):
    if pointer == "":
        return document
    if not pointer.startswith("/"):
        raise ValueError(f"invalid JSON pointer: {pointer!r}")
    current = document
    for raw_token in pointer[1:].split("/"):
        token = raw_token.replace("~1", "/").replace("~0", "~")
        if isinstance(current, list):
            if not token.isdigit():
                raise KeyError(token)
            current = current[int(token)]
        else:
            current = current[token]
    return current
""",
    r"""
doc = {"foo": ["bar", "baz"], "": 0, "a/b": 1, "m~n": 8, "nested": {"k": [{"x": True}]}}
assert resolve_pointer(doc, "") is doc
assert resolve_pointer(doc, "/foo") == ["bar", "baz"]
assert resolve_pointer(doc, "/foo/1") == "baz"
assert resolve_pointer(doc, "/") == 0
assert resolve_pointer(doc, "/a~1b") == 1
assert resolve_pointer(doc, "/m~0n") == 8
assert resolve_pointer(doc, "/nested/k/0/x") is True
for pointer, error in (("foo", ValueError), ("/missing", KeyError), ("/foo/5", IndexError), ("/foo/x", KeyError)):
    try:
        resolve_pointer(doc, pointer)
    except error:
        pass
    else:
        raise AssertionError(f"expected {error.__name__} for {pointer!r}")
""",
)

add(
    "json",
    "merge-patch",
    "Implement JSON Merge Patch (RFC 7386) as `merge_patch(target, patch)`: if `patch` is not a dict, it replaces the target entirely; otherwise, for each key in the patch a null (None) value deletes the key from the target, and any other value is merged recursively into the target's value for that key (a non-dict target is treated as an empty dict). Return a new document without modifying either input. Also write `apply_patch_json(target_text, patch_text)` working on JSON strings and returning compact JSON with sorted keys.",
    r"""
import copy
import json


def merge_patch(target, patch):
    if not isinstance(patch, dict):
        return copy.deepcopy(patch)
    result = copy.deepcopy(target) if isinstance(target, dict) else {}
    for key, value in patch.items():
        if value is None:
            result.pop(key, None)
        else:
            result[key] = merge_patch(result.get(key), value)
    return result


def apply_patch_json(target_text: str, patch_text: str) -> str:
    merged = merge_patch(json.loads(target_text), json.loads(patch_text))
    return json.dumps(merged, sort_keys=True, separators=(",", ":"))
""",
    r"""
target = {"title": "Goodbye!", "author": {"givenName": "John", "familyName": "Doe"}, "tags": ["example", "sample"], "content": "x"}
patch = {"title": "Hello!", "phoneNumber": "+01-123-456-7890", "author": {"familyName": None}, "tags": ["example"]}
assert merge_patch(target, patch) == {
    "title": "Hello!",
    "author": {"givenName": "John"},
    "tags": ["example"],
    "content": "x",
    "phoneNumber": "+01-123-456-7890",
}
assert target["author"] == {"givenName": "John", "familyName": "Doe"}
assert merge_patch({"a": "b"}, {"a": {"b": "c"}}) == {"a": {"b": "c"}}
assert merge_patch({"a": [1]}, [2]) == [2]
assert merge_patch("text", {"a": None}) == {}
assert apply_patch_json('{"b": 1, "a": {"x": 1}}', '{"a": {"y": 2}, "b": null}') == '{"a":{"x":1,"y":2}}'
""",
)

add(
    "json",
    "canonical-json",
    "Write `canonical_json(obj)` producing a canonical JSON encoding for hashing and signing: keys sorted, no insignificant whitespace, non-ASCII characters kept as UTF-8 instead of \\u escapes, and floats that are whole numbers written as integers (1.0 -> 1). NaN and infinities are rejected with ValueError. Also write `json_fingerprint(obj)` returning the first 16 hex characters of the SHA-256 of the canonical encoding, so that equal documents with different key order share a fingerprint.",
    r"""
import hashlib
import json
import math


def _normalise(value):
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError("NaN and infinity are not allowed")
        return int(value) if value.is_integer() else value
    if isinstance(value, dict):
        return {key: _normalise(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_normalise(item) for item in value]
    return value


def canonical_json(obj) -> str:
    return json.dumps(_normalise(obj), sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def json_fingerprint(obj) -> str:
    return hashlib.sha256(canonical_json(obj).encode("utf-8")).hexdigest()[:16]
""",
    r"""
assert canonical_json({"b": 1.0, "a": [2.5, {"d": None, "c": True}]}) == '{"a":[2.5,{"c":true,"d":null}],"b":1}'
assert canonical_json({"name": "Zoë"}) == '{"name":"Zoë"}'
assert canonical_json((1, 2.0)) == "[1,2]"
assert json_fingerprint({"x": 1, "y": [1, 2]}) == json_fingerprint({"y": [1.0, 2], "x": 1.0})
assert json_fingerprint({"x": 1}) != json_fingerprint({"x": 2})
assert len(json_fingerprint([])) == 16
for bad in (float("nan"), {"a": float("inf")}):
    try:
        canonical_json(bad)
    except ValueError:
        pass
    else:
        raise AssertionError("expected ValueError")
""",
)

add(
    "json",
    "infer-schema",
    "Write `infer_schema(value)` that infers a simple JSON-Schema-like description of a decoded JSON value: None -> {'type': 'null'}, bools -> 'boolean', ints -> 'integer', floats -> 'number', strings -> 'string', lists -> {'type': 'array', 'items': ...} where items is the schema shared by all elements (or {'anyOf': [...]} with the distinct element schemas in first-seen order, or {} for an empty list), and dicts -> {'type': 'object', 'properties': {...}, 'required': sorted keys}.",
    r"""
def infer_schema(value) -> dict:
    if value is None:
        return {"type": "null"}
    if isinstance(value, bool):
        return {"type": "boolean"}
    if isinstance(value, int):
        return {"type": "integer"}
    if isinstance(value, float):
        return {"type": "number"}
    if isinstance(value, str):
        return {"type": "string"}
    if isinstance(value, list):
        schemas: list[dict] = []
        for item in value:
            schema = infer_schema(item)
            if schema not in schemas:
                schemas.append(schema)
        if not schemas:
            items: dict = {}
        elif len(schemas) == 1:
            items = schemas[0]
        else:
            items = {"anyOf": schemas}
        return {"type": "array", "items": items}
    if isinstance(value, dict):
        return {
            "type": "object",
            "properties": {key: infer_schema(item) for key, item in value.items()},
            "required": sorted(value),
        }
    raise TypeError(f"not a JSON value: {type(value).__name__}")
""",
    r"""
import json
doc = json.loads('{"id": 7, "name": "x", "score": 9.5, "active": true, "tags": ["a", "b"], "extra": null, "mixed": [1, "a", 2]}')
schema = infer_schema(doc)
assert schema["type"] == "object"
assert schema["required"] == ["active", "extra", "id", "mixed", "name", "score", "tags"]
assert schema["properties"]["id"] == {"type": "integer"}
assert schema["properties"]["score"] == {"type": "number"}
assert schema["properties"]["active"] == {"type": "boolean"}
assert schema["properties"]["extra"] == {"type": "null"}
assert schema["properties"]["tags"] == {"type": "array", "items": {"type": "string"}}
assert schema["properties"]["mixed"] == {"type": "array", "items": {"anyOf": [{"type": "integer"}, {"type": "string"}]}}
assert infer_schema([]) == {"type": "array", "items": {}}
assert infer_schema([{"a": 1}, {"a": 2}]) == {
    "type": "array",
    "items": {"type": "object", "properties": {"a": {"type": "integer"}}, "required": ["a"]},
}
""",
)

add(
    "json",
    "decode-timestamps",
    "Write `loads_with_dates(text)` that decodes JSON with an `object_hook` converting every string value whose key ends with '_at' into a timezone-aware `datetime` (ISO 8601; a trailing 'Z' means UTC) and every string value whose key ends with '_on' into a `date`. Strings that fail to parse are left as they are. Also write `dumps_with_dates(obj)` that encodes such values back to ISO strings (datetimes in UTC with a 'Z' suffix) using a `default` function.",
    r"""
import json
from datetime import date, datetime, timezone


def _hook(obj: dict) -> dict:
    for key, value in obj.items():
        if not isinstance(value, str):
            continue
        try:
            if key.endswith("_at"):
                obj[key] = datetime.fromisoformat(value.replace("Z", "+00:00"))
            elif key.endswith("_on"):
                obj[key] = date.fromisoformat(value)
        except ValueError:
            pass
    return obj


def loads_with_dates(text: str):
    return json.loads(text, object_hook=_hook)


def _default(value):
    if isinstance(value, datetime):
        return value.astimezone(timezone.utc).isoformat().replace("+00:00", "Z")
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot serialise {type(value).__name__}")


def dumps_with_dates(obj) -> str:
    return json.dumps(obj, default=_default, sort_keys=True)
""",
    r"""
from datetime import date, datetime, timedelta, timezone
text = '{"created_at": "2024-05-01T10:00:00Z", "due_on": "2024-06-01", "nested": {"updated_at": "2024-05-02T12:00:00+02:00"}, "note_at": "soon", "name_on": 5}'
doc = loads_with_dates(text)
assert doc["created_at"] == datetime(2024, 5, 1, 10, tzinfo=timezone.utc)
assert doc["due_on"] == date(2024, 6, 1)
assert doc["nested"]["updated_at"].utcoffset() == timedelta(hours=2)
assert doc["note_at"] == "soon" and doc["name_on"] == 5
out = dumps_with_dates(doc)
assert '"updated_at": "2024-05-02T10:00:00Z"' in out
assert '"due_on": "2024-06-01"' in out
assert loads_with_dates(out)["nested"]["updated_at"] == doc["nested"]["updated_at"]
try:
    dumps_with_dates({"x": object()})
except TypeError:
    pass
else:
    raise AssertionError("expected TypeError")
""",
)

add(
    "json",
    "redact-keys",
    "Write `redact_keys(document, keys, replacement='***')` that returns a copy of a decoded JSON document (nested dicts and lists) in which the value of every dict entry whose key matches one of `keys` case-insensitively is replaced by `replacement`, at any depth. Also write `redact_json(text, keys)` that works on a JSON string and returns JSON with 2-space indentation. The input document must not be modified.",
    r"""
import json


def redact_keys(document, keys, replacement="***"):
    lowered = {key.lower() for key in keys}

    def walk(value):
        if isinstance(value, dict):
            return {k: replacement if k.lower() in lowered else walk(v) for k, v in value.items()}
        if isinstance(value, list):
            return [walk(item) for item in value]
        return value

    return walk(document)


def redact_json(text: str, keys) -> str:
    return json.dumps(redact_keys(json.loads(text), keys), indent=2)
""",
    r"""
doc = {"user": "ann", "Password": "hunter2", "tokens": [{"api_key": "abc", "scope": "read"}], "meta": {"secret": {"deep": 1}}}
clean = redact_keys(doc, ["password", "API_KEY", "secret"])
assert clean == {"user": "ann", "Password": "***", "tokens": [{"api_key": "***", "scope": "read"}], "meta": {"secret": "***"}}
assert doc["Password"] == "hunter2" and doc["tokens"][0]["api_key"] == "abc"
assert redact_keys([{"pin": 1}], ["pin"], replacement=None) == [{"pin": None}]
assert redact_keys("plain", ["x"]) == "plain"
assert redact_json('{"a": {"token": "t"}}', ["token"]) == '{\n  "a": {\n    "token": "***"\n  }\n}'
""",
)

add(
    "json",
    "parse-concatenated-json",
    'Some log files contain several JSON documents back to back, optionally separated by whitespace, e.g. \'{"a": 1}{"b": 2} [3]\'. Write `parse_concatenated_json(text)` that returns the list of all documents using `json.JSONDecoder.raw_decode` in a loop. Raise ValueError (with the character offset in the message) if some part cannot be decoded.',
    r"""
import json


def parse_concatenated_json(text: str) -> list:
    decoder = json.JSONDecoder()
    documents = []
    position = 0
    length = len(text)
    while True:
        while position < length and text[position].isspace():
            position += 1
        if position >= length:
            return documents
        try:
            document, position = decoder.raw_decode(text, position)
        except json.JSONDecodeError as exc:
            raise ValueError(f"invalid JSON at offset {exc.pos}") from None
        documents.append(document)
""",
    r"""
assert parse_concatenated_json('{"a": 1}{"b": 2} [3]\n"four"  5') == [{"a": 1}, {"b": 2}, [3], "four", 5]
assert parse_concatenated_json("") == []
assert parse_concatenated_json("  \n ") == []
assert parse_concatenated_json("[1,2][3]") == [[1, 2], [3]]
try:
    parse_concatenated_json('{"ok": true} {broken}')
except ValueError as exc:
    assert "offset 14" in str(exc)
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "json",
    "json-records-to-rows",
    "Write `records_to_rows(text)` that takes a JSON array of objects (possibly with nested objects) and returns `(header, rows)` for tabular export: nested objects are flattened with dotted keys ('address.city'), the header is the union of all flattened keys in first-seen order, each row is a list aligned with the header with None for missing keys, and list values are encoded as compact JSON strings. Raise ValueError if the top level is not a list of objects.",
    r"""
import json


def _flatten(obj: dict, prefix: str = "") -> dict:
    flat = {}
    for key, value in obj.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(_flatten(value, name + "."))
        elif isinstance(value, list):
            flat[name] = json.dumps(value, separators=(",", ":"))
        else:
            flat[name] = value
    return flat


def records_to_rows(text: str) -> tuple[list[str], list[list]]:
    records = json.loads(text)
    if not isinstance(records, list) or not all(isinstance(record, dict) for record in records):
        raise ValueError("expected a JSON array of objects")
    flattened = [_flatten(record) for record in records]
    header = list(dict.fromkeys(key for record in flattened for key in record))
    rows = [[record.get(key) for key in header] for record in flattened]
    return header, rows
""",
    r"""
text = '[{"id": 1, "address": {"city": "Oslo", "geo": {"lat": 59.9}}, "tags": ["a", "b"]}, {"id": 2, "name": "Bo"}]'
header, rows = records_to_rows(text)
assert header == ["id", "address.city", "address.geo.lat", "tags", "name"]
assert rows == [[1, "Oslo", 59.9, '["a","b"]', None], [2, None, None, None, "Bo"]]
assert records_to_rows("[]") == ([], [])
for bad in ('{"id": 1}', "[1, 2]"):
    try:
        records_to_rows(bad)
    except ValueError:
        pass
    else:
        raise AssertionError(f"expected ValueError for {bad}")
""",
)

add(
    "json",
    "json-select-path",
    "Write `json_select(document, path, default=None)` that looks up a value in decoded JSON using a path such as 'store.books[0].title' or 'matrix[1][-1]': dot-separated object keys, each optionally followed by one or more bracketed integer indices (negative indices count from the end). Return `default` if any step is missing or of the wrong type; an empty path returns the whole document.",
    r"""
import re

STEP = re.compile(r"([^.\[\]]*)((?:\[-?\d+\])*)")


def json_select(document, path: str, default=None):
    if not path:
        return document
    current = document
    for part in path.split("."):
        match = STEP.fullmatch(part)
        if not match:
            return default
        key, indices = match.groups()
        if key:
            if not isinstance(current, dict) or key not in current:
                return default
            current = current[key]
        for index in re.findall(r"-?\d+", indices):
            if not isinstance(current, list):
                return default
            try:
                current = current[int(index)]
            except IndexError:
                return default
    return current
""",
    r"""
doc = {"store": {"books": [{"title": "Dune", "tags": ["sf"]}, {"title": "Emma"}]}, "matrix": [[1, 2], [3, 4]]}
assert json_select(doc, "store.books[0].title") == "Dune"
assert json_select(doc, "store.books[-1].title") == "Emma"
assert json_select(doc, "matrix[1][-1]") == 4
assert json_select(doc, "store.books[0].tags[0]") == "sf"
assert json_select(doc, "store.books[5].title", "n/a") == "n/a"
assert json_select(doc, "store.music") is None
assert json_select(doc, "matrix.rows") is None
assert json_select(doc, "store.books.title", 0) == 0
assert json_select(doc, "") is doc
assert json_select([10, 20], "[1]") == 20
""",
)

# --------------------------------------------------------------------------- matrices

add(
    "matrices",
    "transpose",
    "Write `transpose(matrix)` that returns the transpose of a rectangular matrix given as a list of lists (rows become columns).",
    r"""
def transpose(matrix: list[list]) -> list[list]:
    return [list(column) for column in zip(*matrix)]
""",
    r"""
assert transpose([[1, 2, 3], [4, 5, 6]]) == [[1, 4], [2, 5], [3, 6]]
assert transpose([[1]]) == [[1]]
assert transpose([]) == []
assert transpose([[1, 2]]) == [[1], [2]]
m = [[1, 2], [3, 4], [5, 6]]
assert transpose(transpose(m)) == m
""",
)

add(
    "matrices",
    "matrix-multiply",
    "Write `matrix_multiply(a, b)` returning the product of two matrices given as lists of lists. Raise ValueError when the number of columns of `a` differs from the number of rows of `b` (or either is empty).",
    r"""
def matrix_multiply(a: list[list[float]], b: list[list[float]]) -> list[list[float]]:
    if not a or not b or len(a[0]) != len(b):
        raise ValueError("incompatible matrix shapes")
    columns = list(zip(*b))
    return [[sum(x * y for x, y in zip(row, column)) for column in columns] for row in a]
""",
    r"""
assert matrix_multiply([[1, 2], [3, 4]], [[5, 6], [7, 8]]) == [[19, 22], [43, 50]]
assert matrix_multiply([[1, 2, 3]], [[4], [5], [6]]) == [[32]]
assert matrix_multiply([[2]], [[3, 4]]) == [[6, 8]]
identity = [[1, 0], [0, 1]]
assert matrix_multiply(identity, [[9, 8], [7, 6]]) == [[9, 8], [7, 6]]
for a, b in (([[1, 2]], [[1, 2]]), ([], [[1]])):
    try:
        matrix_multiply(a, b)
    except ValueError:
        pass
    else:
        raise AssertionError("expected ValueError")
""",
)

add(
    "matrices",
    "rotate-clockwise",
    "Write `rotate_clockwise(matrix)` returning a new matrix rotated 90 degrees clockwise; it must also work for non-square matrices.",
    r"""
def rotate_clockwise(matrix: list[list]) -> list[list]:
    return [list(row) for row in zip(*matrix[::-1])]
""",
    r"""
assert rotate_clockwise([[1, 2], [3, 4]]) == [[3, 1], [4, 2]]
assert rotate_clockwise([[1, 2, 3], [4, 5, 6]]) == [[4, 1], [5, 2], [6, 3]]
assert rotate_clockwise([]) == []
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
result = m
for _ in range(4):
    result = rotate_clockwise(result)
assert result == m
""",
    inp="Example: rotate_clockwise([[1, 2], [3, 4]]) -> [[3, 1], [4, 2]]",
)

add(
    "matrices",
    "spiral-order",
    "Write `spiral_order(matrix)` returning the elements of a matrix in clockwise spiral order starting at the top-left corner.",
    r"""
def spiral_order(matrix: list[list[int]]) -> list[int]:
    result: list[int] = []
    rows = [list(row) for row in matrix]
    while rows:
        result.extend(rows.pop(0))
        rows = [list(column) for column in zip(*rows)][::-1]
    return result
""",
    r"""
assert spiral_order([[1, 2, 3], [4, 5, 6], [7, 8, 9]]) == [1, 2, 3, 6, 9, 8, 7, 4, 5]
assert spiral_order([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]) == [1, 2, 3, 4, 8, 12, 11, 10, 9, 5, 6, 7]
assert spiral_order([]) == []
assert spiral_order([[1], [2], [3]]) == [1, 2, 3]
assert spiral_order([[1, 2]]) == [1, 2]
""",
    inp="Example: spiral_order([[1, 2], [3, 4]]) -> [1, 2, 4, 3]",
)

add(
    "matrices",
    "matrix-power",
    "Write `matrix_power(matrix, exponent)` that raises a square integer matrix to a non-negative integer power using exponentiation by squaring (the 0th power is the identity matrix). Raise ValueError for a negative exponent.",
    r"""
def _multiply(a: list[list[int]], b: list[list[int]]) -> list[list[int]]:
    columns = list(zip(*b))
    return [[sum(x * y for x, y in zip(row, column)) for column in columns] for row in a]


def matrix_power(matrix: list[list[int]], exponent: int) -> list[list[int]]:
    if exponent < 0:
        raise ValueError("exponent must be non-negative")
    size = len(matrix)
    result = [[int(i == j) for j in range(size)] for i in range(size)]
    base = matrix
    while exponent:
        if exponent & 1:
            result = _multiply(result, base)
        base = _multiply(base, base)
        exponent >>= 1
    return result
""",
    r"""
assert matrix_power([[1, 1], [1, 0]], 10) == [[89, 55], [55, 34]]
assert matrix_power([[2, 0], [0, 3]], 0) == [[1, 0], [0, 1]]
assert matrix_power([[2, 0], [0, 3]], 5) == [[32, 0], [0, 243]]
assert matrix_power([[1, 1], [0, 1]], 7) == [[1, 7], [0, 1]]
try:
    matrix_power([[1]], -1)
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "matrices",
    "determinant",
    "Write `determinant(matrix)` that computes the exact determinant of a square integer matrix by Gaussian elimination over `fractions.Fraction`, swapping rows when a pivot is zero.",
    r"""
from fractions import Fraction


def determinant(matrix: list[list[int]]) -> Fraction:
    n = len(matrix)
    rows = [[Fraction(value) for value in row] for row in matrix]
    result = Fraction(1)
    for col in range(n):
        pivot = next((r for r in range(col, n) if rows[r][col] != 0), None)
        if pivot is None:
            return Fraction(0)
        if pivot != col:
            rows[col], rows[pivot] = rows[pivot], rows[col]
            result = -result
        result *= rows[col][col]
        for r in range(col + 1, n):
            factor = rows[r][col] / rows[col][col]
            for c in range(col, n):
                rows[r][c] -= factor * rows[col][c]
    return result
""",
    r"""
assert determinant([[1, 2], [3, 4]]) == -2
assert determinant([[6, 1, 1], [4, -2, 5], [2, 8, 7]]) == -306
assert determinant([[1, 2], [2, 4]]) == 0
assert determinant([[0, 1], [1, 0]]) == -1
assert determinant([[5]]) == 5
assert determinant([[2, 0, 0], [0, 3, 0], [0, 0, 4]]) == 24
assert determinant([]) == 1
""",
)

add(
    "matrices",
    "diagonal-sums",
    "Write `diagonal_sums(matrix)` returning a tuple with the sums of the main diagonal and of the anti-diagonal of a square matrix.",
    r"""
def diagonal_sums(matrix: list[list[int]]) -> tuple[int, int]:
    n = len(matrix)
    primary = sum(matrix[i][i] for i in range(n))
    secondary = sum(matrix[i][n - 1 - i] for i in range(n))
    return primary, secondary
""",
    r"""
assert diagonal_sums([[1, 2, 3], [4, 5, 6], [7, 8, 9]]) == (15, 15)
assert diagonal_sums([[1, 2], [3, 4]]) == (5, 5)
assert diagonal_sums([[7]]) == (7, 7)
assert diagonal_sums([[1, 0], [0, 0]]) == (1, 0)
assert diagonal_sums([]) == (0, 0)
""",
)

add(
    "matrices",
    "set-zeroes",
    "Write `set_zeroes(matrix)` that modifies a matrix in place: every row and every column that contains a 0 in the original matrix is filled with zeros.",
    r"""
def set_zeroes(matrix: list[list[int]]) -> None:
    zero_rows = {r for r, row in enumerate(matrix) if 0 in row}
    zero_cols = {c for row in matrix for c, value in enumerate(row) if value == 0}
    for r, row in enumerate(matrix):
        for c in range(len(row)):
            if r in zero_rows or c in zero_cols:
                row[c] = 0
""",
    r"""
m = [[1, 1, 1], [1, 0, 1], [1, 1, 1]]
assert set_zeroes(m) is None
assert m == [[1, 0, 1], [0, 0, 0], [1, 0, 1]]
m = [[0, 1, 2, 0], [3, 4, 5, 2], [1, 3, 1, 5]]
set_zeroes(m)
assert m == [[0, 0, 0, 0], [0, 4, 5, 0], [0, 3, 1, 0]]
m = [[1, 2]]
set_zeroes(m)
assert m == [[1, 2]]
""",
)

add(
    "matrices",
    "search-sorted-matrix",
    "In a matrix whose rows and columns are each sorted ascending, write `search_sorted_matrix(matrix, target)` that returns whether `target` is present, in O(rows + columns) by starting at the top-right corner.",
    r"""
def search_sorted_matrix(matrix: list[list[int]], target: int) -> bool:
    if not matrix or not matrix[0]:
        return False
    row, col = 0, len(matrix[0]) - 1
    while row < len(matrix) and col >= 0:
        value = matrix[row][col]
        if value == target:
            return True
        if value > target:
            col -= 1
        else:
            row += 1
    return False
""",
    r"""
m = [[1, 4, 7, 11, 15], [2, 5, 8, 12, 19], [3, 6, 9, 16, 22], [10, 13, 14, 17, 24], [18, 21, 23, 26, 30]]
present = {value for row in m for value in row}
assert all(search_sorted_matrix(m, v) == (v in present) for v in range(-2, 35))
assert not search_sorted_matrix([], 1)
assert not search_sorted_matrix([[]], 1)
""",
)

add(
    "matrices",
    "is-toeplitz",
    "A matrix is Toeplitz if every diagonal running from top-left to bottom-right holds a single repeated value. Write `is_toeplitz(matrix)`.",
    r"""
def is_toeplitz(matrix: list[list[int]]) -> bool:
    return all(
        matrix[r][c] == matrix[r - 1][c - 1]
        for r in range(1, len(matrix))
        for c in range(1, len(matrix[r]))
    )
""",
    r"""
assert is_toeplitz([[1, 2, 3, 4], [5, 1, 2, 3], [9, 5, 1, 2]])
assert not is_toeplitz([[1, 2], [2, 2]])
assert is_toeplitz([[7]])
assert is_toeplitz([])
assert is_toeplitz([[1, 2, 3]])
""",
)

add(
    "matrices",
    "life-step",
    "Write `life_step(grid)` that returns the next generation of Conway's Game of Life for a finite grid of 0/1 cells (cells outside the grid are dead): a live cell survives with 2 or 3 live neighbours and a dead cell becomes alive with exactly 3.",
    r"""
def life_step(grid: list[list[int]]) -> list[list[int]]:
    rows = len(grid)
    cols = len(grid[0]) if rows else 0

    def live_neighbors(r: int, c: int) -> int:
        return sum(
            grid[nr][nc]
            for nr in range(max(r - 1, 0), min(r + 2, rows))
            for nc in range(max(c - 1, 0), min(c + 2, cols))
            if (nr, nc) != (r, c)
        )

    next_grid = []
    for r in range(rows):
        row = []
        for c in range(cols):
            neighbors = live_neighbors(r, c)
            alive = neighbors == 3 or (grid[r][c] == 1 and neighbors == 2)
            row.append(1 if alive else 0)
        next_grid.append(row)
    return next_grid
""",
    r"""
blinker = [[0, 0, 0], [1, 1, 1], [0, 0, 0]]
assert life_step(blinker) == [[0, 1, 0], [0, 1, 0], [0, 1, 0]]
assert life_step(life_step(blinker)) == blinker
block = [[1, 1], [1, 1]]
assert life_step(block) == block
assert life_step([[1]]) == [[0]]
assert life_step([]) == []
""",
)

add(
    "matrices",
    "is-magic-square",
    "Write `is_magic_square(square)` that checks whether a non-empty square matrix has all rows, columns and both diagonals summing to the same value. Non-square input returns False.",
    r"""
def is_magic_square(square: list[list[int]]) -> bool:
    n = len(square)
    if n == 0 or any(len(row) != n for row in square):
        return False
    target = sum(square[0])
    lines = [
        *square,
        *zip(*square),
        [square[i][i] for i in range(n)],
        [square[i][n - 1 - i] for i in range(n)],
    ]
    return all(sum(line) == target for line in lines)
""",
    r"""
assert is_magic_square([[2, 7, 6], [9, 5, 1], [4, 3, 8]])
assert is_magic_square([[16, 3, 2, 13], [5, 10, 11, 8], [9, 6, 7, 12], [4, 15, 14, 1]])
assert not is_magic_square([[1, 2], [3, 4]])
assert not is_magic_square([[2, 7, 6], [9, 5, 1]])
assert not is_magic_square([])
assert is_magic_square([[5]])
assert not is_magic_square([[1, 1, 1], [1, 1, 1], [1, 1, 2]])
""",
)

add(
    "matrices",
    "valid-sudoku",
    "Write `is_valid_sudoku(board)` for a 9x9 board given as nine strings of digits and `.` for empty cells. Return True if no digit repeats within a row, a column or a 3x3 box (the board need not be solvable or complete).",
    r"""
def is_valid_sudoku(board: list[str]) -> bool:
    seen: set[tuple] = set()
    for r, row in enumerate(board):
        for c, cell in enumerate(row):
            if cell == ".":
                continue
            keys = {("row", r, cell), ("col", c, cell), ("box", r // 3, c // 3, cell)}
            if keys & seen:
                return False
            seen |= keys
    return True
""",
    r"""
board = [
    "53..7....", "6..195...", ".98....6.",
    "8...6...3", "4..8.3..1", "7...2...6",
    ".6....28.", "...419..5", "....8..79",
]
assert is_valid_sudoku(board)
bad_box = ["83..7...."] + board[1:]
assert not is_valid_sudoku(bad_box)
bad_col = board[:8] + ["5...8..79"]
assert not is_valid_sudoku(bad_col)
bad_row = ["55..7...."] + board[1:]
assert not is_valid_sudoku(bad_row)
assert is_valid_sudoku(["." * 9] * 9)
""",
)

add(
    "matrices",
    "prefix-sum-2d",
    "Write a class `PrefixSum2D(matrix)` that precomputes 2-D prefix sums so that `region_sum(top, left, bottom, right)` returns the sum of the inclusive sub-rectangle in O(1).",
    r"""
class PrefixSum2D:
    def __init__(self, matrix: list[list[int]]) -> None:
        rows = len(matrix)
        cols = len(matrix[0]) if rows else 0
        self._sums = [[0] * (cols + 1) for _ in range(rows + 1)]
        for r in range(rows):
            for c in range(cols):
                self._sums[r + 1][c + 1] = (
                    matrix[r][c] + self._sums[r][c + 1] + self._sums[r + 1][c] - self._sums[r][c]
                )

    def region_sum(self, top: int, left: int, bottom: int, right: int) -> int:
        s = self._sums
        return s[bottom + 1][right + 1] - s[top][right + 1] - s[bottom + 1][left] + s[top][left]
""",
    r"""
m = [[3, 0, 1, 4, 2], [5, 6, 3, 2, 1], [1, 2, 0, 1, 5], [4, 1, 0, 1, 7], [1, 0, 3, 0, 5]]
p = PrefixSum2D(m)
assert p.region_sum(2, 1, 4, 3) == 8
assert p.region_sum(1, 1, 2, 2) == 11
assert p.region_sum(1, 2, 2, 4) == 12
assert p.region_sum(0, 0, 4, 4) == sum(map(sum, m))
for top in range(5):
    for bottom in range(top, 5):
        for left in range(5):
            for right in range(left, 5):
                expected = sum(m[r][c] for r in range(top, bottom + 1) for c in range(left, right + 1))
                assert p.region_sum(top, left, bottom, right) == expected
""",
)

add(
    "matrices",
    "matrix-inverse",
    "Write `matrix_inverse(matrix)` that inverts a square matrix with Gauss-Jordan elimination using exact `fractions.Fraction` arithmetic and partial pivoting (pick the first row with a non-zero entry in the current column). Return the inverse as a list of lists of Fractions; raise ValueError for a singular or non-square matrix.",
    r"""
from fractions import Fraction


def matrix_inverse(matrix: list[list[float]]) -> list[list[Fraction]]:
    n = len(matrix)
    if any(len(row) != n for row in matrix):
        raise ValueError("matrix must be square")
    aug = [[Fraction(value) for value in row] + [Fraction(int(i == j)) for j in range(n)] for i, row in enumerate(matrix)]
    for col in range(n):
        pivot = next((r for r in range(col, n) if aug[r][col] != 0), None)
        if pivot is None:
            raise ValueError("matrix is singular")
        aug[col], aug[pivot] = aug[pivot], aug[col]
        scale = aug[col][col]
        aug[col] = [value / scale for value in aug[col]]
        for r in range(n):
            if r != col and aug[r][col] != 0:
                factor = aug[r][col]
                aug[r] = [a - factor * b for a, b in zip(aug[r], aug[col])]
    return [row[n:] for row in aug]
""",
    r"""
from fractions import Fraction as F
assert matrix_inverse([[4, 7], [2, 6]]) == [[F(3, 5), F(-7, 10)], [F(-1, 5), F(2, 5)]]
assert matrix_inverse([[0, 1], [1, 0]]) == [[0, 1], [1, 0]]
m = [[2, -1, 0], [-1, 2, -1], [0, -1, 2]]
inv = matrix_inverse(m)
product = [[sum(F(m[i][k]) * inv[k][j] for k in range(3)) for j in range(3)] for i in range(3)]
assert product == [[1, 0, 0], [0, 1, 0], [0, 0, 1]]
assert inv[0] == [F(3, 4), F(1, 2), F(1, 4)]
assert matrix_inverse([]) == []
for bad in ([[1, 2], [2, 4]], [[1, 2, 3], [4, 5, 6]]):
    try:
        matrix_inverse(bad)
    except ValueError:
        pass
    else:
        raise AssertionError("expected ValueError")
""",
)

add(
    "matrices",
    "kronecker-product",
    "Write `kronecker_product(a, b)` returning the Kronecker product of two matrices given as lists of rows: for an m x n matrix a and p x q matrix b the result is the mp x nq block matrix whose block (i, j) is a[i][j] * b. Empty inputs give an empty list.",
    r"""
def kronecker_product(a: list[list[float]], b: list[list[float]]) -> list[list[float]]:
    if not a or not b:
        return []
    return [
        [a_value * b_value for a_value in a_row for b_value in b_row]
        for a_row in a
        for b_row in b
    ]
""",
    r"""
assert kronecker_product([[1, 2], [3, 4]], [[0, 5], [6, 7]]) == [
    [0, 5, 0, 10],
    [6, 7, 12, 14],
    [0, 15, 0, 20],
    [18, 21, 24, 28],
]
assert kronecker_product([[1, 0], [0, 1]], [[2]]) == [[2, 0], [0, 2]]
assert kronecker_product([[2]], [[1, 2, 3]]) == [[2, 4, 6]]
assert kronecker_product([[1], [2]], [[1, 1]]) == [[1, 1], [2, 2]]
assert kronecker_product([], [[1]]) == []
""",
)

add(
    "matrices",
    "saddle-points",
    "Write `saddle_points(matrix)` returning the sorted list of `(row, col)` positions whose value is greater than or equal to every element in its row and less than or equal to every element in its column. Raise ValueError for ragged matrices; an empty matrix has no saddle points.",
    r"""
def saddle_points(matrix: list[list[int]]) -> list[tuple[int, int]]:
    if not matrix or not matrix[0]:
        return []
    width = len(matrix[0])
    if any(len(row) != width for row in matrix):
        raise ValueError("matrix rows have different lengths")
    row_max = [max(row) for row in matrix]
    col_min = [min(column) for column in zip(*matrix)]
    return [
        (r, c)
        for r, row in enumerate(matrix)
        for c, value in enumerate(row)
        if value == row_max[r] and value == col_min[c]
    ]
""",
    r"""
assert saddle_points([[9, 8, 7], [5, 3, 2], [6, 6, 7]]) == [(1, 0)]
assert saddle_points([[1, 2, 3], [3, 1, 2], [2, 3, 1]]) == []
assert saddle_points([[4, 5, 4], [3, 5, 5], [1, 5, 4]]) == [(0, 1), (1, 1), (2, 1)]
assert saddle_points([[2]]) == [(0, 0)]
assert saddle_points([]) == []
try:
    saddle_points([[1, 2], [3]])
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "matrices",
    "reshape-matrix",
    "Write `reshape_matrix(matrix, rows, cols)` that reads the elements of `matrix` in row-major order and refills them into a new matrix with `rows` rows and `cols` columns. If the element counts differ, raise ValueError. Also support `rows=-1` (or `cols=-1`) meaning 'infer this dimension', like NumPy.",
    r"""
def reshape_matrix(matrix: list[list], rows: int, cols: int) -> list[list]:
    flat = [value for row in matrix for value in row]
    if rows == -1 and cols == -1:
        raise ValueError("only one dimension can be inferred")
    if rows == -1:
        if cols <= 0 or len(flat) % cols:
            raise ValueError("cannot infer rows")
        rows = len(flat) // cols
    elif cols == -1:
        if rows <= 0 or len(flat) % rows:
            raise ValueError("cannot infer cols")
        cols = len(flat) // rows
    if rows * cols != len(flat):
        raise ValueError(f"cannot reshape {len(flat)} elements into {rows}x{cols}")
    return [flat[r * cols:(r + 1) * cols] for r in range(rows)]
""",
    r"""
assert reshape_matrix([[1, 2], [3, 4]], 1, 4) == [[1, 2, 3, 4]]
assert reshape_matrix([[1, 2, 3, 4, 5, 6]], 3, 2) == [[1, 2], [3, 4], [5, 6]]
assert reshape_matrix([[1, 2, 3], [4, 5, 6]], -1, 1) == [[1], [2], [3], [4], [5], [6]]
assert reshape_matrix([[1, 2, 3], [4, 5, 6]], 3, -1) == [[1, 2], [3, 4], [5, 6]]
for args in [(2, 3), (-1, 3), (-1, -1)]:
    try:
        reshape_matrix([[1, 2], [3, 4]], *args)
    except ValueError:
        pass
    else:
        raise AssertionError(f"expected ValueError for {args}")
""",
)

add(
    "matrices",
    "diagonal-zigzag",
    "Write `diagonal_zigzag(matrix)` that returns the elements of an m x n matrix in diagonal zigzag order: traverse the anti-diagonals (where row + col is constant) in increasing order, going up-right on even diagonals and down-left on odd ones, as in JPEG's zigzag scan. An empty matrix gives an empty list.",
    r"""
def diagonal_zigzag(matrix: list[list]) -> list:
    if not matrix or not matrix[0]:
        return []
    rows, cols = len(matrix), len(matrix[0])
    order = []
    for diagonal in range(rows + cols - 1):
        cells = [(r, diagonal - r) for r in range(max(0, diagonal - cols + 1), min(rows, diagonal + 1))]
        if diagonal % 2 == 0:
            cells.reverse()
        order.extend(matrix[r][c] for r, c in cells)
    return order
""",
    r"""
assert diagonal_zigzag([[1, 2, 3], [4, 5, 6], [7, 8, 9]]) == [1, 2, 4, 7, 5, 3, 6, 8, 9]
assert diagonal_zigzag([[1, 2], [3, 4], [5, 6]]) == [1, 2, 3, 5, 4, 6]
assert diagonal_zigzag([[1, 2, 3, 4]]) == [1, 2, 3, 4]
assert diagonal_zigzag([[1], [2], [3]]) == [1, 2, 3]
grid = [[r * 4 + c for c in range(4)] for r in range(4)]
assert diagonal_zigzag(grid)[:6] == [0, 1, 4, 8, 5, 2]
assert sorted(diagonal_zigzag(grid)) == list(range(16))
assert diagonal_zigzag([]) == []
""",
)

add(
    "matrices",
    "convolve2d-valid",
    "Write `convolve2d(image, kernel)` that computes the 'valid' 2-D cross-correlation used in image filters (the kernel is not flipped): for every position where the kernel fits entirely inside the image, sum the element-wise products. The output has (H - h + 1) x (W - w + 1) entries; raise ValueError if the kernel is larger than the image in either dimension.",
    r"""
def convolve2d(image: list[list[float]], kernel: list[list[float]]) -> list[list[float]]:
    height, width = len(image), len(image[0]) if image else 0
    k_height, k_width = len(kernel), len(kernel[0]) if kernel else 0
    if k_height == 0 or k_width == 0 or k_height > height or k_width > width:
        raise ValueError("kernel does not fit in the image")
    return [
        [
            sum(kernel[i][j] * image[r + i][c + j] for i in range(k_height) for j in range(k_width))
            for c in range(width - k_width + 1)
        ]
        for r in range(height - k_height + 1)
    ]
""",
    r"""
image = [
    [1, 2, 3, 0],
    [0, 1, 2, 3],
    [3, 0, 1, 2],
    [2, 3, 0, 1],
]
assert convolve2d(image, [[2, 0, 1], [0, 1, 2], [1, 0, 2]]) == [[15, 16], [6, 15]]
assert convolve2d(image, [[1]]) == image
assert convolve2d([[1, 2], [3, 4]], [[1, 1], [1, 1]]) == [[10]]
assert convolve2d([[1, 2, 3]], [[1, -1]]) == [[-1, -1]]
try:
    convolve2d([[1, 2]], [[1], [1]])
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "matrices",
    "matrix-rank",
    "Write `matrix_rank(matrix)` returning the rank of an m x n matrix, computed by reducing it to row echelon form with exact `fractions.Fraction` arithmetic (so there are no floating-point tolerance issues) and counting the pivot rows. The input must not be modified; an empty matrix has rank 0.",
    r"""
from fractions import Fraction


def matrix_rank(matrix: list[list[float]]) -> int:
    rows = [[Fraction(value) for value in row] for row in matrix]
    if not rows:
        return 0
    rank = 0
    for col in range(len(rows[0])):
        pivot = next((r for r in range(rank, len(rows)) if rows[r][col] != 0), None)
        if pivot is None:
            continue
        rows[rank], rows[pivot] = rows[pivot], rows[rank]
        for r in range(rank + 1, len(rows)):
            if rows[r][col] != 0:
                factor = rows[r][col] / rows[rank][col]
                rows[r] = [a - factor * b for a, b in zip(rows[r], rows[rank])]
        rank += 1
        if rank == len(rows):
            break
    return rank
""",
    r"""
assert matrix_rank([[1, 2], [2, 4]]) == 1
assert matrix_rank([[1, 0], [0, 1]]) == 2
assert matrix_rank([[1, 2, 3], [4, 5, 6], [7, 8, 9]]) == 2
assert matrix_rank([[0, 0], [0, 0]]) == 0
assert matrix_rank([[1, 2, 3, 4]]) == 1
assert matrix_rank([[0.1, 0.2], [0.3, 0.6]]) == 1
data = [[2, 4], [1, 3]]
assert matrix_rank(data) == 2 and data == [[2, 4], [1, 3]]
assert matrix_rank([]) == 0
""",
)

# --------------------------------------------------------------------------- functional

add(
    "functional",
    "compose",
    "Write `compose(*funcs)` that returns a function applying the given single-argument functions from right to left, so `compose(f, g)(x) == f(g(x))`. With no functions it returns the identity.",
    r"""
from collections.abc import Callable
from functools import reduce


def compose(*funcs: Callable) -> Callable:
    def composed(value):
        return reduce(lambda acc, func: func(acc), reversed(funcs), value)

    return composed
""",
    r"""
inc = lambda x: x + 1
double = lambda x: x * 2
assert compose(inc, double)(5) == 11
assert compose(double, inc)(5) == 12
assert compose()(42) == 42
assert compose(str.upper, str.strip)("  hi ") == "HI"
assert compose(len, str, abs)(-1234) == 4
""",
    inp='Example: compose(str.upper, str.strip)("  hi ") -> "HI"',
)

add(
    "functional",
    "memoize",
    "Write a `memoize` decorator for functions with hashable positional arguments. Cache results in a dict, expose it as the `cache` attribute of the wrapper, and preserve the wrapped function's name and docstring with `functools.wraps`.",
    r"""
from collections.abc import Callable
from functools import wraps


def memoize(func: Callable) -> Callable:
    cache: dict[tuple, object] = {}

    @wraps(func)
    def wrapper(*args):
        if args not in cache:
            cache[args] = func(*args)
        return cache[args]

    wrapper.cache = cache
    return wrapper
""",
    r'''
calls = []

@memoize
def grid_paths(rows, cols):
    """Count monotone lattice paths."""
    calls.append((rows, cols))
    if rows == 0 or cols == 0:
        return 1
    return grid_paths(rows - 1, cols) + grid_paths(rows, cols - 1)

assert grid_paths(16, 16) == 601080390
assert len(calls) == len(set(calls)) == 17 * 17 - 1
assert grid_paths.__name__ == "grid_paths" and grid_paths.__doc__ == "Count monotone lattice paths."
assert grid_paths.cache[(1, 1)] == 2
''',
)

add(
    "functional",
    "retry",
    "Write a decorator factory `retry(times, exceptions=(Exception,))` that calls the decorated function up to `times` times, retrying only when one of `exceptions` is raised and re-raising the last error once attempts run out. Other exceptions propagate immediately. `times` < 1 raises ValueError.",
    r"""
from collections.abc import Callable
from functools import wraps


def retry(times: int, exceptions: tuple[type[BaseException], ...] = (Exception,)) -> Callable:
    if times < 1:
        raise ValueError("times must be at least 1")

    def decorator(func: Callable) -> Callable:
        @wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions:
                    if attempt == times:
                        raise
            raise AssertionError("unreachable")

        return wrapper

    return decorator
""",
    r"""
attempts = []

@retry(3, exceptions=(ConnectionError,))
def flaky(fail_times):
    attempts.append(1)
    if len(attempts) <= fail_times:
        raise ConnectionError("try again")
    return "ok"

assert flaky(2) == "ok" and len(attempts) == 3
attempts.clear()
try:
    flaky(5)
except ConnectionError:
    assert len(attempts) == 3
else:
    raise AssertionError("expected ConnectionError")

@retry(5, exceptions=(ConnectionError,))
def broken():
    attempts.append(1)
    raise KeyError("not retried")

attempts.clear()
try:
    broken()
except KeyError:
    assert len(attempts) == 1
else:
    raise AssertionError("expected KeyError")
try:
    retry(0)
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "functional",
    "once",
    "Write a decorator `once(func)` so that the wrapped function runs only on its first call; every later call returns the first result without calling `func` again.",
    r"""
from collections.abc import Callable
from functools import wraps


def once(func: Callable) -> Callable:
    called = False
    result = None

    @wraps(func)
    def wrapper(*args, **kwargs):
        nonlocal called, result
        if not called:
            result = func(*args, **kwargs)
            called = True
        return result

    return wrapper
""",
    r"""
log = []

@once
def initialise(name):
    log.append(name)
    return f"ready:{name}"

assert initialise("db") == "ready:db"
assert initialise("cache") == "ready:db"
assert log == ["db"]
assert initialise.__name__ == "initialise"
""",
)

add(
    "functional",
    "make-counter",
    "Write `make_counter(start=0, step=1)` returning a closure that returns `start` on its first call and increases by `step` on each subsequent call. Independent counters must not share state.",
    r"""
from collections.abc import Callable


def make_counter(start: int = 0, step: int = 1) -> Callable[[], int]:
    current = start - step

    def counter() -> int:
        nonlocal current
        current += step
        return current

    return counter
""",
    r"""
first = make_counter()
assert [first() for _ in range(3)] == [0, 1, 2]
second = make_counter(10, 5)
assert second() == 10 and second() == 15
assert first() == 3
down = make_counter(3, -1)
assert [down() for _ in range(4)] == [3, 2, 1, 0]
""",
)

add(
    "functional",
    "pipe",
    "Write `pipe(value, *funcs)` that passes `value` through each function from left to right and returns the final result.",
    r"""
from collections.abc import Callable
from functools import reduce


def pipe(value, *funcs: Callable):
    return reduce(lambda acc, func: func(acc), funcs, value)
""",
    r"""
assert pipe(3, lambda x: x + 1, lambda x: x * 10) == 40
assert pipe("  Hello ", str.strip, str.lower, len) == 5
assert pipe(7) == 7
assert pipe([3, 1, 2], sorted, reversed, list) == [3, 2, 1]
""",
)

add(
    "functional",
    "count-calls",
    "Write a decorator `count_calls` that records how many times the decorated function has been called in a `calls` attribute on the wrapper, preserving the function's metadata with `functools.wraps`.",
    r"""
from collections.abc import Callable
from functools import wraps


def count_calls(func: Callable) -> Callable:
    @wraps(func)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)

    wrapper.calls = 0
    return wrapper
""",
    r'''
@count_calls
def greet(name, punctuation="!"):
    """Say hello."""
    return f"Hello, {name}{punctuation}"

assert greet.calls == 0
assert greet("Ada") == "Hello, Ada!"
assert greet("Bob", punctuation="?") == "Hello, Bob?"
assert greet.calls == 2
assert greet.__name__ == "greet" and greet.__doc__ == "Say hello."

@count_calls
def other():
    return None

other()
assert other.calls == 1 and greet.calls == 2
''',
)

add(
    "functional",
    "typechecked",
    "Write a decorator `typechecked` that, on every call, binds the arguments with `inspect.signature` and raises TypeError when an argument whose annotation is a plain class is not an instance of it (other annotations are ignored).",
    r"""
import inspect
from collections.abc import Callable
from functools import wraps


def typechecked(func: Callable) -> Callable:
    signature = inspect.signature(func)

    @wraps(func)
    def wrapper(*args, **kwargs):
        bound = signature.bind(*args, **kwargs)
        for name, value in bound.arguments.items():
            expected = signature.parameters[name].annotation
            if expected is inspect.Parameter.empty or not isinstance(expected, type):
                continue
            if not isinstance(value, expected):
                raise TypeError(f"{name} must be {expected.__name__}, got {type(value).__name__}")
        return func(*args, **kwargs)

    return wrapper
""",
    r"""
@typechecked
def repeat(text: str, times: int, sep="") -> str:
    return sep.join([text] * times)

assert repeat("ab", 3) == "ababab"
assert repeat("x", times=2, sep="-") == "x-x"

@typechecked
def describe(name: str, value, tags: list[str]) -> str:
    return f"{name}={value!r} {tags}"

assert describe("n", 3.5, ["a"]) == "n=3.5 ['a']"
for args in (("ab", "3"), (3, 3)):
    try:
        repeat(*args)
    except TypeError as exc:
        assert "must be" in str(exc)
    else:
        raise AssertionError(f"expected TypeError for {args}")
try:
    repeat("a")
except TypeError:
    pass
else:
    raise AssertionError("missing argument must raise TypeError")
""",
)

add(
    "functional",
    "apply-n-times",
    "Write `apply_n_times(func, n)` returning a new function that applies `func` to its argument n times in a row (n = 0 gives the identity). Raise ValueError for negative n.",
    r"""
from collections.abc import Callable


def apply_n_times(func: Callable, n: int) -> Callable:
    if n < 0:
        raise ValueError("n must be non-negative")

    def applied(value):
        for _ in range(n):
            value = func(value)
        return value

    return applied
""",
    r"""
add_three = apply_n_times(lambda x: x + 1, 3)
assert add_three(10) == 13
assert apply_n_times(lambda x: x * 2, 10)(1) == 1024
assert apply_n_times(str.upper, 0)("abc") == "abc"
assert apply_n_times(lambda s: s + "!", 2)("hi") == "hi!!"
try:
    apply_n_times(abs, -1)
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
""",
)

add(
    "functional",
    "make-multipliers",
    "Write `make_multipliers(n)` returning a list of n functions where the i-th function multiplies its argument by i. Avoid the late-binding closure pitfall of `[lambda x: x * i for i in range(n)]` by using `functools.partial`.",
    r"""
from collections.abc import Callable
from functools import partial
from operator import mul


def make_multipliers(n: int) -> list[Callable[[float], float]]:
    return [partial(mul, factor) for factor in range(n)]
""",
    r"""
multipliers = make_multipliers(4)
assert [f(10) for f in multipliers] == [0, 10, 20, 30]
assert make_multipliers(0) == []
assert multipliers[3](2.5) == 7.5
""",
)

add(
    "functional",
    "juxt",
    "Write `juxt(*funcs)` returning a function that calls every given function with the same arguments and returns their results as a tuple.",
    r"""
from collections.abc import Callable


def juxt(*funcs: Callable) -> Callable[..., tuple]:
    def combined(*args, **kwargs) -> tuple:
        return tuple(func(*args, **kwargs) for func in funcs)

    return combined
""",
    r"""
stats = juxt(min, max, len, sum)
assert stats([3, 1, 4, 1, 5]) == (1, 5, 5, 14)
assert juxt()(1, 2) == ()
assert juxt(str.upper, str.lower)("MiXeD") == ("MIXED", "mixed")
assert juxt(divmod, pow)(17, 5) == ((3, 2), 1419857)
""",
)

add(
    "functional",
    "curry",
    "Write `curry(func, arity=None)` that returns a curried version of `func`: calling it with fewer than `arity` positional arguments returns a new function waiting for the rest, and once at least `arity` arguments have been collected `func` is called. Arguments may be supplied several at a time (`curried(1)(2, 3)`). When `arity` is None, use the number of required positional parameters from `inspect.signature`.",
    r"""
import inspect
from typing import Callable


def curry(func: Callable, arity: int | None = None) -> Callable:
    if arity is None:
        arity = sum(
            1
            for p in inspect.signature(func).parameters.values()
            if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) and p.default is p.empty
        )

    def collect(*collected):
        if len(collected) >= arity:
            return func(*collected)
        return lambda *more: collect(*collected, *more)

    return collect
""",
    r"""
def volume(length, width, height):
    return length * width * height


cv = curry(volume)
assert cv(2)(3)(4) == 24
assert cv(2, 3)(4) == 24
assert cv(2)(3, 4) == 24
assert cv(2, 3, 4) == 24
partial_area = cv(10)
assert partial_area(1)(1) == 10 and partial_area(2)(2) == 40
assert curry(lambda a, b=5: a + b)(1) == 6
assert curry(max, 3)(1)(9)(4) == 9
""",
)

add(
    "functional",
    "flip",
    "Write `flip(func)` returning a function that calls `func` with its positional arguments in reverse order (keyword arguments pass through unchanged), and `rpartial(func, *args)` that fixes the rightmost positional arguments of `func` (the counterpart of `functools.partial`). Both wrappers should keep `func`'s name via `functools.wraps`.",
    r"""
from functools import wraps
from typing import Callable


def flip(func: Callable) -> Callable:
    @wraps(func)
    def flipped(*args, **kwargs):
        return func(*reversed(args), **kwargs)

    return flipped


def rpartial(func: Callable, *fixed) -> Callable:
    @wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, *fixed, **kwargs)

    return wrapper
""",
    r"""
import operator
assert flip(operator.sub)(10, 3) == -7
assert flip(lambda *a: a)(1, 2, 3) == (3, 2, 1)
assert flip(lambda a, b, sep="": f"{a}{sep}{b}")("x", "y", sep="-") == "y-x"
pow_of_two = rpartial(pow, 2)
assert pow_of_two(5) == 25
assert rpartial(operator.truediv, 4)(10) == 2.5
assert rpartial(lambda a, b, c: (a, b, c), 2, 3)(1) == (1, 2, 3)


def greet(greeting, name):
    return f"{greeting}, {name}"


assert flip(greet).__name__ == "greet" and rpartial(greet, "Bob").__name__ == "greet"
assert rpartial(greet, "Bob")("Hi") == "Hi, Bob"
""",
)

add(
    "functional",
    "trampoline",
    "Deep recursion overflows Python's stack. Write `trampoline(func)` that runs a function written in continuation style: the function returns either a final value or a zero-argument callable (a thunk) for the next step, and the trampoline keeps calling thunks until a non-callable value appears. Use it to write `is_even_deep(n)` with mutually recursive even/odd thunks and `sum_to(n)` with an accumulator, both working for n = 100000.",
    r"""
from typing import Callable


def trampoline(func: Callable, *args, **kwargs):
    result = func(*args, **kwargs)
    while callable(result):
        result = result()
    return result


def _even(n: int):
    return True if n == 0 else (lambda: _odd(n - 1))


def _odd(n: int):
    return False if n == 0 else (lambda: _even(n - 1))


def is_even_deep(n: int) -> bool:
    return trampoline(_even, n)


def _sum_to(n: int, total: int):
    return total if n == 0 else (lambda: _sum_to(n - 1, total + n))


def sum_to(n: int) -> int:
    return trampoline(_sum_to, n, 0)
""",
    r"""
assert is_even_deep(0) is True
assert is_even_deep(7) is False
assert is_even_deep(100_000) is True
assert is_even_deep(100_001) is False
assert sum_to(100_000) == 5_000_050_000
assert sum_to(0) == 0
assert trampoline(lambda: 42) == 42
""",
)

add(
    "functional",
    "predicate-combinators",
    "Write predicate combinators: `all_pass(*predicates)` returns a predicate that is True when every predicate accepts the value (short-circuiting), `any_pass(*predicates)` when at least one does, and `negate(predicate)` inverts one. With no predicates, `all_pass` accepts everything and `any_pass` rejects everything. Use them to filter numbers in the tests.",
    r"""
from typing import Callable

Predicate = Callable[[object], bool]


def all_pass(*predicates: Predicate) -> Predicate:
    def check(value) -> bool:
        return all(predicate(value) for predicate in predicates)

    return check


def any_pass(*predicates: Predicate) -> Predicate:
    def check(value) -> bool:
        return any(predicate(value) for predicate in predicates)

    return check


def negate(predicate: Predicate) -> Predicate:
    def check(value) -> bool:
        return not predicate(value)

    return check
""",
    r"""
positive = lambda n: n > 0
even = lambda n: n % 2 == 0
numbers = list(range(-4, 7))
assert [n for n in numbers if all_pass(positive, even)(n)] == [2, 4, 6]
assert [n for n in numbers if any_pass(negate(positive), even)(n)] == [-4, -3, -2, -1, 0, 2, 4, 6]
assert all_pass()(None) is True and any_pass()(None) is False
calls = []


def spy(n):
    calls.append(n)
    return True


assert not all_pass(positive, spy)(-1) and calls == []
assert any_pass(positive, spy)(5) and calls == []
""",
)

add(
    "functional",
    "deprecated-decorator",
    "Write a decorator factory `deprecated(reason, replacement=None)` that makes the decorated function emit a `DeprecationWarning` every time it is called, with the message '<name> is deprecated: <reason>' plus ' Use <replacement> instead.' when a replacement is given, reported at the caller's line (`stacklevel=2`). The wrapper must preserve the name and docstring and return the original result.",
    r"""
import functools
import warnings


def deprecated(reason: str, replacement: str | None = None):
    def decorator(func):
        message = f"{func.__name__} is deprecated: {reason}"
        if replacement:
            message += f" Use {replacement} instead."

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            warnings.warn(message, DeprecationWarning, stacklevel=2)
            return func(*args, **kwargs)

        return wrapper

    return decorator
""",
    r"""
import warnings


@deprecated("slow and unsafe.", replacement="fast_sum")
def old_sum(values):
    "Add numbers the old way."
    return sum(values)


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    assert old_sum([1, 2, 3]) == 6
    assert old_sum([]) == 0
assert len(caught) == 2
assert caught[0].category is DeprecationWarning
assert str(caught[0].message) == "old_sum is deprecated: slow and unsafe. Use fast_sum instead."
assert caught[0].filename == __file__
assert old_sum.__name__ == "old_sum" and old_sum.__doc__ == "Add numbers the old way."
""",
)

add(
    "functional",
    "log-calls",
    "Write a decorator factory `log_calls(log)` where `log` is a list: each call of the decorated function appends a string like 'add_up(1, 2, scale=3) -> 9' (arguments shown with repr, keyword arguments after positional ones in call order). If the function raises, append 'add_up(...) raised ValueError: message' instead and re-raise. Preserve the function's metadata with `functools.wraps`.",
    r"""
import functools


def log_calls(log: list):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            shown = [repr(arg) for arg in args] + [f"{key}={value!r}" for key, value in kwargs.items()]
            call = f"{func.__name__}({', '.join(shown)})"
            try:
                result = func(*args, **kwargs)
            except Exception as exc:
                log.append(f"{call} raised {type(exc).__name__}: {exc}")
                raise
            log.append(f"{call} -> {result!r}")
            return result

        return wrapper

    return decorator
""",
    r"""
entries = []


@log_calls(entries)
def add_up(a, b, scale=1):
    if scale < 0:
        raise ValueError("negative scale")
    return (a + b) * scale


assert add_up(1, 2, scale=3) == 9
assert add_up("x", "y") == "xy"
try:
    add_up(1, 1, scale=-1)
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
assert entries == [
    "add_up(1, 2, scale=3) -> 9",
    "add_up('x', 'y') -> 'xy'",
    "add_up(1, 1, scale=-1) raised ValueError: negative scale",
]
assert add_up.__name__ == "add_up"
""",
)

add(
    "functional",
    "unfold",
    "Write `unfold(step, seed)`, the dual of `functools.reduce`: `step(state)` returns either None to stop or a pair `(value, next_state)`; `unfold` returns the list of produced values. Use it to write `digits_of(n, base=10)` (most significant digit first; 0 gives [0]) and `collatz_path(n)` (the sequence from n down to 1, using n/2 for even and 3n+1 for odd numbers).",
    r"""
from typing import Callable


def unfold(step: Callable, seed) -> list:
    values = []
    state = seed
    while True:
        produced = step(state)
        if produced is None:
            return values
        value, state = produced
        values.append(value)


def digits_of(n: int, base: int = 10) -> list[int]:
    if n == 0:
        return [0]
    return unfold(lambda m: None if m == 0 else (m % base, m // base), n)[::-1]


def collatz_path(n: int) -> list[int]:
    def step(m):
        if m is None:
            return None
        if m == 1:
            return 1, None
        return m, (m // 2 if m % 2 == 0 else 3 * m + 1)

    return unfold(step, n)
""",
    r"""
assert unfold(lambda n: None if n > 5 else (n * n, n + 1), 1) == [1, 4, 9, 16, 25]
assert unfold(lambda s: None, 0) == []
assert digits_of(9075) == [9, 0, 7, 5]
assert digits_of(10, base=2) == [1, 0, 1, 0]
assert digits_of(0) == [0]
assert collatz_path(6) == [6, 3, 10, 5, 16, 8, 4, 2, 1]
assert collatz_path(1) == [1]
assert len(collatz_path(27)) == 112
""",
)

add(
    "functional",
    "ttl-cache",
    "Write a decorator factory `ttl_cache(seconds, clock=time.monotonic)` that memoises a function's results by its positional and keyword arguments, but treats an entry older than `seconds` (measured with `clock()`) as missing and recomputes it. The decorated function gets a `cache_clear()` method and a `cache_info()` method returning a dict with 'hits', 'misses' and 'size'.",
    r"""
import functools
import time
from typing import Callable


def ttl_cache(seconds: float, clock: Callable[[], float] = time.monotonic):
    def decorator(func):
        entries: dict = {}
        stats = {"hits": 0, "misses": 0}

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            key = (args, tuple(sorted(kwargs.items())))
            now = clock()
            if key in entries and now - entries[key][0] < seconds:
                stats["hits"] += 1
                return entries[key][1]
            stats["misses"] += 1
            value = func(*args, **kwargs)
            entries[key] = (now, value)
            return value

        def cache_clear() -> None:
            entries.clear()
            stats["hits"] = stats["misses"] = 0

        def cache_info() -> dict:
            return {**stats, "size": len(entries)}

        wrapper.cache_clear = cache_clear
        wrapper.cache_info = cache_info
        return wrapper

    return decorator
""",
    r"""
now = [0.0]
calls = []


@ttl_cache(10, clock=lambda: now[0])
def lookup(key, upper=False):
    calls.append(key)
    return key.upper() if upper else key * 2


assert lookup("a") == "aa"
assert lookup("a") == "aa"
assert lookup("a", upper=True) == "A"
assert calls == ["a", "a"]
now[0] = 9.9
assert lookup("a") == "aa" and calls == ["a", "a"]
now[0] = 10.0
assert lookup("a") == "aa" and calls == ["a", "a", "a"]
assert lookup.cache_info() == {"hits": 2, "misses": 3, "size": 2}
lookup.cache_clear()
assert lookup.cache_info() == {"hits": 0, "misses": 0, "size": 0}
assert lookup.__name__ == "lookup"
""",
)


def main() -> None:
    ids = [row["id"] for row in ROWS]
    if len(ids) != len(set(ids)):
        raise SystemExit("duplicate ids")
    with OUT_PATH.open("w", encoding="utf-8") as fh:
        for row in ROWS:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(ROWS)} rows to {OUT_PATH}")


if __name__ == "__main__":
    main()
