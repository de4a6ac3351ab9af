"""The reference firmware's frames, compiled with the machine's C++ compiler, against rcv's
parser: every frame it writes must parse to the same frame rcv would encode, byte for byte,
and it must read every command rcv sends. The sketch itself is compiled against a small
stand-in for the Arduino core so it is known to build."""

from __future__ import annotations

import random
import shutil
import subprocess
from pathlib import Path

import pytest

from rcv.hardware.protocol import (
    Ack,
    Arm,
    ArmMode,
    Diag,
    Heartbeat,
    Hello,
    HubState,
    Led,
    LedState,
    Lock,
    PressFrame,
    Recall,
    Replay,
    Reset,
    RunFate,
    RunFrame,
    SelfTest,
    Who,
    crc8,
    encode,
    parse_line,
)
from rcv.sim.hub_memory import HubMemory

FIRMWARE = Path(__file__).resolve().parents[2] / "firmware" / "rcv_hub"
CXX = shutil.which("g++") or shutil.which("clang++")
pytestmark = pytest.mark.skipif(CXX is None, reason="no C++ compiler")

HARNESS = r"""
#include <stdio.h>
#include "rcv_frame.h"
int main() {
  char buf[RCV_MAX_LINE + 2];
  char line[256];
  printf("%02X\n", rcv_crc8("123456789", 9));
  rcv_press(buf, sizeof buf, 0, 0, 1, 'A'); fputs(buf, stdout);
  rcv_press(buf, sizeof buf, 65535, 4294967295UL, 9999, 'F'); fputs(buf, stdout);
  rcv_press(buf, sizeof buf, 17, 123456, 42, 'C'); fputs(buf, stdout);
  rcv_hello(buf, sizeof buf, 0, 12, "H01", 1, 50, 7, "rcvhub-1.0"); fputs(buf, stdout);
  rcv_heartbeat(buf, sizeof buf, 3, 1000, "ARMED"); fputs(buf, stdout);
  rcv_ack(buf, sizeof buf, 4, 1001, "ARM", "OK"); fputs(buf, stdout);
  rcv_diag(buf, sizeof buf, 5, 1002, 0, "DONE"); fputs(buf, stdout);
  rcv_run(buf, sizeof buf, 65530, 1003, 4, "GONE"); fputs(buf, stdout);
  printf("%d\n", (int)rcv_press(buf, 10, 1, 1, 1, 'A'));  /* too small: 0 */
  while (fgets(line, sizeof line, stdin)) {
    RcvCommand c;
    size_t n = strlen(line);
    if (!rcv_parse(line, n, &c)) { printf("REFUSED\n"); continue; }
    printf("%s", c.type);
    for (int i = 0; i < c.count; i++) printf("|%s", c.field[i]);
    printf("\n");
  }
  return 0;
}
"""

ARDUINO_STUB = r"""
#include <stdint.h>
#include <stddef.h>
#define HIGH 1
#define LOW 0
#define INPUT 0
#define OUTPUT 1
#define MSBFIRST 1
struct SerialStub {
  void begin(long) {}
  int available() { return 0; }
  int read() { return -1; }
  size_t write(const uint8_t *, size_t n) { return n; }
  void flush() {}
} Serial;
inline unsigned long millis() { return 0; }
inline void delay(unsigned long) {}
inline void delayMicroseconds(unsigned int) {}
inline void pinMode(int, int) {}
inline void digitalWrite(int, int) {}
inline uint8_t shiftIn(int, int, int) { return 0xFF; }
inline void shiftOut(int, int, int, uint8_t) {}
"""


def _build(tmp_path: Path, name: str, source: str, *extra: str) -> Path:
    (tmp_path / f"{name}.cpp").write_text(source)
    exe = tmp_path / name
    subprocess.run(
        [
            CXX,
            "-std=c++11",
            "-Wall",
            "-Wextra",
            "-Werror",
            *extra,
            "-I",
            str(FIRMWARE),
            str(tmp_path / f"{name}.cpp"),
            "-o",
            str(exe),
        ],
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return exe


def test_firmware_frames_match_rcv(tmp_path: Path) -> None:
    exe = _build(tmp_path, "harness", HARNESS)
    commands = [
        Who(),
        Arm("q12", ArmMode.BUZZ, 300),
        Lock("q12"),
        Led(3, 7, LedState.CORRECT),
        Reset(),
        SelfTest(),
        Replay(65530, 4),
        Recall(7, 9),
    ]
    stdin = b"".join(encode(c) for c in commands) + b"$RCV,WHO*00\n" + b"garbage\n"
    run = subprocess.run([str(exe)], input=stdin, capture_output=True, check=True, timeout=30)
    lines = run.stdout.split(b"\n")
    assert lines[0] == b"%02X" % crc8(b"123456789") == b"F4"
    expected = [
        PressFrame(0, 0, 1, "A"),
        PressFrame(65535, 2**32 - 1, 9999, "F"),
        PressFrame(17, 123456, 42, "C"),
        Hello(0, 12, 1, "H01", 1, 50, 7, "rcvhub-1.0"),
        Heartbeat(3, 1000, HubState.ARMED),
        Ack(4, 1001, "ARM", "OK"),
        Diag(5, 1002, 0, "DONE"),
        RunFrame(65530, 1003, 4, RunFate.GONE),
    ]
    for line, frame in zip(lines[1:9], expected, strict=True):
        assert parse_line(line) == frame
        assert line + b"\n" == encode(frame)
    assert lines[9] == b"0"
    assert lines[10:-1] == [
        b"WHO",
        b"ARM|q12|BUZZ|300",
        b"LOCK|q12",
        b"LED|3|7|OK",
        b"RESET",
        b"TEST",
        b"REPLAY|65530|4",
        b"RECALL|7|9",
        b"REFUSED",
        b"REFUSED",
    ]


MEMORY_HARNESS = r"""
#include <stdio.h>
#include "rcv_memory.h"
static void emit(const char *line, size_t n, void *) { fwrite(line, 1, n, stdout); }
int main() {
  static RcvMemory m;
  rcv_memory_reset(m);
  char buf[RCV_MAX_LINE + 2], op[16], key;
  unsigned long a, b, c, d;
  while (scanf("%15s", op) == 1) {
    if (!strcmp(op, "P")) {
      if (scanf("%lu %lu %lu %c", &a, &b, &c, &key) != 4) return 1;
      rcv_memory_note(m, (uint16_t)a, true, (uint32_t)b, (uint16_t)c, key);
    } else if (!strcmp(op, "O")) {
      if (scanf("%lu", &a) != 1) return 1;
      rcv_memory_note(m, (uint16_t)a, false, 0, 0, 0);
    } else if (!strcmp(op, "REPLAY")) {
      if (scanf("%lu %lu", &a, &b) != 2) return 1;
      rcv_memory_replay(m, (uint16_t)a, (uint16_t)b, buf, sizeof buf, emit, 0);
      printf("END\n");
    } else if (!strcmp(op, "RECALL")) {
      if (scanf("%lu %lu %lu", &a, &b, &d) != 3) return 1;
      rcv_memory_recall(m, (uint16_t)a, (uint16_t)b, (uint32_t)d, buf, sizeof buf, emit, 0);
      printf("END\n");
    }
  }
  return 0;
}
"""


@pytest.mark.parametrize("seed", range(6))
def test_the_firmware_memory_answers_replay_and_recall_like_rcvs_reference(
    tmp_path: Path, seed: int
) -> None:
    """The hub's memory in C (firmware/rcv_hub/rcv_memory.h) and in Python
    (rcv.sim.hub_memory, which the simulator uses) give the same answers, frame for frame,
    across a counter wrap and for ranges wider than either memory."""
    presses, kinds = [(8, 64), (3, 16), (64, 1024)][seed % 3]
    exe = _build(
        tmp_path, "memory", MEMORY_HARNESS, f"-DRCV_MEMORY={presses}", f"-DRCV_KINDS={kinds}"
    )
    rng = random.Random(seed)
    ref = HubMemory(presses, kinds)
    script: list[str] = []
    expected: list[bytes] = []
    seq = rng.choice([0, 65_500, 30_000])
    for step in range(400):
        if rng.random() < 0.1:
            first = (seq - rng.randrange(0, 3 * kinds)) % 65536
            last = (first + rng.choice([0, 1, 5, 40, kinds, 65535])) % 65536
            if rng.random() < 0.5:
                script.append(f"REPLAY {first} {last}")
                expected += [encode(f) for f in ref.replay(first, last)]
            else:
                script.append(f"RECALL {first} {last} {step}")
                expected += [encode(f) for f in ref.recall(first, last, step)]
            expected.append(b"END\n")
            continue
        if rng.random() < 0.5:
            frame = PressFrame(seq, rng.randrange(2**32), rng.randrange(1, 100), rng.choice("ABCD"))
            script.append(f"P {frame.seq} {frame.hub_ms} {frame.seat} {frame.key}")
        else:
            frame = Heartbeat(seq, 0, HubState.IDLE)  # type: ignore[assignment]
            script.append(f"O {seq}")
        ref.note(frame)
        seq = (seq + 1) % 65536
    run = subprocess.run(
        [str(exe)], input="\n".join(script).encode(), capture_output=True, check=True, timeout=60
    )
    got = run.stdout.splitlines(keepends=True)
    assert got == expected
    assert any(line.startswith(b"$RCV,RUN") for line in got)  # the test says something


def test_the_sketch_compiles_against_an_arduino_stand_in(tmp_path: Path) -> None:
    (tmp_path / "Arduino.h").write_text(ARDUINO_STUB)
    sketch = (FIRMWARE / "rcv_hub.ino").read_text()
    source = '#include "Arduino.h"\n' + sketch + "\nint main() { setup(); loop(); return 0; }\n"
    _build(tmp_path, "sketch", source, "-I", str(tmp_path), "-Wno-unused-function")
