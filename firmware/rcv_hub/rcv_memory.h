// rcv hub protocol — what a hub remembers of the frames it sent, to answer REPLAY and RECALL.
//
// Plain C++ with no Arduino dependency: rcv's test suite compiles this very file with g++ and
// checks its answers against rcv.hardware.hubmemory (the same rules in Python), frame for frame.
// Specification: docs/hardware.md, "REPLAY and RECALL".
//
// Two memories, both counted from boot:
//  - the last RCV_MEMORY press frames exactly as sent (REPLAY and RECALL send them again);
//  - one bit per sequence number for the last RCV_KINDS numbers: was it a press?
//    (RCV_KINDS / 8 bytes: 128 bytes for 1024 numbers.)
// With both, the hub can say of any number rcv did not receive whether it was not a press
// (nothing to recover), a press still held (sent again), a press forgotten (lost for good), or
// a number it no longer knows about.

#ifndef RCV_MEMORY_H
#define RCV_MEMORY_H

#include "rcv_frame.h"

#ifndef RCV_MEMORY
#define RCV_MEMORY 64  // presses kept (9 bytes each on an AVR)
#endif
#ifndef RCV_KINDS
#define RCV_KINDS 1024  // sequence numbers whose kind is kept: a power of two, at most 65536
#endif

struct RcvPress {
  uint16_t seq;
  uint32_t ms;
  uint16_t seat;
  char key;
};

struct RcvMemory {
  RcvPress press[RCV_MEMORY];
  uint8_t kinds[RCV_KINDS / 8];
  uint16_t oldest;  // index of the oldest press held
  uint16_t count;   // presses held
  uint16_t next;    // the next sequence number
  uint32_t sent;    // frames sent since boot
};

// Writes one answer line; ctx is the caller's.
typedef void (*RcvEmit)(const char *line, size_t n, void *ctx);

enum RcvFate { RCV_HELD, RCV_NOT_PRESS, RCV_GONE, RCV_UNKNOWN };

static inline void rcv_memory_reset(RcvMemory &m) {
  memset(&m, 0, sizeof m);
}

// Every frame the hub sends for the first time, in order: its seq is the next one.
static inline void rcv_memory_note(RcvMemory &m, uint16_t seq, bool press, uint32_t ms,
                                   uint16_t seat, char key) {
  m.next = (uint16_t)(seq + 1);
  m.sent++;
  uint16_t index = (uint16_t)(seq % RCV_KINDS);
  if (press) {
    m.kinds[index >> 3] |= (uint8_t)(1 << (index & 7));
    uint16_t slot = (uint16_t)((m.oldest + m.count) % RCV_MEMORY);
    if (m.count == RCV_MEMORY) {  // full: the oldest makes room
      slot = m.oldest;
      m.oldest = (uint16_t)((m.oldest + 1) % RCV_MEMORY);
    } else {
      m.count++;
    }
    m.press[slot].seq = seq;
    m.press[slot].ms = ms;
    m.press[slot].seat = seat;
    m.press[slot].key = key;
  } else {
    m.kinds[index >> 3] &= (uint8_t)~(1 << (index & 7));
  }
}

static inline uint16_t rcv_memory_age(const RcvMemory &m, uint16_t seq) {
  return (uint16_t)(m.next - 1 - seq);  // 0 for the last frame sent
}

static inline uint32_t rcv_memory_known(const RcvMemory &m) {  // ages 0 .. known-1 are known
  return m.sent < (uint32_t)RCV_KINDS ? m.sent : (uint32_t)RCV_KINDS;
}

static inline RcvFate rcv_memory_fate(const RcvMemory &m, uint16_t seq) {
  uint16_t age = rcv_memory_age(m, seq);
  if ((uint32_t)age >= rcv_memory_known(m)) return RCV_UNKNOWN;
  uint16_t index = (uint16_t)(seq % RCV_KINDS);
  if (!(m.kinds[index >> 3] & (1 << (index & 7)))) return RCV_NOT_PRESS;
  if (m.count && age <= rcv_memory_age(m, m.press[m.oldest].seq)) return RCV_HELD;
  return RCV_GONE;
}

static inline const RcvPress *rcv_memory_find(const RcvMemory &m, uint16_t seq) {
  for (uint16_t k = 0; k < m.count; k++) {
    const RcvPress &p = m.press[(m.oldest + k) % RCV_MEMORY];
    if (p.seq == seq) return &p;
  }
  return 0;
}

// REPLAY first,last: the presses held whose seq is in first..last (modulo 65536), as sent.
static inline void rcv_memory_replay(const RcvMemory &m, uint16_t first, uint16_t last, char *buf,
                                     size_t cap, RcvEmit emit, void *ctx) {
  uint16_t span = (uint16_t)(last - first);
  for (uint16_t k = 0; k < m.count; k++) {
    const RcvPress &p = m.press[(m.oldest + k) % RCV_MEMORY];
    if ((uint16_t)(p.seq - first) <= span) {
      size_t n = rcv_press(buf, cap, p.seq, p.ms, p.seat, p.key);
      if (n) emit(buf, n, ctx);
    }
  }
}

static inline const char *rcv_fate_name(RcvFate fate) {
  return fate == RCV_NOT_PRESS ? "NP" : fate == RCV_GONE ? "GONE" : "UNKNOWN";
}

// RECALL first,last: for each number in order, the press again if it is held, else one RUN
// frame per run of neighbours with the same fate. A stretch the hub knows nothing about is
// passed over at once, so even first..last = the whole counter costs at most RCV_KINDS steps.
static inline void rcv_memory_recall(const RcvMemory &m, uint16_t first, uint16_t last,
                                     uint32_t now_ms, char *buf, size_t cap, RcvEmit emit,
                                     void *ctx) {
  uint32_t span = (uint32_t)(uint16_t)(last - first) + 1;
  uint32_t offset = 0;
  bool in_run = false;
  uint16_t run_first = 0;
  RcvFate run_fate = RCV_UNKNOWN;
  while (offset < span) {
    uint16_t seq = (uint16_t)(first + offset);
    RcvFate fate = rcv_memory_fate(m, seq);
    if (in_run && run_fate != fate) {
      size_t n = rcv_run(buf, cap, run_first, now_ms, (uint16_t)(seq - 1), rcv_fate_name(run_fate));
      if (n) emit(buf, n, ctx);
      in_run = false;
    }
    if (fate == RCV_HELD) {
      const RcvPress *p = rcv_memory_find(m, seq);
      if (p) {
        size_t n = rcv_press(buf, cap, p->seq, p->ms, p->seat, p->key);
        if (n) emit(buf, n, ctx);
      }
    } else if (!in_run) {
      in_run = true;
      run_first = seq;
      run_fate = fate;
    }
    uint32_t step = 1;
    if (fate == RCV_UNKNOWN) {
      uint32_t age = rcv_memory_age(m, seq), known = rcv_memory_known(m);
      if (age >= known) step = age - known + 1;
      if (step > span - offset) step = span - offset;
    }
    offset += step;
  }
  if (in_run) {
    size_t n = rcv_run(buf, cap, run_first, now_ms, last, rcv_fate_name(run_fate));
    if (n) emit(buf, n, ctx);
  }
}

#endif  // RCV_MEMORY_H
