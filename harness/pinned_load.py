"""A local safetensors checkpoint onto a GPU through pinned staging buffers.

Why: transformers copies each tensor from the (memory-mapped) file to the GPU from pageable memory, which the driver
stages itself at a few GB/s: 3.2 s for the 14.5 GB of the Mistral-7B shape on an H200, the same as safetensors'
own `load_file(device="cuda")`. Here the tensors are copied into one of two pinned buffers (on a few threads) and
sent from there asynchronously while the other one fills, and the model is built around the tensors already on the
GPU (transformers' `state_dict=` loading keeps them as they are). Only the two buffers are pinned, whatever the
model's size.
"""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

STAGE_BYTES = 512 << 20  # each of the two pinned staging buffers
PIECE_BYTES = 16 << 20  # host copies into a staging buffer run in pieces of this size on COPY_THREADS threads
COPY_THREADS = 8


def weight_files(folder: Path) -> list[Path]:
    """The model's safetensors files in a saved folder, as transformers reads them: those the index names, else
    `model.safetensors`; [] for anything else (a folder of other files, or an adapter's)."""
    index = folder / "model.safetensors.index.json"
    if index.is_file():
        return [folder / name for name in sorted(set(json.loads(index.read_text())["weight_map"].values()))]
    return [folder / "model.safetensors"] if (folder / "model.safetensors").is_file() else []


def applies(folder: str | Path, device: str, quantized: bool, gguf_file: str | None) -> bool:
    """Whether a load can take this path: a 16/32-bit model saved in a local folder, onto a GPU."""
    folder = Path(folder)
    return device.startswith("cuda") and not quantized and not gguf_file and (folder / "config.json").is_file() \
        and bool(weight_files(folder))


def load_state_dict(folder: str | Path, device: str) -> dict:
    """Every tensor of the folder's weight files (`weight_files`), on `device`. The tensors are packed into one of two pinned
    buffers by a few threads (torch's own threads are not used: a forked generation worker runs one), and the
    buffer is sent to the GPU asynchronously while the other one fills. A tensor larger than a buffer goes
    straight from the file."""
    import torch
    from safetensors import safe_open

    stages = [torch.empty(STAGE_BYTES, dtype=torch.uint8, pin_memory=True) for _ in range(2)]
    sent: list = [None, None]  # per buffer: the event after its last copy to the GPU
    out: dict = {}
    batch: list = []  # (key, tensor from the file, its place in the buffer) waiting to be sent
    turn, used = 0, 0

    def send(pool) -> None:
        nonlocal turn, used
        if sent[turn] is not None:
            sent[turn].synchronize()  # the buffer's previous contents have reached the GPU
        pieces = [(dst[i:i + PIECE_BYTES], src[i:i + PIECE_BYTES]) for _, t, staged in batch
                  for dst, src in [(staged.reshape(-1).view(torch.uint8), t.reshape(-1).view(torch.uint8))]
                  for i in range(0, dst.numel(), PIECE_BYTES)]
        list(pool.map(lambda piece: piece[0].copy_(piece[1]), pieces))
        for key, t, staged in batch:
            out[key] = torch.empty(t.shape, dtype=t.dtype, device=device)
            out[key].copy_(staged, non_blocking=True)
        sent[turn] = torch.cuda.Event()
        sent[turn].record()
        batch.clear()
        turn, used = 1 - turn, 0

    with ThreadPoolExecutor(COPY_THREADS) as pool:
        for file in weight_files(Path(folder)):
            with safe_open(file, framework="pt") as f:
                for key in f.keys():
                    t = f.get_tensor(key)
                    size = t.numel() * t.element_size()
                    if size > STAGE_BYTES:
                        out[key] = t.to(device)
                        continue
                    if used + size > STAGE_BYTES:
                        send(pool)
                    batch.append((key, t, stages[turn][used:used + size].view(t.dtype).view(t.shape)))
                    used += (size + 511) // 512 * 512
        if batch:
            send(pool)
    torch.cuda.synchronize()
    return out


def from_folder(folder: str | Path, device: str, **kwargs):
    """The causal LM saved in `folder`, built around its weights loaded by `load_state_dict` onto `device`;
    `kwargs` as for `from_pretrained` (dtype, ...)."""
    from transformers import AutoConfig
    from transformers.models.auto.modeling_auto import MODEL_FOR_CAUSAL_LM_MAPPING

    config = AutoConfig.from_pretrained(folder)
    if type(config) not in MODEL_FOR_CAUSAL_LM_MAPPING:
        raise ValueError(f"model type {config.model_type!r} has no causal-LM class in transformers")
    cls = MODEL_FOR_CAUSAL_LM_MAPPING[type(config)]
    return cls.from_pretrained(None, config=config, state_dict=load_state_dict(folder, device),
                               device_map={"": device}, **kwargs)
