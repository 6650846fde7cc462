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
