"""A safetensors checkpoint (a local folder, or a hub model's snapshot in the local cache) onto a GPU through
pinned staging buffers.

Why: transformers copies each tensor from the (memory-mapped) file to the GPU from pageable memory, which the driver
stages itself at a few GB/s: 3.2 s for the 14.5 GB of the Mistral-7B shape on an H200, the same as safetensors'
own `load_file(device="cuda")`. Here the tensors' bytes are read from the files (pread, no mapping) into one of two
pinned buffers on a few threads and sent from there asynchronously while the other one fills, and the model is built around the tensors already on the
GPU (transformers' `state_dict=` loading keeps them as they are). Only the two buffers are pinned, whatever the
model's size. A hub id is fetched file by file as transformers fetches it (`hub_folder`), then loaded the same way.
"""

from __future__ import annotations

import json
import os
import struct
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


def complete(folder: str | Path) -> bool:
    """Whether `folder` holds a saved model's config.json and every one of its safetensors weight files."""
    files = weight_files(Path(folder))
    return (Path(folder) / "config.json").is_file() and bool(files) and all(f.is_file() for f in files)


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


SAFETENSORS_DTYPES = {"BF16": "bfloat16", "F16": "float16", "F32": "float32", "F64": "float64", "I64": "int64",
                      "I32": "int32", "I16": "int16", "I8": "int8", "U8": "uint8", "BOOL": "bool",
                      "F8_E4M3": "float8_e4m3fn", "F8_E5M2": "float8_e5m2"}


def tensor_entries(file: Path) -> list[tuple[str, str, list[int], int, int]]:
    """(name, torch dtype name, shape, first byte, end byte in the file) of each tensor of a safetensors file, read
    from its header: 8 bytes of header length, then the JSON header, then the data."""
    with open(file, "rb") as f:
        size = struct.unpack("<Q", f.read(8))[0]
        header = json.loads(f.read(size))
    out = []
    for name, meta in header.items():
        if name == "__metadata__":
            continue
        if meta["dtype"] not in SAFETENSORS_DTYPES:
            raise ValueError(f"{file.name}: tensor {name} has dtype {meta['dtype']}, which this loader does not read")
        begin, end = meta["data_offsets"]
        out.append((name, SAFETENSORS_DTYPES[meta["dtype"]], meta["shape"], 8 + size + begin, 8 + size + end))
    return out


def read_range(fd: int, offset: int, into) -> None:
    """Fill the writable buffer `into` (a memoryview) with the file's bytes from `offset` (pread: the kernel copies
    from its page cache, no page faults of a mapping; the GIL is released meanwhile)."""
    done = 0
    while done < len(into):
        n = os.preadv(fd, [into[done:]], offset + done)
        if n <= 0:
            raise OSError(f"unexpected end of file at byte {offset + done}")
        done += n


def load_state_dict(folder: str | Path, device: str) -> dict:
    """Every tensor of the folder's weight files (`weight_files`), on `device`. Their bytes are read from the files
    into one of two pinned buffers by a few threads (torch's own threads are not used: a forked generation worker
    runs one), and the buffer is sent to the GPU asynchronously while the other one fills. A tensor larger than what
    is left of a buffer goes on in the next one (a Llama-3-8B embedding is 1 GB in bf16)."""
    import torch

    stages = [torch.empty(STAGE_BYTES, dtype=torch.uint8, pin_memory=True) for _ in range(2)]
    views = [memoryview(stage.numpy()) for stage in stages]
    sent: list = [None, None]  # per buffer: the event after its last copy to the GPU
    out: dict = {}
    batch: list = []  # (bytes on the GPU, file descriptor, offset in the file, place in the buffer) waiting to be sent
    turn, used = 0, 0

    def send(pool) -> None:
        nonlocal turn, used
        if sent[turn] is not None:
            sent[turn].synchronize()  # the buffer's previous contents have reached the GPU
        pieces = [(fd, offset + i, views[turn][at + i:at + min(i + PIECE_BYTES, dst.numel())])
                  for dst, fd, offset, at in batch for i in range(0, dst.numel(), PIECE_BYTES)]
        list(pool.map(lambda piece: read_range(*piece), pieces))
        for dst, _, _, at in batch:
            dst.copy_(stages[turn][at:at + dst.numel()], non_blocking=True)
        sent[turn] = torch.cuda.Event()
        sent[turn].record()
        batch.clear()
        turn, used = 1 - turn, 0

    fds = []
    try:
        with ThreadPoolExecutor(COPY_THREADS) as pool:
            for file in weight_files(Path(folder)):
                fds.append(fd := os.open(file, os.O_RDONLY))
                for name, dtype, shape, begin, end in tensor_entries(file):
                    out[name] = torch.empty(shape, dtype=getattr(torch, dtype), device=device)
                    dst, done = out[name].reshape(-1).view(torch.uint8), 0
                    if dst.numel() != end - begin:
                        raise ValueError(f"{file.name}: tensor {name} holds {end - begin} bytes, not {dst.numel()}")
                    while done < dst.numel():  # what does not fit in this buffer goes on in the next one
                        n = min(dst.numel() - done, STAGE_BYTES - used)
                        batch.append((dst[done:done + n], fd, begin + done, used))
                        done += n
                        used += (n + 511) // 512 * 512
                        if used >= STAGE_BYTES:
                            send(pool)
            if batch:
                send(pool)
            torch.cuda.synchronize()
    finally:
        for fd in fds:
            os.close(fd)
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
