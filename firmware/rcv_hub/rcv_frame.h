// rcv hub protocol v1 — frame encoding and command parsing for a hub (Arduino, ESP32).
//
// Plain C++ with no Arduino dependency, so rcv's test suite compiles this very file with g++
// and checks every frame it writes against rcv's own parser (tests/hardware/test_firmware.py).
// Specification: docs/hardware.md. A frame is one ASCII line:
//
//     $RCV,<TYPE>,<field>,...*<CC>\n
//
// CC = CRC-8 (poly 0x07, init 0x00, no reflection; "CRC-8/SMBUS") of the bytes between '$'
// and '*', as two upper-case hex digits.

#ifndef RCV_FRAME_H
#define RCV_FRAME_H

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define RCV_MAX_LINE 120  // bytes from '$' to the last checksum digit

static inline uint8_t rcv_crc8(const char *data, size_t len) {
  uint8_t crc = 0;
  for (size_t i = 0; i < len; i++) {
    crc ^= (uint8_t)data[i];
    for (uint8_t bit = 0; bit < 8; bit++) {
      crc = (crc & 0x80) ? (uint8_t)((crc << 1) ^ 0x07) : (uint8_t)(crc << 1);
    }
  }
  return crc;
}

// -- writing frames --------------------------------------------------------------------------

struct RcvWriter {
  char *buf;
  size_t cap;
  size_t n;
  bool ok;
};

static inline void rcv_put(RcvWriter &w, const char *s) {
  while (*s) {
    if (w.n + 1 >= w.cap) {
      w.ok = false;
      return;
    }
    w.buf[w.n++] = *s++;
  }
}

static inline void rcv_begin(RcvWriter &w, char *buf, size_t cap, const char *type) {
  w.buf = buf;
  w.cap = cap;
  w.n = 0;
  w.ok = cap > 0;
  rcv_put(w, "$RCV,");
  rcv_put(w, type);
}

static inline void rcv_field(RcvWriter &w, const char *text) {
  rcv_put(w, ",");
  rcv_put(w, text);
}

static inline void rcv_field_u32(RcvWriter &w, uint32_t value) {
  char digits[11];
  char *p = digits + sizeof(digits) - 1;
  *p = '\0';
  do {
    *--p = (char)('0' + value % 10);
    value /= 10;
  } while (value);
  rcv_field(w, p);
}

// Closes the frame: "*CC\n". Returns its length, or 0 if it did not fit in the buffer.
static inline size_t rcv_end(RcvWriter &w) {
  static const char hex[] = "0123456789ABCDEF";
  uint8_t crc = rcv_crc8(w.buf + 1, w.n > 0 ? w.n - 1 : 0);
  char tail[5] = {'*', hex[crc >> 4], hex[crc & 0x0F], '\n', '\0'};
  rcv_put(w, tail);
  if (!w.ok) return 0;
  w.buf[w.n] = '\0';
  return w.n;
}

// $RCV,P,<seq>,<hub_ms>,<seat>,<key>
static inline size_t rcv_press(char *buf, size_t cap, uint16_t seq, uint32_t ms, uint16_t seat,
                               char key) {
  RcvWriter w;
  char k[2] = {key, '\0'};
  rcv_begin(w, buf, cap, "P");
  rcv_field_u32(w, seq);
  rcv_field_u32(w, ms);
  rcv_field_u32(w, seat);
  rcv_field(w, k);
  return rcv_end(w);
}

// $RCV,HELLO,<seq>,<hub_ms>,<proto>,<hub_id>,<first_seat>,<last_seat>,<boot>,<firmware>
static inline size_t rcv_hello(char *buf, size_t cap, uint16_t seq, uint32_t ms,
                               const char *hub_id, uint16_t first_seat, uint16_t last_seat,
                               uint32_t boot, const char *firmware) {
  RcvWriter w;
  rcv_begin(w, buf, cap, "HELLO");
  rcv_field_u32(w, seq);
  rcv_field_u32(w, ms);
  rcv_field_u32(w, 1);
  rcv_field(w, hub_id);
  rcv_field_u32(w, first_seat);
  rcv_field_u32(w, last_seat);
  rcv_field_u32(w, boot);
  rcv_field(w, firmware);
  return rcv_end(w);
}

// $RCV,HB,<seq>,<hub_ms>,<IDLE|ARMED|BUZZ|LOCKED|TEST>
static inline size_t rcv_heartbeat(char *buf, size_t cap, uint16_t seq, uint32_t ms,
                                   const char *state) {
  RcvWriter w;
  rcv_begin(w, buf, cap, "HB");
  rcv_field_u32(w, seq);
  rcv_field_u32(w, ms);
  rcv_field(w, state);
  return rcv_end(w);
}

// $RCV,ACK,<seq>,<hub_ms>,<command>,<OK|BAD|UNKNOWN>
static inline size_t rcv_ack(char *buf, size_t cap, uint16_t seq, uint32_t ms, const char *command,
                             const char *result) {
  RcvWriter w;
  rcv_begin(w, buf, cap, "ACK");
  rcv_field_u32(w, seq);
  rcv_field_u32(w, ms);
  rcv_field(w, command);
  rcv_field(w, result);
  return rcv_end(w);
}

// $RCV,DIAG,<seq>,<hub_ms>,<seat>,<OK|STUCK|NOKEY|DONE>
static inline size_t rcv_diag(char *buf, size_t cap, uint16_t seq, uint32_t ms, uint16_t seat,
                              const char *result) {
  RcvWriter w;
  rcv_begin(w, buf, cap, "DIAG");
  rcv_field_u32(w, seq);
  rcv_field_u32(w, ms);
  rcv_field_u32(w, seat);
  rcv_field(w, result);
  return rcv_end(w);
}

// $RCV,RUN,<first_seq>,<hub_ms>,<last_seq>,<NP|GONE|UNKNOWN> — in answer to RECALL; it repeats
// old numbers and takes no new one
static inline size_t rcv_run(char *buf, size_t cap, uint16_t first, uint32_t ms, uint16_t last,
                             const char *fate) {
  RcvWriter w;
  rcv_begin(w, buf, cap, "RUN");
  rcv_field_u32(w, first);
  rcv_field_u32(w, ms);
  rcv_field_u32(w, last);
  rcv_field(w, fate);
  return rcv_end(w);
}

// -- reading commands ------------------------------------------------------------------------

#define RCV_MAX_FIELDS 4
#define RCV_FIELD_LEN 17

struct RcvCommand {
  char type[8];                                // WHO ARM LOCK LED RESET TEST REPLAY RECALL
  char field[RCV_MAX_FIELDS][RCV_FIELD_LEN];  // as text; use strtoul for numbers
  uint8_t count;
};

// Parses one line (without its line end). Returns false for noise, a bad checksum, a frame
// that is not "$RCV,..." or fields too many or too long: ignore such a line.
static inline bool rcv_parse(const char *line, size_t len, RcvCommand *out) {
  while (len > 0 && (line[len - 1] == '\r' || line[len - 1] == '\n')) len--;
  if (len < 9 || len > RCV_MAX_LINE || line[0] != '$' || line[len - 3] != '*') return false;
  char *end = NULL;
  char hex[3] = {line[len - 2], line[len - 1], '\0'};
  for (int i = 0; i < 2; i++) {
    char c = hex[i];
    if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'F'))) return false;
  }
  if ((uint8_t)strtoul(hex, &end, 16) != rcv_crc8(line + 1, len - 4)) return false;
  if (strncmp(line + 1, "RCV,", 4) != 0) return false;
  size_t i = 5, stop = len - 3;
  int index = -1;  // -1: the type, then fields 0..
  size_t k = 0;
  out->count = 0;
  out->type[0] = '\0';
  for (; i <= stop; i++) {
    char c = i < stop ? line[i] : ',';
    if (c == ',') {
      if (index >= 0) out->field[index][k] = '\0';
      else out->type[k] = '\0';
      index++;
      k = 0;
      if (i < stop) {
        if (index >= RCV_MAX_FIELDS) return false;
        out->count = (uint8_t)(index + 1);
      }
      continue;
    }
    if (index < 0) {
      if (k + 1 >= sizeof(out->type)) return false;
      out->type[k++] = c;
    } else {
      if (k + 1 >= RCV_FIELD_LEN) return false;
      out->field[index][k++] = c;
    }
  }
  return out->type[0] != '\0';
}

#endif  // RCV_FRAME_H
