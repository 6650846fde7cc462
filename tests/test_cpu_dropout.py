"""LoRA dropout through the C kernel: the drop rate and scaling of `nn.Dropout`, masks that look independent
(between elements and between calls), the matching backward, reproducible from torch's seed."""

from __future__ import annotations

import copy
import pickle
import shutil

import pytest

torch = pytest.importorskip("torch")
from harness import cpu_dropout  # noqa: E402

needs_cc = pytest.mark.skipif(shutil.which("cc") is None, reason="no C compiler on this machine")


@pytest.fixture
def drop():
    assert cpu_dropout.load() is not None
    return lambda p: cpu_dropout.HashDropout(p).train()


@needs_cc
@pytest.mark.parametrize("p", [0.05, 0.5])
def test_drop_rate_scaling_and_independence(drop, p):
    x = torch.rand(1 << 20) + 0.5  # no zeros: a zero in the output is a dropped element
    y = drop(p)(x)
    dropped = y == 0
    n, sd = x.numel(), (p * (1 - p) / x.numel()) ** 0.5
    assert abs(dropped.float().mean().item() - p) < 6 * sd
    torch.testing.assert_close(y[~dropped], x[~dropped] / (1 - p))
    both = (dropped[1:] & dropped[:-1]).float().mean().item()  # neighbours: p^2 when independent
    assert abs(both - p * p) < 6 * (p * p * (1 - p * p) / n) ** 0.5
    again = drop(p)(x) == 0
    assert abs((again & dropped).float().mean().item() - p * p) < 6 * (p * p / n) ** 0.5, "a new mask per call"


@needs_cc
def test_backward_passes_the_kept_elements_scaled(drop):
    x = (torch.rand(3, 7, 64) + 0.5).requires_grad_()
    y = drop(0.3)(x)
    grad = torch.randn_like(y)
    y.backward(grad)
    kept = (y != 0).float()
    torch.testing.assert_close(x.grad, grad * kept / 0.7)


@needs_cc
def test_the_same_seed_gives_the_same_mask_and_eval_mode_is_identity(drop):
    x = torch.rand(4, 100) + 0.5
    layer = drop(0.2)
    torch.manual_seed(7)
    first = layer(x)
    torch.manual_seed(7)
    assert torch.equal(layer(x), first)
    torch.manual_seed(8)
    assert not torch.equal(layer(x), first)
    assert layer.eval()(x) is x
    assert pickle.loads(pickle.dumps(copy.deepcopy(layer))).p == 0.2


@needs_cc
def test_peft_lora_dropout_is_swapped_and_trains(tiny_model_dir):
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir)
    model = get_peft_model(model, LoraConfig(r=2, lora_dropout=0.1, target_modules=["q_proj", "up_proj"],
                                             init_lora_weights=False))
    layers = [m for m in model.modules() if hasattr(m, "lora_dropout") and hasattr(m, "base_layer")]
    assert cpu_dropout.replace_lora_dropout(model) == len(layers) > 0
    assert all(isinstance(m.lora_dropout["default"], cpu_dropout.HashDropout) for m in layers)
    model.train()
    ids = torch.arange(3, 19).view(2, 8)
    model(input_ids=ids, labels=ids).loss.backward()
    grads = [p.grad for n, p in model.named_parameters() if "lora_" in n]
    assert grads and all(g is not None and g.abs().sum() > 0 for g in grads)
