"""Prompt-lookup drafts for greedy decoding: the tokens that followed the last occurrence of a sequence's
current n-gram earlier in that sequence (its prompt or its own output) are proposed as its next tokens,
and one forward pass checks them all (`SlotDecoder.verify`). Accepted tokens are exactly the ones greedy
decoding would have chosen, so the output is unchanged; what changes is how many forward steps it takes.

Code repeats itself (signatures and docstrings copied from the prompt, loops of near-identical lines, and a
small model's repetitions until `max_new_tokens`), so long drafts are often accepted. The draft length adapts
per sequence: it doubles after a fully accepted draft and drops to what was accepted otherwise.
"""

from __future__ import annotations

NGRAM_SIZES = (3, 2)  # the longest matching n-gram first; single tokens match too often to be worth checking


class Drafter:
    """The n-gram index of one sequence and its current draft length."""

    def __init__(self, tokens: list[int], max_draft: int):
        self.tokens: list[int] = []
        self.index: dict[int, dict[tuple[int, ...], int]] = {n: {} for n in NGRAM_SIZES}
        self.max_draft = max_draft
        self.length = min(2, max_draft)
        self.extend(tokens)

    def extend(self, tokens: list[int]) -> None:
        """Append tokens; each n-gram that now has a successor points at it (the latest occurrence wins)."""
        for tok in tokens:
            end = len(self.tokens)
            for n, index in self.index.items():
                if end >= n:
                    index[tuple(self.tokens[end - n:])] = end
            self.tokens.append(tok)

    def draft(self, room: int) -> list[int]:
        """Up to min(current length, `room`) tokens predicted to follow, or [] when no n-gram recurs."""
        k = min(self.length, room)
        if k <= 0:
            return []
        for n, index in self.index.items():
            at = index.get(tuple(self.tokens[-n:]))
            if at is not None:
                return self.tokens[at:at + k]
        return []

    def accepted(self, proposed: int, kept: int) -> None:
        """Adapt the draft length to how much of a `proposed`-token draft was `kept`."""
        if proposed:
            self.length = min(self.max_draft, self.length * 2) if kept == proposed else max(1, kept)


def accept(draft: list[int], chosen: list[int]) -> int:
    """How many draft tokens greedy decoding confirms: `chosen[j]` is the model's choice after the j-th input
    token (the current token, then the draft), so draft[j] stands while it equals chosen[j]."""
    kept = 0
    while kept < len(draft) and draft[kept] == chosen[kept]:
        kept += 1
    return kept
