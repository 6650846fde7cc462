"""harness: evaluate, fine-tune (QLoRA SFT), merge and re-evaluate code LLMs, then report."""

__version__ = "0.1.0"
