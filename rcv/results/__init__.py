"""Results out: the official ranking workbook, its fingerprint and QR code, seat cards,
certificates and the check-in scan. See docs/results.md.

Nothing here prints or changes the event file. Qt is used only by the PDF modules
(:mod:`rcv.results.cards`, :mod:`rcv.results.certificates`).
"""
