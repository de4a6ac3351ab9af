"""The rcv hub protocol: encoding, parsing, checksums and the line splitter, fuzzed."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rcv.hardware.lines import LineSplitter
from rcv.hardware.protocol import (
    KEYS,
    MAX_LINE,
    Ack,
    Arm,
    ArmMode,
    Bad,
    Diag,
    Heartbeat,
    Hello,
    HubState,
    Led,
    LedState,
    Lock,
    PressFrame,
    RejectReason,
    Replay,
    Reset,
    SelfTest,
    SimAnswer,
    Who,
    crc8,
    encode,
    parse_line,
)

token = st.text(
    alphabet=st.characters(min_codepoint=0x21, max_codepoint=0x7E, exclude_characters="$*,"),
    min_size=1,
    max_size=16,
)
seq = st.integers(0, 65535)
ms = st.integers(0, 2**32 - 1)
seat = st.integers(1, 9999)
key = st.sampled_from(KEYS)

hub_frames = st.one_of(
    st.builds(PressFrame, seq, ms, seat, key),
    st.builds(Heartbeat, seq, ms, st.sampled_from(HubState)),
    st.builds(Ack, seq, ms, token, token),
    st.builds(Diag, seq, ms, st.integers(0, 9999), token),
    st.builds(
        lambda s, m, p, h, a, b, boot, fw: Hello(s, m, p, h, min(a, b), max(a, b), boot, fw),
        seq,
        ms,
        st.integers(0, 999),
        token,
        seat,
        seat,
        ms,
        token,
    ),
)
commands = st.one_of(
    st.just(Who()),
    st.just(Reset()),
    st.just(SelfTest()),
    st.builds(Arm, token, st.sampled_from(ArmMode), st.integers(0, 99999)),
    st.builds(Lock, token),
    st.builds(lambda a, b, s: Led(min(a, b), max(a, b), s), seat, seat, st.sampled_from(LedState)),
    st.builds(Replay, seq, seq),
    st.builds(SimAnswer, token, key),
)
frames = st.one_of(hub_frames, commands)


def test_crc8_check_value() -> None:
    assert crc8(b"123456789") == 0xF4  # CRC-8/SMBUS catalogue check value
    assert crc8(b"") == 0


def test_a_press_frame_looks_like_the_spec() -> None:
    line = encode(PressFrame(7, 123456, 42, "C"))
    assert line.startswith(b"$RCV,P,7,123456,42,C*") and line.endswith(b"\n")
    assert len(line) == len(b"$RCV,P,7,123456,42,C*XX\n")
    assert parse_line(line.rstrip(b"\n")) == PressFrame(7, 123456, 42, "C")


def test_bad_lines_have_reasons() -> None:
    good = encode(PressFrame(1, 2, 3, "A")).rstrip(b"\n")
    assert parse_line(b"hello").reason is RejectReason.NOISE  # type: ignore[union-attr]
    assert parse_line(good[:-3]).reason is RejectReason.TRUNCATED  # type: ignore[union-attr]
    assert parse_line(good[:-2] + b"00").reason is RejectReason.CHECKSUM  # type: ignore[union-attr]
    lower = b"$RCV,P,1,2,3,A*" + b"%02x" % crc8(b"RCV,P,1,2,3,A")
    if lower != good:  # the checksum has a hex letter: lower case is refused
        assert isinstance(parse_line(lower), Bad)
    body = b"RCV,P,1,2,3,Z"
    assert parse_line(b"$%s*%02X" % (body, crc8(body))).reason is RejectReason.MALFORMED  # type: ignore[union-attr]
    body = b"RCV,FOO,1"
    assert parse_line(b"$%s*%02X" % (body, crc8(body))).reason is RejectReason.UNKNOWN_TYPE  # type: ignore[union-attr]
    body = b"RCV,P,1,2,0,A"  # seat 0 does not exist
    assert isinstance(parse_line(b"$%s*%02X" % (body, crc8(body))), Bad)
    assert parse_line(b"$" + b"A" * MAX_LINE).reason is RejectReason.TOO_LONG  # type: ignore[union-attr]


@given(frames)
def test_encode_then_parse_round_trips(frame: object) -> None:
    line = encode(frame)  # type: ignore[arg-type]
    assert len(line) <= MAX_LINE + 1
    assert parse_line(line[:-1]) == frame


@given(st.binary(max_size=300))
def test_parse_never_raises(data: bytes) -> None:
    result = parse_line(data)
    assert result is not None


@given(frames, st.data())
def test_any_single_byte_change_is_detected(frame: object, data: st.DataObject) -> None:
    line = encode(frame)[:-1]  # type: ignore[arg-type]
    i = data.draw(st.integers(0, len(line) - 1))
    new = data.draw(st.integers(0, 255).filter(lambda b: b != line[i]))
    corrupted = line[:i] + bytes([new]) + line[i + 1 :]
    assert isinstance(parse_line(corrupted), Bad)


@given(frames, st.data())
def test_truncation_is_detected(frame: object, data: st.DataObject) -> None:
    line = encode(frame)[:-1]  # type: ignore[arg-type]
    cut = data.draw(st.integers(0, len(line) - 1))
    assert isinstance(parse_line(line[:cut]), Bad)


@settings(max_examples=200)
@given(st.lists(st.tuples(st.binary(max_size=40), hub_frames), max_size=12), st.data())
def test_no_frame_is_lost_to_noise_between_frames(pairs: list, data: st.DataObject) -> None:
    """Whatever noise comes before a frame (even "$" and line ends), the frame comes through."""
    stream = b"".join(noise + encode(frame) for noise, frame in pairs)
    cuts = sorted(data.draw(st.lists(st.integers(0, len(stream)), max_size=8)))
    splitter = LineSplitter()
    out: list[bytes | Bad] = []
    for a, b in zip([0, *cuts], [*cuts, len(stream)], strict=True):
        out.extend(splitter.feed(stream[a:b]))
    parsed = [parse_line(x) for x in out if not isinstance(x, Bad)]
    good = [p for p in parsed if not isinstance(p, Bad)]
    # noise could itself hold a valid-looking frame (a CRC-8 lets 1 in 256 through), so the
    # frames sent must appear in order among the good ones, none missing
    sent = [f for _, f in pairs]
    it = iter(good)
    assert all(any(g == f for g in it) for f in sent)


@given(st.binary(max_size=2000))
def test_splitter_never_raises_and_caps_lines(data: bytes) -> None:
    for item in LineSplitter().feed(data):
        if not isinstance(item, Bad):
            assert len(item) <= MAX_LINE
            assert b"\n" not in item and b"\r" not in item


def test_over_long_line_is_dropped_and_the_next_frame_kept() -> None:
    good = encode(PressFrame(1, 2, 3, "A"))
    out = LineSplitter().feed(b"$" + b"X" * 500 + good)
    assert out[0] == Bad(RejectReason.TOO_LONG, f"> {MAX_LINE} bytes")
    assert parse_line(out[-1]) == PressFrame(1, 2, 3, "A")  # type: ignore[arg-type]


def test_a_frame_cut_by_a_new_frame_is_truncated() -> None:
    good = encode(PressFrame(1, 2, 3, "A"))
    out = LineSplitter().feed(good[:10] + good)
    assert isinstance(out[0], Bad) and out[0].reason is RejectReason.TRUNCATED
    assert parse_line(out[1]) == PressFrame(1, 2, 3, "A")  # type: ignore[arg-type]


def test_profile_mode_splits_on_line_ends_only() -> None:
    s = LineSplitter(sync=None)
    assert s.feed(b"P3:B\r\nP$4:A\n\n") == [b"P3:B", b"P$4:A"]


def test_every_frame_written_in_the_specification_parses() -> None:
    """docs/hardware.md says its examples' checksums are right: they are."""
    import re
    from pathlib import Path

    spec = Path(__file__).resolve().parents[2] / "docs" / "hardware.md"
    lines = re.findall(r"\$RCV,\S*\*[0-9A-F]{2}", spec.read_text(encoding="utf-8"))
    assert len(lines) >= 20
    for line in lines:
        assert not isinstance(parse_line(line.encode()), Bad), line
