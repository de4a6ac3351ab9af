// rcv reference hub — protocol v1 with RECALL (docs/hardware.md).
//
// One hub serves a range of seats. Each seat has a keypad of up to 6 keys (A–F) read through a
// chain of 74HC165 shift registers (one byte per seat, bit 0 = A … bit 5 = F, pressed = LOW
// with pull-ups) and one RGB LED driven through a chain of 74HC595 (one byte per seat, bits
// 0–2 = R, G, B). The hub talks to the laptop over its USB serial port, or over RS-485 through
// a MAX485-style transceiver (set RS485_DE_PIN).
//
// Boards: Arduino Uno/Nano (up to ~60 seats: 2 KB RAM), Mega 2560, ESP32. Set the hub's
// identity below; every hub on a show needs its own HUB_ID and its own seat range.

#include "rcv_frame.h"

#define RCV_MEMORY 64   // presses kept for REPLAY and RECALL (9 bytes each)
#define RCV_KINDS 1024  // sequence numbers whose kind (press or not) is kept: 128 bytes
#include "rcv_memory.h"

#if defined(ARDUINO_ARCH_AVR) || defined(ARDUINO_ARCH_ESP32)
#include <EEPROM.h>
#endif

// ---- this hub ---------------------------------------------------------------------------
#define HUB_ID "H01"
#define FIRST_SEAT 1
#define SEATS 50  // seats FIRST_SEAT .. FIRST_SEAT + SEATS - 1
#define FIRMWARE "rcvhub-1.1"
#define BAUD 115200

// ---- wiring -----------------------------------------------------------------------------
#define PIN_165_LOAD 7    // 74HC165 SH/LD (all chips)
#define PIN_165_CLOCK 8   // 74HC165 CLK
#define PIN_165_DATA 9    // 74HC165 QH of the last chip
#define PIN_595_LATCH 10  // 74HC595 RCLK
#define PIN_595_CLOCK 11  // 74HC595 SRCLK
#define PIN_595_DATA 12   // 74HC595 SER of the first chip
#define RS485_DE_PIN -1   // MAX485 DE+/RE joined; -1 when the hub is on USB serial

#define DEBOUNCE_MS 15
#define HEARTBEAT_MS 1000

// LED colours (R, G, B bits)
#define LED_OFF 0x0
#define LED_ANS 0x4       // blue: answered
#define LED_OK 0x2        // green: correct
#define LED_BAD 0x1       // red: wrong
#define LED_OUT 0x0       // eliminated: dark (and keys ignored)
#define LED_ARMED 0x3     // yellow blink while waiting in buzz-in mode

enum Mode { IDLE, ARMED, BUZZ, LOCKED };

static Mode mode = IDLE;
static uint16_t seq = 0;
static uint32_t boot_id = 0;
static uint32_t next_beat = 0;
static uint32_t buzz_lock_at = 0;
static uint16_t buzz_window = 0;
static bool buzz_started = false;
static bool armed_buzz = false;
static char question[RCV_FIELD_LEN] = "";  // the question last armed (ARM of it again resumes)

static uint8_t keys_now[SEATS];      // debounced key bits per seat
static uint8_t keys_raw[SEATS];      // last raw reading
static uint32_t keys_since[SEATS];   // when the raw reading last changed
static uint8_t led[SEATS];           // colour per seat
static uint8_t seat_flags[SEATS];    // bit0 eliminated, bit1 buzzed this question

static RcvMemory memory;  // what was sent, for REPLAY and RECALL

static char line_in[RCV_MAX_LINE + 2];
static uint8_t line_len = 0;
static bool line_skip = false;
static char out[RCV_MAX_LINE + 2];

// ---- sending ----------------------------------------------------------------------------
static void send(size_t n) {
  if (n == 0) return;
#if RS485_DE_PIN >= 0
  digitalWrite(RS485_DE_PIN, HIGH);
#endif
  Serial.write((const uint8_t *)out, n);
#if RS485_DE_PIN >= 0
  Serial.flush();  // wait for the last bit before releasing the bus
  digitalWrite(RS485_DE_PIN, LOW);
#endif
}

// every new frame takes the next number and is remembered as a press or not
static uint16_t next_seq() {
  uint16_t s = seq++;
  rcv_memory_note(memory, s, false, 0, 0, 0);
  return s;
}

static void emit(const char *line, size_t n, void *) {
  (void)line;  // written in `out`
  send(n);
}

static void send_hello() {
  send(rcv_hello(out, sizeof out, next_seq(), millis(), HUB_ID, FIRST_SEAT,
                 FIRST_SEAT + SEATS - 1, boot_id, FIRMWARE));
}

static void send_ack(const char *command, const char *result) {
  send(rcv_ack(out, sizeof out, next_seq(), millis(), command, result));
}

static void send_press(uint16_t seat, char key, uint32_t ms) {
  uint16_t s = seq++;
  rcv_memory_note(memory, s, true, ms, seat, key);
  send(rcv_press(out, sizeof out, s, ms, seat, key));
}

// ---- keypads and LEDs -------------------------------------------------------------------
static void read_keypads(uint8_t *bits) {
  digitalWrite(PIN_165_LOAD, LOW);
  delayMicroseconds(5);
  digitalWrite(PIN_165_LOAD, HIGH);
  for (int s = SEATS - 1; s >= 0; s--) {  // the chip nearest the board is the last seat
    bits[s] = (uint8_t)(~shiftIn(PIN_165_DATA, PIN_165_CLOCK, MSBFIRST)) & 0x3F;
  }
}

static void write_leds() {
  digitalWrite(PIN_595_LATCH, LOW);
  for (int s = SEATS - 1; s >= 0; s--) shiftOut(PIN_595_DATA, PIN_595_CLOCK, MSBFIRST, led[s]);
  digitalWrite(PIN_595_LATCH, HIGH);
}

static void on_key_down(uint8_t index, uint8_t bit, uint32_t ms) {
  if (seat_flags[index] & 1) return;  // eliminated
  if (mode == ARMED) {
    send_press(FIRST_SEAT + index, 'A' + bit, ms);
  } else if (mode == BUZZ && !(seat_flags[index] & 2)) {
    seat_flags[index] |= 2;
    send_press(FIRST_SEAT + index, 'A' + bit, ms);
    if (!buzz_started) {
      buzz_started = true;
      buzz_lock_at = ms + buzz_window + 1;
    }
  }
}

static void scan(uint32_t now) {
  static uint8_t raw[SEATS];
  read_keypads(raw);
  for (uint8_t i = 0; i < SEATS; i++) {
    if (raw[i] != keys_raw[i]) {
      keys_raw[i] = raw[i];
      keys_since[i] = now;
    } else if (raw[i] != keys_now[i] && now - keys_since[i] >= DEBOUNCE_MS) {
      uint8_t down = raw[i] & ~keys_now[i];
      keys_now[i] = raw[i];
      for (uint8_t b = 0; b < 6; b++) {
        // the press time is when the contact first closed, not when debouncing ended
        if (down & (1 << b)) on_key_down(i, b, keys_since[i]);
      }
    }
  }
}

// ---- commands ---------------------------------------------------------------------------
static uint8_t colour(const char *state) {
  if (!strcmp(state, "ANS")) return LED_ANS;
  if (!strcmp(state, "OK")) return LED_OK;
  if (!strcmp(state, "BAD")) return LED_BAD;
  return LED_OFF;  // OFF, OUT
}

static void self_test() {
  for (uint8_t i = 0; i < SEATS; i++) led[i] = 0x7;  // all white
  write_leds();
  delay(300);
  uint8_t bits[SEATS];
  read_keypads(bits);
  for (uint8_t i = 0; i < SEATS; i++) {
    if (bits[i]) send(rcv_diag(out, sizeof out, next_seq(), millis(), FIRST_SEAT + i, "STUCK"));
    led[i] = LED_OFF;
  }
  write_leds();
  send(rcv_diag(out, sizeof out, next_seq(), millis(), 0, "DONE"));
}

static void handle(const RcvCommand &c) {
  if (!strcmp(c.type, "WHO") && c.count == 0) {
    send_hello();
    return;
  }
  if (!strcmp(c.type, "ARM") && c.count == 3) {
    bool buzz = !strcmp(c.field[1], "BUZZ");
    if (mode == LOCKED && buzz == armed_buzz && !strcmp(question, c.field[0])) {
      // the same question again after a LOCK (the MC paused): resume it. Seats that buzzed
      // stay buzzed; a buzz-in window already over locks the hub again at once.
      mode = buzz ? BUZZ : ARMED;
    } else {
      mode = buzz ? BUZZ : ARMED;
      armed_buzz = buzz;
      strncpy(question, c.field[0], sizeof question - 1);
      buzz_window = (uint16_t)strtoul(c.field[2], NULL, 10);
      buzz_started = false;
      for (uint8_t i = 0; i < SEATS; i++) seat_flags[i] &= 1;
    }
    send_ack("ARM", "OK");
  } else if (!strcmp(c.type, "LOCK") && c.count == 1) {
    mode = LOCKED;
    send_ack("LOCK", "OK");
  } else if (!strcmp(c.type, "LED") && c.count == 3) {
    long first = strtol(c.field[0], NULL, 10), last = strtol(c.field[1], NULL, 10);
    for (long s = first; s <= last; s++) {
      if (s < FIRST_SEAT || s >= FIRST_SEAT + SEATS) continue;
      uint8_t i = (uint8_t)(s - FIRST_SEAT);
      led[i] = colour(c.field[2]);
      if (!strcmp(c.field[2], "OUT")) seat_flags[i] |= 1;
      else if (!strcmp(c.field[2], "OFF")) seat_flags[i] &= (uint8_t)~1;
    }
    write_leds();
    send_ack("LED", "OK");
  } else if (!strcmp(c.type, "RESET") && c.count == 0) {
    mode = IDLE;
    question[0] = '\0';
    for (uint8_t i = 0; i < SEATS; i++) led[i] = seat_flags[i] = 0;
    write_leds();
    send_hello();
  } else if (!strcmp(c.type, "TEST") && c.count == 0) {
    self_test();
  } else if (!strcmp(c.type, "REPLAY") && c.count == 2) {
    uint16_t first = (uint16_t)strtoul(c.field[0], NULL, 10);
    uint16_t last = (uint16_t)strtoul(c.field[1], NULL, 10);
    rcv_memory_replay(memory, first, last, out, sizeof out, emit, NULL);
    send_ack("REPLAY", "OK");
  } else if (!strcmp(c.type, "RECALL") && c.count == 2) {
    uint16_t first = (uint16_t)strtoul(c.field[0], NULL, 10);
    uint16_t last = (uint16_t)strtoul(c.field[1], NULL, 10);
    rcv_memory_recall(memory, first, last, millis(), out, sizeof out, emit, NULL);
    send_ack("RECALL", "OK");
  } else {
    send_ack(c.type, "UNKNOWN");
  }
}

static void read_serial() {
  while (Serial.available() > 0) {
    char ch = (char)Serial.read();
    if (ch == '$') {  // a new frame starts: drop whatever was pending
      line_len = 0;
      line_skip = false;
    }
    if (ch == '\n' || ch == '\r') {
      RcvCommand c;
      if (!line_skip && line_len > 0 && rcv_parse(line_in, line_len, &c)) handle(c);
      line_len = 0;
      line_skip = false;
    } else if (!line_skip) {
      if (line_len >= RCV_MAX_LINE) {
        line_skip = true;  // too long: ignore up to the next '$' or line end
      } else {
        line_in[line_len++] = ch;
      }
    }
  }
}

// ---- main -------------------------------------------------------------------------------
void setup() {
#if RS485_DE_PIN >= 0
  pinMode(RS485_DE_PIN, OUTPUT);
  digitalWrite(RS485_DE_PIN, LOW);
#endif
  pinMode(PIN_165_LOAD, OUTPUT);
  pinMode(PIN_165_CLOCK, OUTPUT);
  pinMode(PIN_165_DATA, INPUT);
  pinMode(PIN_595_LATCH, OUTPUT);
  pinMode(PIN_595_CLOCK, OUTPUT);
  pinMode(PIN_595_DATA, OUTPUT);
  digitalWrite(PIN_165_LOAD, HIGH);
  write_leds();
#if defined(ARDUINO_ARCH_ESP32)
  EEPROM.begin(8);
#endif
#if defined(ARDUINO_ARCH_AVR) || defined(ARDUINO_ARCH_ESP32)
  EEPROM.get(0, boot_id);  // a boot counter: rcv knows a reboot by a new number
  boot_id++;
  EEPROM.put(0, boot_id);
#if defined(ARDUINO_ARCH_ESP32)
  EEPROM.commit();
#endif
#endif
  Serial.begin(BAUD);
  rcv_memory_reset(memory);
  read_keypads(keys_now);  // keys held at power-on do not count as presses
  memcpy(keys_raw, keys_now, sizeof keys_raw);
  send_hello();
  next_beat = millis() + HEARTBEAT_MS;
}

void loop() {
  uint32_t now = millis();
  read_serial();
  scan(now);
  if (mode == BUZZ && buzz_started && (int32_t)(now - buzz_lock_at) >= 0) mode = LOCKED;
  if ((int32_t)(now - next_beat) >= 0) {
    static const char *names[] = {"IDLE", "ARMED", "BUZZ", "LOCKED"};
    send(rcv_heartbeat(out, sizeof out, next_seq(), now, names[mode]));
    next_beat += HEARTBEAT_MS;
  }
}
