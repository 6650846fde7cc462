"""harness: evaluate, fine-tune (QLoRA SFT), merge and re-evaluate code LLMs, then report."""

import os

__version__ = "0.1.0"

# torch.cuda.is_available() through NVML: the CUDA driver stays unloaded until a GPU is really used, so GPU
# generation workers can be forked with everything imported (harness.shard.can_fork)
os.environ.setdefault("PYTORCH_NVML_BASED_CUDA_CHECK", "1")
