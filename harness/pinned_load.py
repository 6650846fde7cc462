"""A safetensors checkpoint (a local folder, or a hub model's snapshot in the local cache) onto a GPU through
pinned staging buffers.

Why: transformers copies each tensor from the (memory-mapped) file to the GPU from pageable memory, which the driver
stages itself at a few GB/s: 3.2 s for the 14.5 GB of the Mistral-7B shape on an H200, the same as safetensors'
own `load_file(device="cuda")`. Here the tensors are copied into one of two pinned buffers (on a few threads) and
sent from there asynchronously while the other one fills, and the model is built around the tensors already on the
GPU (transformers' `state_dict=` loading keeps them as they are). Only the two buffers are pinned, whatever the
model's size. A hub id is fetched file by file as transformers fetches it (`hub_folder`), then loaded the same way.
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


def eligible(device: str, quantized: bool, gguf_file: str | None) -> bool:
    """Whether a load may take this path: a 16/32-bit model (not NF4, not GGUF) onto a GPU."""
    return device.startswith("cuda") and not quantized and not gguf_file


def checkpoint_files(folder: str | Path) -> list[Path]:
    """The weight files (`weight_files`) of a saved model in `folder`, where its config.json and every one of them
    are there; [] otherwise."""
    files = weight_files(Path(folder))
    complete = (Path(folder) / "config.json").is_file() and bool(files) and all(f.is_file() for f in files)
    return files if complete else []


def hub_folder(repo_id: str, revision: str | None) -> Path | None:
    """The local snapshot folder of a hub model's config and safetensors weights, fetched as transformers would
    fetch them (the hub's current commit of `revision`; the local cache alone when offline); None where that
    fails or the repo has no safetensors, and transformers' own loading then handles it (and words its error)."""
    from huggingface_hub import hf_hub_download
    from huggingface_hub.errors import EntryNotFoundError, LocalEntryNotFoundError

    def fetch(name: str) -> Path:
        return Path(hf_hub_download(repo_id, name, revision=revision))

    try:
        folder = fetch("config.json").parent
        try:
            names = json.loads(fetch("model.safetensors.index.json").read_text())["weight_map"].values()
        except (EntryNotFoundError, LocalEntryNotFoundError):
            names = ["model.safetensors"]
        for name in sorted(set(names)):
            fetch(name)
    except Exception:  # noqa: BLE001 - any failure leaves the load to transformers, which reports it properly
        return None
    return folder


def load_state_dict(folder: str | Path, device: str, files: list[Path] | None = None) -> dict:
    """Every tensor of the folder's weight files (`files`, by default `weight_files`), on `device`. The tensors' bytes are packed into
    one of two pinned buffers by a few threads (torch's own threads are not used: a forked generation worker runs
    one), and the buffer is sent to the GPU asynchronously while the other one fills. A tensor larger than what is
    left of a buffer continues in the next one (a Llama-3-8B embedding is 1 GB in bf16)."""
    import torch
    from safetensors import safe_open

    stages = [torch.empty(STAGE_BYTES, dtype=torch.uint8, pin_memory=True) for _ in range(2)]
    sent: list = [None, None]  # per buffer: the event after its last copy to the GPU
    out: dict = {}
    batch: list = []  # (bytes on the GPU, the same bytes in the file, their place in the buffer) waiting to be sent
    turn, used = 0, 0

    def send(pool) -> None:
        nonlocal turn, used
        if sent[turn] is not None:
            sent[turn].synchronize()  # the buffer's previous contents have reached the GPU
        pieces = [(staged[i:i + PIECE_BYTES], src[i:i + PIECE_BYTES]) for _, src, staged in batch
                  for i in range(0, staged.numel(), PIECE_BYTES)]
        list(pool.map(lambda piece: piece[0].copy_(piece[1]), pieces))
        for dst, _, staged in batch:
            dst.copy_(staged, non_blocking=True)
        sent[turn] = torch.cuda.Event()
        sent[turn].record()
        batch.clear()
        turn, used = 1 - turn, 0

    with ThreadPoolExecutor(COPY_THREADS) as pool:
        for file in files if files is not None else weight_files(Path(folder)):
            with safe_open(file, framework="pt") as f:
                for key in f.keys():
                    t = f.get_tensor(key)
                    out[key] = torch.empty(t.shape, dtype=t.dtype, device=device)
                    src, dst = (x.reshape(-1).view(torch.uint8) for x in (t, out[key]))
                    done = 0
                    while done < src.numel():  # what does not fit in this buffer goes on in the next one
                        n = min(src.numel() - done, STAGE_BYTES - used)
                        batch.append((dst[done:done + n], src[done:done + n], stages[turn][used:used + n]))
                        done += n
                        used += (n + 511) // 512 * 512
                        if used >= STAGE_BYTES:
                            send(pool)
        if batch:
            send(pool)
    torch.cuda.synchronize()
    return out


def from_folder(folder: str | Path, device: str, files: list[Path] | None = None, **kwargs):
    """The causal LM saved in `folder`, built around its weights (`files`, as for `load_state_dict`) loaded onto
    `device`; `kwargs` as for `from_pretrained` (dtype, ...)."""
    from transformers import AutoConfig
    from transformers.models.auto.modeling_auto import MODEL_FOR_CAUSAL_LM_MAPPING

    config = AutoConfig.from_pretrained(folder)
    if type(config) not in MODEL_FOR_CAUSAL_LM_MAPPING:
        raise ValueError(f"model type {config.model_type!r} has no causal-LM class in transformers")
    cls = MODEL_FOR_CAUSAL_LM_MAPPING[type(config)]
    return cls.from_pretrained(None, config=config, state_dict=load_state_dict(folder, device, files),
                               device_map={"": device}, **kwargs)
