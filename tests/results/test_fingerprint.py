"""The results QR payload and matrix the display paints."""

from __future__ import annotations

import pytest
import zxingcpp
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image

from rcv.results.fingerprint import (
    Fingerprint,
    parse_results_payload,
    qr_matrix,
    results_payload,
)

HEAD = "1323207c35941e04c12c54f9a353b66ee268430d7bab62b106d4afd049ea2c72"


def matrix_image(matrix: list[list[bool]], scale: int = 6) -> Image.Image:
    n = len(matrix)
    image = Image.new("L", (n, n), 255)
    image.putdata([0 if dark else 255 for row in matrix for dark in row])
    return image.resize((n * scale, n * scale), Image.Resampling.NEAREST)


def test_payload_format_is_documented_form():
    assert results_payload(HEAD, 1080) == f"RCV1:{HEAD}:1080"
    assert results_payload(HEAD.upper(), 3) == f"RCV1:{HEAD}:3"


@pytest.mark.parametrize("head", ["", "xyz", HEAD[:-1], HEAD + "0"])
def test_a_head_that_is_not_a_sha256_is_refused(head: str):
    with pytest.raises(ValueError):
        results_payload(head, 1)


@given(st.text(alphabet="0123456789abcdef", min_size=64, max_size=64), st.integers(0, 10**7))
def test_payload_round_trip(head: str, entries: int):
    assert parse_results_payload(results_payload(head, entries)) == Fingerprint(head, entries)


@pytest.mark.parametrize("text", ["", "RCV1:abc:1", f"RCV2:{HEAD}:1", f"RCV1:{HEAD}:-1", "TS001"])
def test_other_texts_are_not_fingerprints(text: str):
    assert parse_results_payload(text) is None


def test_matrix_is_square_rows_of_bools_and_decodes_to_the_payload():
    payload = results_payload(HEAD, 1080)
    matrix = qr_matrix(payload)
    assert len(matrix) == len(matrix[0]) and all(len(r) == len(matrix) for r in matrix)
    assert all(isinstance(v, bool) for row in matrix for v in row)
    assert not any(matrix[0]) and not any(row[0] for row in matrix)  # quiet zone
    decoded = zxingcpp.read_barcodes(matrix_image(matrix))
    assert [d.text for d in decoded] == [payload]


def test_matrix_without_quiet_zone_is_smaller_by_eight():
    payload = results_payload(HEAD, 5)
    assert len(qr_matrix(payload, border=0)) == len(qr_matrix(payload)) - 8


def test_fingerprint_text_is_the_short_form():
    assert Fingerprint(HEAD, 2).text == "1323-207C-3594-1E04"
