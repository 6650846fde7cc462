"""`harness.cuda_state` on a machine without CUDA: the NVML questions go through ctypes exactly as against the
real library, here a small stand-in compiled in the test (two GPUs, compute capability 9.0 and 7.5)."""

from __future__ import annotations

import ctypes
import shutil
import subprocess

import pytest

from harness import cuda_state

FAKE_NVML = r"""
static int inited = 0;
int nvmlInit_v2(void) { inited = 1; return 0; }
int nvmlDeviceGetHandleByIndex_v2(unsigned int index, void **device) {
    if (!inited || index > 1) return 2;
    *device = (void *)(unsigned long)(index + 100);
    return 0;
}
int nvmlDeviceGetCount_v2(unsigned int *count) { if (!inited) return 1; *count = 2; return 0; }
int nvmlDeviceGetName(void *device, char *name, unsigned int length) {
    unsigned long d = (unsigned long)device;
    const char *s = d == 100 ? "Fake H200" : d == 101 ? "Fake T4" : 0;
    if (!s) return 2;
    unsigned int i = 0;
    for (; s[i] && i + 1 < length; ++i) name[i] = s[i];
    name[i] = 0;
    return 0;
}
int nvmlDeviceGetCudaComputeCapability(void *device, int *major, int *minor) {
    unsigned long d = (unsigned long)device;
    if (d == 100) { *major = 9; *minor = 0; return 0; }
    if (d == 101) { *major = 7; *minor = 5; return 0; }
    return 2;
}
"""


@pytest.fixture
def fake_nvml(tmp_path, monkeypatch):
    if shutil.which("gcc") is None:
        pytest.skip("needs gcc to build the NVML stand-in")
    src, lib = tmp_path / "nvml.c", tmp_path / "libfake-nvml.so"
    src.write_text(FAKE_NVML)
    subprocess.run(["gcc", "-shared", "-fPIC", "-O1", "-o", str(lib), str(src)], check=True)
    real = ctypes.CDLL

    def cdll(name, *a, **k):
        return real(str(lib) if name == "libnvidia-ml.so.1" else name, *a, **k)

    monkeypatch.setattr(cuda_state.ctypes, "CDLL", cdll)


def test_capability_of_the_first_visible_gpu(fake_nvml, monkeypatch):
    import torch

    # as in a process that has not used CUDA (on a GPU machine, an earlier test of this process may have)
    monkeypatch.setattr(torch.cuda, "is_initialized", lambda: False)
    monkeypatch.delenv("CUDA_VISIBLE_DEVICES", raising=False)
    assert cuda_state.first_visible_capability() == (9, 0)
    assert cuda_state.bf16_supported()
    monkeypatch.setenv("CUDA_VISIBLE_DEVICES", "1,0")
    assert cuda_state.first_visible_capability() == (7, 5)
    assert not cuda_state.bf16_supported(), "7.5 (Turing) has no bf16"
    monkeypatch.setenv("CUDA_VISIBLE_DEVICES", "3")
    assert cuda_state.first_visible_capability() is None, "NVML has no such device"


def test_gpu_names_of_the_visible_gpus_through_nvml(fake_nvml, monkeypatch):
    from harness import env

    monkeypatch.delenv("CUDA_VISIBLE_DEVICES", raising=False)
    assert cuda_state.gpu_names() == ["Fake H200", "Fake T4"]
    assert env.hardware()["gpus"] == ["Fake H200", "Fake T4"], "run records name GPUs the same way"
    monkeypatch.setenv("CUDA_VISIBLE_DEVICES", "1")
    assert cuda_state.gpu_names() == ["Fake T4"]
    monkeypatch.setenv("CUDA_VISIBLE_DEVICES", "")
    assert cuda_state.gpu_names() == []


def test_hardware_names_gpus_without_initializing_cuda():
    """On a GPU machine, a fresh process that records its hardware can still fork CUDA workers afterwards."""
    import sys

    import torch

    if not torch.cuda.is_available():
        pytest.skip("needs a CUDA GPU")
    code = ("from harness import env, cuda_state; gpus = env.hardware()['gpus']; "
            "print(len(gpus), bool(gpus[0]), cuda_state.cuda_driver_initialized())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == [str(torch.cuda.device_count()), "True", "False"], out


def test_devices_by_uuid_or_no_nvml_leave_the_answer_to_torch(monkeypatch):
    monkeypatch.setenv("CUDA_VISIBLE_DEVICES", "GPU-8f3a")
    assert cuda_state.first_visible_capability() is None
    import torch

    if not torch.cuda.is_available():
        assert cuda_state.gpu_names() == []
    monkeypatch.delenv("CUDA_VISIBLE_DEVICES")
    try:
        ctypes.CDLL("libnvidia-ml.so.1")
    except OSError:
        assert cuda_state.first_visible_capability() is None


def test_no_cuda_driver_here_is_not_initialized():
    import torch

    if torch.cuda.is_available():
        pytest.skip("a CUDA machine: the answer depends on what ran before")
    assert not cuda_state.cuda_driver_initialized()
